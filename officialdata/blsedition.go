package officialdata

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// The editions of occupation.xlsx whose Table 1.2 this import reads.
const (
	// FirstEdition is the base year of the oldest edition read,
	// 2023–33; older editions have other columns in Table 1.2.
	FirstEdition = 2023
	// BLSDownload is where BLS serves the newest edition, under the same
	// name every year.
	BLSDownload = "https://www.bls.gov/emp/ind-occ-matrix/occupation.xlsx"
)

// hyphens writes every dash and hyphen that looks like a hyphen-minus
// (en dash, em dash, minus sign, non-breaking hyphen…) as one.
func hyphens(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '‐', '‑', '‒', '–', '—', '―', '−', '⁃', '﹘', '﹣', '－':
			return '-'
		}
		return r
	}, s)
}

// cellNumber reads a cell of the table as a number: "41.9", "1,234.5",
// "$67,310", "14.8%"; capped is set for BLS's top code, ">=$239,200",
// whose value is the code.
func cellNumber(s string) (v float64, capped, ok bool) {
	t := strings.TrimSpace(s)
	for _, p := range []string{">=", "≥", "> ="} {
		if rest, cut := strings.CutPrefix(t, p); cut {
			t, capped = rest, true
			break
		}
	}
	v, ok = number(t)
	return v, capped && ok, ok
}

// unavailable says whether a cell is BLS's mark for a value it does not
// publish: "—" ("Data is unavailable for values denoted with a “—”", as
// the table's note says), or a like mark.
func unavailable(s string) bool {
	switch strings.ToLower(strings.TrimSpace(hyphens(s))) {
	case "-", "--", "n/a", "na", "(na)", "*", "**":
		return true
	}
	return false
}

var (
	projectedYears = regexp.MustCompile(`(\d{4}) and projected (\d{4})`)
	spanYears      = regexp.MustCompile(`\b(\d{4}) ?- ?(\d{2}|\d{4})\b`)
)

// titleYears finds the projection's years in the rows above the header:
// "2019 and projected 2029", "2024–2034" or "2016-26".
func titleYears(texts []string) (base, projected int) {
	for _, t := range texts {
		t = hyphens(t)
		m := projectedYears.FindStringSubmatch(t)
		if m == nil {
			m = spanYears.FindStringSubmatch(t)
		}
		if m == nil {
			continue
		}
		base, _ = strconv.Atoi(m[1])
		projected, _ = strconv.Atoi(m[2])
		if projected < 100 {
			projected += base / 100 * 100
		}
		return base, projected
	}
	return 0, 0
}

// olderEdition is the error of a workbook of an edition older than
// 2023–33, by the years of its header or title; nil for another.
func (r *tableReader) olderEdition() error {
	base, projected := r.b.BaseYear, r.b.ProjectedYear
	if base == 0 {
		base, projected = titleYears(r.above)
	}
	if base == 0 || base >= FirstEdition {
		return nil
	}
	title := ""
	if len(r.above) > 0 {
		title = fmt.Sprintf(" (%q)", shorten(r.above[0], 160))
	}
	return &FileError{File: r.b.File, Sheet: r.b.Sheet, Message: fmt.Sprintf("this is the %d–%02d edition of BLS's occupation.xlsx%s, whose table has other columns; use the %d–%02d edition or newer: download occupation.xlsx again from %s",
		base, projected%100, title, FirstEdition, (FirstEdition+10)%100, BLSDownload)}
}

// noHeader is the error of a sheet without the table's header row: an
// older edition's, or not BLS's table.
func (r *tableReader) noHeader() error {
	if err := r.olderEdition(); err != nil {
		return err
	}
	return &FileError{File: r.b.File, Sheet: r.b.Sheet, Message: fmt.Sprintf("no header row with a column %q in the first %d rows; is this BLS's occupation.xlsx?", "National Employment Matrix code", maxHeaderRow)}
}
