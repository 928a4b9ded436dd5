// Package ui is the Fyne window of Career Compare: the five comparison
// tabs, the chart views, the credit ladder and its planner, menus,
// shortcuts, dialogs and preferences, in English or Spanish. UI state
// lives here, never in the model.
package ui

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"careercompare/charts"
	"careercompare/internal/catalog"
	"careercompare/internal/clipimage"
	"careercompare/internal/starttrace"
	"careercompare/model"
)

// Info describes the app for the About box.
type Info struct {
	Name, Version string
	// LogFile is where the log goes; "" when it goes to standard error.
	LogFile string
}

// Preference keys.
const (
	prefTab          = "window.tab"
	prefWidth        = "window.width"
	prefHeight       = "window.height"
	prefTextScale    = "view.textScale"
	prefTheme        = "view.theme"
	prefLang         = "view.lang"
	prefFullScreen   = "window.fullScreen"
	prefExportDark   = "export.dark"
	prefExportFolder = "export.folder"
)

// Tab indexes, in the order of the tabs and of the Ctrl+1…5 shortcuts.
const (
	TabEducation = iota
	TabDuties
	TabSkills
	TabSalary
	TabOutlook
)

// tabIDs are the messages of the tabs' titles.
var tabIDs = []string{"tab.education", "tab.duties", "tab.skills", "tab.salary", "tab.outlook"}

// UI is the window's state and content.
type UI struct {
	app   fyne.App
	win   fyne.Window
	info  Info
	theme *appTheme
	now   func() time.Time
	lang  model.Lang

	data        *model.Dataset
	src         source
	left, right *model.Career
	// warning explains, in the banner, why the remembered file was not
	// reopened.
	warning string
	// lastProblems are the problems of the last file that failed to load.
	lastProblems model.Problems
	// path is the plan the student and counselor made, kept across
	// rebuilds of the tabs and remembered in preferences.
	path planState
	// restored is the plan the app started with, from the last run, while
	// it is shown unchanged: the planner says it is the last session's.
	restored *planState

	// root holds the window's objects: the top bar over the tabs; a11y
	// says them to screen readers (see a11y.go).
	root        fyne.CanvasObject
	a11y        *a11yLayer
	tabs        *container.AppTabs
	openTab     int // the tab the window opens with, as last left
	tabBuilders []func() fyne.CanvasObject
	// topBar is the banner and the pickers above the tabs, made once and
	// updated in place.
	topBar *topBar
	// files are the data files opened or imported in this session and the
	// last one before it, which the figures picker offers.
	files []string
	views map[string]*ChartView
	// details are the lines that explain what is under the pointer, one
	// per tab that has one; they are cleared when the tab changes.
	details []detail
	// themed recolours theme-dependent objects of the tabs.
	themed []func()
	// ladder and plan are the Education tab's ladder and planner; nil when
	// the data has no ladder for the compared careers.
	ladder     *Ladder
	plan       *planner
	fullScreen bool
	// placeArea is the area code of the place whose pay the Salary tab
	// shows beside the nation's; "" for the nation alone.
	placeArea string
	// handoutFor is the student's name and next steps typed into the
	// handout's dialog, kept for the session's next handout (a PDF, then
	// the HTML) and never written anywhere but the handout.
	handoutFor handoutFor
	// dialogs are the dialogs open that Esc closes, the newest last.
	dialogs []dialog.Dialog

	// clip takes copied charts; copyButtons are the charts' Copy buttons,
	// which say when a copy is on the clipboard; copied is called after
	// each copy, for tests.
	clip        ImageClipboard
	copyButtons map[string]*widget.Button
	// toasts are the short messages on screen, e.g. "Copied".
	toasts []*widget.PopUp
	copied func(chart string, err error)

	// folders, opener, workbooks and confirm ask the user for folders,
	// files and yes or no; tests replace them.
	folders FolderPicker
	opener  FileOpener
	// workbooks asks for the BLS workbook of an import.
	workbooks FileOpener
	confirm   func(title, message string, done func(bool))
	// exported is called after each export, for tests.
	exported func(path string, err error)
	// spawn runs slow work (renders, exports) off the UI goroutine; its
	// results come back through fyne.Do. Tests replace it with a queue.
	spawn func(func())
	// later runs f on the UI goroutine after d; tests replace it.
	later func(d time.Duration, f func())
}

// handoutFor is the personal part of a session's handouts.
type handoutFor struct{ student, next string }

