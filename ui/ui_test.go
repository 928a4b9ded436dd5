package ui

import (
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"careercompare/charts"
	"careercompare/charts/export"
	"careercompare/model"
	"careercompare/model/wording"
)

// queue collects work that the app would run off the UI goroutine, so that
// tests run it when they choose, on their own goroutine, without races.
type queue struct{ jobs []func() }

func (q *queue) add(f func()) { q.jobs = append(q.jobs, f) }

// run runs queued work, including work queued while running.
func (q *queue) run() int {
	n := 0
	for len(q.jobs) > 0 {
		j := q.jobs[0]
		q.jobs = q.jobs[1:]
		j()
		n++
	}
	return n
}

func newTestUI(t testing.TB) (*UI, *queue) {
	t.Helper()
	a := test.NewTempApp(t)
	w := a.NewWindow("Career Compare")
	t.Cleanup(w.Close)
	q := &queue{}
	a.Preferences().SetString(prefLang, string(model.English))
	u, err := build(a, w, Start{}, Info{Name: "Career Compare", Version: "test"}, q.add)
	if err != nil {
		t.Fatal(err)
	}
	u.now = func() time.Time { return testDay }
	u.later = func(time.Duration, func()) {} // what comes later never comes in a test
	u.refresh()
	w.Resize(fyne.NewSize(1000, 700))
	return u, q
}

// testDay is the day the tests' window is open.
var testDay = time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)

// texts collects every text shown under o.
func texts(o fyne.CanvasObject) []string {
	var out []string
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			out = append(out, texts(c)...)
		}
	case *container.Scroll:
		out = append(out, texts(x.Content)...)
	case *container.Split:
		out = append(out, texts(x.Leading)...)
		out = append(out, texts(x.Trailing)...)
	case *container.AppTabs:
		for _, it := range x.Items {
			out = append(out, it.Text)
			out = append(out, texts(it.Content)...)
		}
	case *widget.Accordion:
		for _, it := range x.Items {
			out = append(out, it.Title)
			out = append(out, texts(it.Detail)...)
		}
	case *widget.RichText:
		for _, s := range x.Segments {
			if ts, ok := s.(*widget.TextSegment); ok {
				out = append(out, ts.Text)
			}
		}
	case *widget.Label:
		out = append(out, x.Text)
	case *widget.Button:
		out = append(out, x.Text)
	case *widget.Select:
		out = append(out, x.Selected)
	case *widget.Hyperlink:
		out = append(out, x.Text)
	}
	return out
}

// tabText returns the text of tab i, building it as showing it would.
func tabText(u *UI, i int) string {
	u.fillTab(i)
	return strings.Join(texts(u.tabs.Items[i].Content), "\n")
}

func TestUI_Tabs(t *testing.T) {
	u, _ := newTestUI(t)
	if got := u.win.Title(); got != "Career Compare" {
		t.Errorf("title %q", got)
	}
	if len(u.tabs.Items) != 5 {
		t.Fatalf("%d tabs", len(u.tabs.Items))
	}
	for i, name := range []string{"Education", "Duties & workplace", "Skills", "Salary", "Outlook"} {
		if u.tabs.Items[i].Text != name {
			t.Errorf("tab %d is %q, want %q", i, u.tabs.Items[i].Text, name)
		}
		txt := tabText(u, i)
		for _, c := range []*model.Career{u.left, u.right} {
			if !strings.Contains(txt, c.Name.EN) {
				t.Errorf("tab %s does not name %s", name, c.Name)
			}
		}
		// The key difference under its heading, or a text that says it is
		// the main difference itself, under none.
		if !strings.Contains(txt, "Key difference\n") == !strings.Contains(txt, "The main difference:") {
			t.Errorf("tab %s has no key difference, or says it twice", name)
		}
	}
	if b := u.bannerText(); !strings.Contains(b, "promotional article") || !strings.Contains(b, "14 years ago") {
		t.Errorf("banner %q does not say what and how old the figures are", b)
	}
	top := strings.Join(texts(u.topBar.area), "\n")
	if !strings.Contains(top, "2012 figures from a college's promotional article") || !strings.Contains(top, "Use the official BLS 2024–34 figures") {
		t.Errorf("the article's banner is no warning with a way to the newest edition: %q", top)
	}
}

