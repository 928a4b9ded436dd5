//go:build !(linux || freebsd || openbsd || netbsd)

package main

// displayProblem reports nothing on Windows and macOS, which always have a
// desktop when a user starts the app.
func displayProblem() string { return "" }
