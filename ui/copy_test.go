package ui

import (
	"bytes"
	"errors"
	"image/png"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"careercompare/charts"
	"careercompare/internal/clipimage"
)

// fakeClip is a clipboard that keeps what it is given.
type fakeClip struct {
	png []byte
	err error
}

func (c *fakeClip) WritePNG(b []byte) error {
	if c.err != nil {
		return c.err
	}
	c.png = b
	return nil
}

// copied runs Ctrl+C and the work it queued, and returns the chart copied.
func copied(t *testing.T, u *UI, q *queue) (chart string, err error) {
	t.Helper()
	chart = "none"
	u.copied = func(c string, e error) { chart, err = c, e }
	triggerShortcut(t, u.win, &fyne.ShortcutCopy{})
	q.run()
	return chart, err
}

func TestCopyChart_TabPointerAndFocus(t *testing.T) {
	u, q := newTestUI(t)
	clip := &fakeClip{}
	u.clip = clip
	for _, c := range []struct {
		tab   int
		chart string
	}{{TabSalary, charts.ChartSalary}, {TabOutlook, charts.ChartGrowth}, {TabEducation, charts.ChartLadder}} {
		u.SelectTab(c.tab)
		q.run()
		clip.png = nil
		got, err := copied(t, u, q)
		if err != nil || got != c.chart {
			t.Fatalf("Ctrl+C on tab %d copied %q (%v), want %q", c.tab, got, err, c.chart)
		}
		img, err := png.Decode(bytes.NewReader(clip.png))
		if err != nil {
			t.Fatalf("the clipboard holds no PNG: %v", err)
		}
		if b := img.Bounds(); b.Dx() != 1920 || b.Dy() != 1080 {
			t.Errorf("%s copied at %v, want 1920×1080 (a slide)", c.chart, b)
		}
		if b := u.copyButton(c.chart); b == nil || b.Text != u.tr("copy.done") {
			t.Errorf("the %s chart's Copy button does not say it is copied", c.chart)
		}
		// And where the counselor looks, whatever is scrolled away: in
		// the window's view, at its bottom.
		if n := len(u.toasts); n == 0 || !u.toasts[n-1].Visible() {
			t.Errorf("copying the %s chart shows no message in view", c.chart)
		} else if p, win := fyne.CurrentApp().Driver().AbsolutePositionForObject(u.toasts[n-1].Content), u.win.Canvas().Size(); p.Y < win.Height/2 || p.Y > win.Height {
			t.Errorf("the copy message is at %v, not at the bottom of the %v window", p, win)
		}
	}

	// The chart under the pointer wins over the tab's.
	u.SelectTab(TabSalary)
	q.run()
	u.chartView(charts.ChartSalary).MouseIn(&desktopEvent(10, 10).MouseEvent)
	if got, _ := copied(t, u, q); got != charts.ChartSalary {
		t.Errorf("with the pointer on the salary chart Ctrl+C copied %q", got)
	}
	u.chartView(charts.ChartSalary).MouseOut()

	// On a tab without a chart nothing is copied; a dialog says why.
	u.SelectTab(TabDuties)
	q.run()
	clip.png = nil
	if got, _ := copied(t, u, q); got != "none" || clip.png != nil {
		t.Errorf("on Duties Ctrl+C copied %q", got)
	}
}

// A field's selected text is copied as text: Ctrl+C still works there.
func TestCopyChart_TextInFieldStillCopies(t *testing.T) {
	u, q := newTestUI(t)
	clip := &fakeClip{}
	u.clip = clip
	u.SelectTab(TabEducation)
	q.run()
	if plannerOf(u) == nil {
		t.Fatal("no planner")
	}
	e := u.edu.planner.earned
	e.SetText("40")
	u.win.Canvas().Focus(e)
	e.TypedShortcut(&fyne.ShortcutSelectAll{})
	if got, _ := copied(t, u, q); got != "none" || clip.png != nil {
		t.Errorf("with text selected in a field Ctrl+C copied the %q chart", got)
	}
	if got := u.app.Clipboard().Content(); got != "40" {
		t.Errorf("the field's text on the clipboard is %q, want 40", got)
	}
	// Without a selection in the field, the chart.
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnd})
	if got, _ := copied(t, u, q); got != charts.ChartLadder {
		t.Errorf("with no text selected Ctrl+C copied %q, want the ladder", got)
	}
}

// Where the platform takes no pictures, the copy says why.
func TestCopyChart_NoImageClipboard(t *testing.T) {
	u, q := newTestUI(t)
	u.clip = &fakeClip{err: clipimage.ErrNoDisplay}
	u.SelectTab(TabSalary)
	q.run()
	if _, err := copied(t, u, q); !errors.Is(err, clipimage.ErrNoDisplay) {
		t.Errorf("err = %v", err)
	}
	found := false
	if top := u.win.Canvas().Overlays().Top(); top != nil {
		for _, o := range test.LaidOutObjects(top) {
			if l, ok := o.(*widget.Label); ok && strings.HasPrefix(l.Text, u.tr("copy.noDisplay")) {
				found = true
			}
		}
	}
	if !found {
		t.Error("no dialog says why the chart was not copied")
	}
}

// Pictures are light unless the window is dark and dark pictures were
// chosen.
func TestCopyChart_Theme(t *testing.T) {
	u, _ := newTestUI(t)
	u.setThemeChoice(themeDark)
	if u.exportTheme() != charts.Light {
		t.Error("dark window: pictures should stay light until chosen")
	}
	u.app.Preferences().SetBool(prefExportDark, true)
	if u.exportTheme() != charts.Dark {
		t.Error("dark window, dark pictures chosen: not dark")
	}
	u.setThemeChoice(themeLight)
	if u.exportTheme() != charts.Light {
		t.Error("light window: pictures should be light")
	}
}

func TestFullScreen(t *testing.T) {
	u, _ := newTestUI(t)
	u.win.Canvas().FocusNext()
	u.win.Canvas().Unfocus()
	u.onKey(&fyne.KeyEvent{Name: fyne.KeyF11})
	if !u.win.FullScreen() || !u.app.Preferences().Bool(prefFullScreen) {
		t.Fatal("F11 did not enter full screen, or it is not remembered")
	}
	u.topBar.area.Refresh()
	if u.topBar.area.Objects[0].Visible() || !u.topBar.area.Objects[1].Visible() {
		t.Error("in full screen the banner is not folded into one line")
	}
	// Esc in the planner's field leaves full screen too.
	u.SelectTab(TabEducation)
	u.win.Canvas().Focus(u.edu.planner.earned)
	u.edu.planner.earned.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if u.win.FullScreen() || u.app.Preferences().Bool(prefFullScreen) {
		t.Error("Esc did not leave full screen")
	}
	u.topBar.area.Refresh()
	if !u.topBar.area.Objects[0].Visible() || u.topBar.area.Objects[1].Visible() {
		t.Error("after full screen the whole banner is not back")
	}
	// Remembered at the next start.
	u.setFullScreen(true)
	a := u.app
	w := a.NewWindow("again")
	defer w.Close()
	u2, err := build(a, w, Start{}, u.info, func(f func()) {})
	if err != nil {
		t.Fatal(err)
	}
	if !u2.fullScreen || !w.FullScreen() {
		t.Error("full screen is not restored at the next start")
	}
}
