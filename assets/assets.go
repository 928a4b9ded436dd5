// Package assets holds the resources bundled into the binary: the app's
// icon. (FyneApp.toml, the app's metadata, is embedded by main.go, the one
// package that can reach it.)
package assets

import (
	_ "embed"

	"fyne.io/fyne/v2"
)

//go:embed icon.png
var iconPNG []byte

// Icon is the application icon (512×512 PNG).
var Icon = fyne.NewStaticResource("icon.png", iconPNG)
