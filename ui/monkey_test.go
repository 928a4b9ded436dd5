package ui

import (
	"bytes"
	"fmt"
	"log"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"careercompare/charts"
	"careercompare/charts/export"
	"careercompare/model"
	"careercompare/officialdata"
	"careercompare/officialdata/officialtest"
)

// TestMonkey drives the window with random but repeatable actions: taps,
// keys on the ladder, tab switches, resizes, theme, text size, edition and
// career switches, data files good and bad, imports from the official
// downloads whose data arrives between other actions, taps and keys on
// every picker the window ever showed (a picker of a planner since
// rebuilt among them), exports. Nothing may panic or log an error, and the
// state must stay consistent after every action. MONKEY_STEPS sets the
// number of actions (make monkey runs tens of thousands), MONKEY_SEED the
// seed.
func TestMonkey(t *testing.T) {
	steps := envInt("MONKEY_STEPS", 300)
	seed := int64(envInt("MONKEY_SEED", 20261127))
	var logged bytes.Buffer
	log.SetOutput(&logged)
	t.Cleanup(func() { log.SetOutput(os.Stderr) })

	u, q := newTestUI(t)
	u.win.Resize(fyne.NewSize(720, 520)) // a small window
	dir := t.TempDir()
	u.app.Preferences().SetString(prefExportFolder, dir)
	u.confirm = func(_, _ string, done func(bool)) { done(true) }
	good := threeCareers(t)
	onetDir, workbook := officialtest.Fixtures(t)
	u.folders, u.workbooks = fakePicker{onetDir}, fakeOpener{workbook}
	imported := importedFile(t, onetDir, workbook)
	// pickers are every picker the window has shown, rebuilt ones too.
	var pickers []*picker
	seePickers := func() {
		pickers = append(pickers, u.topBar.left, u.topBar.right, u.topBar.figures)
		if p := plannerOf(u); p != nil {
			pickers = append(pickers, p.entry, p.goal, p.earnedUnit, p.calendar)
		}
	}
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`{"schema": 1, "careers": [`), 0o644)
	rng := rand.New(rand.NewSource(seed))
	keys := []fyne.KeyName{fyne.KeyLeft, fyne.KeyRight, fyne.KeyUp, fyne.KeyDown, fyne.KeyHome, fyne.KeyEnd, fyne.KeyReturn, fyne.KeySpace, fyne.KeyTab, fyne.KeyEscape}
	tabKeys := []fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4, fyne.Key5}

	// Actions that rebuild or re-lay out every tab (theme, text size, new
	// data) are drawn a third as often as the others, as a user does them.
	actions := []struct {
		name string
		do   func()
	}{
		{"tab shortcut", func() { triggerShortcut(t, u.win, shortcut(tabKeys[rng.Intn(5)])) }},
		{"select tab", func() { u.tabs.SelectIndex(rng.Intn(len(u.tabs.Items))) }},
		{"resize", func() {
			u.win.Resize(fyne.NewSize(float32(480+rng.Intn(900)), float32(360+rng.Intn(500))))
		}},
		{"theme", func() { u.setThemeChoice([]string{themeSystem, themeLight, themeDark}[rng.Intn(3)]) }},
		{"text size", func() { u.setTextScale(rng.Intn(3) - 1) }},
		{"edition", func() { u.switchEdition(model.Editions()[rng.Intn(len(model.Editions()))].ID) }},
		{"language", func() { u.setLang(model.Langs()[rng.Intn(2)]) }},
		{"open good file", func() { u.loadFile(good) }},
		{"open imported file", func() { u.loadFile(imported) }},
		{"import", func() {
			// The dialog reads the downloads and writes the file off the
			// UI goroutine: its data arrives in a later step, between
			// picker taps.
			f := u.importData()
			if rng.Intn(2) == 0 {
				q.run()
			}
			for _, code := range []string{"29-9021", "11-9111", "29-2072", "43-6013"}[:2+rng.Intn(3)] {
				f.search.SetText(code)
				if len(f.shown) == 1 {
					row := f.list.CreateItem()
					f.list.UpdateItem(0, row)
					test.Tap(row.(*widget.Check))
				}
			}
			f.name.SetText(fmt.Sprintf("imported-%d.json", rng.Intn(3)))
			test.Tap(f.importButton)
		}},
		{"tap a picker", func() {
			if len(pickers) > 0 {
				test.Tap(pickers[rng.Intn(len(pickers))])
			}
		}},
		{"key on a picker", func() {
			if len(pickers) > 0 {
				k := []fyne.KeyName{fyne.KeySpace, fyne.KeyDown, fyne.KeyUp, fyne.KeyLeft, fyne.KeyRight}[rng.Intn(5)]
				pickers[rng.Intn(len(pickers))].TypedKey(&fyne.KeyEvent{Name: k})
			}
		}},
		{"open bad file", func() { u.loadFile(bad) }},
		{"reload", func() { u.reloadData() }},
		{"pick careers", func() {
			if n := len(u.data.Careers); n >= 2 {
				u.topBar.left.SetSelectedIndex(rng.Intn(n))
				u.topBar.right.SetSelectedIndex(rng.Intn(n))
			}
		}},
		{"ladder tap", func() {
			if l := u.ladderOnScreen(); l != nil && l.Layout() != nil {
				s := l.Size()
				test.TapAt(l, fyne.NewPos(rng.Float32()*s.Width, rng.Float32()*s.Height))
			}
		}},
		{"ladder key", func() {
			if l := u.ladderOnScreen(); l != nil {
				l.TypedKey(&fyne.KeyEvent{Name: keys[rng.Intn(len(keys))]})
			}
		}},
		{"ladder hover", func() {
			if l := u.ladderOnScreen(); l != nil {
				s := l.Size()
				l.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(rng.Float32()*s.Width, rng.Float32()*s.Height)}})
			}
		}},
		{"planner input", func() {
			if p := plannerOf(u); p != nil {
				vals := []string{"0", "40", "-3", "abc", "", "7,5", "1e9", "90", "15", "4", "2.5", "NaN"}
				switch rng.Intn(4) {
				case 0, 1:
					e := []*keyEntry{p.earned, p.pace}[rng.Intn(2)]
					e.SetText(vals[rng.Intn(len(vals))])
				case 2:
					p.earnedUnit.SetSelectedIndex(rng.Intn(2))
				default:
					p.calendar.SetSelectedIndex(rng.Intn(len(p.calendar.Options)))
				}
			}
		}},
		{"chart hover", func() {
			for _, v := range u.chartViews() {
				s := v.Size()
				v.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(rng.Float32()*s.Width, rng.Float32()*s.Height)}})
			}
		}},
		{"export", func() {
			f := u.exportChart([]string{charts.ChartSalary, charts.ChartGrowth, charts.ChartLadder, export.ChartHandout, exportAll}[rng.Intn(5)])
			if f == nil {
				return // the ladder of careers that have none: a dialog says so
			}
			f.format.SetSelected(f.format.Options[rng.Intn(len(f.format.Options))])
			f.size.SetSelectedIndex(rng.Intn(len(f.size.Options)))
			if rng.Intn(4) == 0 {
				f.dlg.Hide() // cancel
				return
			}
			test.Tap(f.save)
		}},
		{"run renders", func() { q.run() }},
		{"close dialog", func() {
			// As the user does with Close or Escape; dialogs left open would
			// otherwise pile up as no user lets them.
			for i := rng.Intn(3); i >= 0; i-- {
				if o := u.win.Canvas().Overlays().Top(); o != nil {
					u.win.Canvas().Overlays().Remove(o)
				}
			}
		}},
	}
	expensive := map[string]bool{"theme": true, "text size": true, "edition": true, "open good file": true, "open imported file": true, "import": true, "reload": true, "pick careers": true}
	var deck []int
	for i, a := range actions {
		n := 3
		if expensive[a.name] {
			n = 1
		}
		for ; n > 0; n-- {
			deck = append(deck, i)
		}
	}
	counts := map[string]int{}
	spent := map[string]time.Duration{}
	for i := 0; i < steps; i++ {
		a := actions[deck[rng.Intn(len(deck))]]
		counts[a.name]++
		start := time.Now()
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("step %d (%s) panicked: %v", i, a.name, r)
				}
			}()
			a.do()
			if rng.Intn(3) == 0 {
				q.run()
			}
			seePickers()
		}()
		spent[a.name] += time.Since(start)
		if err := consistent(u); err != nil {
			t.Fatalf("step %d (%s): %v", i, a.name, err)
		}
	}
	q.run()
	if logged.Len() > 0 {
		// Loading the bad file on purpose logs its problems; nothing else may.
		for _, line := range bytes.Split(bytes.TrimSpace(logged.Bytes()), []byte("\n")) {
			if !bytes.Contains(line, []byte("bad.json")) && !bytes.Contains(line, []byte("Cause:")) && !bytes.Contains(line, []byte("At:")) && !bytes.Contains(line, []byte("data file")) &&
				!bytes.Contains(line, []byte("import")) {
				t.Errorf("logged: %s", line)
			}
		}
	}
	t.Logf("%d actions, seed %d: %v; time by action: %v; %d dialogs open at the end", steps, seed, counts, spent, len(u.win.Canvas().Overlays().List()))
}

