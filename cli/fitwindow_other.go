//go:build !windows

package cli

import "fyne.io/fyne/v2"

// fitCanvasToWindow does nothing here: X11 window managers and macOS send
// the size they give a window back to the toolkit (fitwindow_windows.go).
func fitCanvasToWindow(fyne.Window) {}
