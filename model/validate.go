package model

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Limits on the content of a data file.
const (
	SchemaVersion        = 1             // the schema this app reads
	MinCareers           = 2             // the fewest careers of a file
	MaxCareers           = 50            // the most careers of a file
	MaxTextLen           = 1000          // the longest text, in characters, of any field
	MaxSalary            = 10_000_000    // the highest salary, in US dollars a year
	MinGrowth, MaxGrowth = -100, 1000    // the range of growth figures, in percent
	MaxCredits           = 2000          // the most credits of a ladder
	MaxFacts             = 100           // the most facts of a list (a career's duties, the closing, …)
	MaxLadders           = 50            // the most ladders of a file
	MaxRungs, MaxEntries = 50, 50        // the most rungs and entry points of a ladder
	MinYear, MaxYear     = 1900, 2200    // the range of the edition year
	MaxJobs              = 1_000_000_000 // the most jobs of a figure (all US jobs are under 200 million)
)

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,63}$`)

// validate checks what the decoder cannot: references between parts, ranges
// of numbers and the order of ladder credits.
func (d *decoder) validate(ds *Dataset) {
	if ds.Schema != SchemaVersion && d.lines["schema"] != 0 {
		d.at("schema", "this app reads schema %d, the file says %d", SchemaVersion, ds.Schema)
	}
	for _, ref := range d.refs {
		if _, ok := d.ids["sources "+ref[1]]; !ok {
			d.at(ref[0], "no source with id %s in sources", quote(ref[1]))
		}
	}
	d.checkCareers(ds)
	d.checkPairs(ds)
	d.checkLadders(ds)
	d.checkWages(ds)
	if y := ds.Edition.Year; y != 0 && (y < MinYear || y > MaxYear) {
		d.at("edition.year", "year %d is outside %d … %d", y, MinYear, MaxYear)
	}
	if r := ds.Edition.Released; r != "" {
		if t, err := time.Parse(time.DateOnly, r); err != nil || t.Year() < MinYear || t.Year() > MaxYear {
			d.at("edition.released", "the release date %s must be a day written YYYY-MM-DD, e.g. 2025-08-28", quote(r))
		}
	}
}

// checkString checks a text that the decoder read, at line: it bounds its
// length and refuses control characters, which no label or sentence needs,
// and direction embeddings, overrides and isolates, which reorder the text
// around them on screen so that what a reader sees is not what the file says
// (the marks U+200E and U+200F are allowed). A field named id identifies its
// item among the others of its list; a field named source refers to the id
// of one of the sources, which validate checks once all are read.
func (d *decoder) checkString(line int, path, s string) {
	if n := utf8.RuneCountInString(s); n > MaxTextLen {
		d.add(line, path, "text is %d characters long; the limit is %d", n, MaxTextLen)
	}
	bidi := func(r rune) bool { return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069 }
	if i := strings.IndexFunc(s, func(r rune) bool { return unicode.IsControl(r) || bidi(r) }); i >= 0 {
		r, _ := utf8.DecodeRuneInString(s[i:])
		what := "a control character"
		if bidi(r) {
			what = "an invisible direction control"
		}
		d.add(line, path, "text contains %s (%U)", what, r)
	}
	switch {
	case strings.HasSuffix(path, ".source"):
		d.refs = append(d.refs, [2]string{path, s})
	case !strings.HasSuffix(path, ".id"):
	case !idPattern.MatchString(s):
		d.add(line, path, "id %s must be 1-64 lower-case letters, digits or dashes", quote(s))
	case strings.Contains(path, "["):
		key := path[:strings.LastIndexByte(path, '[')] + " " + s // the list and the id
		if first, dup := d.ids[key]; dup {
			d.add(line, path, "duplicate id %q (also %s)", s, first)
		} else {
			d.ids[key] = path
		}
	}
}

func (d *decoder) checkFigure(path string, f Figure, unit string) {
	if f.Unit != "" && f.Unit != unit {
		d.at(join(path, "unit"), "unit must be %q here, found %s", unit, quote(f.Unit))
	}
	if f.Value == nil {
		if f.TopCoded {
			d.at(join(path, "top_coded"), "a figure without a value cannot be top-coded")
		}
		return
	}
	if !f.Absent.IsZero() {
		d.at(join(path, "absent"), "says why a figure has no value, but this one has a value")
	}
	v, vp := *f.Value, join(path, "value")
	if sp := f.Spread; sp != nil {
		sp := *sp
		switch p := join(path, "spread"); {
		case sp.Unit != f.Unit:
			d.at(join(p, "unit"), "unit must be the figure's, %q, found %s", f.Unit, quote(sp.Unit))
		case !(0 <= sp.P10 && sp.P10 <= v):
			d.at(join(p, "p10"), "the 10th percentile (%g) must be from 0 to the figure's value (%g)", sp.P10, v)
		case !(v <= sp.P90):
			d.at(join(p, "p90"), "the 90th percentile (%g) must be at least the figure's value (%g)", sp.P90, v)
		case unit == UnitUSD && sp.P90 > MaxSalary:
			d.at(join(p, "p90"), "salary %g is above the limit of %d", sp.P90, MaxSalary)
		}
	}
	switch {
	case unit == UnitUSD && v < 0:
		d.at(vp, "salary must not be negative (found %g)", v)
	case unit == UnitUSD && v > MaxSalary:
		d.at(vp, "salary %g is above the limit of %d", v, MaxSalary)
	case unit == UnitPercent && (v < MinGrowth || v > MaxGrowth):
		d.at(vp, "growth %g%% is outside %d%% … %d%%", v, MinGrowth, MaxGrowth)
	case unit == UnitJobs && (v < 0 || v > MaxJobs):
		d.at(vp, "a number of jobs must be from 0 to %d (found %g)", MaxJobs, v)
	}
}

// checkPairs checks that every pair of written differences names two
// careers of the file, each pair once.
func (d *decoder) checkPairs(ds *Dataset) {
	key := func(p Pairing) string {
		if p.Left > p.Right {
			return p.Right + " " + p.Left
		}
		return p.Left + " " + p.Right
	}
	seen := map[string]string{key(ds.Comparison): "comparison"}
	for i, p := range ds.Pairs {
		path := fmt.Sprintf("pairs[%d]", i)
		for _, side := range [...]struct{ path, id string }{{path + ".left", p.Left}, {path + ".right", p.Right}} {
			if _, ok := ds.Career(side.id); !ok {
				d.at(side.path, "no career with id %s in careers", quote(side.id))
			}
		}
		switch k := key(p); {
		case p.Left == p.Right:
			d.at(path+".right", "compares career %q with itself", p.Right)
		case seen[k] != "":
			d.at(path, "the pair %s and %s already has its differences in %s", quote(p.Left), quote(p.Right), seen[k])
		case p.Differences.IsZero():
			d.at(path+".differences", "names no difference: give at least one of education, duties, skills, salary, outlook")
		default:
			seen[k] = path
		}
	}
}

func (d *decoder) checkCareers(ds *Dataset) {
	if n := len(ds.Careers); (n < MinCareers || n > MaxCareers) && d.lines["careers"] != 0 {
		d.at("careers", "a data file holds %d to %d careers, this one has %d", MinCareers, MaxCareers, n)
	}
	for i, c := range ds.Careers {
		p := fmt.Sprintf("careers[%d]", i)
		d.checkFigure(p+".salary", c.Salary, UnitUSD)
		d.checkFigure(p+".growth", c.Growth, UnitPercent)
		if c.Openings != nil {
			d.checkFigure(p+".openings", *c.Openings, UnitJobs)
		}
		l, ok := ds.Ladder(c.Ladder)
		if c.Ladder != "" && !ok {
			d.at(p+".ladder", "no ladder with id %s in ladders", quote(c.Ladder))
		}
		if c.LadderDegree != "" && ok && !slices.ContainsFunc(l.Rungs, func(r Rung) bool { return r.Ends.EN == c.LadderDegree }) {
			d.at(p+".ladder_degree", "no rung of ladder %q ends the degree %s", l.ID, quote(c.LadderDegree))
		} else if c.LadderDegree != "" && c.Ladder == "" {
			d.at(p+".ladder_degree", "the career names no ladder")
		}
	}
	if ds.Reference != nil {
		d.checkFigure("reference.salary", ds.Reference.Salary, UnitUSD)
		d.checkFigure("reference.growth", ds.Reference.Growth, UnitPercent)
		if o := ds.Reference.Openings; o != nil {
			d.checkFigure("reference.openings", *o, UnitJobs)
		}
	}
	cmp := ds.Comparison
	for _, side := range [...]struct{ path, id string }{{"comparison.left", cmp.Left}, {"comparison.right", cmp.Right}} {
		if _, ok := ds.Career(side.id); side.id != "" && !ok {
			d.at(side.path, "no career with id %s in careers", quote(side.id))
		}
	}
	if cmp.Left != "" && cmp.Left == cmp.Right {
		d.at("comparison.right", "compares career %q with itself", cmp.Right)
	}
}

func (d *decoder) checkLadders(ds *Dataset) {
	if len(ds.Ladders) > MaxLadders {
		d.at("ladders", "a data file holds at most %d ladders, this one has %d", MaxLadders, len(ds.Ladders))
	}
	for i, l := range ds.Ladders {
		p := fmt.Sprintf("ladders[%d]", i)
		if len(l.Rungs) < 2 && d.lines[p+".rungs"] != 0 {
			d.at(p+".rungs", "a ladder needs at least two rungs")
		}
		if len(l.Rungs) > MaxRungs {
			d.at(p+".rungs", "a ladder has at most %d rungs, this one has %d", MaxRungs, len(l.Rungs))
		}
		if len(l.Entries) > MaxEntries {
			d.at(p+".entries", "a ladder has at most %d entry points, this one has %d", MaxEntries, len(l.Entries))
		}
		marks := map[float64]bool{}
		for j, r := range l.Rungs {
			rp := fmt.Sprintf("%s.rungs[%d].credits", p, j)
			if r.Credits < 0 || r.Credits > MaxCredits {
				d.at(rp, "credits %g are outside 0 … %d", r.Credits, MaxCredits)
			}
			if j > 0 && r.Credits <= l.Rungs[j-1].Credits {
				d.at(rp, "credits must increase up the ladder: %g follows %g", r.Credits, l.Rungs[j-1].Credits)
			}
			marks[r.Credits] = true
		}
		for j, e := range l.Entries {
			if !marks[e.Credits] {
				d.at(fmt.Sprintf("%s.entries[%d].credits", p, j), "entry point at %g credits is not at a rung of the ladder", e.Credits)
			}
		}
	}
}