// consistent checks what must hold after any action.
func consistent(u *UI) error {
	switch {
	case u.data == nil || u.left == nil || u.right == nil:
		return fmt.Errorf("no data or careers")
	case u.left == u.right:
		return fmt.Errorf("compares %s with itself", u.left.ID)
	case u.data.CareerIndex(u.left.ID) < 0 || u.data.CareerIndex(u.right.ID) < 0:
		return fmt.Errorf("compared careers are not in the data")
	case len(u.tabs.Items) != len(tabIDs):
		return fmt.Errorf("%d tabs", len(u.tabs.Items))
	case u.tabs.SelectedIndex() < 0 || u.tabs.SelectedIndex() >= len(tabIDs):
		return fmt.Errorf("selected tab %d", u.tabs.SelectedIndex())
	case u.topBar.left.Selected != u.careerChoice(u.left) || u.topBar.right.Selected != u.careerChoice(u.right):
		return fmt.Errorf("pickers show %q/%q, tabs compare %q/%q", u.topBar.left.Selected, u.topBar.right.Selected, u.left.ID, u.right.ID)
	case u.tabs.Items[0].Text != u.tr(tabIDs[0]):
		return fmt.Errorf("tab %q is not in %s", u.tabs.Items[0].Text, u.lang)
	}
	if l := u.ladderOnScreen(); l != nil {
		path := l.Path()
		if path.Entry != "" {
			if _, ok := l.ladder.Entry(path.Entry); !ok {
				return fmt.Errorf("ladder entry %q unknown", path.Entry)
			}
		}
		if path.Goal >= len(l.ladder.Rungs) {
			return fmt.Errorf("ladder goal %d out of range", path.Goal)
		}
		if p := path.Plan; p != nil && (p.Remaining < 0 || p.Position > p.Goal) {
			return fmt.Errorf("plan %+v", p)
		}
		// The ladder shows the one plan (%v: a NaN typed is NaN in both).
		if fmt.Sprint(path) != fmt.Sprint(u.plan.path) {
			return fmt.Errorf("the ladder shows %+v, the plan is %+v", path, u.plan.path)
		}
	}
	return nil
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

// importedFile writes a data file of five occupations imported from the
// test downloads.
func importedFile(t *testing.T, onetDir, workbook string) string {
	t.Helper()
	d, err := officialdata.Open(t.Context(), onetDir, workbook)
	if err != nil {
		t.Fatal(err)
	}
	ds, _, err := d.Build(t.Context(), []string{"29-9021", "11-9111", "29-2072", "43-6013", "29-2036"})
	if err != nil {
		t.Fatal(err)
	}
	b, err := officialdata.Marshal(ds)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "imported.json")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
