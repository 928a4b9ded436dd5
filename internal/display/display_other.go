//go:build !(linux || freebsd || openbsd || netbsd)

package display

// Problem reports nothing on Windows and macOS, which always have a
// desktop when a user starts the app.
func Problem() string { return "" }
