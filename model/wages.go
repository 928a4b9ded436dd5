package model

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	unicodenorm "golang.org/x/text/unicode/norm"
)

// Wages are the pay of the careers' occupations by place — the nation,
// states and territories, metropolitan and nonmetropolitan areas — as
// BLS's Occupational Employment and Wage Statistics (OEWS) estimate it.
// A data file keeps only the careers' occupations, so that it stays small
// and works offline on any computer.
type Wages struct {
	// Source is the id of the OEWS source among the data's sources.
	Source string `json:"source" required:"true"`
	// Release is the month the estimates describe, e.g. "May 2025".
	Release Text `json:"release" required:"true"`
	// TopAnnual and TopHourly are the wages that BLS's top-code marker
	// "#" stands for in this release ($239,200 a year, $115.00 an hour in
	// May 2024); 0 where the release's value is not known.
	TopAnnual float64 `json:"top_annual,omitempty"`
	TopHourly float64 `json:"top_hourly,omitempty"`
	// Careers names, in the order of each place's pay rows, the careers
	// and the OEWS occupation each row is of.
	Careers []WageCareer `json:"careers" required:"true"`
	// Places are the areas, the nation first where the data has it.
	Places []Place `json:"places" required:"true"`
}

// WageCareer is the OEWS occupation of a career.
type WageCareer struct {
	// Career is the career's id.
	Career string `json:"career" required:"true"`
	// Occupation is the OEWS occupation code, e.g. "29-9021".
	Occupation string `json:"occupation" required:"true"`
	// Title is the occupation's title in the OEWS file.
	Title string `json:"title" required:"true"`
	// Hourly is true where BLS publishes only hourly wages for the
	// occupation (e.g. actors): its rows' wages are dollars an hour.
	Hourly bool `json:"hourly,omitempty"`
	// Annual is true where BLS publishes only annual wages (e.g.
	// teachers): it gives no hourly figures for them.
	Annual bool `json:"annual,omitempty"`
}

// The kinds of place, from OEWS's AREA_TYPE.
const (
	PlaceNation    = "nation"    // 1
	PlaceState     = "state"     // 2
	PlaceTerritory = "territory" // 3
	PlaceMetro     = "metro"     // 4
	PlaceNonmetro  = "nonmetro"  // 6
)

// Place is one area and the pay of each career's occupation there.
type Place struct {
	// Area is OEWS's area code: "99" for the nation, a state's FIPS code
	// ("27"), or a metropolitan or nonmetropolitan area's code.
	Area string `json:"area" required:"true"`
	Name string `json:"name" required:"true"`
	// Kind is one of nation, state, territory, metro, nonmetro.
	Kind string `json:"kind" required:"true"`
	// State is the postal code of a state or territory, e.g. "MN" (an
	// area's name says its states: "Minneapolis-St. Paul-Bloomington,
	// MN-WI").
	State string `json:"state,omitempty"`
	// Pay has one row per career of Wages.Careers, in that order: the
	// values of WageColumns as the OEWS file writes them, separated by
	// spaces — each a number, or BLS's marker "*" (wage not available),
	// "**" (employment not available), "#" (at or above the top code) —
	// then "rough-jobs" where BLS's relative standard error of the
	// employment is over RoughRSE percent, "rough-pay" where that of the
	// mean wage is: "41900 39120 48760 67310 87400 112130 rough-jobs". An
	// empty row means the file has no row for the occupation in this area.
	Pay []string `json:"pay" required:"true"`
}

// WageColumns are the values of a pay row, in order: employment and the
// 10th, 25th, 50th (median), 75th and 90th percentile wages.
var WageColumns = [...]string{"employment", "p10", "p25", "median", "p75", "p90"}

// RoughJobs and RoughPay end a pay row whose employment, or whose wages,
// BLS estimates with a relative standard error over RoughRSE percent.
const (
	RoughJobs = "rough-jobs"
	RoughPay  = "rough-pay"
)

// Positions of the columns of a pay row.
const (
	PayEmployment = iota
	PayP10
	PayP25
	PayMedian
	PayP75
	PayP90
)

// Value is one value of a pay row, as BLS publishes it.
type Value struct {
	// N is the number, or the top code for a top-coded value.
	N float64
	// Known is false where BLS gives no estimate ("*", "**"), or the
	// area has no row.
	Known bool
	// AtLeast is true for a top-coded value ("#"): the wage is N or more
	// (N is 0 when the release's top code is not known).
	AtLeast bool
	// Marker is BLS's marker as the file has it, "" for a number.
	Marker string
}

// MaxPlaces is the most places of a data file's wages: OEWS publishes
// about 600 areas (the nation, 54 states and territories, about 390
// metropolitan and 140 nonmetropolitan areas).
const MaxPlaces = 2000

// RoughRSE is the relative standard error, in percent, above which a
// place's estimate is said to be rough.
const RoughRSE = 20.0