// TestUI_EveryFactOnScreen checks that every fact and figure of the data is
// on its tab, with its source.
func TestUI_EveryFactOnScreen(t *testing.T) {
	u, _ := newTestUI(t)
	ds := u.data
	want := map[int][]model.Fact{}
	for _, c := range []*model.Career{u.left, u.right} {
		want[TabEducation] = append(append(want[TabEducation], c.Education...), c.Certification...)
		want[TabDuties] = append(append(want[TabDuties], c.Duties...), c.Workplaces...)
		want[TabSkills] = append(want[TabSkills], c.Skills...)
		want[TabSalary] = append(want[TabSalary], c.SalaryNotes...)
		want[TabOutlook] = append(want[TabOutlook], c.OutlookNotes...)
	}
	want[TabSalary] = append(append(want[TabSalary], ds.SalaryNotes...), *ds.SalaryFootnote)
	want[TabOutlook] = append(want[TabOutlook], ds.OutlookNotes...)
	for tab, facts := range want {
		txt := tabText(u, tab)
		for _, f := range facts {
			if !strings.Contains(txt, f.Text.EN) {
				t.Errorf("tab %d lacks %q", tab, f.Text)
			}
			if !strings.Contains(txt, "Source: "+ds.SourceLabel(model.English, f.Source)) {
				t.Errorf("tab %d lacks the source of %q", tab, f.Text)
			}
		}
	}
	for tab, vals := range map[int][]string{TabSalary: {"$34,160", "$55,000", "median annual salary", "approximate starting salary"}, TabOutlook: {"22%", "23%", "11%", "2012–2022"}} {
		txt := tabText(u, tab)
		for _, v := range vals {
			if !strings.Contains(txt, v) {
				t.Errorf("tab %d lacks %q", tab, v)
			}
		}
	}
	edu := tabText(u, TabEducation)
	for _, id := range []string{"rsb", "rsd", "rsjs", "rsn"} {
		if !strings.Contains(edu, id) {
			t.Errorf("education tab lacks the other program %q", id)
		}
	}
	if !strings.Contains(edu, "They are not part of this comparison") || !strings.Contains(edu, "Other programs on the article's page (4)") {
		t.Error("other ladders are not folded and marked as outside the comparison")
	}
}

// triggerShortcut does what the desktop driver does with a key press: the
// main menu item with that shortcut runs.
func triggerShortcut(t *testing.T, w fyne.Window, sc fyne.Shortcut) {
	t.Helper()
	var find func(items []*fyne.MenuItem) bool
	find = func(items []*fyne.MenuItem) bool {
		for _, it := range items {
			if it.Shortcut != nil && it.Shortcut.ShortcutName() == sc.ShortcutName() && it.Action != nil {
				it.Action()
				return true
			}
			if it.ChildMenu != nil && find(it.ChildMenu.Items) {
				return true
			}
		}
		return false
	}
	for _, m := range w.MainMenu().Items {
		if find(m.Items) {
			return
		}
	}
	t.Fatalf("no menu item has shortcut %s", sc.ShortcutName())
}

func TestUI_MenuShortcuts(t *testing.T) {
	u, _ := newTestUI(t)
	keys := []fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4, fyne.Key5}
	for _, i := range []int{3, 0, 4, 1, 2} {
		triggerShortcut(t, u.win, shortcut(keys[i]))
		if got := u.tabs.SelectedIndex(); got != i {
			t.Errorf("Ctrl+%d selected tab %d", i+1, got)
		}
		if got := u.app.Preferences().Int(prefTab); got != i {
			t.Errorf("last tab remembered as %d, want %d", got, i)
		}
	}
	before := u.TextScale()
	triggerShortcut(t, u.win, shortcut(fyne.KeyEqual))
	if u.TextScale() <= before || u.app.Preferences().Float(prefTextScale) != float64(u.TextScale()) {
		t.Errorf("larger text: %v → %v (remembered %v)", before, u.TextScale(), u.app.Preferences().Float(prefTextScale))
	}
	triggerShortcut(t, u.win, shortcut(fyne.KeyMinus))
	triggerShortcut(t, u.win, shortcut(fyne.KeyMinus))
	if u.TextScale() >= before {
		t.Errorf("smaller text: %v", u.TextScale())
	}
	for _, m := range u.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.IsQuit && (it.Shortcut == nil || it.Shortcut.ShortcutName() != shortcut(fyne.KeyQ).ShortcutName()) {
				t.Error("Quit has no Ctrl/Cmd+Q")
			}
		}
	}
}

