package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

type mouseAt struct{ desktop.MouseEvent }

func desktopEvent(x, y float32) *mouseAt {
	e := &mouseAt{}
	e.Position = fyne.NewPos(x, y)
	return e
}

// plannerOf is the Education tab's planner; nil when the tab is not built
// or has no ladder.
func plannerOf(u *UI) *planner {
	if u.edu == nil {
		return nil
	}
	return u.edu.planner
}
