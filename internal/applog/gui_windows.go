//go:build windows && release

package applog

// guiBuild: fyne package -release links Windows builds as GUI programs
// (-H=windowsgui) with the release tag; they have no console.
const guiBuild = true
