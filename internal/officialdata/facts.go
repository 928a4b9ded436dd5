package officialdata

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"careercompare/model"
)

// jobs is a count of the table in jobs, from thousands where the table
// counts in thousands.
func (b *builder) jobs(v float64) string {
	if b.d.BLS.Thousands {
		v *= 1000
	}
	return grouped(math.Round(v))
}

// grouped writes a whole number with commas between thousands, and "−"
// for a negative one: "41,900".
func grouped(v float64) string {
	s := strconv.FormatFloat(math.Abs(v), 'f', 0, 64)
	var out strings.Builder
	if v < 0 {
		out.WriteString("−")
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			out.WriteByte(',')
		}
		out.WriteRune(c)
	}
	return out.String()
}

// outlook states a row's jobs and openings.
func (b *builder) outlook(row *blsRow) []model.Fact {
	bl := b.d.BLS
	var facts []model.Fact
	emp, proj, change := row.values[colEmployment], row.values[colProjected], row.values[colChange]
	if emp != nil && proj != nil {
		s := fmt.Sprintf("Employment: %s jobs in %d; %s projected for %d", b.jobs(*emp), bl.BaseYear, b.jobs(*proj), bl.ProjectedYear)
		if change != nil {
			sign := "+"
			if *change < 0 {
				sign = ""
			}
			s += fmt.Sprintf(" (%s%s)", sign, b.jobs(*change))
		}
		facts = append(facts, model.Fact{Text: model.Say(s + "."), Source: SourceBLS})
	}
	if o := row.values[colOpenings]; o != nil {
		facts = append(facts, model.Fact{Text: model.Say(fmt.Sprintf("About %s openings a year, on average, over %s.", b.jobs(*o), bl.Period())), Source: SourceBLS})
	}
	if len(facts) == 0 {
		facts = append(facts, model.Fact{Text: model.Say("The table gives no employment or openings for this occupation."), Source: SourceBLS})
	}
	return facts
}

// entryEducation states BLS's typical entry education, experience and
// training.
func (b *builder) entryEducation(row *blsRow) model.Fact {
	parts := []string{"Typical education needed for entry: " + orDefault(row.education, "not given") + "."}
	if row.experience != "" {
		parts = append(parts, "Work experience in a related occupation: "+row.experience+".")
	}
	if row.training != "" {
		parts = append(parts, "Typical on-the-job training: "+row.training+".")
	}
	return model.Fact{Text: model.Say(shorten(strings.Join(parts, " "), 600)), Source: SourceBLS}
}

var zonePrefix = regexp.MustCompile(`^Job Zone \w+:\s*`)

// onetEducation states the education levels most respondents report and
// the job zone.
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
		name := b.categories[l.category]
		if before, _, ok := strings.Cut(name, " - "); ok {
			name = before
		}
		named = append(named, fmt.Sprintf("%s %.0f%%", orDefault(shorten(name, 80), fmt.Sprintf("category %d", l.category)), l.percent))
		total += l.percent
	}
	if len(named) > 0 {
		facts = append(facts, model.Fact{Text: model.Say("Education level required, as the share of respondents who report it: " + strings.Join(named, "; ") + "."), Source: SourceONet})
	}
	if d.zone > 0 {
		s := fmt.Sprintf("O*NET Job Zone %d of 5", d.zone)
		if name := zonePrefix.ReplaceAllString(b.zones[d.zone], ""); name != "" {
			s += ": " + shorten(name, 80)
		}
		facts = append(facts, model.Fact{Text: model.Say(s + "."), Source: SourceONet})
	}
	return facts
}

// duties are the occupation's description and its most relevant core
// tasks; top is the first of those tasks.
func (b *builder) duties(oc onetOccupation, d *onetDetails) (facts []model.Fact, top string) {
	if oc.description != "" {
		facts = append(facts, model.Fact{Text: model.Say(shorten(oc.description, descriptionLength)), Source: SourceONet})
	}
	var core, other []*onetTask
	for _, t := range d.tasks {
		if t.core {
			core = append(core, t)
		} else {
			other = append(other, t)
		}
	}
	var interp model.Text
	if len(core) == 0 {
		core = other
		if len(core) > 0 {
			interp = model.Say("O*NET marks none of this occupation's tasks as core; these are its tasks of highest relevance, or its first ones where they are not rated.")
		}
	}
	sort.SliceStable(core, func(i, j int) bool {
		if core[i].relevance != core[j].relevance {
			return core[i].relevance > core[j].relevance
		}
		return core[i].importance > core[j].importance
	})
	for i, t := range core {
		if i == MaxDuties {
			break
		}
		if i == 0 {
			top = t.text
		}
		facts = append(facts, model.Fact{Text: model.Say(shorten(t.text, taskLength)), Source: SourceONet, Interpretation: interp})
		interp = model.Text{} // said once, on the first task
	}
	if len(facts) == 0 {
		facts = append(facts, model.Fact{Text: model.Say("O*NET gives no description or tasks for this occupation."), Source: SourceONet})
	}
	return facts, top
}

// skills are the occupation's skills of highest importance, with their
// importance and level; top is the most important one, with its rating.
func skills(d *onetDetails) (facts []model.Fact, top string) {
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
	for i, s := range list {
		if i == MaxSkills {
			break
		}
		text := fmt.Sprintf("%s: importance %.2f of 5", shorten(s.name, 120), s.importance)
		if i == 0 {
			top = text
		}
		if s.hasLevel {
			text += fmt.Sprintf(", level %.2f of 7", s.level)
		}
		facts = append(facts, model.Fact{Text: model.Say(text + "."), Source: SourceONet})
	}
	if len(facts) == 0 {
		facts = append(facts, model.Fact{Text: model.Say("O*NET gives no skill ratings for this occupation."), Source: SourceONet})
	}
	return facts, top
}
