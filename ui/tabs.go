package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"careercompare/charts"
	"careercompare/internal/starttrace"
)

// builtTabs is what the tabs built since their last rebuild hold that the
// window reaches into: a tab is built when first shown, and all are made
// again, empty, when the data, the careers or the language change. Each
// tab keeps its own state; Duties and Skills need none.
type builtTabs struct {
	// edu is the Education tab; nil until it is built.
	edu *educationTab
	// salary and outlook are the chart tabs; nil until built.
	salary, outlook *chartTab
	// themed recolour theme-dependent objects of each tab, by its index;
	// building is the index of the tab being built.
	themed   map[int][]func()
	building int
}

// chartTabs are the chart tabs built.
func (b *builtTabs) chartTabs() []*chartTab {
	var out []*chartTab
	for _, t := range []*chartTab{b.salary, b.outlook} {
		if t != nil {
			out = append(out, t)
		}
	}
	return out
}

// chartViews are the chart views on the tabs built: the bar charts, and
// the pictures of other programs' ladders.
func (b *builtTabs) chartViews() []*ChartView {
	var out []*ChartView
	for _, t := range b.chartTabs() {
		out = append(out, t.view)
	}
	if b.edu != nil {
		for _, v := range b.edu.others {
			out = append(out, v)
		}
	}
	return out
}

// chartView is the view of a bar chart (charts.ChartSalary or ChartGrowth);
// nil when its tab is not built.
func (b *builtTabs) chartView(chart string) *ChartView {
	for _, t := range b.chartTabs() {
		if t.chart == chart {
			return t.view
		}
	}
	return nil
}

// ladderOnScreen is the Education tab's interactive ladder; nil when the
// tab is not built or the compared careers have no ladder.
func (b *builtTabs) ladderOnScreen() *Ladder {
	if b.edu == nil {
		return nil
	}
	return b.edu.ladder
}

// copyButton is the Copy button of a chart (the bar charts', the
// ladder's); nil when its tab is not built.
func (b *builtTabs) copyButton(chart string) *widget.Button {
	for _, t := range b.chartTabs() {
		if t.chart == chart {
			return t.copy
		}
	}
	if chart == charts.ChartLadder && b.edu != nil {
		return b.edu.copy
	}
	return nil
}

// details are the lines of the tabs built that explain what is under the
// pointer.
func (b *builtTabs) details() []*detailLine {
	var out []*detailLine
	if b.edu != nil && b.edu.detail != nil {
		out = append(out, b.edu.detail)
	}
	for _, t := range b.chartTabs() {
		out = append(out, t.detail)
	}
	return out
}

// buildTabs (re)creates every tab from the data, in the window's language,
// keeping the selection; the banner and pickers above them too.
func (u *UI) buildTabs() {
	sel := u.tabs.SelectedIndex()
	if len(u.tabs.Items) == 0 {
		sel = u.openTab // the first build
	}
	if u.edu != nil {
		u.edu.retire() // its pickers leave the window with the tabs
	}
	u.builtTabs = builtTabs{}
	u.tabBuilders = []func() fyne.CanvasObject{u.educationPage, u.dutiesPage, u.skillsPage, u.salaryPage, u.outlookPage}
	items := make([]*container.TabItem, len(u.tabBuilders))
	for i := range items {
		items[i] = container.NewTabItem(u.tr(tabIDs[i]), container.NewStack())
	}
	u.tabs.SetItems(items)
	if sel >= 0 && sel < len(items) {
		u.tabs.SelectIndex(sel)
	}
	u.fillTab(u.tabs.SelectedIndex())
	u.topBar.update()
}

// fillTab builds tab i's content the first time it is shown.
func (u *UI) fillTab(i int) {
	if i < 0 || i >= len(u.tabs.Items) {
		return
	}
	st := u.tabs.Items[i].Content.(*fyne.Container)
	if len(st.Objects) == 0 {
		defer starttrace.Region("tab " + tabIDs[i])()
		u.building = i
		delete(u.themed, i) // what the tab was built with before is gone
		st.Objects = []fyne.CanvasObject{u.tabBuilders[i]()}
		st.Refresh()
	}
}

// detailLine is a line that explains what is under the pointer: it keeps
// the height of two lines of text whatever it says (a longer text ends in
// "…"), so that nothing around it moves, and it is cleared when the tab
// changes.
type detailLine struct {
	label *widget.Label
	// hint is what the line says when nothing is under the pointer.
	hint string
	// object is the line laid out.
	object fyne.CanvasObject
}

// newDetailLine is a detail line that says hint while nothing is under the
// pointer.
func newDetailLine(hint string) *detailLine {
	l := widget.NewLabel(hint)
	l.Wrapping = fyne.TextWrapWord
	l.Truncation = fyne.TextTruncateEllipsis
	return &detailLine{label: l, hint: hint, object: container.New(&twoLines{}, l)}
}

// say shows a text in the line, or the hint for "".
func (d *detailLine) say(s string) {
	if s == "" {
		s = d.hint
	}
	d.label.SetText(s)
}

// clearDetails clears the lines that explain what was under the pointer.
func (u *UI) clearDetails() {
	for _, d := range u.details() {
		d.label.SetText(d.hint)
	}
}

// refreshTheme recolours what carries theme or career colours after a
// change of theme or text size, without rebuilding the tabs; chart views
// and the ladder draw again in the new theme when refreshed.
func (u *UI) refreshTheme() {
	u.topBar.full.recolour()
	u.topBar.folded.recolour()
	for _, fs := range u.themed {
		for _, f := range fs {
			f()
		}
	}
	for _, v := range u.chartViews() {
		v.Refresh()
	}
	if l := u.ladderOnScreen(); l != nil {
		l.Refresh()
	}
}

// onTheme registers a recolouring of the tab being built to run after each
// theme change; a tab's list starts again when it is built again.
func (u *UI) onTheme(f func()) {
	if u.themed == nil {
		u.themed = map[int][]func(){}
	}
	u.themed[u.building] = append(u.themed[u.building], f)
}
