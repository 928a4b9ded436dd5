package ui

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// luminance is the WCAG relative luminance of c.
func luminance(c color.Color) float64 {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	lin := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(n.R) + 0.7152*lin(n.G) + 0.0722*lin(n.B)
}

// contrast is the WCAG contrast ratio of two colours.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (math.Max(la, lb) + 0.05) / (math.Min(la, lb) + 0.05)
}

// TestTheme_Contrast: every text colour of the window reads at 4.5:1 on
// every background it is drawn on, and control outlines at 3:1, in both
// variants.
func TestTheme_Contrast(t *testing.T) {
	th := &appTheme{scale: 1, choice: themeSystem}
	backgrounds := []fyne.ThemeColorName{theme.ColorNameBackground, theme.ColorNameInputBackground, theme.ColorNameMenuBackground, theme.ColorNameOverlayBackground, theme.ColorNameButton, colorWarningBackground}
	texts := []fyne.ThemeColorName{theme.ColorNameForeground, theme.ColorNamePlaceHolder, theme.ColorNameHyperlink, theme.ColorNameError}
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		for _, bg := range backgrounds {
			for _, fg := range texts {
				if r := contrast(th.Color(fg, v), th.Color(bg, v)); r < 4.5 {
					t.Errorf("variant %d: %s on %s has contrast %.2f:1, want 4.5:1", v, fg, bg, r)
				}
			}
			for _, ui := range []fyne.ThemeColorName{theme.ColorNameInputBorder, theme.ColorNamePrimary, colorWarningBorder} {
				if bg == colorWarningBackground && ui != colorWarningBorder {
					continue
				}
				if r := contrast(th.Color(ui, v), th.Color(bg, v)); r < 3 {
					t.Errorf("variant %d: outline %s on %s has contrast %.2f:1, want 3:1", v, ui, bg, r)
				}
			}
		}
		if r := contrast(th.Color(theme.ColorNameForegroundOnPrimary, v), th.Color(theme.ColorNamePrimary, v)); r < 4.5 {
			t.Errorf("variant %d: text on a primary button has contrast %.2f:1", v, r)
		}
	}
}
