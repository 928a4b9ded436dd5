package ui

import (
	"runtime"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// fullScreenShortcut is the platform's own: Ctrl+Cmd+F on macOS, F11 on
// Windows and Linux. A key without a modifier is no shortcut to Fyne, so
// F11 is caught by onKey; the menu shows it all the same.
func fullScreenShortcut() fyne.Shortcut {
	if runtime.GOOS == "darwin" {
		return &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierControl | fyne.KeyModifierSuper}
	}
	return &desktop.CustomShortcut{KeyName: fyne.KeyF11}
}

// fullScreenKeys names fullScreenShortcut for Help › Keyboard shortcuts.
func fullScreenKeys() string {
	if runtime.GOOS == "darwin" {
		return "Ctrl+Cmd+F"
	}
	return "F11"
}

// onKey handles the keys of the window that are no shortcut: Esc closes
// the newest dialog, else leaves full screen; F11 toggles full screen (not
// on macOS, whose F11 shows the desktop). It gets the keys that no widget
// with the focus takes; the text fields pass these two on.
func (u *UI) onKey(e *fyne.KeyEvent) {
	switch {
	case e.Name == fyne.KeyEscape && len(u.dialogs) > 0:
		u.dialogs[len(u.dialogs)-1].Hide()
	case e.Name == fyne.KeyF11 && runtime.GOOS != "darwin":
		u.setFullScreen(!u.fullScreen)
	case e.Name == fyne.KeyEscape && u.fullScreen:
		u.setFullScreen(false)
	}
}

// setFullScreen enters or leaves full screen, remembers it like the window
// size, and folds the banner and pickers into one line in full screen.
func (u *UI) setFullScreen(on bool) {
	if on == u.fullScreen {
		return
	}
	u.fullScreen = on
	u.win.SetFullScreen(on)
	u.app.Preferences().SetBool(prefFullScreen, on)
	u.topBar.update()
	u.presentCharts()
	u.win.SetMainMenu(u.mainMenu())
}

// topArea lays out the area above the tabs: the whole banner (objects[0])
// or its folded line (objects[1]), then the pickers and a separator. The
// banner folds in full screen, and when it would take more than a fifth
// of the window's height (large text on a small screen), so that the
// tabs keep the room.
type topArea struct {
	u     *UI
	width float32
}

func (t *topArea) folded(objects []fyne.CanvasObject, width float32) bool {
	if t.u.fullScreen {
		return true
	}
	win := t.u.win.Canvas().Size()
	if width <= 0 {
		width = win.Width
	}
	full := objects[0]
	// Wrapped text knows its height once it has its width.
	full.Resize(fyne.NewSize(width, full.MinSize().Height))
	return win.Height > 0 && full.MinSize().Height > win.Height/5
}

// shown returns the objects to lay out, the chosen banner first, and
// hides the other banner.
func (t *topArea) shown(objects []fyne.CanvasObject, width float32) []fyne.CanvasObject {
	if len(objects) < 4 {
		return objects
	}
	banner, other := objects[0], objects[1]
	if t.folded(objects, width) {
		banner, other = other, banner
	}
	if other.Visible() {
		other.Hide()
	}
	if !banner.Visible() {
		banner.Show()
	}
	return append([]fyne.CanvasObject{banner}, objects[2:]...)
}

func (t *topArea) MinSize(objects []fyne.CanvasObject) fyne.Size {
	shown := t.shown(objects, t.width)
	if t.u.fullScreen && len(shown) == 3 {
		// One line: the folded banner and the careers' pickers beside it.
		b, p, sep := shown[0].MinSize(), shown[1].MinSize(), shown[2].MinSize()
		return fyne.NewSize(b.Width+p.Width+theme.Padding(), max(b.Height, p.Height)+sep.Height+theme.Padding())
	}
	var w, h float32
	for _, o := range shown {
		m := o.MinSize()
		w, h = max(w, m.Width), h+m.Height+theme.Padding()
	}
	return fyne.NewSize(w, max(0, h-theme.Padding()))
}

func (t *topArea) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	t.width = size.Width
	shown := t.shown(objects, size.Width)
	if t.u.fullScreen && len(shown) == 3 {
		banner, pickers, sep := shown[0], shown[1], shown[2]
		pw := min(pickers.MinSize().Width, size.Width*0.6)
		h := max(banner.MinSize().Height, pickers.MinSize().Height)
		banner.Move(fyne.NewPos(0, 0))
		banner.Resize(fyne.NewSize(size.Width-pw-theme.Padding(), h))
		pickers.Move(fyne.NewPos(size.Width-pw, 0))
		pickers.Resize(fyne.NewSize(pw, h))
		sep.Move(fyne.NewPos(0, h+theme.Padding()))
		sep.Resize(fyne.NewSize(size.Width, sep.MinSize().Height))
		return
	}
	y := float32(0)
	for _, o := range shown {
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, o.MinSize().Height))
		y += o.MinSize().Height + theme.Padding()
	}
}

// keyEntry is an entry that passes the window's own keys (F11; Esc in a
// dialog or in full screen) on to it, so that they work while the student
// or the counselor types.
type keyEntry struct {
	widget.Entry
	u *UI
}

func newKeyEntry(u *UI) *keyEntry {
	e := &keyEntry{u: u}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey implements fyne.Focusable.
func (e *keyEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyF11 || (k.Name == fyne.KeyEscape && (e.u.fullScreen || len(e.u.dialogs) > 0)) {
		e.u.onKey(k)
		return
	}
	e.Entry.TypedKey(k)
}
