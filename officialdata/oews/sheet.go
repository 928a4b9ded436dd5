package oews

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"careercompare/model"
	"careercompare/officialdata"

	"github.com/xuri/excelize/v2"
)

// rawCells reads cells as the file stores them: no number formats, which
// is faster and keeps every digit.
func rawCells() excelize.Options { return excelize.Options{RawCellValue: true} }

// findSheet returns the first sheet whose first row is an OEWS table's
// header, with that row. An OEWS workbook has one sheet.
func findSheet(x *excelize.File, name string) (string, []string, error) {
	sheets := x.GetSheetList()
	first := ""
	for i, s := range sheets {
		rows, err := x.Rows(s)
		if err != nil {
			return "", nil, &officialdata.FileError{File: name, Sheet: s, Message: "the sheet cannot be read: " + err.Error()}
		}
		var cells []string
		if rows.Next() {
			cells, err = rows.Columns(rawCells())
		}
		rows.Close()
		if err != nil {
			return "", nil, &officialdata.FileError{File: name, Sheet: s, Row: 1, Message: err.Error()}
		}
		if isOEWSHeader(cells) {
			return s, cells, nil
		}
		if i == 0 {
			first = headerNames(cells)
		}
	}
	if len(sheets) == 0 {
		return "", nil, &officialdata.FileError{File: name, Message: "the workbook has no sheet; it is not an OEWS table"}
	}
	return "", nil, &officialdata.FileError{File: name, Sheet: sheets[0], Row: 1, Message: fmt.Sprintf("not an OEWS wage table: the first row has no columns AREA and OCC_CODE (it has %s); give the national, state or metropolitan table, e.g. state_M2025_dl.xlsx, not field_descriptions.xlsx or another BLS table", first)}
}

// sheetReader reads the rows of one OEWS sheet into a collector.
type sheetReader struct {
	name, sheet string
	cols        [numCols]int
	want        map[string]bool
	acc         *collector
	// area is the area of the row before, which is most often the
	// area of the row.
	area *area
	// rows is how many rows were read, kept how many of the careers'
	// occupations, industry how many rows of one industry were skipped.
	rows, kept, industry int
}

// read streams the sheet's rows after the header; tick reports the
// fraction of the rows read, of the expected estimate.
func (r *sheetReader) read(ctx context.Context, x *excelize.File, expected int, tick func(float64)) error {
	rows, err := x.Rows(r.sheet)
	if err != nil {
		return &officialdata.FileError{File: r.name, Sheet: r.sheet, Message: "the sheet cannot be read: " + err.Error()}
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		n++
		if n > MaxRows {
			return &officialdata.FileError{File: r.name, Sheet: r.sheet, Message: fmt.Sprintf("the sheet has more than %d rows; the largest OEWS table has about 140,000", MaxRows)}
		}
		if n%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("%s: %w", r.name, err)
			}
			tick(math.Min(1, float64(n)/float64(max(expected, 1))))
		}
		cells, err := rows.Columns(rawCells())
		if err != nil {
			return &officialdata.FileError{File: r.name, Sheet: r.sheet, Row: n, Message: err.Error()}
		}
		if n == 1 || len(cells) == 0 {
			continue // the header, or a blank row
		}
		r.rows++
		if err := r.row(n, cells); err != nil {
			return err
		}
	}
	if err := rows.Error(); err != nil {
		return &officialdata.FileError{File: r.name, Sheet: r.sheet, Message: "the sheet cannot be read: " + err.Error()}
	}
	if r.rows == r.industry {
		if r.industry > 0 {
			return &officialdata.FileError{File: r.name, Sheet: r.sheet, Message: "the table has only estimates of single industries (NAICS); give the cross-industry national, state or metropolitan table, e.g. state_M2025_dl.xlsx"}
		}
		return &officialdata.FileError{File: r.name, Sheet: r.sheet, Message: "the table has no rows under its header; download it again"}
	}
	tick(1)
	return nil
}

// get is the cell of column c of a row, "" where the row is shorter.
func (r *sheetReader) get(cells []string, c int) string {
	if i := r.cols[c]; i >= 0 && i < len(cells) {
		return cells[i]
	}
	return ""
}

// cellError is a problem of the cell of column c in row n.
func (r *sheetReader) cellError(c, n int, format string, args ...any) error {
	return &officialdata.FileError{File: r.name, Sheet: r.sheet, Cell: cellName(r.cols[c], n), Message: fmt.Sprintf(format, args...)}
}

// row reads row n: its area, and the row itself where it is of one of
// the occupations wanted, across all industries.
func (r *sheetReader) row(n int, cells []string) error {
	if naics := strings.TrimSpace(r.get(cells, colNAICS)); strings.Trim(naics, "0") != "" {
		r.industry++
		return nil
	}
	if g := strings.TrimSpace(r.get(cells, colIGroup)); g != "" && !strings.EqualFold(g, "cross-industry") {
		r.industry++
		return nil
	}
	code := strings.TrimSpace(r.get(cells, colArea))
	if r.area == nil || code != r.area.code {
		if err := r.newArea(n, code, cells); err != nil {
			return err
		}
	}
	occ := strings.TrimSpace(r.get(cells, colOccCode))
	if !r.want[occ] {
		return nil
	}
	return r.keep(n, occ, cells)
}

