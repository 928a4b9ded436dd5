package ui

import "strings"

// onScreen readies a figure's text (model/wording) for a Fyne widget.
// wording writes the minus sign (U+2212) of "−3%" and the "≥" (U+2265) of
// a top-coded "≥ $239,200", which Roboto, the font of the charts, has;
// none of the fonts Fyne bundles has them, so on screen they would come
// from whatever font the OS happens to have, or show as a box. A
// hyphen-minus and ">=" (BLS's own way of writing it) stand in for them.
// (glyphs_test.go checks every string of this package against those
// fonts.)
func onScreen(s string) string {
	return strings.NewReplacer("−", "-", "≥", ">=").Replace(s)
}
