package ui

import (
	"cmp"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"careercompare/charts"
	"careercompare/internal/catalog"
	"careercompare/model"
	"careercompare/model/wording"
)

// ladderWords say a ladder's picture for a screen reader: its title, then
// each entry point, degree and rung as pointing at it explains it.
func ladderWords(lang model.Lang, l *model.Ladder, ll *charts.LadderLayout) string {
	parts := []string{wording.LadderTitle(lang, l) + "."}
	for _, it := range ll.Items {
		parts = append(parts, it.Explain)
	}
	return strings.Join(parts, " ")
}

// a11yItems implements a11yReader: the ladder's title; each entry point
// and degree as a button, the chosen ones said as chosen; each rung; then
// the planned path in a sentence. Each where it is drawn.
func (l *Ladder) a11yItems() []a11yItem {
	if l.layout == nil {
		return nil
	}
	lang := l.words.Lang
	line := fyne.MeasureText("M", theme.TextSize(), fyne.TextStyle{}).Height
	out := []a11yItem{{label: wording.LadderTitle(lang, l.ladder), role: fyne.AccessibleRoleText, size: fyne.NewSize(l.Size().Width, line)}}
	// As drawn, top to bottom: the degrees above the ladder, its rungs,
	// the entry points below it.
	items := slices.Clone(l.layout.Items)
	slices.SortStableFunc(items, func(a, b charts.LadderItem) int {
		return cmp.Or(cmp.Compare(a.Hit.Min.Y, b.Hit.Min.Y), cmp.Compare(a.Hit.Min.X, b.Hit.Min.X))
	})
	for _, it := range items {
		item := a11yItem{label: it.Explain, role: fyne.AccessibleRoleButton,
			pos: fyne.NewPos(float32(it.Hit.Min.X), float32(it.Hit.Min.Y)), size: fyne.NewSize(float32(it.Hit.Dx()), float32(it.Hit.Dy()))}
		switch {
		case it.Kind == charts.ItemEntry && l.ladder.Entries[it.Index].ID == l.path.Entry:
			item.label = catalog.T(lang, "a11y.chosen", catalog.Args{"Label": it.Explain, "Choice": catalog.T(lang, "ladder.startHere")})
		case it.Kind == charts.ItemDegree && it.Index == l.path.Goal:
			item.label = catalog.T(lang, "a11y.chosen", catalog.Args{"Label": it.Explain, "Choice": catalog.T(lang, "ladder.endHere")})
		case it.Kind == charts.ItemRung:
			item.role = fyne.AccessibleRoleText
		}
		out = append(out, item)
	}
	if e, ok := l.ladder.Entry(l.path.Entry); ok && l.path.Goal >= 0 && l.path.Goal < len(l.ladder.Rungs) {
		g := l.ladder.Rungs[l.path.Goal]
		path := catalog.T(lang, "html.ladderDescPath", catalog.Args{"Entry": wording.EntryLabel(lang, *e), "From": wording.Credits(lang, l.ladder, e.Credits, ""),
			"Degree": g.Ends.In(lang), "To": wording.Credits(lang, l.ladder, g.Credits, "")})
		out = append(out, a11yItem{label: path, role: fyne.AccessibleRoleText, pos: fyne.NewPos(0, l.Size().Height-line), size: fyne.NewSize(l.Size().Width, line)})
	}
	return out
}
