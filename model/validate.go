package model

import (
	"fmt"
	"reflect"
	"regexp"
	"unicode"
	"unicode/utf8"
)

// Limits on the content of a data file.
const (
	SchemaVersion = 1
	MinCareers    = 2
	MaxCareers    = 50
	// MaxTextLen is the longest text, in characters, of any field.
	MaxTextLen = 1000
	// MaxSalary bounds salary figures, in US dollars a year.
	MaxSalary = 10_000_000
	// MinGrowth and MaxGrowth bound growth figures, in percent.
	MinGrowth, MaxGrowth = -100, 1000
	// MaxCredits bounds the credits of a ladder.
	MaxCredits = 2000
	// MaxFacts bounds every list of facts (a career's duties, the
	// closing, …).
	MaxFacts = 100
	// MaxLadders bounds the ladders of a file.
	MaxLadders = 50
	// MaxRungs bounds the rungs of a ladder, MaxEntries its entry points.
	MaxRungs, MaxEntries = 50, 50
	// MinYear and MaxYear bound the edition year.
	MinYear, MaxYear = 1900, 2200
)

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,63}$`)

// validate checks what the decoder cannot: ids, references between parts,
// ranges of numbers, lengths of text and the order of ladder credits.
func (d *decoder) validate(ds *Dataset) {
	if ds.Schema != SchemaVersion && d.lines["schema"] != 0 {
		d.add(d.lineOf("schema"), "schema", "this app reads schema %d, the file says %d", SchemaVersion, ds.Schema)
	}
	d.checkIDs(ds)
	d.checkText(reflect.ValueOf(ds).Elem(), "")
	d.checkCareers(ds)
	d.checkLadders(ds)
	d.checkLists(reflect.ValueOf(ds).Elem(), "")
	if ds.Edition.Year != 0 && (ds.Edition.Year < MinYear || ds.Edition.Year > MaxYear) {
		d.add(d.lineOf("edition.year"), "edition.year", "year %d is outside %d … %d", ds.Edition.Year, MinYear, MaxYear)
	}
}

// checkLists bounds the lists that have a tighter limit than maxItems.
func (d *decoder) checkLists(v reflect.Value, path string) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			d.checkLists(v.Elem(), path)
		}
	case reflect.Slice:
		if v.Type() == reflect.TypeFor[[]Fact]() && v.Len() > MaxFacts {
			d.add(d.lineOf(path), path, "list has %d facts; the limit is %d", v.Len(), MaxFacts)
		}
		if !hasList(v.Type().Elem()) {
			return
		}
		for i := 0; i < v.Len(); i++ {
			d.checkLists(v.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			if name, _, _ := cutTag(t.Field(i).Tag.Get("json")); name != "" && hasList(t.Field(i).Type) {
				d.checkLists(v.Field(i), join(path, name))
			}
		}
	}
}

func (d *decoder) checkID(path, id string, seen map[string]string) {
	if !idPattern.MatchString(id) {
		d.add(d.lineOf(path), path, "id %s must be 1-64 lower-case letters, digits or dashes", quote(id))
		return
	}
	if first, dup := seen[id]; dup {
		d.add(d.lineOf(path), path, "duplicate id %q (also %s)", id, first)
		return
	}
	seen[id] = path
}

func (d *decoder) checkIDs(ds *Dataset) {
	sources := map[string]string{}
	for i, s := range ds.Sources {
		d.checkID(fmt.Sprintf("sources[%d].id", i), s.ID, sources)
	}
	careers := map[string]string{}
	for i, c := range ds.Careers {
		d.checkID(fmt.Sprintf("careers[%d].id", i), c.ID, careers)
	}
	ladders := map[string]string{}
	for i, l := range ds.Ladders {
		d.checkID(fmt.Sprintf("ladders[%d].id", i), l.ID, ladders)
		entries := map[string]string{}
		for j, e := range l.Entries {
			d.checkID(fmt.Sprintf("ladders[%d].entries[%d].id", i, j), e.ID, entries)
		}
	}
	if ds.Edition.ID != "" && !idPattern.MatchString(ds.Edition.ID) {
		d.add(d.lineOf("edition.id"), "edition.id", "id %s must be 1-64 lower-case letters, digits or dashes", quote(ds.Edition.ID))
	}
	// Every source reference must name a source.
	walk(reflect.ValueOf(ds).Elem(), "", func(path string, v reflect.Value) {
		var ref string
		var field string
		switch x := v.Interface().(type) {
		case Fact:
			ref, field = x.Source, join(path, "source")
		case Figure:
			ref, field = x.Source, join(path, "source")
		case Ladder:
			ref, field = x.Source, join(path, "source")
		default:
			return
		}
		if ref == "" {
			return // the decoder already reported the missing field
		}
		if _, ok := sources[ref]; !ok {
			d.add(d.lineOf(field), field, "no source with id %s in sources", quote(ref))
		}
	})
}

// walk calls fn for every struct value inside v, depth first, with its path.
func walk(v reflect.Value, path string, fn func(path string, v reflect.Value)) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			walk(v.Elem(), path, fn)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			walk(v.Index(i), fmt.Sprintf("%s[%d]", path, i), fn)
		}
	case reflect.Struct:
		fn(path, v)
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			name, _, _ := cutTag(t.Field(i).Tag.Get("json"))
			if name == "" {
				continue
			}
			walk(v.Field(i), join(path, name), fn)
		}
	}
}

func cutTag(tag string) (name, opts string, ok bool) {
	for i := 0; i < len(tag); i++ {
		if tag[i] == ',' {
			return tag[:i], tag[i+1:], true
		}
	}
	return tag, "", false
}

// checkText bounds the length of every text field and refuses control
// characters, which no label or sentence needs.
func (d *decoder) checkText(v reflect.Value, path string) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			d.checkText(v.Elem(), path)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			d.checkText(v.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			name, _, _ := cutTag(t.Field(i).Tag.Get("json"))
			if name != "" {
				d.checkText(v.Field(i), join(path, name))
			}
		}
	case reflect.String:
		s := v.String()
		if n := utf8.RuneCountInString(s); n > MaxTextLen {
			d.add(d.lineOf(path), path, "text is %d characters long; the limit is %d", n, MaxTextLen)
		}
		for _, r := range s {
			if unicode.IsControl(r) {
				d.add(d.lineOf(path), path, "text contains a control character (%U)", r)
				break
			}
			if isBidiControl(r) {
				// These reorder the text around them on screen, so that
				// what a reader sees is not what the file says.
				d.add(d.lineOf(path), path, "text contains an invisible direction control (%U)", r)
				break
			}
		}
	}
}

// hasList reports whether a value of type t can hold a list.
func hasList(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Slice:
		return true
	case reflect.Pointer:
		return hasList(t.Elem())
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			if hasList(t.Field(i).Type) {
				return true
			}
		}
	}
	return false
}

// isBidiControl reports whether r is an explicit direction embedding,
// override or isolate. The marks U+200E and U+200F are allowed.
func isBidiControl(r rune) bool {
	return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}

func (d *decoder) checkFigure(path string, f Figure, unit string) {
	if f.Unit != "" && f.Unit != unit {
		d.add(d.lineOf(join(path, "unit")), join(path, "unit"), "unit must be %q here, found %s", unit, quote(f.Unit))
	}
	if f.Value == nil {
		return
	}
	v, vp := *f.Value, join(path, "value")
	switch unit {
	case UnitUSD:
		if v < 0 {
			d.add(d.lineOf(vp), vp, "salary must not be negative (found %g)", v)
		} else if v > MaxSalary {
			d.add(d.lineOf(vp), vp, "salary %g is above the limit of %d", v, MaxSalary)
		}
	case UnitPercent:
		if v < MinGrowth || v > MaxGrowth {
			d.add(d.lineOf(vp), vp, "growth %g%% is outside %d%% … %d%%", v, MinGrowth, MaxGrowth)
		}
	}
}

func (d *decoder) checkCareers(ds *Dataset) {
	if n := len(ds.Careers); n < MinCareers || n > MaxCareers {
		if d.lines["careers"] != 0 {
			d.add(d.lineOf("careers"), "careers", "a data file holds %d to %d careers, this one has %d", MinCareers, MaxCareers, n)
		}
	}
	for i, c := range ds.Careers {
		p := fmt.Sprintf("careers[%d]", i)
		d.checkFigure(p+".salary", c.Salary, UnitUSD)
		d.checkFigure(p+".growth", c.Growth, UnitPercent)
		if c.Ladder != "" {
			if _, ok := ds.Ladder(c.Ladder); !ok {
				d.add(d.lineOf(p+".ladder"), p+".ladder", "no ladder with id %s in ladders", quote(c.Ladder))
			}
		}
	}
	if ds.Reference != nil {
		d.checkFigure("reference.salary", ds.Reference.Salary, UnitUSD)
		d.checkFigure("reference.growth", ds.Reference.Growth, UnitPercent)
	}
	cmp := ds.Comparison
	for _, side := range []struct{ field, id string }{{"comparison.left", cmp.Left}, {"comparison.right", cmp.Right}} {
		if side.id == "" {
			continue
		}
		if _, ok := ds.Career(side.id); !ok {
			d.add(d.lineOf(side.field), side.field, "no career with id %s in careers", quote(side.id))
		}
	}
	if cmp.Left != "" && cmp.Left == cmp.Right {
		d.add(d.lineOf("comparison.right"), "comparison.right", "compares career %q with itself", cmp.Right)
	}
}

func (d *decoder) checkLadders(ds *Dataset) {
	if len(ds.Ladders) > MaxLadders {
		d.add(d.lineOf("ladders"), "ladders", "a data file holds at most %d ladders, this one has %d", MaxLadders, len(ds.Ladders))
	}
	for i, l := range ds.Ladders {
		p := fmt.Sprintf("ladders[%d]", i)
		if len(l.Rungs) < 2 && d.lines[p+".rungs"] != 0 {
			d.add(d.lineOf(p+".rungs"), p+".rungs", "a ladder needs at least two rungs")
		}
		if len(l.Rungs) > MaxRungs {
			d.add(d.lineOf(p+".rungs"), p+".rungs", "a ladder has at most %d rungs, this one has %d", MaxRungs, len(l.Rungs))
		}
		if len(l.Entries) > MaxEntries {
			d.add(d.lineOf(p+".entries"), p+".entries", "a ladder has at most %d entry points, this one has %d", MaxEntries, len(l.Entries))
		}
		marks := map[float64]bool{}
		for j, r := range l.Rungs {
			rp := fmt.Sprintf("%s.rungs[%d].credits", p, j)
			if r.Credits < 0 || r.Credits > MaxCredits {
				d.add(d.lineOf(rp), rp, "credits %g are outside 0 … %d", r.Credits, MaxCredits)
			}
			if j > 0 && r.Credits <= l.Rungs[j-1].Credits {
				d.add(d.lineOf(rp), rp, "credits must increase up the ladder: %g follows %g", r.Credits, l.Rungs[j-1].Credits)
			}
			marks[r.Credits] = true
		}
		for j, e := range l.Entries {
			ep := fmt.Sprintf("%s.entries[%d].credits", p, j)
			if !marks[e.Credits] {
				d.add(d.lineOf(ep), ep, "entry point at %g credits is not at a rung of the ladder", e.Credits)
			}
		}
	}
}
