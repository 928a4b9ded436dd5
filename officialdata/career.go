package officialdata

import (
	"strings"

	"careercompare/internal/catalog"
	"careercompare/model"
)

// career makes the career of a chosen occupation, and says where its facts
// come from. An imported career is the occupation itself: its Code is the
// occupation's, and it names no stand-in occupation.
func (b *builder) career(c choice) (model.Career, Match, error) {
	title := c.oc.title
	if !c.inONet {
		title = c.bls.row.title
	}
	title = orDefault(shorten(title, 200), c.code)
	id := "soc-" + c.code
	if c.onet != c.code+".00" {
		id = "onet-" + strings.ReplaceAll(c.code, ".", "-")
	}
	k := model.Career{ID: id, Name: model.Say(title), Short: model.Say(abbreviation(title)), Code: c.code}
	m := Match{Code: c.code, Title: title, InONet: c.inONet, InBLS: c.inBLS}
	if c.inBLS {
		k.Education = append(k.Education, b.entryEducation(c.bls))
		k.Typical = b.typical(c.bls.row)
		if c.bls.group != "" {
			m.Group, m.GroupTitle, m.Figures = c.bls.group, c.bls.row.title, c.bls.of
		}
		m.WageCapped, m.WageMissing = c.bls.row.capped[colWage], c.bls.row.values[colWage] == nil
	} else {
		k.Education = append(k.Education, b.noBLS(c.code))
	}
	if d := b.details[c.onet]; c.inONet && d != nil {
		k.Education = append(k.Education, b.onetEducation(d)...)
		k.Duties = b.duties(c.oc, d)
		k.Skills = skills(d)
		k.Certification = licensing(c.oc)
		m.ONet = d.coverage()
	} else {
		noONet := model.Fact{Text: say("imported.noONet", catalog.Args{"ONet": b.d.ONet.Name(), "Code": c.onet}), Source: SourceONet, Absent: true}
		k.Education = append(k.Education, noONet)
		k.Duties, k.Skills = []model.Fact{noONet}, []model.Fact{noONet}
	}
	if !c.inBLS {
		note := say("imported.noBLSRow", catalog.Args{"Sheet": b.d.BLS.Sheet, "Code": c.code})
		k.Salary = model.Figure{Unit: model.UnitUSD, Measure: say("imported.figure.wage"), Period: b.wagePeriod(), Source: SourceBLS, Edition: b.edition, Note: note, Footnote: true}
		k.Growth = model.Figure{Unit: model.UnitPercent, Measure: b.growthMeasure(), Period: b.growthPeriod(), Source: SourceBLS, Edition: b.edition, Note: note}
		k.OutlookNotes = []model.Fact{b.noBLS(c.code)}
		return k, m, nil
	}
	var err error
	if k.Salary, err = b.salary(c.bls); err != nil {
		return k, m, err
	}
	k.Salary.Footnote = true
	if k.Growth, err = b.growth(c.bls); err != nil {
		return k, m, err
	}
	if k.Openings, err = b.openings(c.bls); err != nil {
		return k, m, err
	}
	k.OutlookNotes = b.outlook(c.bls)
	return k, m, nil
}

func (b *builder) noBLS(code string) model.Fact {
	return model.Fact{Text: say("imported.noBLS", catalog.Args{"Code": code}), Source: SourceBLS, Absent: true}
}

// typical is BLS's typical entry education, experience and training of a
// row; nil where the row gives no education.
func (b *builder) typical(row *blsRow) *model.Typical {
	if row.education == "" || unavailable(row.education) {
		return nil
	}
	t := &model.Typical{Education: blsCategory(row.education), Source: SourceBLS}
	if row.experience != "" && !unavailable(row.experience) {
		t.Experience = blsCategory(row.experience)
	}
	if row.training != "" && !unavailable(row.training) {
		t.Training = blsCategory(row.training)
	}
	return t
}
