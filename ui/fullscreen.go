package ui

import (
	"runtime"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"careercompare/internal/catalog"
	"careercompare/model"
	"careercompare/model/wording"
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
	u.fillTop()
	u.win.SetMainMenu(u.mainMenu())
}

// fillTop fills the area above the tabs: the banner, or its folded
// line, and the pickers (topArea chooses which banner).
func (u *UI) fillTop() {
	u.top.Objects = []fyne.CanvasObject{u.bannerBox(), u.foldedBanner(), u.pickersBox(), widget.NewSeparator()}
	u.top.Refresh()
}

// foldedBanner is the banner in one line, for full screen and for a
// window whose text is too large for the whole banner: the edition's
// name and warning (or age), the way to the newest edition, and in full
// screen the way out of it.
func (u *UI) foldedBanner() fyne.CanvasObject {
	e := u.data.Edition
	icon, text := theme.InfoIcon(), e.Name.In(u.lang)
	if w := e.Warning.In(u.lang); w != "" {
		icon, text = theme.WarningIcon(), w // it names the edition's origin
	} else if age := wording.Age(u.lang, e, u.now()); age != "" {
		text += ". " + age
	}
	label := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: e.Warning.EN != ""})
	label.Wrapping = fyne.TextWrapWord
	var buttons []fyne.CanvasObject
	if u.src.file != "" || u.src.edition != model.NewestEdition {
		newest, _ := model.BuiltIn(model.NewestEdition)
		buttons = append(buttons, widget.NewButton(u.tr("banner.useNewest", catalog.Args{"Edition": newest.Name.In(u.lang)}), func() { u.switchEdition(model.NewestEdition) }))
	}
	if u.fullScreen {
		buttons = append(buttons, widget.NewButtonWithIcon(u.tr("fullScreen.leave"), theme.ViewRestoreIcon(), func() { u.setFullScreen(false) }))
	}
	var line fyne.CanvasObject = container.NewBorder(nil, nil, widget.NewIcon(icon), nil, label)
	if len(buttons) > 0 {
		line = container.New(&beside{mainWidth: 320}, line, container.NewHBox(buttons...))
	}
	if e.Warning.EN != "" {
		return u.warningBox(line)
	}
	return line
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
	var w, h float32
	for _, o := range t.shown(objects, t.width) {
		m := o.MinSize()
		w, h = max(w, m.Width), h+m.Height+theme.Padding()
	}
	return fyne.NewSize(w, max(0, h-theme.Padding()))
}

func (t *topArea) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	t.width = size.Width
	y := float32(0)
	for _, o := range t.shown(objects, size.Width) {
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
