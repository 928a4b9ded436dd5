package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"careercompare/internal/starttrace"
)

// buildTabs (re)creates every tab from the data, in the window's language,
// keeping the selection; the banner and pickers above them too.
func (u *UI) buildTabs() {
	sel := u.tabs.SelectedIndex()
	if len(u.tabs.Items) == 0 {
		sel = u.openTab // the first build
	}
	u.views = map[string]*ChartView{}
	u.copyButtons = map[string]*widget.Button{}
	u.themed, u.details = nil, nil
	if u.plan != nil {
		u.plan.retire() // its pickers leave the window with the tabs
	}
	u.ladder, u.plan = nil, nil
	u.tabBuilders = []func() fyne.CanvasObject{u.educationTab, u.dutiesTab, u.skillsTab, u.salaryTab, u.outlookTab}
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
		st.Objects = []fyne.CanvasObject{u.tabBuilders[i]()}
		st.Refresh()
	}
}

// detail is a line that explains what is under the pointer, and what it
// says when nothing is.
type detail struct {
	label *widget.Label
	hint  string
}

// detailLine is a line that explains what is under the pointer: it keeps
// the height of two lines of text whatever it says (a longer text ends in
// "…"), so that nothing around it moves, and it is cleared when the tab
// changes. say shows a text in it, or the hint for "".
func (u *UI) detailLine(hint string) (line fyne.CanvasObject, say func(string)) {
	l := widget.NewLabel(hint)
	l.Wrapping = fyne.TextWrapWord
	l.Truncation = fyne.TextTruncateEllipsis
	u.details = append(u.details, detail{l, hint})
	return container.New(twoLines{}, l), func(s string) {
		if s == "" {
			s = hint
		}
		l.SetText(s)
	}
}

// clearDetails clears the lines that explain what was under the pointer.
func (u *UI) clearDetails() {
	for _, d := range u.details {
		d.label.SetText(d.hint)
	}
}

// refreshTheme recolours what carries theme or career colours after a
// change of theme or text size, without rebuilding the tabs; chart views
// and the ladder draw again in the new theme when refreshed.
func (u *UI) refreshTheme() {
	u.topBar.full.recolour()
	u.topBar.folded.recolour()
	for _, f := range u.themed {
		f()
	}
	for _, v := range u.views {
		v.Refresh()
	}
	if u.ladder != nil {
		u.ladder.Refresh()
	}
}

// onTheme registers a recolouring to run after each theme change; the list
// starts again with each rebuild of the tabs.
func (u *UI) onTheme(f func()) { u.themed = append(u.themed, f) }