// New builds the window's content, menus and shortcuts. start.Data is the
// data given on the command line; without it the last data is restored.
func New(a fyne.App, w fyne.Window, start Start, info Info) (*UI, error) {
	return build(a, w, start, info, func(f func()) { go f() })
}

// build is New with the function that runs slow work off the UI goroutine.
func build(a fyne.App, w fyne.Window, start Start, info Info, spawn func(func())) (*UI, error) {
	end := starttrace.Region("preferences")
	p := a.Preferences()
	u := &UI{
		app: a, win: w, info: info, now: time.Now,
		theme:   themeFor(a),
		lang:    model.Lang(p.StringWithFallback(prefLang, catalog.SystemLang())),
		views:   map[string]*ChartView{},
		folders: dialogFolderPicker{},
		spawn:   spawn,
		later:   func(d time.Duration, f func()) { time.AfterFunc(d, func() { fyne.Do(f) }) },
		clip:    &clipimage.Clipboard{},
		// Full screen as the window was left, like its size.
		fullScreen: p.Bool(prefFullScreen),
	}
	if u.lang != model.Spanish {
		u.lang = model.English
	}
	u.opener = dialogFileOpener{exts: []string{".json"}, folder: u.lastFolder}
	u.workbooks = dialogFileOpener{exts: []string{".xlsx"}, folder: u.lastFolder}
	u.files = knownFiles(p)
	u.placeArea = p.String(prefPlace)
	u.path = loadPlanState(p)
	if st := u.path; st.Entry != "" || st.Goal != "" || st.Earned != "0" {
		u.restored = &st
	}
	end()
	end = starttrace.Region("data: the edition or file")
	ds, src, warning := u.initialData(start)
	end()
	if ds == nil {
		return nil, fmt.Errorf("ui: no data: %s", warning)
	}
	left, right, err := ds.Pair()
	if err != nil {
		return nil, fmt.Errorf("ui: %w", err)
	}
	u.data, u.src, u.left, u.right, u.warning = ds, src, left, right, warning
	if src.file != "" && !slices.Contains(u.files, src.file) {
		u.files = append([]string{src.file}, u.files...)
	}
	u.confirm = func(title, message string, done func(bool)) {
		u.showDialog(dialog.NewConfirm(title, message, done, u.win))
	}
	end = starttrace.Region("SetTheme")
	a.Settings().SetTheme(u.theme)
	end()
	// The window's size first, then its content, empty, then what fills
	// it: so that the tabs, the banner and their text are laid out once, at
	// the window's width (SetContent lays a content out at its minimum
	// size first, which for wrapped text means narrow lines, all measured).
	w.Resize(fyne.NewSize(
		// A first window that fits a 1024×768 projector.
		float32(p.FloatWithFallback(prefWidth, 1000)),
		float32(p.FloatWithFallback(prefHeight, 700)),
	))
	u.tabs = container.NewAppTabs()
	u.topBar = newTopBar(u)
	end = starttrace.Region("SetContent")
	u.root = container.NewBorder(u.topBar.area, nil, nil, nil, u.tabs)
	var content fyne.CanvasObject
	u.a11y, content = newA11yLayer(u, u.root)
	w.SetContent(content)
	end()
	end = starttrace.Region("tabs, banner and pickers")
	if i := p.IntWithFallback(prefTab, 0); i >= 0 && i < len(tabIDs) {
		u.openTab = i
	}
	u.buildTabs()
	u.tabs.OnSelected = func(*container.TabItem) {
		u.fillTab(u.tabs.SelectedIndex())
		u.clearDetails()
		p.SetInt(prefTab, u.tabs.SelectedIndex())
	}
	end()
	end = starttrace.Region("main menu")
	w.SetMainMenu(u.mainMenu())
	end()
	if u.fullScreen {
		w.SetFullScreen(true)
	}
	w.Canvas().SetOnTypedKey(u.onKey)
	w.SetCloseIntercept(func() {
		u.saveWindow()
		w.Close()
	})
	a.Settings().AddListener(func(fyne.Settings) { u.refreshTheme() })
	return u, nil
}

func clampScale(s float64) float32 {
	for _, v := range textScales {
		if float32(s) <= v {
			return v
		}
	}
	return textScales[len(textScales)-1]
}

// tr is a message of the window in its language.
func (u *UI) tr(id string, args ...catalog.Args) string { return catalog.T(u.lang, id, args...) }

// trn is a message in the plural form of n.
func (u *UI) trn(id string, n any, args ...catalog.Args) string {
	return catalog.N(u.lang, id, n, args...)
}

