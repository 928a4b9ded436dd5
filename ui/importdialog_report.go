package ui

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"careercompare/internal/catalog"
	"careercompare/officialdata"
)

// showImportReport says what the import read and found, in the window's
// language: the O*NET release, its month and layout, the BLS edition, and
// for each occupation what a download lacks of it.
func (u *UI) showImportReport(path string, r *officialdata.Report) {
	lines := []string{u.tr("import.opened", catalog.Args{"File": path})}
	if r.ReleaseFrom == "" {
		lines = append(lines, u.tr("import.noRelease"))
	}
	lines = append(lines, u.trn("import.onetRead", r.ONetOccupations, catalog.Args{"Name": r.ONet, "Folder": r.ONetDir}))
	if m, err := time.Parse("January 2006", r.Month); err == nil {
		lines = append(lines, u.tr("import.releaseMonth", catalog.Args{"Name": r.ONet, "Month": u.tr("month." + strings.ToLower(m.Month().String())), "Year": m.Year()}))
	}
	if r.Layout == officialdata.Layout303().Name {
		lines = append(lines, u.tr("import.layout303"))
	} else {
		lines = append(lines, u.tr("import.layoutBefore303"))
	}
	lines = append(lines,
		u.trn("import.blsRead", r.BLSOccupations, catalog.Args{"Period": strings.TrimPrefix(r.BLS, "BLS Employment Projections "), "Year": r.WageYear, "File": r.BLSFile, "Sheet": r.BLSSheet}),
		u.trn("import.matched", len(r.Matches), catalog.Args{"Both": r.Both()}))
	for _, m := range r.Matches {
		lines = append(lines, u.matchLines(m)...)
	}
	if !r.Reference {
		lines = append(lines, u.tr("import.noReference"))
	}
	lines = append(lines, u.tr("import.english"))
	l := widget.NewLabel(strings.Join(lines, "\n\n"))
	l.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(u.tr("import.doneTitle"), u.tr("button.close"), container.NewVScroll(l), u.win)
	d.Resize(u.dialogSize(680, 420))
	u.showDialog(d)
}

// matchLines say what the downloads lack of one chosen occupation, and
// whose figures it has where BLS publishes it within a group.
func (u *UI) matchLines(m officialdata.Match) []string {
	args := catalog.Args{"Code": m.Code, "Title": m.Title}
	var lines []string
	switch {
	case m.InONet && !m.InBLS:
		lines = append(lines, u.tr("import.onlyONet", args))
	case m.InBLS && !m.InONet:
		lines = append(lines, u.tr("import.onlyBLS", args))
	}
	if m.Group != "" {
		lines = append(lines, u.tr("import.group", catalog.Args{"Code": m.Code, "Title": m.Title, "Group": m.Group, "GroupTitle": m.GroupTitle}))
	}
	if c := m.ONet; m.InONet {
		switch {
		case c.Tasks > 0 && c.Rated == 0 && c.Core+c.Supplemental == 0:
			lines = append(lines, u.tr("import.tasksNotRated", args))
		case c.Tasks > 0 && c.Rated == 0:
			lines = append(lines, u.tr("import.tasksNoRatings", args))
		}
		if c.Skills == 0 {
			lines = append(lines, u.tr("import.noSkills", args))
		}
		if !c.Education {
			lines = append(lines, u.tr("import.noEducation", args))
		}
	}
	switch {
	case m.WageCapped:
		lines = append(lines, u.tr("import.topCoded", args))
	case m.InBLS && m.WageMissing:
		lines = append(lines, u.tr("import.noMedian", args))
	}
	return lines
}
