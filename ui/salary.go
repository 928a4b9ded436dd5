package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"careercompare/charts"
	"careercompare/model"
)

// salaryTab compares salaries: each figure with what it measures, and the
// salary chart.
func (u *UI) salaryTab() fyne.CanvasObject {
	figures := section("Salary",
		u.figureCell(u.left.Salary, u.left.SalaryNotes),
		u.figureCell(u.right.Salary, u.right.SalaryNotes))
	notes := u.factList(u.data.SalaryNotes)
	if u.data.SalaryFootnote != nil {
		notes.Segments = append(notes.Segments, &widget.TextSegment{Text: "* " + u.data.SalaryFootnote.Text, Style: captionStyle})
	}
	return u.chartTab(u.data.Comparison.Differences.Salary, charts.ChartSalary, figures, notes)
}

// outlookTab compares job growth with the all-occupations average.
func (u *UI) outlookTab() fyne.CanvasObject {
	figures := section("Job growth",
		u.figureCell(u.left.Growth, u.left.OutlookNotes),
		u.figureCell(u.right.Growth, u.right.OutlookNotes))
	details := []fyne.CanvasObject{figures}
	if r := u.data.Reference; r != nil {
		details = append(details, section(r.Name+" (reference)", u.figureCell(r.Growth, nil), widget.NewLabel("")))
	}
	details = append(details, u.factList(u.data.OutlookNotes))
	return u.chartTab(u.data.Comparison.Differences.Outlook, charts.ChartGrowth, details...)
}

// chartTab puts a chart over the figures it draws, with a divider the user
// can drag: the chart grows with the window, the details scroll.
func (u *UI) chartTab(diff model.Fact, chart string, details ...fyne.CanvasObject) fyne.CanvasObject {
	details = append([]fyne.CanvasObject{u.headerRow()}, details...)
	top := u.keyDifference(diff)
	split := container.NewVSplit(u.barChart(chart), container.NewVScroll(container.NewPadded(container.NewVBox(details...))))
	split.Offset = 0.75
	return container.NewPadded(container.NewBorder(top, nil, nil, nil, split))
}

// barChart is a chart view with its Export button and a detail line that
// explains the bar under the pointer.
func (u *UI) barChart(name string) fyne.CanvasObject {
	hint := "Point at a bar to see its source."
	detail := widget.NewLabel(hint)
	detail.Wrapping = fyne.TextWrapWord
	// The spec is built here, on the UI goroutine; the render gets it as a
	// value and reads nothing of the UI.
	v := u.newChartView(barRender(u.barSpec(name)), fyne.NewSize(360, 220))
	v.OnError = func(err error) { u.showError("Could not draw the chart", err) }
	v.OnHover = func(s string) {
		if s == "" {
			s = hint
		}
		detail.SetText(s)
	}
	u.views[name] = v
	bottom := container.NewBorder(nil, nil, nil, u.exportButton(name), detail)
	return container.NewBorder(nil, bottom, nil, nil, v)
}

// barSpec is the spec of a bar chart of the compared careers.
func (u *UI) barSpec(name string) charts.BarSpec {
	if name == charts.ChartGrowth {
		return charts.GrowthSpec(u.comparison())
	}
	return charts.SalarySpec(u.comparison())
}

// barRender draws spec at the size and theme the view asks for.
func barRender(spec charts.BarSpec) RenderFunc {
	return func(size charts.Size, th charts.Theme) (Picture, error) {
		img, l, err := charts.RenderBarsImage(spec, size, th)
		if err != nil {
			return Picture{}, err
		}
		return Picture{Image: img, Explain: barExplainer(spec, l)}, nil
	}
}
