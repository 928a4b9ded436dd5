// Package ui is the Fyne window of Career Compare: the five comparison
// tabs, the chart views, the credit ladder and its planner, menus,
// shortcuts, dialogs and preferences, in English or Spanish. UI state
// lives here, never in the model.
package ui

import (
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
	// plan is the plan the student and counselor made, the one place it
	// is kept (see plan.go): across rebuilds of the tabs, remembered in
	// preferences, shown by the Education tab, carried by the exports.
	plan studentPlan

	// root holds the window's objects: the top bar over the tabs; a11y
	// says them to screen readers (see a11y.go).
	root        fyne.CanvasObject
	a11y        *a11yLayer
	tabs        *container.AppTabs
	openTab     int // the tab the window opens with, as last left
	tabBuilders []func() fyne.CanvasObject
	// builtTabs is what the tabs built hold: the Education tab (u.edu),
	// the Salary and Outlook tabs (u.salary, u.outlook); see tabs.go.
	builtTabs
	// topBar is the banner and the pickers above the tabs, made once and
	// updated in place.
	topBar *topBar
	// files are the data files opened or imported in this session and the
	// last one before it, which the figures picker offers.
	files      []string
	fullScreen bool
	// placeArea is the area code of the place whose pay is shown beside
	// the nation's (on the Salary tab, in the key differences and the
	// exports); "" for the nation alone.
	placeArea string
	// handoutFor is the student's name and next steps typed into the
	// handout's dialog, kept for the session's next handout (a PDF, then
	// the HTML) and never written anywhere but the handout.
	handoutFor handoutFor
	// dialogs are the dialogs open that Esc closes, the newest last.
	dialogs []dialog.Dialog

	// clip takes copied charts; copied is called after each copy, for
	// tests.
	clip ImageClipboard
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
	u := newUI(a, w, info, spawn)
	end()
	if err := u.startData(start); err != nil {
		return nil, err
	}
	end = starttrace.Region("SetTheme")
	a.Settings().SetTheme(u.theme)
	end()
	u.layOut()
	end = starttrace.Region("tabs, banner and pickers")
	u.openTabs()
	end()
	end = starttrace.Region("main menu")
	w.SetMainMenu(u.mainMenu())
	end()
	u.listen()
	return u, nil
}

// newUI is the window's state as the preferences left it, before its data.
func newUI(a fyne.App, w fyne.Window, info Info, spawn func(func())) *UI {
	p := a.Preferences()
	u := &UI{
		app: a, win: w, info: info, now: time.Now,
		theme:   themeFor(a),
		lang:    model.Lang(p.StringWithFallback(prefLang, catalog.SystemLang())),
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
	u.plan = newStudentPlan(p)
	u.confirm = func(title, message string, done func(bool)) {
		u.showDialog(dialog.NewConfirm(title, message, done, u.win))
	}
	return u
}

// startData puts the data the window starts with on it: start's, else the
// last data, else the built-in edition; and the pair last compared with
// it, else its default pair.
func (u *UI) startData(start Start) error {
	end := starttrace.Region("data: the edition or file")
	ds, src, warning := u.initialData(start)
	end()
	if ds == nil {
		return fmt.Errorf("ui: no data: %s", warning)
	}
	left, right, err := u.pairFor(ds, src)
	if err != nil {
		return fmt.Errorf("ui: %w", err)
	}
	u.data, u.src, u.left, u.right, u.warning = ds, src, left, right, warning
	if src.file != "" && !slices.Contains(u.files, src.file) {
		u.files = append([]string{src.file}, u.files...)
	}
	return nil
}

// layOut sizes the window, then gives it its content, empty: the top bar
// over the tabs, under the layer that says them to screen readers. So the
// tabs, the banner and their text are laid out once, at the window's
// width, when they are filled (SetContent lays a content out at its
// minimum size first, which for wrapped text means narrow lines, all
// measured).
func (u *UI) layOut() {
	p := u.app.Preferences()
	u.win.Resize(fyne.NewSize(
		// A first window that fits a 1024×768 projector.
		float32(p.FloatWithFallback(prefWidth, 1000)),
		float32(p.FloatWithFallback(prefHeight, 700)),
	))
	u.tabs = container.NewAppTabs()
	u.topBar = newTopBar(u)
	end := starttrace.Region("SetContent")
	u.root = container.NewBorder(u.topBar.area, nil, nil, nil, u.tabs)
	var content fyne.CanvasObject
	u.a11y, content = newA11yLayer(u, u.root)
	u.win.SetContent(content)
	end()
}

// openTabs fills the tabs, opening the one last left, and remembers the
// tab chosen.
func (u *UI) openTabs() {
	p := u.app.Preferences()
	if i := p.IntWithFallback(prefTab, 0); i >= 0 && i < len(tabIDs) {
		u.openTab = i
	}
	u.buildTabs()
	u.tabs.OnSelected = func(*container.TabItem) {
		u.fillTab(u.tabs.SelectedIndex())
		u.clearDetails()
		p.SetInt(prefTab, u.tabs.SelectedIndex())
	}
}

// listen goes full screen if the window was left so, and listens to the
// window's keys, its closing and the system's theme.
func (u *UI) listen() {
	if u.fullScreen {
		u.win.SetFullScreen(true)
	}
	u.win.Canvas().SetOnTypedKey(u.onKey)
	u.win.SetCloseIntercept(func() {
		u.saveWindow()
		u.win.Close()
	})
	u.app.Settings().AddListener(func(fyne.Settings) { u.refreshTheme() })
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
	if c.Ladder != nil {
		c.Path = u.plan.pathOn(c.Ladder)
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
