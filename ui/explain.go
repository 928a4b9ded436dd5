package ui

import (
	"image"

	"careercompare/charts"
)

// barExplainer explains the bar under a point: its value, what it measures
// and its source.
func barExplainer(spec charts.BarSpec, l *charts.BarLayout) func(image.Point) string {
	return func(p image.Point) string {
		i := l.BarAt(p)
		if i < 0 {
			return ""
		}
		b := spec.Bars[i]
		return onScreen(b.Label + ": " + b.Text + " — " + b.Measure + ". Source: " + b.Source + ".")
	}
}
