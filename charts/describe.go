package charts

import (
	"strings"

	"careercompare/internal/catalog"
	"careercompare/model"
)

// BarWords says each bar of a chart in words, as a screen reader reads
// it: "Health Informatics, U.S., May 2024: $67,310, median annual wage",
// with its measure's tag where it is unlike its neighbours' and its count
// ("about 3,200 openings a year") where it has one. The HTML handout's
// chart and the window's chart say the same.
func (spec BarSpec) BarWords(lang model.Lang) []string {
	out := make([]string, 0, len(spec.Bars))
	for _, b := range spec.Bars {
		measure := spec.MeasureText(b)
		if b.Unlike && spec.UnlikeTag != "" {
			measure = catalog.T(lang, "html.measureUnlike", catalog.Args{"Measure": measure, "Tag": spec.UnlikeTag})
		}
		label := b.Label
		if b.Group != "" && b.Group != b.Label {
			label = b.Group + ", " + b.Label
		}
		bar := catalog.T(lang, "html.bar", catalog.Args{"Label": label, "Value": b.Text, "Measure": measure})
		if b.Count != "" {
			bar += ", " + b.Count
		}
		out = append(out, bar)
	}
	return out
}

// Describe is the chart in words for a screen reader in the window: its
// title, that it is a bar chart, every bar's value (BarWords), and what the
// picture writes besides: its subtitle, its warning ("2012 figures from a
// college's promotional article") and its notes (sources, footnote,
// edition), each once.
func (spec BarSpec) Describe(lang model.Lang) string {
	parts := []string{catalog.T(lang, "chart.describe", catalog.Args{"Title": spec.Title, "Bars": strings.Join(spec.BarWords(lang), "; ")})}
	for _, p := range append([]string{spec.Subtitle, spec.Warning}, spec.Notes...) {
		if p = strings.TrimSpace(p); p != "" && !strings.Contains(strings.Join(parts, " "), p) {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " ")
}
