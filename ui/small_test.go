package ui

import (
	"testing"

	"fyne.io/fyne/v2"

	"careercompare/model"
)

// TestTextSize_1024Wide: at 1024×768, at every text size up to the
// largest, in both languages and every edition, no tab, picker or field
// needs the window wider than the screen (what is taller scrolls), and the
// banner and pickers leave the tabs at least half the height (a third
// beyond 2×).
func TestTextSize_1024Wide(t *testing.T) {
	u, q := newTestUI(t)
	u.win.Resize(fyne.NewSize(1024, 768))
	for _, lang := range []model.Lang{model.English, model.Spanish} {
		u.setLang(lang)
		for _, e := range model.Editions() {
			u.switchEdition(e.ID)
			for _, s := range []float32{1, 1.5, 2, textScales[len(textScales)-1]} {
				u.theme.scale = s
				u.app.Settings().SetTheme(u.theme)
				for tab := range tabIDs {
					u.SelectTab(tab)
					q.run()
				}
				if w := u.win.Content().MinSize().Width; w > 1024 {
					t.Errorf("%s, %s, text ×%.2f: the window needs %.0f px of width", lang, e.ID, s, w)
				}
				u.win.Resize(fyne.NewSize(1024, 768))
				// Up to twice the normal size the tabs keep half the height;
				// beyond it, a third.
				limit := float32(768) / 2
				if s > 2 {
					limit = 768 * 2 / 3
				}
				if h := u.topBar.area.Size().Height; h > limit {
					t.Errorf("%s, %s, text ×%.2f: the banner and pickers take %.0f of 768 px", lang, e.ID, s, h)
				}
			}
		}
	}
}
