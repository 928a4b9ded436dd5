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

// chartTab is the Salary or the Outlook tab: the key difference, the bar
// chart with the line that explains the bar under the pointer and its Copy
// and Export buttons, then the careers' figures.
type chartTab struct {
	u *UI
	// chart is the bar chart's name, charts.ChartSalary or ChartGrowth.
	chart  string
	view   *ChartView
	detail *detailLine
	copy   *widget.Button
}

// salaryPage builds the Salary tab: the salary chart, then each figure
// with what it measures, whose figure it is, its spread and source, and
// the notes on pay (median pay by industry where the data has it).
func (u *UI) salaryPage() fyne.CanvasObject {
	figures := section(u.tr("section.salary"),
		u.figureCell(u.left.Salary, u.left.Occupation, u.left.SalaryNotes),
		u.figureCell(u.right.Salary, u.right.Occupation, u.right.SalaryNotes))
	details := []fyne.CanvasObject{figures}
	if r := u.data.Reference; r != nil && r.Salary.Has() {
		details = append(details, section(u.tr("section.reference", catalog.Args{"Name": u.text(r.Name)}), u.figureCell(r.Salary, model.Text{}, nil), widget.NewLabel("")))
	}
	if cells := u.placeCells(); cells != nil {
		details = append([]fyne.CanvasObject{cells}, details...)
	}
	if len(u.data.SalaryNotes) > 0 || u.data.SalaryFootnote != nil {
		notes := u.factList(u.data.SalaryNotes)
		if len(u.data.SalaryNotes) == 0 {
			notes.Segments = nil // the footnote alone: no "none named" before it
		}
		if f := u.data.SalaryFootnote; f != nil {
			notes.Segments = append(notes.Segments, &widget.TextSegment{Text: "* " + u.text(f.Text), Style: captionStyle}, &widget.TextSegment{Text: u.sourceText(*f), Style: captionStyle})
		}
		details = append(details, notes)
	}
	u.salary = &chartTab{u: u, chart: charts.ChartSalary}
	return u.salary.content(model.TopicSalary, details...)
}

// outlookPage builds the Outlook tab: job growth compared with the
// all-occupations average.
func (u *UI) outlookPage() fyne.CanvasObject {
	figures := section(u.tr("section.growth"),
		u.figureCell(u.left.Growth, u.left.Occupation, u.left.OutlookNotes),
		u.figureCell(u.right.Growth, u.right.Occupation, u.right.OutlookNotes))
	details := []fyne.CanvasObject{figures}
	if r := u.data.Reference; r != nil {
		details = append(details, section(u.tr("section.reference", catalog.Args{"Name": u.text(r.Name)}), u.figureCell(r.Growth, model.Text{}, nil), widget.NewLabel("")))
	}
	if len(u.data.OutlookNotes) > 0 {
		details = append(details, u.factList(u.data.OutlookNotes))
	}
	u.outlook = &chartTab{u: u, chart: charts.ChartGrowth}
	return u.outlook.content(model.TopicOutlook, details...)
}

// content is the tab in one scroll area: the key difference, the chart
// filling most of the visible height with the line that explains the bar
// under the pointer, then the careers' figures (details). In full screen
// the chart comes first and fills the view: on a projector the plot is
// what the room looks at, and the key difference follows it.
func (t *chartTab) content(topic model.Topic, details ...fyne.CanvasObject) fyne.CanvasObject {
	u := t.u
	scroll := container.NewVScroll(nil)
	under := t.makeChart()
	head := u.keyDifference(topic)
	if topic == model.TopicSalary {
		// The place whose pay is shown, and the way to choose another.
		head = container.NewVBox(u.placeRow(), head)
	}
	objs := append([]fyne.CanvasObject{head, t.view, under, u.headerRow()}, details...)
	scroll.Content = container.NewPadded(container.New(&chartPage{scroll: scroll, view: t.view, u: u}, objs...))
	// A chart that needs more height (large text) lengthens the page.
	t.view.OnNeedsHeight = func() { scroll.Refresh() }
	t.view.PlotShare = t.plotShare
	return scroll
}

