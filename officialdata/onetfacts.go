package officialdata

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"careercompare/internal/catalog"
	"careercompare/model"
)

var zonePrefix = regexp.MustCompile(`^Job Zone \w+:\s*`)

// onetEducation states the education levels most respondents report, or
// that O*NET has none, and the job zone.
func (b *builder) onetEducation(d *onetDetails) []model.Fact {
	var facts []model.Fact
	levels := append([]onetLevel(nil), d.education...)
	sort.SliceStable(levels, func(i, j int) bool { return levels[i].percent > levels[j].percent })
	var en, es []string
	total := 0.0
	for _, l := range levels {
		if len(en) == maxLevels || total >= 80 || l.percent < 1 {
			break
		}
		name := b.names.categories[l.category]
		if before, _, ok := strings.Cut(name, " - "); ok {
			name = before
		}
		level := onetName(shorten(name, 80))
		if name == "" {
			level = say("imported.education.category", catalog.Args{"Number": l.category})
		}
		percent := fmt.Sprintf(" %.0f%%", l.percent)
		en, es = append(en, level.EN+percent), append(es, level.In(model.Spanish)+percent)
		total += l.percent
	}
	if len(en) > 0 {
		list := model.Text{EN: strings.Join(en, "; "), ES: strings.Join(es, "; ")}
		facts = append(facts, model.Fact{Text: say("imported.education.levels", catalog.Args{"List": list}), Source: SourceONet})
	} else {
		facts = append(facts, model.Fact{Text: say("imported.education.noLevels"), Source: SourceONet, Absent: true})
	}
	if d.zone > 0 {
		text := say("imported.education.zoneUnnamed", catalog.Args{"Zone": d.zone})
		if name := zonePrefix.ReplaceAllString(b.names.zones[d.zone], ""); name != "" {
			text = say("imported.education.zone", catalog.Args{"Zone": d.zone, "Name": onetName(shorten(name, 80))})
		}
		facts = append(facts, model.Fact{Text: text, Source: SourceONet})
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
	facts = append(facts, model.Fact{Text: note, Source: SourceONet})
	for _, t := range tasks {
		facts = append(facts, model.Fact{Text: model.Say(shorten(t.text, taskLength)), Source: SourceONet})
	}
	return facts
}

// chooseTasks picks the tasks shown, at most MaxDuties, and says in a
// sentence which they are.
func chooseTasks(d *onetDetails) ([]*onetTask, model.Text) {
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
		return nil, say("imported.tasks.none")
	case len(core) > 0 && rated > 0:
		shown := byRelevance(core)
		args := catalog.Args{"Shown": someOf(len(shown), len(core), kindCore, false)}
		if len(core) < n {
			return shown, sayN("imported.tasks.ratedCoreOf", n, args)
		}
		return shown, say("imported.tasks.ratedCore", args)
	case len(core) > 0:
		shown := first(core)
		return shown, say("imported.tasks.coreNoRatings", catalog.Args{"Typed": someOf(len(core), n, kindTask, false), "Shown": someOf(len(shown), len(core), kindCore, true)})
	case len(supplemental) > 0 && rated > 0:
		shown := byRelevance(supplemental)
		return shown, say("imported.tasks.ratedSupplemental", catalog.Args{"Shown": someOf(len(shown), len(supplemental), kindSupplemental, false)})
	case len(supplemental) > 0:
		shown := first(supplemental)
		return shown, say("imported.tasks.supplementalNoRatings", catalog.Args{"Shown": someOf(len(shown), len(supplemental), kindSupplemental, true)})
	}
	shown := first(d.tasks)
	args := catalog.Args{"Shown": someOf(len(shown), n, kindTask, true)}
	if n == 1 {
		return shown, say("imported.tasks.notRatedOne", args)
	}
	return shown, say("imported.tasks.notRated", args)
}

// tasksIn says a number of tasks in English, as the report does: "1
// task", "14 tasks".
func tasksIn(n int) string {
	if n == 1 {
		return "1 task"
	}
	return fmt.Sprintf("%d tasks", n)
}

// The kinds of task someOf names.
const (
	kindTask = iota
	kindCore
	kindSupplemental
)

// someOf says which of an occupation's tasks of a kind are shown: "its 3
// tasks", "6 of its 17 core tasks", or with first "the first 6 of its 16
// tasks".
func someOf(shown, all, kind int, first bool) model.Text {
	args := catalog.Args{"Shown": shown}
	switch {
	case shown == all && kind == kindCore:
		return sayN("imported.tasks.allCore", all)
	case shown == all && kind == kindSupplemental:
		return sayN("imported.tasks.allSupplemental", all)
	case shown == all:
		return sayN("imported.tasks.all", all)
	case first && kind == kindCore:
		return sayN("imported.tasks.firstCore", all, args)
	case first && kind == kindSupplemental:
		return sayN("imported.tasks.firstSupplemental", all, args)
	case first:
		return sayN("imported.tasks.first", all, args)
	case kind == kindCore:
		return sayN("imported.tasks.someCore", all, args)
	case kind == kindSupplemental:
		return sayN("imported.tasks.someSupplemental", all, args)
	}
	return sayN("imported.tasks.some", all, args)
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
		args := catalog.Args{"Skill": shorten(s.name, 120), "Importance": fmt.Sprintf("%.2f", s.importance), "Level": fmt.Sprintf("%.2f", s.level)}
		text := say("imported.skills.importance", args)
		if s.hasLevel {
			text = say("imported.skills.rated", args)
		}
		facts = append(facts, model.Fact{Text: text, Source: SourceONet})
	}
	switch {
	case len(facts) > 0:
	case len(d.skills) == 0:
		facts = append(facts, model.Fact{Text: say("imported.skills.none"), Source: SourceONet, Absent: true})
	default:
		facts = append(facts, model.Fact{Text: say("imported.skills.noneUsable"), Source: SourceONet, Absent: true})
	}
	return facts
}

// licensing is what O*NET's description of the occupation says of a
// license, a registration or a certification, each such sentence in its
// words ("Licensing or registration required."); where it says none, a
// fact that says these sources do not tell, and whom to ask. O*NET and
// BLS list no licenses: a family must not read an empty list as "none".
func licensing(oc onetOccupation) []model.Fact {
	var facts []model.Fact
	for _, s := range strings.SplitAfter(oc.description, ". ") {
		s = strings.TrimSpace(s)
		if l := strings.ToLower(s); strings.Contains(l, "licens") || strings.Contains(l, "certif") || strings.Contains(l, "registration") {
			facts = append(facts, model.Fact{Text: say("imported.education.licenseSays", catalog.Args{"Sentence": shorten(s, taskLength)}), Source: SourceONet})
		}
	}
	if len(facts) == 0 {
		facts = append(facts, model.Fact{Text: say("imported.education.noLicense"), Source: SourceONet, Absent: true})
	}
	return facts
}
