package officialdata

import (
	"fmt"
	"math"

	"careercompare/internal/catalog"
	"careercompare/model"
)

func (b *builder) wagePeriod() model.Text {
	return say("imported.figure.wagePeriod", catalog.Args{"Year": b.d.BLS.WageYear})
}

func (b *builder) growthPeriod() model.Text {
	return same(fmt.Sprintf("%d–%d", b.d.BLS.BaseYear, b.d.BLS.ProjectedYear))
}

func (b *builder) growthMeasure() model.Text {
	return say("imported.figure.growth", catalog.Args{"Period": b.d.BLS.Period()})
}

// cellError is a problem of a value of the table.
func (b *builder) cellError(row *blsRow, col, format string, args ...any) error {
	r := &tableReader{b: b.d.BLS}
	return r.cellError(b.d.BLS.colIndex[col], row.row, format, args...)
}

// figure is a figure of the BLS table, of the group whose figures they
// are where they are not the occupation's own.
func (b *builder) figure(m blsMatch, unit string, measure, period model.Text) model.Figure {
	return model.Figure{Unit: unit, Measure: measure, Period: period, Source: SourceBLS, Edition: b.edition, Occupation: m.figuresOf()}
}

// missing explains a figure that the table gives no number for: the cell
// is BLS's "—", another text, or blank. absent says why in a few words,
// what names the value.
func missing(f *model.Figure, raw string, absent, what model.Text) {
	f.Absent = absent
	switch {
	case unavailable(raw):
		f.Note = say("imported.figure.unavailable", catalog.Args{"Mark": shorten(raw, 20), "What": what})
	case raw != "":
		f.Note = say("imported.figure.notNumber", catalog.Args{"What": what, "Raw": shorten(raw, 60)})
	default:
		f.Note = say("imported.figure.blank", catalog.Args{"What": what})
	}
}

// salary is a row's median annual wage: BLS's top code ("$239,200 or
// more") where the table writes ">=$239,200".
func (b *builder) salary(m blsMatch) (model.Figure, error) {
	row := m.row
	f := b.figure(m, model.UnitUSD, say("imported.figure.wage"), b.wagePeriod())
	v := row.values[colWage]
	switch {
	case v == nil:
		missing(&f, row.raw[colWage], say("imported.figure.absentWage"), say("imported.figure.whatWage"))
		if unavailable(row.raw[colWage]) {
			f.Note = sentences(f.Note, say("imported.figure.selfEmployed"))
		}
	case *v < 0 || *v > model.MaxSalary:
		return f, b.cellError(row, colWage, "the median wage %s is outside the data file's range, 0 … %s", grouped(*v), grouped(model.MaxSalary))
	default:
		f.Value = v
		if row.capped[colWage] {
			f.TopCoded = true
			f.Note = say("imported.figure.topCoded", catalog.Args{"Value": "$" + grouped(*v)})
		}
	}
	return f, nil
}

// growth is a row's projected percent change of employment.
func (b *builder) growth(m blsMatch) (model.Figure, error) {
	row := m.row
	f := b.figure(m, model.UnitPercent, b.growthMeasure(), b.growthPeriod())
	switch v := row.values[colPercent]; {
	case v == nil:
		missing(&f, row.raw[colPercent], say("imported.figure.absentGrowth"), say("imported.figure.whatGrowth"))
	case *v < model.MinGrowth || *v > model.MaxGrowth:
		return f, b.cellError(row, colPercent, "the percent change %g is outside the data file's range, %d … %d", *v, model.MinGrowth, model.MaxGrowth)
	default:
		f.Value = v
	}
	return f, nil
}

// openings is a row's projected openings a year, on average, in jobs (the
// table counts thousands).
func (b *builder) openings(m blsMatch) (*model.Figure, error) {
	row := m.row
	f := b.figure(m, model.UnitJobs, say("imported.figure.openings", catalog.Args{"Period": b.d.BLS.Period()}), b.growthPeriod())
	switch v := row.values[colOpenings]; {
	case v == nil:
		missing(&f, row.raw[colOpenings], say("imported.figure.absentOpenings"), say("imported.figure.whatOpenings"))
	case *v < 0 || b.jobCount(*v) > model.MaxJobs:
		return nil, b.cellError(row, colOpenings, "the openings %g are outside the data file's range, 0 … %s jobs", *v, grouped(model.MaxJobs))
	default:
		f.Value = model.Float(b.jobCount(*v))
	}
	return &f, nil
}

// jobCount is a count of the table in jobs, from thousands where the table
// counts in thousands.
func (b *builder) jobCount(v float64) float64 {
	if b.d.BLS.Thousands {
		v *= 1000
	}
	return math.Round(v)
}
