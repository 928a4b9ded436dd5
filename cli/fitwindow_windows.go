package cli

import (
	"syscall"
	"unsafe"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
)

var getClientRect = syscall.NewLazyDLL("user32.dll").NewProc("GetClientRect")

// fitCanvasToWindow lays the window's content out at the size Windows gave
// the window. Windows keeps a window within what the screen can hold (its
// maximum tracking size): at 150 % on a 1920×1080 screen the default
// 1100×760 window, 1650×1140 pixels, gets 1056 pixels; on a 1024×768 screen
// it gets 1028×753. Fyne 2.7's Resize lays the canvas out at the size it
// asked for, not the size the window got, and Windows sends no later
// resize, so the right or bottom edge of the content was cut off (the end
// of the banner, a chart's Export button, the menu bar).
func fitCanvasToWindow(w fyne.Window) {
	nw, ok := w.(driver.NativeWindow)
	if !ok {
		return
	}
	var r struct{ left, top, right, bottom int32 }
	nw.RunNative(func(ctx any) {
		if c, ok := ctx.(driver.WindowsWindowContext); ok && c.HWND != 0 {
			_, _, _ = getClientRect.Call(c.HWND, uintptr(unsafe.Pointer(&r)))
		}
	})
	scale := w.Canvas().Scale()
	if r.right <= r.left || r.bottom <= r.top || scale <= 0 {
		return
	}
	got := fyne.NewSize(float32(r.right-r.left)/scale, float32(r.bottom-r.top)/scale)
	if want := w.Canvas().Size(); got.Width < want.Width-1 || got.Height < want.Height-1 {
		w.Resize(got)
	}
}
