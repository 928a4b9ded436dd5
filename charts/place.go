package charts

import (
	"careercompare/internal/catalog"
	"careercompare/model"
	"careercompare/model/wording"
	"strings"
)

// placeBars stands each career's pay in the comparison's place beside its
// nation's figure: the two bars of a career side by side, named once
// under them, each labelled with where and when it was measured; then the
// all-occupations bar. figs are the figures of the bars, for the source
// line; the notes say what of the place's figures is rough or capped.
func placeBars(lang model.Lang, c model.Comparison, bars []Bar, figs []model.Figure) (out []Bar, outFigs []model.Figure, notes []string) {
	w := c.Data.Wages
	rough := false
	var capped, absent []string
	for i, k := range c.Careers() {
		nation, nf := nationBar(lang, c, k, bars[i], figs[i])
		place := placeBar(lang, c, k, nation)
		pay, ok := c.PlacePay(k)
		rough = rough || ok && pay.RoughPay
		name := catalog.T(lang, "chart.placeBarName", catalog.Args{"Career": shortName(lang, c.Data, place), "Place": c.Place.Name})
		switch cap, abs := wording.PlaceSpreadGap(pay); {
		case ok && cap:
			capped = append(capped, name)
		case ok && abs:
			absent = append(absent, name)
		}
		f := model.Figure{Value: place.Value, Source: w.Source, Edition: w.Release}
		out, outFigs = append(out, nation, place), append(outFigs, nf, f)
	}
	for i := len(c.Careers()); i < len(bars); i++ {
		out, outFigs = append(out, bars[i]), append(outFigs, figs[i])
	}
	if rough {
		notes = append(notes, catalog.T(lang, "chart.roughNote"))
	}
	if len(capped) > 0 {
		notes = append(notes, catalog.T(lang, "chart.rangeCapped", catalog.Args{"Bars": strings.Join(capped, "; ")}))
	}
	if len(absent) > 0 {
		notes = append(notes, catalog.T(lang, "chart.rangeAbsent", catalog.Args{"Bars": strings.Join(absent, "; ")}))
	}
	return out, outFigs, notes
}

// nationBar is a career's median pay in the nation beside its place's:
// from BLS's national wage table where the wages brought in have it, so
// that the two bars are of one release; else the data's own figure, with
// its own year.
func nationBar(lang model.Lang, c model.Comparison, k *model.Career, b Bar, f model.Figure) (Bar, model.Figure) {
	w := c.Data.Wages
	b.Group = k.Name.In(lang)
	b.Label = catalog.T(lang, "chart.nationLabel", catalog.Args{"Period": f.Period.In(lang)})
	nation, ok := w.Nation()
	if !ok {
		return b, f
	}
	pay, ok := w.Pay(nation, k.ID)
	v, text, top, has := wording.PlaceMedian(lang, pay)
	if !ok || !has {
		return b, f
	}
	b.Label = catalog.T(lang, "chart.nationLabel", catalog.Args{"Period": w.Release.In(lang)})
	b.Measure = releaseMeasure(lang, k, w)
	b.Value, b.Text, b.TopCoded, b.Spread = model.Float(v), text, top, nil
	if top {
		b.Text = "≥ " + wording.FormatValue(v, model.UnitUSD)
	}
	if p10, p90, ok := wording.PlaceSpread(pay); ok {
		b.Spread = &[2]float64{p10, p90}
	}
	b.Source = wagesSource(lang, c.Data)
	return b, model.Figure{Value: b.Value, Source: w.Source, Edition: w.Release}
}

// placeBar is a career's median pay in the comparison's place, as BLS's
// wage estimates give it, beside the nation's bar.
func placeBar(lang model.Lang, c model.Comparison, k *model.Career, nation Bar) Bar {
	w := c.Data.Wages
	b := Bar{Group: nation.Group, Career: nation.Career, Place: true, Measure: releaseMeasure(lang, k, w),
		Label:  catalog.T(lang, "chart.placeLabel", catalog.Args{"Place": c.Place.Name, "Release": w.Release.In(lang)}),
		Source: wagesSource(lang, c.Data)}
	pay, ok := c.PlacePay(k)
	if !ok {
		b.Text = catalog.T(lang, "place.notInTablesShort")
		return b
	}
	v, text, top, has := wording.PlaceMedian(lang, pay)
	b.Text = text
	if has {
		b.Value, b.TopCoded = model.Float(v), top
		if top {
			b.Text = "≥ " + wording.FormatValue(v, model.UnitUSD)
		}
		if p10, p90, ok := wording.PlaceSpread(pay); ok {
			b.Spread = &[2]float64{p10, p90}
		}
	}
	if pay.RoughPay {
		b.Label += " " + catalog.T(lang, "place.rough")
	}
	return b
}

// releaseMeasure is what a bar of BLS's wage tables measures: the
// career's measure (median annual wage) of the tables' release, May 2025,
// not of the career's own figure.
func releaseMeasure(lang model.Lang, k *model.Career, w *model.Wages) string {
	f := k.Salary
	f.Period = w.Release
	return wording.Measure(lang, f)
}

// wagesSource names BLS's wage tables and their release, once.
func wagesSource(lang model.Lang, ds *model.Dataset) string {
	w := ds.Wages
	s := ds.SourceLabel(lang, w.Source)
	if r := w.Release.In(lang); r != "" && !strings.Contains(s, r) {
		s += " (" + r + ")"
	}
	return s
}
