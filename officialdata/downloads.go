package officialdata

import (
	"context"
	"sort"
	"strings"
)

// Downloads are the two official downloads, read.
type Downloads struct {
	ONet *ONet
	BLS  *BLS
}

// Open reads both downloads: the O*NET text download at onet (its zip or
// its folder, see OpenONet) and the BLS workbook at blsFile.
func Open(ctx context.Context, onet, blsFile string) (*Downloads, error) {
	o, err := OpenONet(ctx, onet)
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
	// Group, for an O*NET occupation that BLS publishes only within a
	// group (29-2011 in 29-2010), or as its SOC occupation (15-1299.08 in
	// 15-1299), is the code of the BLS row whose figures it gets.
	Group string
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
			if r := b.rows[code]; !r.summary() {
				add(code, r.title).InBLS = true
			}
		}
	}
	if o != nil && b != nil {
		inONet := o.socCodes()
		for _, oc := range out {
			if m, ok := b.match(oc.Code, inONet); ok && !oc.InBLS && m.group != "" {
				oc.Group = m.group
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
// query, without regard to case or to the kind of dash ("29–90" finds
// 29-9021); all of them for an empty query.
func Search(occs []Occupation, query string) []Occupation {
	words := strings.Fields(strings.ToLower(hyphens(query)))
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