// SelectTab shows the tab at index i.
func (u *UI) SelectTab(i int) {
	if i >= 0 && i < len(u.tabs.Items) {
		u.tabs.SelectIndex(i)
	}
}

// compared is the comparison on screen without the plan: what the bar
// charts draw.
func (u *UI) compared() model.Comparison {
	c := model.Compare(u.data, u.left, u.right)
	c.Date = u.now()
	if p, ok := c.WithPlace(u.placeArea); ok {
		c = p
	}
	return c
}

// comparison is what the window shows, the plan included, as a value that
// renders and exports off the UI goroutine can take.
func (u *UI) comparison() model.Comparison {
	c := u.compared()
	if u.ladder == nil && c.Ladder != nil {
		// The Education tab is built when first shown; its planner holds
		// the plan that the handout and the ladder's exports carry.
		u.fillTab(TabEducation)
	}
	if u.ladder != nil {
		c.Path = u.ladder.Path()
	}
	return c
}

// chartTheme is the chart theme that matches the window.
func (u *UI) chartTheme() charts.Theme {
	if u.theme.variant(u.app.Settings().ThemeVariant()) == theme.VariantDark {
		return charts.Dark
	}
	return charts.Light
}

// newChartView returns a chart view that follows the window's theme and
// text size.
func (u *UI) newChartView(render RenderFunc, min fyne.Size) *ChartView {
	return NewChartView(render, u.chartTheme, func() float64 { return float64(u.theme.scale) }, min, func(f func()) { u.spawn(f) })
}

// palette is the chart palette of the window's theme.
func (u *UI) palette() charts.Palette { return charts.PaletteFor(u.chartTheme()) }

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

// saveWindow remembers the window size (not the screen's, in full
// screen).
func (u *UI) saveWindow() {
	if u.fullScreen {
		return
	}
	s := u.win.Canvas().Size()
	if s.Width > 0 && s.Height > 0 {
		u.app.Preferences().SetFloat(prefWidth, float64(s.Width))
		u.app.Preferences().SetFloat(prefHeight, float64(s.Height))
	}
}

// setTextScale moves the text size steps up (or down, for negative steps).
func (u *UI) setTextScale(steps int) {
	i := 1
	for j, v := range textScales {
		if v == u.theme.scale {
			i = j
		}
	}
	i = max(0, min(len(textScales)-1, i+steps))
	if steps == 0 {
		i = 1
	}
	u.theme.scale = textScales[i]
	u.app.Preferences().SetFloat(prefTextScale, float64(u.theme.scale))
	u.app.Settings().SetTheme(u.theme)
}

// TextScale returns the current text scale.
func (u *UI) TextScale() float32 { return u.theme.scale }

// setThemeChoice fixes the theme to light or dark, or follows the system.
func (u *UI) setThemeChoice(choice string) {
	u.theme.choice = choice
	u.app.Preferences().SetString(prefTheme, choice)
	u.app.Settings().SetTheme(u.theme)
	u.win.SetMainMenu(u.mainMenu())
}

// setLang switches the window's language at once, keeping the tab, the
// careers, the ladder's selection and the planner's inputs.
func (u *UI) setLang(lang model.Lang) {
	if lang == u.lang {
		return
	}
	u.lang = lang
	u.app.Preferences().SetString(prefLang, string(lang))
	u.refresh()
}

// showError reports an error in a dialog and in the log.
func (u *UI) showError(context string, err error) {
	if err == nil {
		return
	}
	fyne.LogError(context, err)
	u.showDialog(dialog.NewError(errors.New(context+": "+err.Error()), u.win))
}

// dialogSize is the size of a dialog that is w×h at the normal text size:
// larger with larger text, so that its fields and lines keep their room,
// but not beyond the window (nor below w×h).
func (u *UI) dialogSize(w, h float32) fyne.Size {
	s, c := max(1, u.theme.scale), u.win.Canvas().Size()
	return fyne.NewSize(min(w*s, max(w, c.Width-40)), min(h*s, max(h, c.Height-40)))
}

// showDialog shows d and lets Esc close it, as Esc closes a dialog on
// every desktop: the newest open first, as its Close or Cancel would.
func (u *UI) showDialog(d dialog.Dialog) {
	u.dialogs = append(u.dialogs, d)
	d.SetOnClosed(func() {
		u.dialogs = slices.DeleteFunc(u.dialogs, func(o dialog.Dialog) bool { return o == d })
	})
	d.Show()
}