// TestChartView_Render renders off the UI goroutine at the size on screen
// and explains the bar under the pointer.
func TestChartView_Render(t *testing.T) {
	u, q := newTestUI(t)
	u.SelectTab(TabSalary)
	v := u.chartView(charts.ChartSalary)
	if v.Rendered() != 0 {
		t.Fatal("rendered on the UI goroutine")
	}
	if q.run() == 0 {
		t.Fatal("no render was started")
	}
	if v.Rendered() == 0 || v.img.Image == nil {
		t.Fatal("no picture after the render")
	}
	if b := v.img.Image.Bounds(); b.Dx() != int(v.img.Size().Width) || b.Dy() != int(v.img.Size().Height) {
		t.Errorf("picture %v for a picture area of %v", b, v.img.Size())
	}
	if v.img.Size().Height+v.notes.Size().Height > v.Size().Height+1 {
		t.Errorf("picture %v and notes %v do not fit the view %v", v.img.Size(), v.notes.Size(), v.Size())
	}
	// A second layout at the same size does not render again.
	v.Refresh()
	if n := q.run(); n != 0 {
		t.Errorf("%d renders for an unchanged view", n)
	}
	var said string
	v.OnHover = func(s string) { said = s }
	for x := float32(0); x < v.Size().Width && !strings.Contains(said, "$34,160"); x += 10 {
		v.MouseMoved(&desktopEvent(x, v.Size().Height/2).MouseEvent)
	}
	if !strings.Contains(said, "$34,160") || !strings.Contains(said, "BLS") {
		t.Errorf("hover over the first bar said %q", said)
	}
}

// TestExport_Flow drives the export dialog: a name without extension, an
// existing file kept on "no", replaced on "yes", and nothing on cancel.
func TestExport_Flow(t *testing.T) {
	u, q := newTestUI(t)
	dir := t.TempDir()
	u.app.Preferences().SetString(prefExportFolder, dir)
	var answers []bool
	u.confirm = func(_, _ string, done func(bool)) {
		done(answers[0])
		answers = answers[1:]
	}
	var results []error
	u.exported = func(_ string, err error) { results = append(results, err) }

	// Cancel writes nothing.
	f := u.exportChart(charts.ChartSalary)
	f.dlg.Hide()
	q.run()
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("cancel wrote %v", entries)
	}

	// A name without extension gets one; the file is a PNG of the slide size.
	f = u.exportChart(charts.ChartSalary)
	f.name.SetText("for my slide")
	test.Tap(f.save)
	q.run()
	path := filepath.Join(dir, "for my slide.png")
	checkPNG(t, path, 1920, 1080)

	// An existing file survives "no" and is replaced on "yes".
	if err := os.WriteFile(filepath.Join(dir, "keep.svg"), []byte("precious"), 0o644); err != nil {
		t.Fatal(err)
	}
	answers = []bool{false}
	f = u.exportChart(charts.ChartGrowth)
	f.format.SetSelected("SVG")
	f.name.SetText("keep")
	test.Tap(f.save)
	q.run()
	if b, _ := os.ReadFile(filepath.Join(dir, "keep.svg")); string(b) != "precious" {
		t.Fatalf("declined overwrite changed the file: %.40q", b)
	}
	answers = []bool{true}
	test.Tap(f.save)
	q.run()
	if b, _ := os.ReadFile(filepath.Join(dir, "keep.svg")); !strings.HasPrefix(string(b), "<svg") || !strings.Contains(string(b), "23%") {
		t.Fatalf("accepted overwrite did not write the chart: %.60q", b)
	}
	if len(results) != 2 || results[0] != nil || results[1] != nil {
		t.Errorf("export results %v", results)
	}

	// A missing folder is refused in the dialog, nothing is written.
	f = u.exportChart(charts.ChartSalary)
	f.folder.SetText(filepath.Join(dir, "gone"))
	test.Tap(f.save)
	if !strings.Contains(f.status.Text, "does not exist") {
		t.Errorf("missing folder: status %q", f.status.Text)
	}
	// The folder picker's choice is used; its cancel keeps the folder.
	u.folders = fakePicker{dir: ""}
	f = u.exportChart(charts.ChartSalary)
	before := f.folder.Text
	u.folders.PickFolder(u.win, before, func(d string) {
		if d != "" {
			f.folder.SetText(d)
		}
	})
	if f.folder.Text != before {
		t.Error("cancelled folder choice changed the folder")
	}
}

