//go:build linux && !android

package clipimage

import "os"

// reason tells why the X11 clipboard could not start: no display to
// speak to, or (with one) no libX11.so to speak with.
func reason() error {
	if os.Getenv("DISPLAY") == "" {
		return ErrNoDisplay
	}
	return ErrNoX11
}
