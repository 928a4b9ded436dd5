package wording

import (
	"math"

	"careercompare/internal/catalog"
	"careercompare/model"
)

// salary compares the two careers' salary figures: each in its unit and
// what it measures, the gap where they measure the same thing, and the
// all-occupations figure.
func (k *keyDiff) salary() {
	l, r := k.c.Left.Salary, k.c.Right.Salary
	args := k.pair()
	args["LeftValue"], args["RightValue"] = k.valueProse(l), k.valueProse(r)
	k.citeFigures(l, r)
	switch {
	case l.Value != nil && r.Value != nil && l.Measure.EN != r.Measure.EN:
		args["LeftMeasure"], args["RightMeasure"] = k.text(l.Measure), k.text(r.Measure)
		k.say("keydiff.salaryUnlike", args)
	default:
		args["Measure"] = Measure(k.lang, measured(l, r))
		k.say("keydiff.figures", args)
		k.gap(l, r)
	}
	k.figuresOf(l, r)
	if ref := k.c.Data.Reference; ref != nil && ref.Salary.Value != nil {
		k.cite(ref.Salary.Source)
		k.say("keydiff.reference", catalog.Args{"Reference": k.text(ref.Name), "Value": Prose(k.lang, ref.Salary)})
	}
	k.placeSentence()
}

// measured is the figure of the two that has a value, to name what both
// measure.
func measured(l, r model.Figure) model.Figure {
	if l.Value == nil && r.Value != nil {
		return r
	}
	return l
}

// gap says how much higher one salary is than the other, where both have
// a value: at least that much where the higher is top-coded, nothing
// certain where both are.
func (k *keyDiff) gap(l, r model.Figure) {
	if l.Value == nil || r.Value == nil {
		return
	}
	hi, lo := k.c.Right, k.c.Left
	fh, fl := r, l
	if *l.Value > *r.Value {
		hi, lo, fh, fl = lo, hi, fl, fh
	}
	args := catalog.Args{"Higher": k.name(hi), "Lower": k.name(lo), "Gap": FormatValue(*fh.Value-*fl.Value, fh.Unit), "Ratio": ratio(*fh.Value, math.Max(*fl.Value, 1))}
	switch {
	case fh.TopCoded && fl.TopCoded:
		k.say("keydiff.bothTopCoded", args)
	case *fh.Value == *fl.Value:
		k.say("keydiff.same", args)
	case fh.TopCoded:
		k.say("keydiff.gapAtLeast", args)
	default:
		k.say("keydiff.gap", args)
	}
}

// citeFigures cites the sources of figures that have a value, or of
// those that say why they have none.
func (k *keyDiff) citeFigures(fs ...model.Figure) {
	for _, f := range fs {
		if f.Value != nil || !f.Absent.IsZero() {
			k.cite(f.Source)
		}
	}
}

// figuresOf says whose figures these are where they are not the careers'
// own: the stand-in occupations, or an occupation group a figure is of.
func (k *keyDiff) figuresOf(l, r model.Figure) {
	if n := StandInNote(k.lang, k.c.Left, k.c.Right); n != "" {
		k.parts = append(k.parts, n)
		return
	}
	for i, f := range []model.Figure{l, r} {
		if !f.Occupation.IsZero() {
			x := k.c.Careers()[i]
			k.say("keydiff.figureOf", catalog.Args{"Career": k.name(x), "Occupation": f.Occupation.In(k.lang)})
		}
	}
}

// outlook compares projected growth with the openings a year where the
// data has them, and warns where the faster-growing career offers fewer
// openings: a percent says nothing of how many jobs there are.
func (k *keyDiff) outlook() {
	l, r := k.c.Left, k.c.Right
	args := k.pair()
	args["Measure"] = Measure(k.lang, measured(l.Growth, r.Growth))
	args["LeftValue"], args["RightValue"] = k.growthProse(l), k.growthProse(r)
	k.citeFigures(l.Growth, r.Growth)
	k.say("keydiff.figures", args)
	if ref := k.c.Data.Reference; ref != nil && ref.Growth.Value != nil {
		k.cite(ref.Growth.Source)
		k.say("keydiff.reference", catalog.Args{"Reference": k.text(ref.Name), "Value": Prose(k.lang, ref.Growth)})
	}
	k.sizeWarning()
	k.figuresOf(l.Growth, r.Growth)
}

// growthProse is a career's growth with its openings a year, where the
// data has them.
func (k *keyDiff) growthProse(x *model.Career) string {
	v := k.valueProse(x.Growth)
	if o := x.Openings; o != nil && o.Value != nil {
		k.cite(o.Source)
		return catalog.T(k.lang, "keydiff.withOpenings", catalog.Args{"Value": v, "Openings": FormatValue(*o.Value, model.UnitJobs)})
	}
	return v
}

// sizeWarning says, where one career grows faster in percent but the
// other has more openings a year, that growth is not size.
func (k *keyDiff) sizeWarning() {
	l, r := k.c.Left, k.c.Right
	if l.Growth.Value == nil || r.Growth.Value == nil || l.Openings == nil || r.Openings == nil || l.Openings.Value == nil || r.Openings.Value == nil {
		return
	}
	dg, do := *l.Growth.Value-*r.Growth.Value, *l.Openings.Value-*r.Openings.Value
	if dg == 0 || do == 0 || (dg > 0) == (do > 0) {
		return
	}
	faster, bigger := l, r
	if dg < 0 {
		faster, bigger = r, l
	}
	k.say("keydiff.growthIsNotSize", catalog.Args{"Faster": k.name(faster), "Bigger": k.name(bigger),
		"More": FormatValue(*bigger.Openings.Value, model.UnitJobs), "Fewer": FormatValue(*faster.Openings.Value, model.UnitJobs)})
}
