package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"careercompare/charts"
	"careercompare/model"
)

// TestPresenting_PlotHalfTheWindow: on a 1024×768 projector in full
// screen, at every text size, the banner and the pickers take one line,
// and the salary and growth charts' plots (axis to axis) keep at least
// half the window's height, all of it in view, in every built-in edition.
func TestPresenting_PlotHalfTheWindow(t *testing.T) {
	u, q := newTestUI(t)
	win := fyne.NewSize(1024, 768)
	u.win.Resize(win)
	u.setFullScreen(true)
	for _, id := range []string{model.ArticleEdition, model.NewestEdition} {
		u.switchEdition(id)
		for _, s := range textScales {
			u.theme.scale = s
			u.app.Settings().SetTheme(u.theme)
			for _, tab := range []int{TabSalary, TabOutlook} {
				name := map[int]string{TabSalary: charts.ChartSalary, TabOutlook: charts.ChartGrowth}[tab]
				t.Run(fmt.Sprintf("%s/%.2f/%s", id, s, name), func(t *testing.T) {
					u.SelectTab(tab)
					for range 4 {
						u.win.Content().Refresh()
						q.run()
					}
					top := u.topBar.area.Size().Height
					v := u.chartView(name)
					plot := v.PlotArea()
					page := u.tabs.Items[tab].Content.Size().Height
					t.Logf("top %.0f px, page %.0f, plot %v (%d px) of %.0f", top, page, plot, plot.Dy(), win.Height)
					// One line: as high as a button in its padding, and the separator.
					if line := widget.NewButton("Mg", nil).MinSize().Height + 4*theme.Padding(); top > line {
						t.Errorf("the banner and pickers take %.0f px, more than a line (%.0f)", top, line)
					}
					if float32(plot.Dy()) < win.Height/2 {
						t.Errorf("the plot is %d px, under half the window's %.0f", plot.Dy(), win.Height)
					}
					if p := v.Position(); float32(plot.Max.Y)+p.Y > page {
						t.Errorf("the plot reaches %d px, beyond the %.0f px in view", plot.Max.Y, page)
					}
				})
			}
		}
	}
}
