package officialdata

import (
	"fmt"
	"math"

	"careercompare/model"
)

// Why a figure has no value, in the few words a chart writes in place of
// its bar.
const (
	absentWage     = "BLS publishes no median"
	absentGrowth   = "BLS publishes no projection"
	absentOpenings = "BLS publishes no openings figure"
)

func (b *builder) wagePeriod() model.Text { return model.Say(fmt.Sprintf("May %d", b.d.BLS.WageYear)) }

func (b *builder) growthPeriod() model.Text {
	return model.Say(fmt.Sprintf("%d–%d", b.d.BLS.BaseYear, b.d.BLS.ProjectedYear))
}

func (b *builder) growthMeasure() model.Text {
	return model.Say("percent job growth " + b.d.BLS.Period())
}

// cellError is a problem of a value of the table.
func (b *builder) cellError(row *blsRow, col, format string, args ...any) error {
	r := &tableReader{b: b.d.BLS}
	return r.cellError(b.d.BLS.colIndex[col], row.row, format, args...)
}

// figure is a figure of the BLS table, of the group whose figures they
// are where they are not the occupation's own.
func (b *builder) figure(m blsMatch, unit string, measure, period model.Text) model.Figure {
	f := model.Figure{Unit: unit, Measure: measure, Period: period, Source: SourceBLS, Edition: model.Say(b.edition)}
	if m.of != "" {
		f.Occupation = model.Say(m.of)
	}
	return f
}

// missing explains a figure that the table gives no number for: the cell
// is BLS's "—", another text, or blank. what names the value.
func missing(f *model.Figure, raw, absent, what string) {
	f.Absent = model.Say(absent)
	switch {
	case unavailable(raw):
		f.Note = model.Say(fmt.Sprintf("BLS's table writes “%s” for this occupation's %s: data unavailable, as its note says.", shorten(raw, 20), what))
	case raw != "":
		f.Note = model.Say(fmt.Sprintf("BLS's table gives no %s as a number for this occupation, but “%s”.", what, shorten(raw, 60)))
	default:
		f.Note = model.Say(fmt.Sprintf("BLS's table gives no %s for this occupation.", what))
	}
}

// salary is a row's median annual wage: BLS's top code ("$239,200 or
// more") where the table writes ">=$239,200".
func (b *builder) salary(m blsMatch) (model.Figure, error) {
	row := m.row
	f := b.figure(m, model.UnitUSD, model.Say("median annual wage"), b.wagePeriod())
	v := row.values[colWage]
	switch {
	case v == nil:
		missing(&f, row.raw[colWage], absentWage, "median annual wage")
		if unavailable(row.raw[colWage]) {
			f.Note = model.Say(f.Note.EN + " Its wages come from BLS's survey of employers (OEWS), which does not cover the self-employed.")
		}
	case *v < 0 || *v > model.MaxSalary:
		return f, b.cellError(row, colWage, "the median wage %s is outside the data file's range, 0 … %s", grouped(*v), grouped(model.MaxSalary))
	default:
		f.Value = v
		if row.capped[colWage] {
			f.TopCoded = true
			f.Note = model.Say(fmt.Sprintf("BLS writes “>=$%s”: the median is $%s or more, the highest wage its survey of employers (OEWS) publishes.", grouped(*v), grouped(*v)))
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
		missing(&f, row.raw[colPercent], absentGrowth, "percent change of employment")
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
	f := b.figure(m, model.UnitJobs, model.Say("openings a year, on average, "+b.d.BLS.Period()), b.growthPeriod())
	switch v := row.values[colOpenings]; {
	case v == nil:
		missing(&f, row.raw[colOpenings], absentOpenings, "openings")
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
