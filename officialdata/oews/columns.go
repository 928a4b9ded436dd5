package oews

import (
	"fmt"
	"strings"

	"careercompare/officialdata"
)

// The columns of an OEWS table that are read, as the field descriptions
// name them (field_descriptions.xlsx in every OEWS zip).
const (
	colArea = iota
	colAreaTitle
	colAreaType
	colPrimState
	colNAICS
	colIGroup
	colOwnCode
	colOccCode
	colOccTitle
	colOGroup
	// The values kept, in this order from colTotEmp: see valueCount.
	colTotEmp
	colEmpPRSE
	colMeanPRSE
	colAPct10
	colAPct25
	colAMedian
	colAPct75
	colAPct90
	colHPct10
	colHPct25
	colHMedian
	colHPct75
	colHPct90
	colAnnual
	colHourly
	numCols
)

// valueCount is how many values of a row are kept: employment, its and
// the mean wage's relative standard errors, and the five annual and five
// hourly percentiles.
const valueCount = colHPct90 - colTotEmp + 1

// columnName is the header of a column as BLS writes it, and other names
// that older tables gave it; matched without regard to case.
func columnName(c int) []string {
	names := [numCols][]string{
		colArea: {"AREA"}, colAreaTitle: {"AREA_TITLE", "AREA_NAME"}, colAreaType: {"AREA_TYPE"},
		colPrimState: {"PRIM_STATE", "ST"}, colNAICS: {"NAICS"}, colIGroup: {"I_GROUP"}, colOwnCode: {"OWN_CODE"},
		colOccCode: {"OCC_CODE"}, colOccTitle: {"OCC_TITLE"}, colOGroup: {"O_GROUP", "OCC_GROUP"},
		colTotEmp: {"TOT_EMP"}, colEmpPRSE: {"EMP_PRSE"}, colMeanPRSE: {"MEAN_PRSE"},
		colAPct10: {"A_PCT10"}, colAPct25: {"A_PCT25"}, colAMedian: {"A_MEDIAN"}, colAPct75: {"A_PCT75"}, colAPct90: {"A_PCT90"},
		colHPct10: {"H_PCT10"}, colHPct25: {"H_PCT25"}, colHMedian: {"H_MEDIAN"}, colHPct75: {"H_PCT75"}, colHPct90: {"H_PCT90"},
		colAnnual: {"ANNUAL"}, colHourly: {"HOURLY"},
	}
	return names[c]
}

// optional reports whether a table may lack the column: the industry and
// ownership columns (the cross-industry tables need none), the main state,
// the occupation group and the flags of hourly-only and annual-only
// wages.
func optional(c int) bool {
	switch c {
	case colPrimState, colNAICS, colIGroup, colOwnCode, colOGroup, colAnnual, colHourly:
		return true
	}
	return false
}

// isOEWSHeader reports whether a first row looks like an OEWS table's
// header: it names the occupation code and the area.
func isOEWSHeader(cells []string) bool {
	var code, area bool
	for _, c := range cells {
		h := strings.ToUpper(strings.TrimSpace(c))
		code = code || h == "OCC_CODE"
		area = area || h == "AREA"
	}
	return code && area
}

// matchHeader finds every column in the header row by its name; a column
// named twice, or a required one missing, is an error.
func matchHeader(name, sheet string, cells []string) ([numCols]int, error) {
	var cols [numCols]int
	for c := range cols {
		cols[c] = -1
	}
	for i, cell := range cells {
		h := strings.TrimSpace(cell)
		for c := range numCols {
			for _, n := range columnName(c) {
				if !strings.EqualFold(h, n) {
					continue
				}
				if cols[c] >= 0 {
					ref := cellName(i, 1)
					return cols, &officialdata.FileError{File: name, Sheet: sheet, Cell: ref, Message: fmt.Sprintf("a second column %s; an OEWS table has one", n)}
				}
				cols[c] = i
			}
		}
	}
	var missing []string
	for c := range numCols {
		if cols[c] < 0 && !optional(c) {
			missing = append(missing, columnName(c)[0])
		}
	}
	if len(missing) > 0 {
		return cols, &officialdata.FileError{File: name, Sheet: sheet, Row: 1, Message: fmt.Sprintf("the header row lacks the columns %s that an OEWS wage table has; is this the national, state or metropolitan table (e.g. state_M2025_dl.xlsx)?", strings.Join(missing, ", "))}
	}
	return cols, nil
}

// headerNames lists the first few cells of a row, for a message.
func headerNames(cells []string) string {
	var names []string
	for _, c := range cells {
		if c = strings.TrimSpace(c); c == "" {
			continue
		}
		if len(names) == 6 {
			names = append(names, "…")
			break
		}
		names = append(names, quoteName(c))
	}
	if len(names) == 0 {
		return "nothing"
	}
	return strings.Join(names, ", ")
}
