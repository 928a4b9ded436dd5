package ui

import (
	"errors"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"careercompare/model"
)

// What the window does with itself: its size, text size, theme and
// language, remembered; its error and other dialogs.

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
