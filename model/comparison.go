package model

import "time"

// Comparison is what the window shows and what every export draws: a
// dataset, the two careers compared, the credit ladder of those careers
// and the path a student plans on it. The window builds it on the UI
// goroutine and hands it, as a value, to renders and exports.
type Comparison struct {
	Data        *Dataset
	Left, Right *Career
	// Ladder is the credit ladder of the compared careers; nil when they
	// have none.
	Ladder *Ladder
	// Path is what the student planned on Ladder.
	Path Path
	// Date is the day of the session: how old the figures are, whether a
	// projection's period has ended, the handout's date. Zero says
	// nothing of the kind.
	Date time.Time
	// Place is the state or area whose pay is shown beside the nation's,
	// one of Data.Wages's places; nil for the nation's figures alone.
	Place *Place
}

// WithPlace returns the comparison with the pay of the place of the given
// area code beside the nation's, where the data has wages there; else the
// comparison as it is, and false.
func (c Comparison) WithPlace(area string) (Comparison, bool) {
	if c.Data == nil || c.Data.Wages == nil || area == "" {
		return c, false
	}
	p, ok := c.Data.Wages.Place(area)
	if !ok || p.Kind == PlaceNation {
		return c, false
	}
	c.Place = p
	return c, true
}

// PlacePay returns the pay of a career's occupation in the comparison's
// place; ok is false without a place or wages of the career.
func (c Comparison) PlacePay(k *Career) (PlacePay, bool) {
	if c.Place == nil || c.Data.Wages == nil {
		return PlacePay{}, false
	}
	return c.Data.Wages.Pay(c.Place, k.ID)
}

// Path is a student's way up a ladder: the planner's input and, when that
// input is complete and right, its answer.
type Path struct {
	PlanInput
	// Plan is the planner's answer; nil while the input is incomplete or
	// has a problem.
	Plan *Plan
}

// NoPath chooses nothing on a ladder.
func NoPath() Path { return Path{PlanInput: PlanInput{Goal: -1}} }

// Compare returns the comparison of two careers of ds, with the ladder the
// first of them names and no path planned.
func Compare(ds *Dataset, left, right *Career) Comparison {
	c := Comparison{Data: ds, Left: left, Right: right, Path: NoPath()}
	if ls := c.Ladders(); len(ls) > 0 {
		c.Ladder = ls[0]
	}
	return c
}

// Ladders returns the ladders the two careers name, once each, in the
// order of the careers.
func (c Comparison) Ladders() []*Ladder {
	var out []*Ladder
	for _, k := range []*Career{c.Left, c.Right} {
		if k == nil {
			continue
		}
		if l, ok := c.Data.Ladder(k.Ladder); ok && (len(out) == 0 || out[0] != l) {
			out = append(out, l)
		}
	}
	return out
}

// Careers returns the two compared careers, left first.
func (c Comparison) Careers() []*Career { return []*Career{c.Left, c.Right} }

// DefaultComparison returns the comparison of the data's default pair.
func (d *Dataset) DefaultComparison() (Comparison, error) {
	l, r, err := d.Pair()
	if err != nil {
		return Comparison{}, err
	}
	return Compare(d, l, r), nil
}
