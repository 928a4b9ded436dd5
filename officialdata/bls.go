package officialdata

import (
	"context"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// BLSSheet is the sheet of occupation.xlsx that is read: employment,
// projections, openings, wages and education of every occupation.
const BLSSheet = "Table 1.2"

// Limits on the BLS table.
const (
	// maxHeaderRow is the last row where the header row may be.
	maxHeaderRow = 20
	// MaxTableRows is the most rows read from the sheet. The table has
	// about 1,100.
	MaxTableRows = 20_000
	// maxCell is the longest cell read, in characters; the table's
	// longest, its footnotes, have a few hundred.
	maxCell = 2000
)

// BLS is the Employment Projections table (occupation.xlsx, Table 1.2) as
// read: its edition and one row per occupation.
type BLS struct {
	// File is the workbook's path and Sheet the sheet read.
	File, Sheet string
	// Title is the sheet's title row, e.g. "Table 1.2 Employment by
	// detailed occupation, 2024 and projected 2034".
	Title string
	// BaseYear and ProjectedYear are the years of the projection
	// (2024, 2034); WageYear the year of the median wages (May 2024).
	BaseYear, ProjectedYear, WageYear int
	// Thousands says that employment and openings are given in
	// thousands, as the table says in its title.
	Thousands bool
	rows      map[string]*blsRow
	order     []string
	total     *blsRow
	// colIndex is the column of each meaning, for messages on cells.
	colIndex map[string]int
}

// Period is the projection's span as BLS writes it, e.g. "2024–34".
func (b *BLS) Period() string {
	return fmt.Sprintf("%d–%02d", b.BaseYear, b.ProjectedYear%100)
}

// Occupations is how many occupations the table has, leaving out its
// summary rows (groups of occupations and the total).
func (b *BLS) Occupations() int { return len(Occupations(nil, b)) }

// blsRow is one occupation of the table. A value is nil where the table
// gives none; raw keeps the cell as written where it is not a number, and
// capped says that the value is BLS's top code (">=$239,200").
type blsRow struct {
	row                             int
	code, title, kind               string
	education, experience, training string
	values                          map[string]*float64
	raw                             map[string]string
	capped                          map[string]bool
}

// summary says whether the row sums other rows: the total, a group.
func (r *blsRow) summary() bool {
	return strings.EqualFold(r.kind, "Summary") || strings.HasSuffix(r.code, "-0000")
}

// The table's columns, by what they mean.
const (
	colCode       = "code"
	colTitle      = "title"
	colType       = "type"
	colEmployment = "employment"
	colProjected  = "projected"
	colChange     = "change"
	colPercent    = "percent"
	colOpenings   = "openings"
	colWage       = "wage"
	colEducation  = "education"
	colExperience = "experience"
	colTraining   = "training"
)

// blsColumn is a column of the table matched by its meaning: the header's
// words, whatever the year, dashes and spaces.
type blsColumn struct {
	key string
	// name is the header as BLS writes it, with YYYY for a year, for
	// error messages.
	name     string
	pattern  *regexp.Regexp
	required bool
}

// blsColumns are the columns of the table that are read.
func blsColumns() []blsColumn {
	return []blsColumn{
		{colCode, "YYYY National Employment Matrix code", regexp.MustCompile(`(matrix|occupation) code$`), true},
		{colTitle, "YYYY National Employment Matrix title", regexp.MustCompile(`(matrix|occupation) title$`), true},
		{colType, "Occupation type", regexp.MustCompile(`^occupation type$`), false},
		{colEmployment, "Employment, YYYY", regexp.MustCompile(`^employment,? \d{4}$`), true},
		{colChange, "Employment change, numeric, YYYY–YY", regexp.MustCompile(`^employment change,? numeric`), false},
		{colPercent, "Employment change, percent, YYYY–YY", regexp.MustCompile(`^employment change,? percent,? \d{4}-\d{2,4}$`), true},
		{colOpenings, "Occupational openings, YYYY–YY annual average", regexp.MustCompile(`openings`), true},
		{colWage, "Median annual wage, dollars, YYYY", regexp.MustCompile(`^median annual wage\b.*\d{4}$`), true},
		{colEducation, "Typical education needed for entry", regexp.MustCompile(`^typical education needed for entry$`), true},
		{colExperience, "Work experience in a related occupation", regexp.MustCompile(`^work experience in a related occupation$`), false},
		{colTraining, "Typical on-the-job training needed to attain competency in the occupation", regexp.MustCompile(`on-the-job training`), false},
	}
}

var (
	footnote  = regexp.MustCompile(`\[\d+\]|\(\d+\)|\*+$`)
	spaceDash = regexp.MustCompile(`\s*-\s*`)
	years     = regexp.MustCompile(`\d{4}`)
	socCode   = regexp.MustCompile(`^\d{2}-\d{4}$`)
	period    = regexp.MustCompile(`(\d{4})-(\d{2,4})`)
)

// normHeader is a header as matched: lower case, one kind of dash, no
// footnote marks, runs of white space as one space, none around a dash.
func normHeader(s string) string {
	s = footnote.ReplaceAllString(hyphens(strings.ToLower(s)), "")
	s = strings.Join(strings.Fields(s), " ")
	return spaceDash.ReplaceAllString(s, "-")
}

// OpenBLS reads the sheet "Table 1.2" of the BLS workbook occupation.xlsx:
// the header row under the title row, matched by meaning, and every row
// whose code is an occupation code; footnote rows are skipped.
func OpenBLS(ctx context.Context, path string) (*BLS, error) {
	x, err := openWorkbook(path)
	if err != nil {
		return nil, err
	}
	defer x.Close()
	sheets := x.GetSheetList()
	sheet := ""
	for _, s := range sheets {
		if normHeader(s) == normHeader(BLSSheet) && sheet == "" {
			sheet = s
		}
	}
	if sheet == "" {
		names := make([]string, 0, len(sheets))
		for i, s := range sheets {
			if i == 10 {
				names = append(names, "…")
				break
			}
			names = append(names, quoteName(s))
		}
		return nil, &FileError{File: path, Message: fmt.Sprintf("no sheet %q (the workbook has: %s); is this BLS's occupation.xlsx?", BLSSheet, strings.Join(names, ", "))}
	}
	rows, err := x.Rows(sheet)
	if err != nil {
		return nil, &FileError{File: path, Sheet: sheet, Message: err.Error()}
	}
	defer rows.Close()
	b := &BLS{File: path, Sheet: sheet, rows: map[string]*blsRow{}}
	r := &tableReader{b: b, cols: map[string]int{}}
	for n := 1; rows.Next(); n++ {
		if n > MaxTableRows {
			return nil, &FileError{File: path, Sheet: sheet, Message: fmt.Sprintf("the sheet has more than %s rows; the BLS table has about 1,100", grouped(MaxTableRows))}
		}
		if n%checkEvery == 0 && ctx.Err() != nil {
			return nil, fmt.Errorf("%s: %w", path, ctx.Err())
		}
		cells, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, &FileError{File: path, Sheet: sheet, Row: n, Message: err.Error()}
		}
		if err := r.row(n, cells); err != nil {
			return nil, err
		}
	}
	if err := rows.Error(); err != nil {
		return nil, &FileError{File: path, Sheet: sheet, Message: "the sheet cannot be read: " + err.Error()}
	}
	if r.header == 0 {
		return nil, r.noHeader()
	}
	if len(b.order) == 0 {
		return nil, &FileError{File: path, Sheet: sheet, Message: "no occupation rows (with a code such as 29-9021) under the header row"}
	}
	if b.total != nil && !r.thousands {
		// A table that does not say its unit: BLS's gives thousands, and
		// all occupations cannot be fewer than a million jobs.
		if v := b.total.values[colEmployment]; v != nil && *v < 1e6 {
			r.thousands = true
		}
	} else if b.total == nil {
		r.thousands = true
	}
	b.Thousands, b.colIndex = r.thousands, r.cols
	return b, nil
}

