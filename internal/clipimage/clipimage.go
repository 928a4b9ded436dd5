// Package clipimage puts a PNG picture on the system clipboard, where
// slides, documents and e-mails paste it from. It wraps
// golang.design/x/clipboard, which speaks each platform's image clipboard
// (Windows, macOS, X11), and says in plain words why a platform has none.
package clipimage

import (
	"errors"
	"fmt"
	"sync"

	"golang.design/x/clipboard"
)

// Why a picture could not go on the clipboard.
var (
	// ErrNoDisplay: the session has no X11 display, as under Wayland
	// without XWayland, whose clipboard the library does not speak.
	ErrNoDisplay = errors.New("this session has no X11 display (Wayland without XWayland): its clipboard takes no pictures from this app")
	// ErrNoX11 is the X11 library missing: the library opens libX11.so,
	// which the libx11-dev package installs.
	ErrNoX11 = errors.New("the X11 library libX11.so is missing (the package libx11-dev installs it)")
	// ErrRefused: the clipboard did not take the picture.
	ErrRefused = errors.New("the clipboard did not take the picture")
)

// Clipboard is the system clipboard; it starts the first time it is used.
// The zero value is ready to use; it is safe for use by several
// goroutines.
type Clipboard struct {
	once sync.Once
	err  error
}

// WritePNG puts a PNG picture on the clipboard, replacing what was there.
// The picture stays there, served by this process, until something else
// is copied.
func (c *Clipboard) WritePNG(png []byte) error {
	c.once.Do(func() {
		if err := clipboard.Init(); err != nil {
			c.err = unavailable(err)
		}
	})
	if c.err != nil {
		return c.err
	}
	if clipboard.Write(clipboard.FmtImage, png) == nil {
		return ErrRefused
	}
	return nil
}

// ReadPNG returns the PNG picture on the clipboard, or nil when there is
// none.
func (c *Clipboard) ReadPNG() ([]byte, error) {
	if err := clipboard.Init(); err != nil {
		return nil, unavailable(err)
	}
	return clipboard.Read(clipboard.FmtImage), nil
}

// unavailable says why the clipboard could not start.
func unavailable(err error) error {
	if r := reason(); r != nil {
		return r
	}
	return fmt.Errorf("clipboard: %w", err)
}
