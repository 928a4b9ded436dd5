package officialdata

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"careercompare/model"
)

var zonePrefix = regexp.MustCompile(`^Job Zone \w+:\s*`)

// onetEducation states the education levels most respondents report, or
// that O*NET has none, and the job zone.
func (b *builder) onetEducation(d *onetDetails) []model.Fact {
	var facts []model.Fact
	levels := append([]onetLevel(nil), d.education...)
	sort.SliceStable(levels, func(i, j int) bool { return levels[i].percent > levels[j].percent })
	var named []string
	total := 0.0
	for _, l := range levels {
		if len(named) == maxLevels || total >= 80 || l.percent < 1 {
			break
		}
		name := b.names.categories[l.category]
		if before, _, ok := strings.Cut(name, " - "); ok {
			name = before
		}
		named = append(named, fmt.Sprintf("%s %.0f%%", orDefault(shorten(name, 80), fmt.Sprintf("category %d", l.category)), l.percent))
		total += l.percent
	}
	if len(named) > 0 {
		facts = append(facts, model.Fact{Text: model.Say("Education level required, as the share of respondents who report it: " + strings.Join(named, "; ") + "."), Source: SourceONet})
	} else {
		facts = append(facts, model.Fact{Text: model.Say("O*NET has no education levels for this occupation (no shares of respondents who report the education it requires)."), Source: SourceONet, Absent: true})
	}
	if d.zone > 0 {
		s := fmt.Sprintf("O*NET Job Zone %d of 5", d.zone)
		if name := zonePrefix.ReplaceAllString(b.names.zones[d.zone], ""); name != "" {
			s += ": " + shorten(name, 80)
		}
		facts = append(facts, model.Fact{Text: model.Say(s + "."), Source: SourceONet})
	}
	return facts
}

// duties are the occupation's description, a fact that says which of its
// tasks follow and how O*NET has rated them, and those tasks: its core
// tasks, the most relevant first where O*NET rates them; where it types
// none as core, its supplemental tasks; where it has not rated them, its
// first tasks in O*NET's order. No task is called core or relevant unless
// O*NET types or rates it so.
func (b *builder) duties(oc onetOccupation, d *onetDetails) []model.Fact {
	var facts []model.Fact
	if oc.description != "" {
		facts = append(facts, model.Fact{Text: model.Say(shorten(oc.description, descriptionLength)), Source: SourceONet})
	}
	tasks, note := chooseTasks(d)
	facts = append(facts, model.Fact{Text: model.Say(note), Source: SourceONet})
	for _, t := range tasks {
		facts = append(facts, model.Fact{Text: model.Say(shorten(t.text, taskLength)), Source: SourceONet})
	}
	return facts
}

// chooseTasks picks the tasks shown, at most MaxDuties, and says in a
// sentence which they are.
func chooseTasks(d *onetDetails) ([]*onetTask, string) {
	var core, supplemental []*onetTask
	rated := 0
	for _, t := range d.tasks {
		switch t.kind {
		case taskCore:
			core = append(core, t)
		case taskSupplemental:
			supplemental = append(supplemental, t)
		}
		if t.rated {
			rated++
		}
	}
	byRelevance := func(list []*onetTask) []*onetTask {
		list = append([]*onetTask(nil), list...)
		sort.SliceStable(list, func(i, j int) bool {
			if list[i].rated != list[j].rated {
				return list[i].rated
			}
			if list[i].relevance != list[j].relevance {
				return list[i].relevance > list[j].relevance
			}
			return list[i].importance > list[j].importance
		})
		return list[:min(len(list), MaxDuties)]
	}
	first := func(list []*onetTask) []*onetTask { return list[:min(len(list), MaxDuties)] }
	n := len(d.tasks)
	switch {
	case n == 0:
		return nil, "O*NET lists no tasks for this occupation."
	case len(core) > 0 && rated > 0:
		shown := byRelevance(core)
		all := ""
		if len(core) < n {
			all = fmt.Sprintf(" (of %s in all)", tasksIn(n))
		}
		return shown, fmt.Sprintf("Below, %s, the most relevant first, as O*NET's task ratings rank them%s.", someOf(len(shown), len(core), "core task", false), all)
	case len(core) > 0:
		shown := first(core)
		typed := fmt.Sprintf("%d of its %s", len(core), tasksIn(n))
		if len(core) == n {
			typed = "its " + tasksIn(n)
		}
		return shown, fmt.Sprintf("O*NET types %s as core but has no ratings of them: below, %s in O*NET's order, not ranked.", typed, someOf(len(shown), len(core), "core task", true))
	case len(supplemental) > 0 && rated > 0:
		shown := byRelevance(supplemental)
		return shown, fmt.Sprintf("O*NET types none of this occupation's tasks as core: below, %s, the most relevant first, as its task ratings rank them.", someOf(len(shown), len(supplemental), "supplemental task", false))
	case len(supplemental) > 0:
		shown := first(supplemental)
		return shown, fmt.Sprintf("O*NET types none of this occupation's tasks as core and has no ratings of them: below, %s in O*NET's order, not ranked.", someOf(len(shown), len(supplemental), "supplemental task", true))
	}
	shown := first(d.tasks)
	listed := "as O*NET lists them, not ranked"
	if n == 1 {
		listed = "as O*NET lists it"
	}
	return shown, fmt.Sprintf("O*NET has not rated this occupation's tasks: below, %s, %s.", someOf(len(shown), n, "task", true), listed)
}

// tasksIn says a number of tasks: "1 task", "14 tasks".
func tasksIn(n int) string {
	if n == 1 {
		return "1 task"
	}
	return fmt.Sprintf("%d tasks", n)
}

// someOf says which of an occupation's things are shown: "its 3 tasks",
// "6 of its 17 core tasks", or with first "the first 6 of its 16 tasks".
func someOf(shown, all int, noun string, first bool) string {
	nouns := noun + "s"
	if all == 1 {
		nouns = noun
	}
	switch {
	case shown == all:
		return fmt.Sprintf("its %d %s", all, nouns)
	case first:
		return fmt.Sprintf("the first %d of its %d %s", shown, all, nouns)
	}
	return fmt.Sprintf("%d of its %d %s", shown, all, nouns)
}

// skills are the occupation's skills of highest importance, with their
// importance and level; or a fact that O*NET has no skill ratings for it.
func skills(d *onetDetails) []model.Fact {
	var list []*onetSkill
	for _, s := range d.skills {
		if s.importance > 0 && !s.suppress && s.name != "" {
			list = append(list, s)
		}
	}
	sort.SliceStable(list, func(i, j int) bool {
		if list[i].importance != list[j].importance {
			return list[i].importance > list[j].importance
		}
		return list[i].level > list[j].level
	})
	var facts []model.Fact
	for i, s := range list {
		if i == MaxSkills {
			break
		}
		text := fmt.Sprintf("%s: importance %.2f of 5", shorten(s.name, 120), s.importance)
		if s.hasLevel {
			text += fmt.Sprintf(", level %.2f of 7", s.level)
		}
		facts = append(facts, model.Fact{Text: model.Say(text + "."), Source: SourceONet})
	}
	switch {
	case len(facts) > 0:
	case len(d.skills) == 0:
		facts = append(facts, model.Fact{Text: model.Say("O*NET has no skill ratings for this occupation."), Source: SourceONet, Absent: true})
	default:
		facts = append(facts, model.Fact{Text: model.Say("O*NET has no skill ratings for this occupation that it recommends using (each is suppressed or of no importance)."), Source: SourceONet, Absent: true})
	}
	return facts
}
