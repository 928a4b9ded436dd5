package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"careercompare/charts"
)

// TestTextSize_ChartTypeFollows: in a 1024×768 window, raising the text
// size never lowers the type of a chart or of the ladder, and their
// smallest text is never under the window's smallest (its caption size).
func TestTextSize_ChartTypeFollows(t *testing.T) {
	u, q := newTestUI(t)
	u.win.Resize(fyne.NewSize(1024, 768))
	prev := map[string]float64{}
	for _, s := range textScales[1:] {
		u.theme.scale = s
		u.app.Settings().SetTheme(u.theme)
		caption := float64(theme.CaptionTextSize())
		for _, tab := range []int{TabSalary, TabOutlook, TabEducation} {
			u.SelectTab(tab)
			q.run()
			least := map[string]float64{}
			name := map[int]string{TabSalary: charts.ChartSalary, TabOutlook: charts.ChartGrowth}[tab]
			if v := u.chartView(name); v != nil && v.Smallest() > 0 {
				least[name] = v.Smallest()
			}
			if l := u.ladderOnScreen(); tab == TabEducation && l != nil && l.Layout() != nil {
				least["ladder"] = smallestText(l.Layout().Texts)
			}
			for name, got := range least {
				if got < caption-0.01 {
					t.Errorf("text ×%.2f: the %s's smallest text is %.1f px, under the window's caption %.1f", s, name, got, caption)
				}
				if got < prev[name]-0.01 {
					t.Errorf("text ×%.2f: the %s's smallest text fell to %.1f px from %.1f", s, name, got, prev[name])
				}
				prev[name] = got
				t.Logf("text ×%.2f: %s smallest text %.1f px (caption %.1f)", s, name, got, caption)
			}
		}
	}
	for _, name := range []string{charts.ChartSalary, charts.ChartGrowth, "ladder"} {
		if prev[name] == 0 {
			t.Errorf("the %s was never measured", name)
		}
	}
}