// makeChart makes the chart's view, and returns what goes under it: the
// line that explains the bar under the pointer, with the Copy and Export
// buttons.
func (t *chartTab) makeChart() (under fyne.CanvasObject) {
	u := t.u
	t.detail = newDetailLine(u.tr("chart.hint"))
	// The spec is built here, on the UI goroutine; the render gets it as a
	// value and reads nothing of the UI.
	t.view = u.newChartView(t.render(), fyne.NewSize(360, 240))
	t.view.OnError = func(err error) { u.showError(u.tr("error.drawChart"), err) }
	t.view.OnHover = t.detail.say
	buttons, cp := u.chartButtons(t.chart)
	t.copy = cp
	return container.NewBorder(nil, nil, nil, buttons, t.detail.object)
}

// presentingShare is the least share of a chart picture's height its plot
// takes in full screen: with the picture filling the view, the plot then
// keeps at least half of a 1024×768 projector's height.
const presentingShare = 0.66

// plotShare is the least share of the chart's height its plot takes:
// more in full screen.
func (t *chartTab) plotShare() float64 {
	if t.u.fullScreen {
		return presentingShare
	}
	return 0
}

// chartPage stacks a chart tab: the key difference, the chart, the line
// under it, the rest. The chart (the second object) gets the height the
// window leaves beside the key difference and its line (most of it in a
// tall window), down to its minimum; the rest follow under it, reached by
// scrolling. In full screen the chart comes first, with the whole view.
type chartPage struct {
	scroll *container.Scroll
	view   *ChartView
	u      *UI
}

// order is the objects in the order they are laid out, the chart's index
// among them, and the height above the chart that the view must hold too.
func (c *chartPage) order(objects []fyne.CanvasObject) (out []fyne.CanvasObject, chart int) {
	if c.u != nil && c.u.fullScreen && len(objects) > 2 {
		return append([]fyne.CanvasObject{objects[1], objects[2], objects[0]}, objects[3:]...), 0
	}
	return objects, 1
}

func (c *chartPage) chartHeight(objects []fyne.CanvasObject, chart int) float32 {
	view := c.scroll.Size().Height - 2*theme.Padding()
	// Most of a tall view, so that the figures under the chart show; all
	// of a short one (a small screen, large text); all of it in full
	// screen.
	h := max(0.8*view, min(view, 560))
	if chart == 0 {
		h = view
	} else {
		h -= objects[0].MinSize().Height + objects[2].MinSize().Height + 2*theme.Padding()
	}
	// Notes written under the picture come on top of that: they do not
	// take the picture's room.
	if c.view != nil {
		h += c.view.NotesHeight()
	}
	return max(objects[chart].MinSize().Height, h)
}

func (c *chartPage) MinSize(objects []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding()
	objects, chart := c.order(objects)
	w, h := float32(0), float32(0)
	for i, o := range objects {
		m := o.MinSize()
		if i == chart {
			m.Height = c.chartHeight(objects, chart)
		}
		w, h = max(w, m.Width), h+m.Height+pad
	}
	return fyne.NewSize(w, h-pad)
}

func (c *chartPage) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	objects, chart := c.order(objects)
	y := float32(0)
	for i, o := range objects {
		h := o.MinSize().Height
		if i == chart {
			h = c.chartHeight(objects, chart)
		}
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h + pad
	}
}

// render draws the tab's bar chart of the compared careers, laid out for
// a projector in full screen.
func (t *chartTab) render() RenderFunc {
	spec := t.u.barSpec(t.chart)
	if t.u.fullScreen {
		spec = spec.Presenting()
	}
	return barRender(spec, t.u.lang)
}

// presentCharts lays the bar charts out again for full screen or a
// window, in place.
func (u *UI) presentCharts() {
	for _, t := range u.chartTabs() {
		t.view.SetRender(t.render())
	}
	for _, it := range u.tabs.Items {
		it.Content.Refresh()
	}
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
		return Picture{Image: img, Explain: barExplainer(fit.Spec, l, lang), Notes: fit.Notes, Height: fit.Height, Smallest: smallestText(l.Texts, l.Ticks), Plot: l.Plot,
			Words: spec.Describe(lang)}, nil
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
