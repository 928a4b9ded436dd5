package ui

import "strings"

// onScreen readies a figure's text (model/wording) for a Fyne widget.
// wording writes the minus sign (U+2212) of "−3%", which Roboto, the font of
// the charts, has; none of the fonts Fyne bundles has it, so on screen it
// would come from whatever font the OS happens to have, or show as a box. A
// hyphen-minus stands in for it. (glyphs_test.go checks every string of this
// package against those fonts.)
func onScreen(s string) string { return strings.ReplaceAll(s, "−", "-") }
