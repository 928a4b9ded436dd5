package oews

import (
	"fmt"
	"strconv"
	"strings"

	"careercompare/model"
)

// Report says what Read read and found, for the command line (English).
type Report struct {
	// Files are the workbooks read, in the order read.
	Files []File
	// Year and Release are the release's, e.g. 2025 and "May 2025".
	Year    int
	Release string
	// TopAnnual and TopHourly are what "#" stands for; 0 where the
	// release's top code is not known.
	TopAnnual, TopHourly float64
	// Areas counts the areas of each kind, in the order of Kinds.
	Areas [5]int
	// Occupations are the careers wanted, in their order.
	Occupations []Occupation
	// Duplicates counts rows of an area and occupation already read and
	// not preferred to it (the broad row of a code that also has a
	// detailed one); Blanks the blank cells ("not applicable") kept as
	// BLS's markers of an estimate not available.
	Duplicates, Blanks int
	// Spreads, set by the caller from Attach, say which salary figures
	// got their 10th and 90th percentiles.
	Spreads []Spread
}

// File is one workbook read.
type File struct {
	// Name is the path, or the zip's path and the workbook's name;
	// Workbook is the workbook's file name and Zip the zip's, "" where
	// the workbook was given as such.
	Name, Workbook, Zip, Sheet string
	// Year is the release's, and ReleaseFrom where it was read.
	Year        int
	ReleaseFrom string
	// Rows counts the rows under the header, Areas the areas new in this
	// workbook, Kept the rows of the careers' occupations kept, Industry
	// the rows of single industries skipped.
	Rows, Areas, Kept, Industry int
}

// Occupation is what was found of one career's occupation.
type Occupation struct {
	// Career and Code are as wanted; Occupation is the code whose rows
	// were kept, Title and Group (O_GROUP) its title and group.
	Career, Code, Occupation, Title, Group string
	// Found is false where no table has the occupation.
	Found bool
	// Notes say, in English, where the wages are not the detailed
	// occupation's own.
	Notes []string
	// Areas counts the areas with a row of the occupation; NoWage those
	// whose median is "*", NoEmployment those whose employment is "**",
	// TopCoded those with a percentile at or above the top code ("#"),
	// Rough those whose employment's or mean wage's relative standard
	// error is above model.RoughRSE.
	Areas, NoWage, NoEmployment, TopCoded, Rough int
}

// Kinds are the kinds of place, in the order of Report.Areas.
func Kinds() []string {
	return []string{model.PlaceNation, model.PlaceState, model.PlaceTerritory, model.PlaceMetro, model.PlaceNonmetro}
}

// AreasOf counts the areas read of the given kinds (model.PlaceState…).
func (r *Report) AreasOf(kinds ...string) int {
	n := 0
	for _, k := range kinds {
		n += r.Areas[kindIndex(k)]
	}
	return n
}

// kindIndex is the position of a kind of place in Kinds.
func kindIndex(kind string) int {
	for i, k := range Kinds() {
		if k == kind {
			return i
		}
	}
	return 0
}

// Lines says the report in English, one line each.
func (r *Report) Lines() []string {
	var lines []string
	top := "its top code (what \"#\" stands for) is not known here: such wages are said to be at or above BLS's top code"
	if r.TopAnnual > 0 {
		top = fmt.Sprintf("\"#\" stands for $%s a year or more, $%.2f an hour or more", grouped(r.TopAnnual), r.TopHourly)
	}
	lines = append(lines, fmt.Sprintf("OEWS %s: %s.", r.Release, top))
	for _, f := range r.Files {
		line := fmt.Sprintf("  %s, sheet %q (release from %s): %s rows, %s new areas, %d rows kept", f.Name, f.Sheet, f.ReleaseFrom, grouped(float64(f.Rows)), grouped(float64(f.Areas)), f.Kept)
		if f.Industry > 0 {
			line += fmt.Sprintf("; %s rows of single industries skipped", grouped(float64(f.Industry)))
		}
		lines = append(lines, line)
	}
	names := []string{"nation", "states", "territories", "metropolitan", "nonmetropolitan"}
	var areas []string
	total := 0
	for i, n := range r.Areas {
		areas = append(areas, fmt.Sprintf("%d %s", n, names[i]))
		total += n
	}
	lines = append(lines, fmt.Sprintf("Areas: %s (%d in all).", strings.Join(areas, ", "), total))
	for _, o := range r.Occupations {
		lines = append(lines, o.lines(total)...)
	}
	if r.Duplicates > 0 {
		lines = append(lines, fmt.Sprintf("%d rows of an area and occupation already read were left out (a broad row beside the detailed one).", r.Duplicates))
	}
	if r.Blanks > 0 {
		lines = append(lines, fmt.Sprintf("%d blank cells (not applicable) are kept as BLS's markers * and ** (no estimate).", r.Blanks))
	}
	for _, s := range r.Spreads {
		lines = append(lines, "  "+s.String())
	}
	return lines
}

// lines says what was found of one occupation, of total areas.
func (o Occupation) lines(total int) []string {
	if !o.Found {
		return []string{fmt.Sprintf("  %-10s career %s: not in the tables read (no wages by place)", o.Code, o.Career)}
	}
	out := []string{fmt.Sprintf("  %-10s %s (career %s): figures in %d of %d areas; no wage estimate (*) in %d, no employment estimate (**) in %d, at or above the top code (#) in %d; rough estimates (relative standard error over %g%%) in %d",
		o.Occupation, o.Title, o.Career, o.Areas, total, o.NoWage, o.NoEmployment, o.TopCoded, model.RoughRSE, o.Rough)}
	for _, n := range o.Notes {
		out = append(out, "             "+n)
	}
	return out
}

// String is the report's lines.
func (r *Report) String() string { return strings.Join(r.Lines(), "\n") }

// grouped writes a whole number with thousands separated by commas.
func grouped(v float64) string {
	s := strconv.FormatFloat(v, 'f', 0, 64)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 && c != '-' {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