// tableReader reads the sheet's rows one by one: the title above the
// header, the header, then the occupations.
type tableReader struct {
	b         *BLS
	header    int
	cols      map[string]int
	thousands bool
	above     []string
}

func (r *tableReader) cellError(col, row int, format string, args ...any) error {
	cell, _ := excelize.CoordinatesToCellName(col+1, row)
	return &FileError{File: r.b.File, Sheet: r.b.Sheet, Cell: cell, Message: fmt.Sprintf(format, args...)}
}

func (r *tableReader) row(n int, cells []string) error {
	for i, c := range cells {
		if k := utf8.RuneCountInString(c); k > maxCell {
			return r.cellError(i, n, "the cell holds %d characters; no cell of the BLS table is longer than %d", k, maxCell)
		}
	}
	if r.header == 0 {
		return r.findHeader(n, cells)
	}
	get := func(key string) string {
		if i, ok := r.cols[key]; ok && i < len(cells) {
			return Clean(cells[i])
		}
		return ""
	}
	code := get(colCode)
	if !socCode.MatchString(code) {
		return nil // a footnote, a note or a blank row
	}
	if _, dup := r.b.rows[code]; dup {
		return r.cellError(r.cols[colCode], n, "the code %s is given a second time", code)
	}
	row := &blsRow{row: n, code: code, title: get(colTitle), kind: get(colType),
		education: get(colEducation), experience: get(colExperience), training: get(colTraining),
		values: map[string]*float64{}, raw: map[string]string{}, capped: map[string]bool{}}
	for _, key := range []string{colEmployment, colProjected, colChange, colPercent, colOpenings, colWage} {
		s := get(key)
		if v, capped, ok := cellNumber(s); ok {
			row.values[key], row.capped[key] = &v, capped
		} else if s != "" {
			row.raw[key] = s
		}
	}
	r.b.rows[code] = row
	r.b.order = append(r.b.order, code)
	if code == "00-0000" || strings.EqualFold(row.title, "Total, all occupations") {
		r.b.total = row
	}
	return nil
}

