package officialdata

import (
	"fmt"
	"strings"
)

// Report says what an import read and what it found: the O*NET release
// and layout, the BLS edition, which download describes each occupation
// and what O*NET has of it.
type Report struct {
	// ONet names the database, e.g. "O*NET 31.0 Database"; ONetDir is
	// the download read (its folder, or its zip) and ONetOccupations how
	// many occupations it has.
	ONet            string
	ONetDir         string
	ONetOccupations int
	// Month is the release's month, e.g. "August 2026"; "" when the
	// download does not say it.
	Month string
	// ReleaseFrom says where the release was read; "" when the download
	// does not name it.
	ReleaseFrom string
	// Layout names the layout of its files, e.g. "releases 30.3 and
	// later".
	Layout string
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

// report is the report of the downloads, without the occupations.
func (b *builder) report() *Report {
	o, bl := b.d.ONet, b.d.BLS
	return &Report{
		ONet: o.Name(), ONetDir: o.Dir, ONetOccupations: o.Occupations(), Month: o.Month, ReleaseFrom: o.ReleaseFrom, Layout: o.Layout.Name,
		BLS: b.blsEdition, BLSFile: bl.File, BLSSheet: bl.Sheet, BLSOccupations: bl.Occupations(), WageYear: bl.WageYear,
		Reference: bl.total != nil,
	}
}

// Match is one chosen occupation, the downloads that describe it and what
// they have of it.
type Match struct {
	Code, Title string
	// InONet and InBLS say which downloads describe it; InBLS is also set
	// where BLS publishes it within a group.
	InONet, InBLS bool
	// Group and GroupTitle are the code and title of the BLS row whose
	// figures it gets, where BLS publishes it only within that group (or,
	// for an O*NET-SOC code such as 15-1299.08, as its SOC occupation).
	Group, GroupTitle string
	// Figures says whose figures they are in that case: "BLS figures of
	// the group 29-2010, Clinical laboratory technologists and
	// technicians"; "" for its own.
	Figures string
	// WageCapped says that BLS gives its median wage as its top code
	// (">=$239,200"); WageMissing that BLS gives no median wage.
	WageCapped, WageMissing bool
	// ONet is what O*NET has of it.
	ONet Coverage
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
	if r.Month != "" {
		release += ", " + r.Month + " release"
	}
	if r.ReleaseFrom != "" {
		release += " (release read from " + r.ReleaseFrom + ")"
	} else {
		release += " (the download does not name its release)"
	}
	lines := []string{
		fmt.Sprintf("O*NET: %s, files in the layout of %s, in %s: %s occupations", release, r.Layout, r.ONetDir, grouped(float64(r.ONetOccupations))),
		fmt.Sprintf("BLS: %s, median wages of May %d, from %s, sheet %q: %s occupations", r.BLS, r.WageYear, r.BLSFile, r.BLSSheet, grouped(float64(r.BLSOccupations))),
		fmt.Sprintf("Matched %d of %d occupations in both downloads:", r.Both(), len(r.Matches)),
	}
	for _, m := range r.Matches {
		lines = append(lines, fmt.Sprintf("  %-10s %s — %s", m.Code, m.Title, m.Where()))
		if m.InONet {
			lines = append(lines, "             O*NET has "+m.ONet.String())
		}
		switch {
		case m.WageCapped:
			lines = append(lines, "             BLS gives its median wage as its top code, “>=”: that much or more")
		case m.InBLS && m.WageMissing:
			lines = append(lines, "             BLS publishes no median wage for it (“—”)")
		}
	}
	if !r.Reference {
		lines = append(lines, `The BLS table has no "Total, all occupations" row: the charts have no all-occupations figures.`)
	}
	lines = append(lines, "Texts are in English where O*NET and BLS wrote them (descriptions, tasks, the names of skills and education levels); what the import writes of its own is in Spanish too. In Spanish the window marks the English ones as such.")
	return lines
}

// Where says in English which downloads describe the occupation.
func (m Match) Where() string {
	switch {
	case m.InONet && m.Group != "":
		return fmt.Sprintf("O*NET, and %s: BLS publishes no figures of its own for %s", m.Figures, m.Code)
	case m.InONet && m.InBLS:
		return "O*NET and BLS"
	case m.InONet:
		return "O*NET only: no BLS figures (no data)"
	default:
		return "BLS only: no O*NET duties, skills or education levels (no data)"
	}
}

// String says in English what O*NET has of an occupation and what it
// lacks: "20 tasks, rated (16 core, 4 supplemental); 35 skill ratings;
// education levels; job zone 4".
func (c Coverage) String() string {
	var parts []string
	switch {
	case c.Tasks == 0:
		parts = append(parts, "no tasks")
	case c.Rated == 0 && c.Core+c.Supplemental == 0:
		parts = append(parts, fmt.Sprintf("%s, not rated (task type n/a): listed in O*NET's order", tasksIn(c.Tasks)))
	case c.Rated == 0:
		parts = append(parts, fmt.Sprintf("%s (%s), with no task ratings: listed in O*NET's order", tasksIn(c.Tasks), c.types()))
	default:
		parts = append(parts, fmt.Sprintf("%s, %d rated (%s)", tasksIn(c.Tasks), c.Rated, c.types()))
	}
	if c.Skills > 0 {
		parts = append(parts, fmt.Sprintf("%d skill ratings", c.Skills))
	} else {
		parts = append(parts, "no skill ratings")
	}
	if c.Education {
		parts = append(parts, "education levels")
	} else {
		parts = append(parts, "no education levels")
	}
	if c.Zone > 0 {
		parts = append(parts, fmt.Sprintf("job zone %d", c.Zone))
	} else {
		parts = append(parts, "no job zone")
	}
	return strings.Join(parts, "; ")
}

// types says how many tasks are of each type: "16 core, 4 supplemental".
func (c Coverage) types() string {
	var parts []string
	if c.Core > 0 {
		parts = append(parts, fmt.Sprintf("%d core", c.Core))
	}
	if c.Supplemental > 0 {
		parts = append(parts, fmt.Sprintf("%d supplemental", c.Supplemental))
	}
	if na := c.Tasks - c.Core - c.Supplemental; na > 0 {
		parts = append(parts, fmt.Sprintf("%d n/a", na))
	}
	return strings.Join(parts, ", ")
}

// String is the report's lines.
func (r *Report) String() string { return strings.Join(r.Lines(), "\n") }