type fakePicker struct{ dir string }

func (p fakePicker) PickFolder(_ fyne.Window, _ string, done func(string)) { done(p.dir) }

func checkPNG(t *testing.T, path string, w, h int) {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatalf("export did not write %s: %v", path, err)
	}
	defer fh.Close()
	img, err := png.Decode(fh)
	if err != nil {
		t.Fatalf("%s is not a PNG: %v", path, err)
	}
	if b := img.Bounds(); b.Dx() != w || b.Dy() != h {
		t.Errorf("%s is %v, want %dx%d", path, b, w, h)
	}
}

// TestExport_LadderFollowsTheScreen exports the ladder with the path chosen
// on the Education tab.
func TestExport_LadderFollowsTheScreen(t *testing.T) {
	u, _ := newTestUI(t)
	if u.ladderOnScreen() == nil || plannerOf(u) == nil {
		t.Fatal("no interactive ladder on the Education tab")
	}
	selectEntry(u.edu.planner, "transfer-students")
	selectGoal(t, u.edu.planner, "Master's degree")
	j := u.exportFile(charts.ChartLadder, charts.SVG, charts.Size{Width: 900, Height: 500, Scale: 1}, export.Letter).(export.Picture)
	if j.Path.Entry != "transfer-students" || j.Path.Goal != 3 || j.Path.Plan == nil || len(wording.PlanLines(model.English, j.Ladder, j.Path)) == 0 {
		t.Fatalf("export path %+v", j.Path)
	}
	var b strings.Builder
	if err := j.Write(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "152 semester credits (228 quarter credits) left") {
		t.Error("the exported ladder lacks the planner's numbers")
	}
}

func TestExport_HandoutAndAll(t *testing.T) {
	u, q := newTestUI(t)
	dir := t.TempDir()
	u.app.Preferences().SetString(prefExportFolder, dir)
	var asked []string
	u.confirm = func(_, msg string, done func(bool)) {
		asked = append(asked, msg)
		done(true)
	}
	triggerShortcut(t, u.win, shortcut(fyne.KeyE))
	f := u.exportHandout()
	if !strings.HasSuffix(f.name.Text, ".pdf") || strings.Join(f.format.Options, " ") != "PDF HTML" {
		t.Fatalf("handout dialog: name %q, formats %v", f.name.Text, f.format.Options)
	}
	f.size.SetSelectedIndex(1)
	test.Tap(f.save)
	q.run()
	b, err := os.ReadFile(filepath.Join(dir, f.name.Text))
	if err != nil || !strings.HasPrefix(string(b), "%PDF") {
		t.Fatalf("handout not written: %v", err)
	}
	if !strings.Contains(string(b), "595") {
		t.Error("A4 was not used")
	}

	all := u.exportAllCharts()
	all.format.SetSelected("SVG")
	test.Tap(all.save)
	q.run()
	entries, _ := os.ReadDir(dir)
	if len(entries) != 4 {
		t.Fatalf("export all wrote %v", entries)
	}
	all = u.exportAllCharts()
	all.format.SetSelected("SVG")
	test.Tap(all.save)
	q.run()
	if len(asked) != 1 || !strings.Contains(asked[0], "Replace them?") || strings.Count(asked[0], ".svg") != 3 {
		t.Errorf("one question for the three existing files, got %q", asked)
	}
}

// TestExport_FolderGone removes the folder between the dialog and the
// write: no file, an error dialog, and the window still works.
func TestExport_FolderGone(t *testing.T) {
	u, q := newTestUI(t)
	dir := filepath.Join(t.TempDir(), "usb-stick")
	os.Mkdir(dir, 0o755)
	u.app.Preferences().SetString(prefExportFolder, dir)
	var got error
	u.exported = func(_ string, err error) { got = err }
	f := u.exportChart(charts.ChartSalary)
	test.Tap(f.save)
	os.RemoveAll(dir) // pulled out before the render finished
	q.run()
	if got == nil {
		t.Fatal("no error for a vanished folder")
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Error("the export recreated the folder")
	}
	if u.win.Canvas().Overlays().Top() == nil {
		t.Error("the error is not shown in a dialog")
	}
	triggerShortcut(t, u.win, shortcut(fyne.Key2))
	if u.tabs.SelectedIndex() != TabDuties {
		t.Error("the window does not respond after a failed export")
	}
}