// findHeader takes row n as the header row when it has the code column,
// and matches every column by its meaning; other rows above it are the
// title.
func (r *tableReader) findHeader(n int, cells []string) error {
	columns := blsColumns()
	isHeader := false
	for _, c := range cells {
		if columns[0].pattern.MatchString(normHeader(c)) {
			isHeader = true
		}
	}
	if !isHeader {
		if n >= maxHeaderRow {
			return r.noHeader()
		}
		for _, c := range cells {
			if c = Clean(c); c != "" {
				r.above = append(r.above, c)
			}
		}
		return nil
	}
	r.header = n
	var employment []int // the employment columns, base and projected
	var found []string
	for i, c := range cells {
		h := normHeader(c)
		if h == "" {
			continue
		}
		found = append(found, quoteName(Clean(c)))
		for _, col := range columns {
			if !col.pattern.MatchString(h) {
				continue
			}
			switch _, dup := r.cols[col.key]; {
			case col.key == colEmployment:
				employment = append(employment, i)
			case dup:
				return r.cellError(i, n, "a second column %q; the table has one", Clean(c))
			default:
				r.cols[col.key] = i
			}
			if strings.Contains(h, "thousands") {
				r.thousands = true
			}
			break
		}
	}
	if len(employment) == 2 {
		y0, y1 := yearOf(cells[employment[0]]), yearOf(cells[employment[1]])
		if y0 > y1 {
			employment[0], employment[1], y0, y1 = employment[1], employment[0], y1, y0
		}
		r.cols[colEmployment], r.cols[colProjected] = employment[0], employment[1]
		r.b.BaseYear, r.b.ProjectedYear = y0, y1
	}
	for _, col := range columns {
		if _, ok := r.cols[col.key]; !ok && col.required {
			if err := r.olderEdition(); err != nil {
				return err
			}
			return &FileError{File: r.b.File, Sheet: r.b.Sheet, Row: n, Message: fmt.Sprintf("no column %q in the header row (its columns: %s); the table's headers have changed", col.name, strings.Join(found, ", "))}
		}
	}
	if len(employment) != 2 {
		return &FileError{File: r.b.File, Sheet: r.b.Sheet, Row: n, Message: fmt.Sprintf("%d columns \"Employment, YYYY\" in the header row; the table has two, the base and the projected year", len(employment))}
	}
	m := period.FindStringSubmatch(normHeader(cells[r.cols[colPercent]]))
	if y, err := strconv.Atoi(m[1]); err != nil || y != r.b.BaseYear {
		return r.cellError(r.cols[colPercent], n, "the percent change is for %s, the employment for %d–%d", m[0], r.b.BaseYear, r.b.ProjectedYear)
	}
	r.b.WageYear = yearOf(cells[r.cols[colWage]])
	title := strings.Join(r.above, " ")
	r.b.Title = title
	if strings.Contains(strings.ToLower(title), "thousands") {
		r.thousands = true
	}
	return nil
}

// yearOf is the last four-digit year in a header.
func yearOf(h string) int {
	all := years.FindAllString(h, -1)
	if len(all) == 0 {
		return 0
	}
	y, _ := strconv.Atoi(all[len(all)-1])
	return y
}

// number reads a cell as a number: "41.9", "1,234.5", "$67,310", "14.8%".
func number(s string) (float64, bool) {
	s = strings.Map(func(r rune) rune {
		switch r {
		case ',', '$', '%', ' ':
			return -1
		}
		return r
	}, s)
	if s == "" {
		return 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, false
	}
	return v, true
}
