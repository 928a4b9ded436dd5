package charts

import (
	"careercompare/internal/catalog"
	"careercompare/model"
	"careercompare/model/wording"
)

// placeBars stands each career's pay in the comparison's place beside its
// nation's figure: the two bars of a career side by side, named once
// under them, each labelled with where and when it was measured; then the
// all-occupations bar. figs are the figures of the bars, for the source
// line; rough is true when a place's estimate is rough.
func placeBars(lang model.Lang, c model.Comparison, bars []Bar, figs []model.Figure) (out []Bar, outFigs []model.Figure, rough bool) {
	w := c.Data.Wages
	for i, k := range c.Careers() {
		nation, nf := nationBar(lang, c, k, bars[i], figs[i])
		place := placeBar(lang, c, k, nation)
		rough = rough || placeRough(c, k)
		f := model.Figure{Value: place.Value, Source: w.Source, Edition: w.Release}
		out, outFigs = append(out, nation, place), append(outFigs, nf, f)
	}
	for i := len(c.Careers()); i < len(bars); i++ {
		out, outFigs = append(out, bars[i]), append(outFigs, figs[i])
	}
	return out, outFigs, rough
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
	b.Value, b.Text, b.TopCoded, b.Spread = model.Float(v), text, top, nil
	if top {
		b.Text = "≥ " + wording.FormatValue(v, model.UnitUSD)
	}
	if p10, p90, ok := wording.PlaceSpread(pay); ok {
		b.Spread = &[2]float64{p10, p90}
	}
	b.Source = c.Data.SourceLabel(lang, w.Source) + " (" + w.Release.In(lang) + ")"
	return b, model.Figure{Value: b.Value, Source: w.Source, Edition: w.Release}
}

// placeBar is a career's median pay in the comparison's place, as BLS's
// wage estimates give it, beside the nation's bar.
func placeBar(lang model.Lang, c model.Comparison, k *model.Career, nation Bar) Bar {
	w := c.Data.Wages
	b := Bar{Group: nation.Group, Career: nation.Career, Place: true, Measure: nation.Measure,
		Label:  catalog.T(lang, "chart.placeLabel", catalog.Args{"Place": c.Place.Name, "Release": w.Release.In(lang)}),
		Source: c.Data.SourceLabel(lang, w.Source) + " (" + w.Release.In(lang) + ")"}
	pay, ok := c.PlacePay(k)
	if !ok {
		b.Text = catalog.T(lang, "place.notInTables")
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

// placeRough reports whether BLS's estimate of a career's pay in the
// place is rough.
func placeRough(c model.Comparison, k *model.Career) bool {
	pay, ok := c.PlacePay(k)
	return ok && pay.RoughPay
}
