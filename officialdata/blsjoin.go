package officialdata

import (
	"fmt"
	"strings"

	"careercompare/internal/catalog"
	"careercompare/model"
)

// blsMatch is the row of the BLS table whose figures an occupation gets:
// its own, or that of the group BLS publishes it in.
type blsMatch struct {
	row *blsRow
	// of says whose figures they are when the row is not the
	// occupation's own, e.g. "BLS figures of the group 29-2010, Clinical
	// laboratory technologists and technicians"; "" for its own.
	of string
	// group is the code of that row; "" for its own.
	group string
	// inGroup says that the row is a group of occupations that includes
	// it, not the SOC occupation an O*NET-SOC occupation details.
	inGroup bool
}

// figuresOf says whose figures they are when the row is not the
// occupation's own, in English and Spanish; zero for its own.
func (m blsMatch) figuresOf() model.Text {
	switch {
	case m.group == "":
		return model.Text{}
	case m.inGroup:
		return say("imported.figure.ofGroup", catalog.Args{"Code": m.row.code, "Title": m.row.title})
	}
	return say("imported.figure.of", catalog.Args{"Code": m.row.code, "Title": m.row.title})
}

// whose ends a fact of the BLS table with whose it is, where it is not
// the occupation's own: "(BLS publishes this for the group 29-2010,
// Clinical laboratory technologists and technicians.)".
func (m blsMatch) whose(fact model.Text) model.Text {
	switch {
	case m.group == "":
		return fact
	case m.inGroup:
		return sentences(fact, say("imported.whoseGroup", catalog.Args{"Code": m.row.code, "Title": m.row.title}))
	}
	return sentences(fact, say("imported.whose", catalog.Args{"Code": m.row.code, "Title": m.row.title}))
}

// match finds the row of an occupation code (SOC or O*NET-SOC) among the
// table's line items: the code's own row; for an O*NET-SOC code that
// details a SOC occupation (15-1299.08), the SOC occupation's row; else
// the row of the group BLS publishes the occupation in: its broad group
// (29-2011 in 29-2010, 31-1121 in 31-1120), or the one line item of its
// broad group that is not an O*NET occupation, BLS's own combination of
// detailed occupations (21-1011 and 21-1014 in 21-1018). inONet says
// whether O*NET has a SOC code.
func (b *BLS) match(code string, inONet func(soc string) bool) (blsMatch, bool) {
	soc := code[:len("29-9021")]
	if r := b.lineItem(soc); r != nil {
		if soc == code {
			return blsMatch{row: r}, true
		}
		return blsMatch{row: r, of: fmt.Sprintf("BLS figures of %s, %s", r.code, r.title), group: r.code}, true
	}
	r := b.lineItem(soc[:6] + "0")
	if r == nil && inONet != nil {
		for _, c := range b.order {
			if x := b.rows[c]; strings.HasPrefix(c, soc[:6]) && !x.summary() && !inONet(c) {
				if r != nil {
					return blsMatch{}, false // two of them: which holds it is not known
				}
				r = x
			}
		}
	}
	if r == nil {
		return blsMatch{}, false
	}
	return blsMatch{row: r, of: fmt.Sprintf("BLS figures of the group %s, %s", r.code, r.title), group: r.code, inGroup: true}, true
}

// lineItem is the row of a code that is an occupation, not a summary.
func (b *BLS) lineItem(code string) *blsRow {
	if r, ok := b.rows[code]; ok && !r.summary() {
		return r
	}
	return nil
}

// socCodes is a test of whether O*NET has an occupation of a SOC code
// (29-9021.00, or a detailed one such as 29-9021.01).
func (o *ONet) socCodes() func(soc string) bool {
	set := map[string]bool{}
	for _, c := range o.order {
		set[c[:len("29-9021")]] = true
	}
	return func(soc string) bool { return set[soc] }
}

// summaryError says that a code is a summary row of the BLS table, and
// names an occupation it sums.
func (b *BLS) summaryError(r *blsRow) error {
	prefix := strings.TrimRight(r.code, "0")
	for _, c := range b.order {
		if x := b.rows[c]; strings.HasPrefix(c, prefix) && !x.summary() {
			return fmt.Errorf("%s (%s) is a summary row of the BLS table, the total of several occupations, not one occupation: choose the occupations it sums, e.g. %s (%s)", r.code, r.title, x.code, x.title)
		}
	}
	return fmt.Errorf("%s (%s) is a summary row of the BLS table, the total of several occupations, not one occupation: choose the occupations it sums", r.code, r.title)
}
