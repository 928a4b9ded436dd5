package officialdata

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"careercompare/model"
)

// jobs writes a count of the table in jobs, from thousands where the
// table counts in thousands: "41,900".
func (b *builder) jobs(v float64) string { return grouped(b.jobCount(v)) }

// grouped writes a whole number with commas between thousands, and "−"
// for a negative one: "41,900".
func grouped(v float64) string {
	s := strconv.FormatFloat(math.Abs(math.Round(v)), 'f', 0, 64)
	var out strings.Builder
	if v <= -0.5 {
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

// whose ends a fact of the BLS table with whose it is, where it is not
// the occupation's own: "(BLS publishes this for the group 29-2010,
// Clinical laboratory technologists and technicians.)".
func whose(m blsMatch, text string) string {
	if m.of == "" {
		return text
	}
	return text + " (BLS publishes this for " + strings.TrimPrefix(m.of, "BLS figures of ") + ".)"
}

// outlook states a row's jobs and openings.
func (b *builder) outlook(m blsMatch) []model.Fact {
	bl, row := b.d.BLS, m.row
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
		facts = append(facts, model.Fact{Text: model.Say(whose(m, s+".")), Source: SourceBLS})
	}
	if o := row.values[colOpenings]; o != nil {
		facts = append(facts, model.Fact{Text: model.Say(whose(m, fmt.Sprintf("About %s openings a year, on average, over %s.", b.jobs(*o), bl.Period()))), Source: SourceBLS})
	}
	if len(facts) == 0 {
		facts = append(facts, model.Fact{Text: model.Say(whose(m, "BLS's table gives no employment or openings for this occupation.")), Source: SourceBLS})
	}
	return facts
}

// entryEducation states BLS's typical entry education, experience and
// training.
func (b *builder) entryEducation(m blsMatch) model.Fact {
	row := m.row
	parts := []string{"Typical education needed for entry: " + orDefault(row.education, "not given") + "."}
	if row.experience != "" {
		parts = append(parts, "Work experience in a related occupation: "+row.experience+".")
	}
	if row.training != "" {
		parts = append(parts, "Typical on-the-job training: "+row.training+".")
	}
	return model.Fact{Text: model.Say(shorten(whose(m, strings.Join(parts, " ")), 600)), Source: SourceBLS}
}
