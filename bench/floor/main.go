// Command floor is the toolkit floor of the benchmarks in
// docs/performance.md: the smallest Fyne app, one window titled "Floor"
// with one label, at the size Career Compare opens at. scripts/bench.sh
// builds it with the same command and flags as the app and measures both
// the same way, so that what the app costs beyond Fyne itself shows.
package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.New()
	w := a.NewWindow("Floor")
	w.SetContent(widget.NewLabel("Floor"))
	// The app's default window size (ui.build, without remembered
	// preferences): a window's size sets the size of its GL buffers.
	w.Resize(fyne.NewSize(1100, 760))
	// Ctrl+Q (Cmd+Q) quits through app.Quit, as the app's File ▸ Quit does,
	// so that scripts/wine.sh can end both the same way.
	quit := &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault}
	w.Canvas().AddShortcut(quit, func(fyne.Shortcut) { a.Quit() })
	w.ShowAndRun()
}
