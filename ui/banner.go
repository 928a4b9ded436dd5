package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// warningBox puts a warning in a tinted box with a border, recoloured with
// the theme.
func (u *UI) warningBox(content fyne.CanvasObject) fyne.CanvasObject {
	bg := canvas.NewRectangle(u.theme.Color(colorWarningBackground, u.app.Settings().ThemeVariant()))
	bg.StrokeColor = u.theme.Color(colorWarningBorder, u.app.Settings().ThemeVariant())
	bg.StrokeWidth = 2
	bg.CornerRadius = theme.InputRadiusSize()
	u.onTheme(func() {
		v := u.app.Settings().ThemeVariant()
		bg.FillColor, bg.StrokeColor = u.theme.Color(colorWarningBackground, v), u.theme.Color(colorWarningBorder, v)
		bg.Refresh()
	})
	return container.NewStack(bg, container.NewPadded(content))
}
