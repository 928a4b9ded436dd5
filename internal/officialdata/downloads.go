package officialdata

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"careercompare/model"
)

// Downloads are the two official downloads, read.
type Downloads struct {
	ONet *ONet
	BLS  *BLS
}

// Open reads both downloads: the O*NET text files in onetDir and the BLS
// workbook at blsFile.
func Open(ctx context.Context, onetDir, blsFile string) (*Downloads, error) {
	o, err := OpenONet(ctx, onetDir)
	if err != nil {
		return nil, err
	}
	b, err := OpenBLS(ctx, blsFile)
	if err != nil {
		return nil, err
	}
	return &Downloads{ONet: o, BLS: b}, nil
}

// Occupation is an occupation that one download or both describe.
type Occupation struct {
	// Code is the occupation's SOC code, e.g. "29-9021"; for an O*NET
	// occupation that details a SOC occupation, its O*NET-SOC code, e.g.
	// "15-1299.08".
	Code string
	// Title is O*NET's title, or BLS's where O*NET has none.
	Title string
	// InONet and InBLS say which downloads describe it.
	InONet, InBLS bool
}

// Occupations lists the occupations of the downloads read (either may be
// nil), by code: every O*NET occupation, and every occupation of the BLS
// table that is not a summary of others. An O*NET-SOC code ending in .00
// is its SOC code.
func Occupations(o *ONet, b *BLS) []Occupation {
	byCode := map[string]*Occupation{}
	var out []*Occupation
	add := func(code, title string) *Occupation {
		if oc := byCode[code]; oc != nil {
			return oc
		}
		oc := &Occupation{Code: code, Title: title}
		byCode[code] = oc
		out = append(out, oc)
		return oc
	}
	if o != nil {
		for _, code := range o.order {
			add(strings.TrimSuffix(code, ".00"), o.occupations[code].title).InONet = true
		}
	}
	if b != nil {
		for _, code := range b.order {
			if r := b.rows[code]; code != "00-0000" && !strings.EqualFold(r.kind, "Summary") {
				add(code, r.title).InBLS = true
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	list := make([]Occupation, len(out))
	for i, oc := range out {
		list[i] = *oc
	}
	return list
}

// Search returns the occupations whose code or title has every word of
// query, without regard to case; all of them for an empty query.
func Search(occs []Occupation, query string) []Occupation {
	words := strings.Fields(strings.ToLower(query))
	var out []Occupation
	for _, oc := range occs {
		hay := oc.Code + " " + strings.ToLower(oc.Title)
		ok := true
		for _, w := range words {
			ok = ok && strings.Contains(hay, w)
		}
		if ok {
			out = append(out, oc)
		}
	}
	return out
}

var codePattern = regexp.MustCompile(`^\d{2}-\d{4}(\.\d{2})?$`)

// ParseCodes reads a list of occupation codes separated by commas or
// spaces ("29-9021,11-9111"), each a SOC code or an O*NET-SOC code; a
// .00 code is its SOC code. It checks their form and number (2 to 50) and
// that none is given twice.
func ParseCodes(s string) ([]string, error) {
	var codes []string
	seen := map[string]bool{}
	for _, c := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == ';' || r == '\t' }) {
		if !codePattern.MatchString(c) {
			return nil, fmt.Errorf("%q is not an occupation code such as 29-9021 (SOC) or 29-9021.00 (O*NET-SOC)", clip(c, 20))
		}
		c = strings.TrimSuffix(c, ".00")
		if seen[c] {
			return nil, fmt.Errorf("the occupation %s is given twice", c)
		}
		seen[c] = true
		codes = append(codes, c)
	}
	if n := len(codes); n < model.MinCareers || n > model.MaxCareers {
		return nil, fmt.Errorf("give %d to %d occupation codes, not %d", model.MinCareers, model.MaxCareers, n)
	}
	return codes, nil
}