// parseValue reads one value of a pay row; top is the release's top code
// in the row's unit.
func parseValue(s string, top float64) (Value, error) {
	switch s {
	case "*", "**":
		return Value{Marker: s}, nil
	case "#":
		return Value{N: top, Known: top > 0, AtLeast: true, Marker: s}, nil
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v < 0 {
		return Value{}, fmt.Errorf("%q is neither a number of 0 or more nor one of BLS's markers *, ** and #", s)
	}
	return Value{N: v, Known: true}, nil
}

// PlacePay is the pay of one career's occupation in one place.
type PlacePay struct {
	Place  *Place
	Career WageCareer
	// Values are the values of WageColumns.
	Values [len(WageColumns)]Value
	// Found is false where the OEWS file has no row for the occupation
	// in the place.
	Found bool
	// RoughJobs and RoughPay are true where BLS's relative standard error
	// of the employment, or of the mean wage, is over RoughRSE percent: a
	// rough estimate of the jobs, or of the pay.
	RoughJobs, RoughPay bool
}

// Unit is the unit of the wages: UnitUSD a year, or "usd-hour" where BLS
// publishes hourly wages only.
func (p PlacePay) Unit() string {
	if p.Career.Hourly {
		return UnitUSDHour
	}
	return UnitUSD
}

// UnitUSDHour is dollars an hour, for the few occupations whose wages BLS
// publishes only by the hour.
const UnitUSDHour = "usd-hour"

// Place returns the place with the given area code.
func (w *Wages) Place(area string) (*Place, bool) {
	for i := range w.Places {
		if w.Places[i].Area == area {
			return &w.Places[i], true
		}
	}
	return nil, false
}

// Nation returns the nation's place, where the data has it.
func (w *Wages) Nation() (*Place, bool) {
	for i := range w.Places {
		if w.Places[i].Kind == PlaceNation {
			return &w.Places[i], true
		}
	}
	return nil, false
}

// Pay returns the pay of a career's occupation in a place; ok is false
// when the wages have no row of the career at all.
func (w *Wages) Pay(p *Place, career string) (pay PlacePay, ok bool) {
	for i, c := range w.Careers {
		if c.Career != career {
			continue
		}
		pay = PlacePay{Place: p, Career: c}
		if i >= len(p.Pay) || strings.TrimSpace(p.Pay[i]) == "" {
			return pay, true
		}
		top := w.TopAnnual
		if c.Hourly {
			top = w.TopHourly
		}
		for j, s := range strings.Fields(p.Pay[i]) {
			switch {
			case s == RoughJobs:
				pay.RoughJobs = true
			case s == RoughPay:
				pay.RoughPay = true
			case j < len(pay.Values):
				pay.Values[j], _ = parseValue(s, top)
			}
		}
		pay.Found = true
		return pay, true
	}
	return PlacePay{}, false
}

// Find returns the places whose name holds query, ignoring case and
// accents, or whose state or area code is query ("minn", "Minneapolis",
// "nonmetropolitan", "MN", "27"), in the data's order.
func (w *Wages) Find(query string) []*Place {
	q := fold(strings.TrimSpace(query))
	var out []*Place
	for i := range w.Places {
		p := &w.Places[i]
		if q == "" || strings.Contains(fold(p.Name), q) || fold(p.State) == q || p.Area == query {
			out = append(out, p)
		}
	}
	return out
}

// fold lowers a text and takes its accents off, for searching: "San Germán"
// is found as "german".
func fold(s string) string {
	// A chain of transformers keeps state: a new one for each call.
	unaccent := transform.Chain(unicodenorm.NFD, runes.Remove(runes.In(unicode.Mn)), unicodenorm.NFC)
	out, _, err := transform.String(unaccent, s)
	if err != nil {
		out = s
	}
	return strings.ToLower(out)
}

// checkWages checks the wages' references and values.
func (d *decoder) checkWages(ds *Dataset) {
	w := ds.Wages
	if w == nil {
		return
	}
	seen := map[string]bool{}
	for i, c := range w.Careers {
		p := fmt.Sprintf("wages.careers[%d]", i)
		if _, ok := ds.Career(c.Career); !ok {
			d.at(p+".career", "no career with id %s in careers", quote(c.Career))
		}
		if seen[c.Career] {
			d.at(p+".career", "career %s is listed twice", quote(c.Career))
		}
		seen[c.Career] = true
		if c.Hourly && c.Annual {
			d.at(p+".annual", "an occupation's wages are published hourly only or annually only, not both")
		}
	}
	areas := map[string]bool{}
	for i, pl := range w.Places {
		p := fmt.Sprintf("wages.places[%d]", i)
		switch pl.Kind {
		case PlaceNation, PlaceState, PlaceTerritory, PlaceMetro, PlaceNonmetro:
		default:
			d.at(p+".kind", "kind %s must be one of nation, state, territory, metro, nonmetro", quote(pl.Kind))
		}
		if areas[pl.Area] {
			d.at(p+".area", "area %s is listed twice", quote(pl.Area))
		}
		areas[pl.Area] = true
		if len(pl.Pay) > len(w.Careers) {
			d.at(p+".pay", "%d rows, but wages.careers names %d careers", len(pl.Pay), len(w.Careers))
		}
		for j, row := range pl.Pay {
			d.checkPayRow(fmt.Sprintf("%s.pay[%d]", p, j), row)
		}
	}
}

// checkPayRow checks one row of a place's pay.
func (d *decoder) checkPayRow(path string, line string) {
	row := strings.Fields(line)
	if len(row) == 0 {
		return
	}
	for len(row) > 0 && (row[len(row)-1] == RoughJobs || row[len(row)-1] == RoughPay) {
		row = row[:len(row)-1]
	}
	if len(row) != len(WageColumns) {
		d.at(path, "a row has %d values (%s), then maybe %q and %q; this one has %d values", len(WageColumns), strings.Join(WageColumns[:], ", "), RoughJobs, RoughPay, len(row))
		return
	}
	for k, s := range row {
		if _, err := parseValue(s, 0); err != nil {
			d.at(path, "value %d, %s: %v", k+1, WageColumns[k], err)
		}
	}
}