// newArea takes the area of row n, new or seen before in this file.
func (r *sheetReader) newArea(n int, code string, cells []string) error {
	if code == "" {
		return r.cellError(colArea, n, "the area code is empty")
	}
	if a, ok := r.acc.areas[code]; ok {
		if a.file != r.name {
			return r.cellError(colArea, n, "the area %s (%s) is also in %s; give each OEWS table once, all of one release", code, a.name, a.file)
		}
		r.area = a
		return nil
	}
	a := &area{code: code, file: r.name}
	raw := strings.TrimSpace(r.get(cells, colAreaType))
	switch raw {
	case "1":
		a.kind = model.PlaceNation
	case "2":
		a.kind = model.PlaceState
	case "3":
		a.kind = model.PlaceTerritory
	case "4":
		a.kind = model.PlaceMetro
	case "6":
		a.kind = model.PlaceNonmetro
	default:
		return r.cellError(colAreaType, n, "the area type %s is none of BLS's 1 (U.S.), 2 (state), 3 (territory), 4 (metropolitan), 6 (nonmetropolitan)", quoteName(raw))
	}
	var err error
	if a.name, err = r.text(cells, colAreaTitle, n); err != nil {
		return err
	}
	if a.name == "" {
		return r.cellError(colAreaTitle, n, "the area %s has no title", code)
	}
	if a.kind != model.PlaceNation {
		if a.state, err = r.text(cells, colPrimState, n); err != nil {
			return err
		}
	}
	if len(r.acc.areas) >= model.MaxPlaces {
		return r.cellError(colArea, n, "more than %d areas; OEWS publishes about 600", model.MaxPlaces)
	}
	r.acc.areas[code] = a
	r.area = a
	return nil
}

// text is the cell of column c of row n as a text for the data file.
func (r *sheetReader) text(cells []string, c, n int) (string, error) {
	s := officialdata.Clean(r.get(cells, c))
	if k := utf8.RuneCountInString(s); k > maxCell {
		return "", r.cellError(c, n, "the cell holds %d characters; no title of an OEWS table is longer than %d", k, maxCell)
	}
	return s, nil
}

// keep reads row n, of an occupation wanted, unless the collector has a
// better row of the area and occupation: a detailed occupation before a
// broad one, all ownerships (OWN_CODE 1235) before one.
func (r *sheetReader) keep(n int, occ string, cells []string) error {
	group := strings.ToLower(strings.TrimSpace(r.get(cells, colOGroup)))
	own := strings.TrimSpace(r.get(cells, colOwnCode))
	k := &row{file: r.name, n: n, group: group, rank: groupRank(group), allOwners: own == "" || own == "1235"}
	key := rowKey{r.area.code, occ}
	if old := r.acc.found[key]; old != nil {
		r.acc.duplicates++ // one of the two rows is left out
		if !k.better(old) {
			return nil
		}
	}
	var err error
	if k.title, err = r.text(cells, colOccTitle, n); err != nil {
		return err
	}
	for i := range valueCount {
		c := colTotEmp + i
		if k.values[i], err = value(r.get(cells, c)); err != nil {
			return r.cellError(c, n, "%s %v", columnName(c)[0], err)
		}
	}
	if k.annual, err = truth(r.get(cells, colAnnual)); err != nil {
		return r.cellError(colAnnual, n, "ANNUAL %v", err)
	}
	if k.hourly, err = truth(r.get(cells, colHourly)); err != nil {
		return r.cellError(colHourly, n, "HOURLY %v", err)
	}
	if k.annual && k.hourly {
		return r.cellError(colHourly, n, "both ANNUAL and HOURLY are TRUE; BLS publishes an occupation's wages hourly only or annually only, not both")
	}
	if r.acc.found[key] == nil {
		r.kept++
	}
	r.acc.found[key] = k
	return nil
}

// value reads a value as BLS writes it: a number (commas allowed), one of
// the markers *, ** and #, or blank (not applicable), returned as "".
// A number is written back with at most two decimals, as BLS gives them.
func value(s string) (string, error) {
	s = strings.TrimSpace(s)
	switch s {
	case "", "*", "**", "#":
		return s, nil
	case "~":
		return "", fmt.Errorf("is ~, BLS's mark of an occupation found in fewer than 0.5%% of establishments, which its tables give in PCT_RPT only")
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	if err != nil || v < 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return "", fmt.Errorf("is %s: neither a number of 0 or more nor one of BLS's markers *, ** and #", quoteName(s))
	}
	return strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64), nil
}

// truth reads a TRUE/FALSE flag; blank is false.
func truth(s string) (bool, error) {
	switch strings.ToUpper(strings.TrimSpace(s)) {
	case "", "FALSE", "0", "F", "N", "NO":
		return false, nil
	case "TRUE", "1", "T", "Y", "YES":
		return true, nil
	}
	return false, fmt.Errorf("is %s, neither TRUE nor FALSE", quoteName(s))
}

// cellName is the name of the cell of column index i (from 0) and row n.
func cellName(i, n int) string {
	s, err := excelize.CoordinatesToCellName(i+1, n)
	if err != nil {
		return fmt.Sprintf("R%dC%d", n, i+1)
	}
	return s
}
