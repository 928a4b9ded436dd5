package officialdata

import (
	"fmt"
	"strings"
)

// Report says what an import read and what it found: the O*NET release,
// the BLS edition, and which download describes each occupation.
type Report struct {
	// ONet names the database, e.g. "O*NET 30.1 Database"; ONetDir is
	// the folder read and ONetOccupations how many occupations it has.
	ONet            string
	ONetDir         string
	ONetOccupations int
	// ReleaseFrom says where the release was read; "" when the download
	// does not name it.
	ReleaseFrom string
	// BLS names the edition, e.g. "BLS Employment Projections 2024–34";
	// BLSFile and BLSSheet are where it was read, BLSOccupations how many
	// rows of occupations the sheet has and WageYear the year of its
	// median wages.
	BLS            string
	BLSFile        string
	BLSSheet       string
	BLSOccupations int
	WageYear       int
	// Reference says that the table's "Total, all occupations" row was
	// found and is the figures compared with.
	Reference bool
	// Matches are the chosen occupations, in their order.
	Matches []Match
}

// Match is one chosen occupation and the downloads that describe it.
type Match struct {
	Code, Title   string
	InONet, InBLS bool
}

// Both is how many of the chosen occupations both downloads describe.
func (r *Report) Both() int {
	n := 0
	for _, m := range r.Matches {
		if m.InONet && m.InBLS {
			n++
		}
	}
	return n
}

// Lines says the report in English, one line each, for the command line.
func (r *Report) Lines() []string {
	release := r.ONet
	if r.ReleaseFrom != "" {
		release += " (release read from " + r.ReleaseFrom + ")"
	} else {
		release += " (the download does not name its release)"
	}
	lines := []string{
		fmt.Sprintf("O*NET: %s in %s: %d occupations", release, r.ONetDir, r.ONetOccupations),
		fmt.Sprintf("BLS: %s, median wages of May %d, from %s, sheet %q: %d occupations", r.BLS, r.WageYear, r.BLSFile, r.BLSSheet, r.BLSOccupations),
		fmt.Sprintf("Matched %d of %d occupations in both downloads:", r.Both(), len(r.Matches)),
	}
	for _, m := range r.Matches {
		lines = append(lines, fmt.Sprintf("  %-10s %s — %s", m.Code, m.Title, m.Where()))
	}
	if !r.Reference {
		lines = append(lines, `The BLS table has no "Total, all occupations" row: the charts have no all-occupations figures.`)
	}
	lines = append(lines, "Texts are in English, as O*NET and BLS publish them: in Spanish the window shows them in English, marked as such.")
	return lines
}

// Where says in English which downloads describe the occupation.
func (m Match) Where() string {
	switch {
	case m.InONet && m.InBLS:
		return "O*NET and BLS"
	case m.InONet:
		return "O*NET only: no BLS figures (no data)"
	default:
		return "BLS only: no O*NET duties, skills or education levels (no data)"
	}
}

// String is the report's lines.
func (r *Report) String() string { return strings.Join(r.Lines(), "\n") }
