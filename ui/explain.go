package ui

import (
	"image"

	"careercompare/charts"
	"careercompare/internal/catalog"
	"careercompare/model"
	"careercompare/model/wording"
)

// barExplainer explains the bar under a point in lang: its value, what it
// measures, whose figure it is, its spread and its source.
func barExplainer(spec charts.BarSpec, l *charts.BarLayout, lang model.Lang) func(image.Point) string {
	return func(p image.Point) string {
		i := l.BarAt(p)
		if i < 0 {
			return ""
		}
		b := spec.Bars[i]
		s := catalog.T(lang, "chart.explain", catalog.Args{"Label": b.Label, "Value": b.Text, "Measure": b.Measure, "Source": b.Source})
		if b.Count != "" {
			s += " " + b.Count + "."
		}
		if b.Occupation != "" {
			s += " " + b.Occupation + "."
		}
		if b.Spread != nil {
			s += " " + catalog.T(lang, "figure.spread", catalog.Args{"Low": wording.FormatValue(b.Spread[0], spec.Unit), "High": wording.FormatValue(b.Spread[1], spec.Unit)})
		}
		if b.Unlike {
			s += " " + catalog.T(lang, "chart.unlikeExplain")
		}
		return onScreen(s)
	}
}
