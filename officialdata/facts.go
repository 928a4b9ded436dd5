package officialdata

import (
	"math"
	"strconv"
	"strings"

	"careercompare/internal/catalog"
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

// outlook states a row's jobs and openings.
func (b *builder) outlook(m blsMatch) []model.Fact {
	bl, row := b.d.BLS, m.row
	var facts []model.Fact
	emp, proj, change := row.values[colEmployment], row.values[colProjected], row.values[colChange]
	if emp != nil && proj != nil {
		args := catalog.Args{"Jobs": b.jobs(*emp), "Base": bl.BaseYear, "Projected": b.jobs(*proj), "Year": bl.ProjectedYear}
		text := say("imported.outlook.employmentNoChange", args)
		if change != nil {
			sign := "+"
			if *change < 0 {
				sign = ""
			}
			text = say("imported.outlook.employment", args, catalog.Args{"Change": sign + b.jobs(*change)})
		}
		facts = append(facts, model.Fact{Text: m.whose(text), Source: SourceBLS})
	}
	if o := row.values[colOpenings]; o != nil {
		text := say("imported.outlook.openings", catalog.Args{"Openings": b.jobs(*o), "Period": bl.Period()})
		facts = append(facts, model.Fact{Text: m.whose(text), Source: SourceBLS})
	}
	if len(facts) == 0 {
		facts = append(facts, model.Fact{Text: m.whose(say("imported.outlook.none")), Source: SourceBLS})
	}
	return facts
}

// entryEducation states BLS's typical entry education, experience and
// training, each category in Spanish too where it is one of BLS's.
func (b *builder) entryEducation(m blsMatch) model.Fact {
	row := m.row
	education := say("imported.education.notGiven")
	if row.education != "" {
		education = blsCategory(row.education)
	}
	parts := []model.Text{say("imported.education.entry", catalog.Args{"Education": education})}
	if row.experience != "" {
		parts = append(parts, say("imported.education.experience", catalog.Args{"Experience": blsCategory(row.experience)}))
	}
	if row.training != "" {
		parts = append(parts, say("imported.education.training", catalog.Args{"Training": blsCategory(row.training)}))
	}
	return model.Fact{Text: shortenText(m.whose(sentences(parts...)), 600), Source: SourceBLS}
}
