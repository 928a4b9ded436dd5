package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"careercompare/charts"
	"careercompare/internal/catalog"
	"careercompare/model"
)

// salaryTab compares salaries: the salary chart, then each figure with
// what it measures, whose figure it is, its spread and source, and the
// notes on pay (median pay by industry where the data has it).
func (u *UI) salaryTab() fyne.CanvasObject {
	figures := section(u.tr("section.salary"),
		u.figureCell(u.left.Salary, u.left.Occupation, u.left.SalaryNotes),
		u.figureCell(u.right.Salary, u.right.Occupation, u.right.SalaryNotes))
	details := []fyne.CanvasObject{figures}
	if r := u.data.Reference; r != nil && r.Salary.Has() {
		details = append(details, section(u.tr("section.reference", catalog.Args{"Name": u.text(r.Name)}), u.figureCell(r.Salary, model.Text{}, nil), widget.NewLabel("")))
	}
	notes := u.factList(u.data.SalaryNotes)
	if f := u.data.SalaryFootnote; f != nil {
		notes.Segments = append(notes.Segments, &widget.TextSegment{Text: "* " + u.text(f.Text), Style: captionStyle}, &widget.TextSegment{Text: u.sourceText(*f), Style: captionStyle})
	}
	details = append(details, notes)
	return u.chartTab(model.TopicSalary, charts.ChartSalary, details...)
}

// outlookTab compares job growth with the all-occupations average.
func (u *UI) outlookTab() fyne.CanvasObject {
	figures := section(u.tr("section.growth"),
		u.figureCell(u.left.Growth, u.left.Occupation, u.left.OutlookNotes),
		u.figureCell(u.right.Growth, u.right.Occupation, u.right.OutlookNotes))
	details := []fyne.CanvasObject{figures}
	if r := u.data.Reference; r != nil {
		details = append(details, section(u.tr("section.reference", catalog.Args{"Name": u.text(r.Name)}), u.figureCell(r.Growth, model.Text{}, nil), widget.NewLabel("")))
	}
	details = append(details, u.factList(u.data.OutlookNotes))
	return u.chartTab(model.TopicOutlook, charts.ChartGrowth, details...)
}

// chartTab is one scroll area: the key difference, the chart filling most
// of the visible height with the line that explains the bar under the
// pointer, then the careers' figures.
func (u *UI) chartTab(topic model.Topic, chart string, details ...fyne.CanvasObject) fyne.CanvasObject {
	scroll := container.NewVScroll(nil)
	objs := append([]fyne.CanvasObject{u.keyDifference(topic), u.barChart(chart), u.headerRow()}, details...)
	scroll.Content = container.NewPadded(container.New(&chartPage{scroll: scroll, view: u.views[chart]}, objs...))
	// A chart that needs more height (large text) lengthens the page.
	u.views[chart].OnNeedsHeight = func() { scroll.Refresh() }
	return scroll
}

// chartPage stacks a chart tab: the chart (the second object) gets the
// height the window leaves under the first (most of it in a tall window),
// down to its minimum; the rest follow under it, reached by scrolling.
type chartPage struct {
	scroll *container.Scroll
	view   *ChartView
}

func (c *chartPage) chartHeight(objects []fyne.CanvasObject) float32 {
	view := c.scroll.Size().Height - 2*theme.Padding()
	// Most of a tall view, so that the figures under the chart show; all
	// of a short one (a small screen, large text).
	h := max(0.8*view, min(view, 560)) - objects[0].MinSize().Height - theme.Padding()
	// Notes written under the picture come on top of that: they do not
	// take the picture's room.
	if c.view != nil {
		h += c.view.NotesHeight()
	}
	return max(objects[1].MinSize().Height, h)
}

func (c *chartPage) MinSize(objects []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding()
	w, h := float32(0), float32(0)
	for i, o := range objects {
		m := o.MinSize()
		if i == 1 {
			m.Height = c.chartHeight(objects)
		}
		w, h = max(w, m.Width), h+m.Height+pad
	}
	return fyne.NewSize(w, h-pad)
}

func (c *chartPage) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	y := float32(0)
	for i, o := range objects {
		h := o.MinSize().Height
		if i == 1 {
			h = c.chartHeight(objects)
		}
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h + pad
	}
}

// barChart is a chart view with its Export button and the line that
// explains the bar under the pointer.
func (u *UI) barChart(name string) fyne.CanvasObject {
	detail, say := u.detailLine(u.tr("chart.hint"))
	// The spec is built here, on the UI goroutine; the render gets it as a
	// value and reads nothing of the UI.
	v := u.newChartView(barRender(u.barSpec(name), u.lang), fyne.NewSize(360, 240))
	v.OnError = func(err error) { u.showError(u.tr("error.drawChart"), err) }
	v.OnHover = say
	u.views[name] = v
	bottom := container.NewBorder(nil, nil, nil, u.chartButtons(name), detail)
	return container.NewBorder(nil, bottom, nil, nil, v)
}

// barSpec is the spec of a bar chart of the compared careers.
func (u *UI) barSpec(name string) charts.BarSpec {
	if name == charts.ChartGrowth {
		return charts.GrowthSpec(u.compared(), u.lang)
	}
	return charts.SalarySpec(u.compared(), u.lang)
}

// barRender draws spec at the size and theme the view asks for.
func barRender(spec charts.BarSpec, lang model.Lang) RenderFunc {
	return func(size charts.Size, th charts.Theme) (Picture, error) {
		fit, err := charts.FitBars(spec, size)
		if err != nil {
			return Picture{}, err
		}
		img, l, err := charts.RenderBarsImage(fit.Spec, size, th)
		if err != nil {
			return Picture{}, err
		}
		return Picture{Image: img, Explain: barExplainer(fit.Spec, l, lang), Notes: fit.Notes, Height: fit.Height, Smallest: smallestText(l.Texts, l.Ticks), Plot: l.Plot}, nil
	}
}

// smallestText is the size of the smallest of texts, in output pixels.
func smallestText(texts ...[]charts.TextItem) float64 {
	least := 0.0
	for _, list := range texts {
		for _, t := range list {
			if least == 0 || t.Size < least {
				least = t.Size
			}
		}
	}
	return least
}
