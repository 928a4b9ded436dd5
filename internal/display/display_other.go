//go:build !(linux || freebsd || openbsd || netbsd)

package display

// Problem reports nothing on Windows and macOS, which always have a
// desktop when a user starts the app.
func Problem() string { return "" }

// Prepare does nothing on Windows and macOS: the toolkit has one window
// system there.
func Prepare() {}
