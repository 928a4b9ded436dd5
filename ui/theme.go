package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// Theme choices, as stored in the preferences.
const (
	themeSystem = "system"
	themeLight  = "light"
	themeDark   = "dark"
)

// textScales are the steps of View ▸ Larger/Smaller text.
var textScales = []float32{0.85, 1, 1.15, 1.3, 1.5, 1.75, 2, 2.5}

// clampScale is the step of textScales at or above s: a remembered text
// size that is no step becomes the next one up (the largest at most).
func clampScale(s float64) float32 {
	for _, v := range textScales {
		if float32(s) <= v {
			return v
		}
	}
	return textScales[len(textScales)-1]
}

// appTheme is Fyne's default theme with a text size chosen by the user (a
// counselor projecting on a wall wants it large) and, optionally, a fixed
// light or dark variant instead of the system's.
type appTheme struct {
	scale  float32
	choice string
}

var _ fyne.Theme = (*appTheme)(nil)

func (t *appTheme) variant(v fyne.ThemeVariant) fyne.ThemeVariant {
	switch t.choice {
	case themeLight:
		return theme.VariantLight
	case themeDark:
		return theme.VariantDark
	}
	return v
}

// accessible are the colours that replace Fyne's defaults so that every
// text reads at a contrast of at least 4.5:1 and every control's outline at
// least 3:1 on the backgrounds it is drawn on (WCAG 2.1 AA; theme_test.go
// measures them): Fyne's placeholder grey (#888, used for source lines and
// hints) is 3.5:1 on white, its link blue 4.5:1 and its error red 3.7:1;
// its input border, the outline of an unselected radio button, is nearly
// invisible in both variants.
var accessible = map[fyne.ThemeVariant]map[fyne.ThemeColorName]color.Color{
	theme.VariantLight: {
		theme.ColorNamePlaceHolder: rgb(0x66, 0x66, 0x66),
		theme.ColorNameInputBorder: rgb(0x8a, 0x8a, 0x8a),
		theme.ColorNameHyperlink:   rgb(0x1a, 0x5f, 0xd6),
		theme.ColorNamePrimary:     rgb(0x2f, 0x6f, 0xe0),
		theme.ColorNameError:       rgb(0xc6, 0x28, 0x28),
		colorWarningBackground:     rgb(0xff, 0xf0, 0xc7),
		colorWarningBorder:         rgb(0xb2, 0x6b, 0x00),
	},
	theme.VariantDark: {
		theme.ColorNameInputBorder: rgb(0x8a, 0x8a, 0x8a),
		theme.ColorNameHyperlink:   rgb(0x6e, 0xa8, 0xff),
		theme.ColorNamePrimary:     rgb(0x2f, 0x6f, 0xe0),
		theme.ColorNameError:       rgb(0xff, 0x6b, 0x6b),
		colorWarningBackground:     rgb(0x3a, 0x2a, 0x00),
		colorWarningBorder:         rgb(0xff, 0xb3, 0x00),
	},
}

// Colours of the app's own, beside Fyne's: the banner that warns about the
// article's edition.
const (
	colorWarningBackground fyne.ThemeColorName = "careercompare.warningBackground"
	colorWarningBorder     fyne.ThemeColorName = "careercompare.warningBorder"
)

func rgb(r, g, b uint8) color.Color { return color.NRGBA{R: r, G: g, B: b, A: 0xff} }

// Color implements fyne.Theme.
func (t *appTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	v = t.variant(v)
	if c, ok := accessible[v][n]; ok {
		return c
	}
	return theme.DefaultTheme().Color(n, v)
}

// Font implements fyne.Theme.
func (t *appTheme) Font(s fyne.TextStyle) fyne.Resource { return theme.DefaultTheme().Font(s) }

// Icon implements fyne.Theme.
func (t *appTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

// Size implements fyne.Theme: text and the icons inside text grow with the
// chosen scale.
func (t *appTheme) Size(n fyne.ThemeSizeName) float32 {
	s := theme.DefaultTheme().Size(n)
	switch n {
	case theme.SizeNameText, theme.SizeNameCaptionText, theme.SizeNameHeadingText,
		theme.SizeNameSubHeadingText, theme.SizeNameInlineIcon:
		return s * t.scale
	}
	return s
}

// WarmFonts loads the fonts of the first screen into Fyne's font cache: the
// theme's regular and bold faces (each with the system font Fyne adds for
// the locale, which first builds its index of the system's fonts) and the
// ladder's. Fyne parses a font the first time a text of its style is
// measured; the window command calls it on a goroutine of its own, after
// ApplyTheme and while the main thread brings up the window system, so
// that the parsing runs on another core instead of in the middle of the
// first layout. It must have returned before any other text is measured:
// Fyne 2.8 shapes every text with one HarfBuzz shaper shared by all
// goroutines, which two at once corrupt (an index out of range in
// HarfbuzzShaper.Shape).
func WarmFonts() {
	for _, s := range []fyne.TextStyle{{}, {Bold: true}} {
		fyne.MeasureText("Career Compare", theme.TextSize(), s)
	}
	t := canvas.NewText("Career Compare", color.Black)
	t.FontSource = ladderFont
	t.MinSize()
}

// ApplyTheme sets the theme the window will have, from the preferences
// (text size, light or dark), as New does; New keeps it.
func ApplyTheme(a fyne.App) { a.Settings().SetTheme(themeFor(a)) }

// themeFor is the app's theme when it has one of ours, else a new one
// from the preferences.
func themeFor(a fyne.App) *appTheme {
	if t, ok := a.Settings().Theme().(*appTheme); ok {
		return t
	}
	p := a.Preferences()
	return &appTheme{scale: clampScale(p.FloatWithFallback(prefTextScale, 1)), choice: p.StringWithFallback(prefTheme, themeSystem)}
}
