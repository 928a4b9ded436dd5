package oews

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"careercompare/model"
)

// Want is a career and the occupation whose wages are the career's.
type Want struct {
	// Career is the career's id.
	Career string
	// Code is the occupation's SOC code ("29-9021") or O*NET-SOC code
	// ("29-9021.00", "15-1299.08"); OEWS publishes SOC occupations, so
	// an O*NET-SOC code gets the wages of its SOC occupation.
	Code string
}

// area is an area of the tables, as its first row names it.
type area struct {
	code, name, kind, state string
	// file is the workbook it is in.
	file string
}

// rowKey is an area and an occupation code.
type rowKey struct{ area, occ string }

// row is a row kept: one occupation in one area.
type row struct {
	file      string
	n         int
	group     string
	rank      int
	allOwners bool
	title     string
	annual    bool
	hourly    bool
	// values are the cells of colTotEmp … colHPct90, as value reads
	// them ("" for blank).
	values [valueCount]string
}

// groupRank orders the occupation groups (O_GROUP): a detailed
// occupation is preferred to a broad one of the same code.
func groupRank(g string) int {
	switch g {
	case "detailed":
		return 5
	case "broad":
		return 4
	case "minor":
		return 3
	case "major":
		return 2
	case "total":
		return 1
	}
	return 0
}

// better reports whether k is to be kept rather than old, of the same
// area and occupation.
func (k *row) better(old *row) bool {
	return k.rank > old.rank || k.rank == old.rank && k.allOwners && !old.allOwners
}

// collector gathers the areas and the rows kept from every table read.
type collector struct {
	areas map[string]*area
	found map[rowKey]*row
	// duplicates counts rows of an area and occupation already kept,
	// not preferred to it.
	duplicates int
	// blanks counts the blank cells kept as BLS's markers.
	blanks int
}

func newCollector() *collector {
	return &collector{areas: map[string]*area{}, found: map[rowKey]*row{}}
}

// socOf is the SOC code of an occupation code: a SOC code as it is, an
// O*NET-SOC code without its two last digits.
func socOf(code string) (string, bool) {
	code = strings.TrimSpace(code)
	if !regexp.MustCompile(`^\d{2}-\d{4}(\.\d{2})?$`).MatchString(code) {
		return "", false
	}
	return code[:7], true
}

// broadOf is the code of the broad occupation a detailed one belongs to
// (29-2072 is of 29-2070); "" for a code that is no detailed one.
func broadOf(soc string) string {
	if soc[6] == '0' {
		return ""
	}
	return soc[:6] + "0"
}

// wantCodes checks what is wanted and returns the codes to keep the rows
// of: each SOC code and its broad occupation's, used where the tables
// have no row of the code itself.
func wantCodes(want []Want) (map[string]bool, error) {
	if len(want) == 0 {
		return nil, fmt.Errorf("no career with an occupation code to find wages for")
	}
	codes := map[string]bool{}
	careers := map[string]bool{}
	for _, w := range want {
		soc, ok := socOf(w.Code)
		if !ok {
			return nil, fmt.Errorf("career %s: %s is not an occupation code such as 29-9021 (SOC) or 29-9021.00 (O*NET-SOC)", w.Career, quoteName(w.Code))
		}
		if careers[w.Career] {
			return nil, fmt.Errorf("career %s is given twice", w.Career)
		}
		careers[w.Career] = true
		codes[soc] = true
		if b := broadOf(soc); b != "" {
			codes[b] = true
		}
	}
	return codes, nil
}

// places are the areas in the order of the data file: the nation, the
// states and territories, metropolitan then nonmetropolitan areas, each
// by name.
func (c *collector) places() []*area {
	order := map[string]int{model.PlaceNation: 0, model.PlaceState: 1, model.PlaceTerritory: 1, model.PlaceMetro: 2, model.PlaceNonmetro: 3}
	out := make([]*area, 0, len(c.areas))
	for _, a := range c.areas {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if order[a.kind] != order[b.kind] {
			return order[a.kind] < order[b.kind]
		}
		if x, y := strings.ToLower(a.name), strings.ToLower(b.name); x != y {
			return x < y
		}
		return a.code < b.code
	})
	return out
}
