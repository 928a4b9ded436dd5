package charts

import (
	"fmt"
	"image/color"
	"strings"
)

// Theme is the colour scheme of a picture.
type Theme int

// The two themes. Light is the zero value.
const (
	Light Theme = iota
	Dark
)

// ParseTheme reads "light" or "dark".
func ParseTheme(s string) (Theme, error) {
	switch strings.ToLower(s) {
	case "light", "":
		return Light, nil
	case "dark":
		return Dark, nil
	}
	return Light, fmt.Errorf("theme %q: use light or dark", s)
}

// String returns "light" or "dark".
func (t Theme) String() string {
	if t == Dark {
		return "dark"
	}
	return "light"
}

// Palette holds the colours of one theme. Career colours come from the
// Okabe–Ito set, which colour-blind readers can tell apart; a lighter
// variant of the same hue is used on dark backgrounds so that each career
// keeps its hue in both themes.
type Palette struct {
	Background color.RGBA
	Text       color.RGBA
	Muted      color.RGBA
	Axis       color.RGBA
	Reference  color.RGBA
	Highlight  color.RGBA
	// Warning is the colour of a warning's text, e.g. that figures come
	// from an advertisement.
	Warning color.RGBA
	careers []color.RGBA
}

func rgb(hex uint32) color.RGBA {
	return color.RGBA{R: uint8(hex >> 16), G: uint8(hex >> 8), B: uint8(hex), A: 0xff}
}

// PaletteFor returns the palette of a theme.
func PaletteFor(t Theme) Palette {
	if t == Dark {
		return Palette{
			Background: rgb(0x171718), // Fyne's dark background
			Text:       rgb(0xf0f0f0),
			Muted:      rgb(0xb4b8bf),
			Axis:       rgb(0x9aa0a8),
			Reference:  rgb(0xa8a8a8),
			Highlight:  rgb(0xf0e442),
			Warning:    rgb(0xffc266),
			careers:    []color.RGBA{rgb(0x56b4e9), rgb(0xe69f00), rgb(0x2fc79a), rgb(0xf08fc0), rgb(0xf0e442), rgb(0x6ea8ff)},
		}
	}
	return Palette{
		Background: rgb(0xffffff), // Fyne's light background
		Text:       rgb(0x1a1a1a),
		Muted:      rgb(0x555a61),
		Axis:       rgb(0x6b7077),
		Reference:  rgb(0x8c8c8c),
		Highlight:  rgb(0x1a1a1a),
		Warning:    rgb(0x8a4b00),
		careers:    []color.RGBA{rgb(0x0072b2), rgb(0xd55e00), rgb(0x009e73), rgb(0xcc79a7), rgb(0x8a7a00), rgb(0x56b4e9)},
	}
}

// Career returns the colour of the career at position index in the data, so
// that a career has the same colour in every chart, tab and export.
func (p Palette) Career(index int) color.RGBA {
	if index < 0 {
		return p.Reference
	}
	return p.careers[index%len(p.careers)]
}
