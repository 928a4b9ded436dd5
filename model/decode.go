package model

import (
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// Problem is one thing wrong with a data file, located by line and field.
type Problem struct {
	File    string
	Line    int
	Field   string
	Message string
}

// String formats the problem as FILE:LINE: field: message.
func (p Problem) String() string {
	return fmt.Sprintf("%s:%d: %s: %s", p.File, p.Line, p.Field, p.Message)
}

// Problems is every problem found in a data file. It is an error.
type Problems []Problem

// Error lists every problem, one per line.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

const (
	// maxItems bounds every list in a data file; validate has tighter
	// limits for some lists.
	maxItems = 500
	// MaxProblems is the most problems listed for one file; a last line
	// counts the others.
	MaxProblems = 100
)

// decoder turns a node tree into Go values, strictly: unknown fields, wrong
// types, duplicate keys and missing required fields are problems, and so
// are lists of facts beyond MaxFacts and the texts that checkString
// refuses. It records the line of every field path, the ids and the source
// references, for validate.
//
// A data file names a struct field by its json tag, as json.Marshal writes
// it; a field tagged required:"true" must be in the file. A field type that
// a file may give in another form (a text as a string or as {"en": "…",
// "es": "…"}) gets its own case in decode, before the switch on kinds.
type decoder struct {
	file     string
	problems Problems
	dropped  int               // problems beyond MaxProblems
	lines    map[string]int    // the line of each field path
	ids      map[string]string // the path of each id, by its list and the id
	refs     [][2]string       // the path and value of each source reference
}

// field is a struct field as a data file names it.
type field struct {
	name     string
	index    int
	required bool
}

func newDecoder(file string) *decoder {
	return &decoder{file: file, lines: map[string]int{}, ids: map[string]string{}}
}

// add records a problem. Beyond MaxProblems it only counts them, in one last
// problem, so that a file of many small mistakes cannot make a huge report.
func (d *decoder) add(line int, field, format string, args ...any) {
	if field == "" {
		field = "(document)"
	}
	if d.room() {
		d.problems = append(d.problems, Problem{d.file, line, field, fmt.Sprintf(format, args...)})
		return
	}
	if d.dropped++; d.dropped == 1 {
		d.problems = append(d.problems, Problem{d.file, line, "(document)", "1 more problem not listed"})
	} else {
		d.problems[MaxProblems].Message = fmt.Sprintf("%d more problems not listed", d.dropped)
	}
	d.problems[MaxProblems].Message += "; correct the ones above and check again"
}

// room reports whether another problem will be listed in full.
func (d *decoder) room() bool { return len(d.problems) < MaxProblems }

// at records a problem of a field path, at its line.
func (d *decoder) at(path, format string, args ...any) {
	d.add(d.lineOf(path), path, format, args...)
}

// lineOf returns the line of a field path, or of its nearest parent that has
// one.
func (d *decoder) lineOf(path string) int {
	for {
		if l, ok := d.lines[path]; ok || path == "" {
			return l
		}
		path = path[:max(0, strings.LastIndexAny(path, ".["))]
	}
}

func join(path, field string) string {
	if path == "" {
		return field
	}
	return path + "." + field
}

// quote quotes text from a file for a message: at most 40 characters, with
// control and invisible characters escaped.
func quote(s string) string {
	if c := clip(s, 40); c != s {
		return strconv.Quote(c) + "…"
	}
	return strconv.Quote(s)
}

// clip shortens s to at most n characters.
func clip(s string, n int) string {
	for i := range s {
		if n--; n < 0 {
			return s[:i]
		}
	}
	return s
}

// keyField is a field name from a file as it is shown in a field path:
// as it is when it is made of letters, digits, "_" and "-", else quoted, so
// that no file can put spaces, colons or line breaks into a problem's field.
func keyField(key string) string {
	if key == "" || strings.Trim(key, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") != "" {
		return strconv.QuoteToASCII(key)
	}
	return key
}

// kindOf is the node kind that a Go kind decodes from, and its name.
func kindOf(k reflect.Kind) (nodeKind, string) {
	switch k {
	case reflect.String:
		return kindString, "text"
	case reflect.Float64, reflect.Int:
		return kindNumber, "number"
	case reflect.Bool:
		return kindBool, "true or false"
	case reflect.Slice:
		return kindArray, "a list"
	}
	return kindObject, "an object" // the model's types have no other kinds
}

// decode sets v, at path, from n. line is where the file gives the path:
// on its key's line, or n's.
func (d *decoder) decode(n *node, line int, v reflect.Value, path string) {
	d.lines[path] = line
	if v.Kind() == reflect.Pointer {
		if n.kind == kindNull {
			v.SetZero()
			return
		}
		v.Set(reflect.New(v.Type().Elem()))
		v = v.Elem()
	}
	if v.Type() == textType {
		d.decodeText(n, line, v, path)
		return
	}
	switch want, name := kindOf(v.Kind()); {
	case n.kind != want:
		d.add(n.line, path, "expected %s, found %s", name, n.kind)
	case v.Kind() == reflect.String:
		v.SetString(n.str)
		d.checkString(line, path, n.str)
	case v.Kind() == reflect.Float64:
		v.SetFloat(n.num)
	case v.Kind() == reflect.Bool:
		v.SetBool(n.boolean)
	case v.Kind() == reflect.Int && (n.num != math.Trunc(n.num) || math.Abs(n.num) > 1e9):
		d.add(n.line, path, "expected a whole number from -1000000000 to 1000000000, found %s", n.str)
	case v.Kind() == reflect.Int:
		v.SetInt(int64(n.num))
	case v.Kind() == reflect.Struct:
		d.decodeStruct(n, v, path)
	case len(n.items) > maxItems && !(v.Type() == reflect.TypeFor[[]Place]() && len(n.items) <= MaxPlaces):
		limit := maxItems
		if v.Type() == reflect.TypeFor[[]Place]() {
			limit = MaxPlaces
		}
		d.add(n.line, path, "list has %d items; the limit is %d", len(n.items), limit)
	default: // a list
		if v.Type() == reflect.TypeFor[[]Fact]() && len(n.items) > MaxFacts {
			d.add(line, path, "list has %d facts; the limit is %d", len(n.items), MaxFacts)
		}
		v.Set(reflect.MakeSlice(v.Type(), len(n.items), len(n.items)))
		for i, item := range n.items {
			d.decode(item, item.line, v.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
	}
}

// decodeText sets a Text from a string (English) or an object of its
// forms: {"en": "…", "es": "…"}, "en" required.
func (d *decoder) decodeText(n *node, line int, v reflect.Value, path string) {
	var t Text
	switch n.kind {
	case kindString:
		t.EN = n.str
		d.checkString(line, path, n.str)
	case kindObject:
		seen := map[string]bool{}
		for _, m := range n.members {
			fp := join(path, keyField(m.key))
			d.lines[fp] = m.line
			switch {
			case seen[m.key]:
				d.add(m.line, fp, "duplicate key")
			case m.key != "en" && m.key != "es":
				d.add(m.line, fp, `unknown language (a text has "en" and may have "es")`)
			case m.val.kind != kindString:
				d.add(m.val.line, fp, "expected text, found %s", m.val.kind)
			case m.key == "en":
				t.EN = m.val.str
				d.checkString(m.line, fp, m.val.str)
			default:
				t.ES = m.val.str
				d.checkString(m.line, fp, m.val.str)
			}
			seen[m.key] = true
		}
		if !seen["en"] {
			d.add(n.line, join(path, "en"), "missing required field (the English text)")
		}
	default:
		d.add(n.line, path, `expected text or {"en": …, "es": …}, found %s`, n.kind)
	}
	v.Set(reflect.ValueOf(t))
}

func (d *decoder) decodeStruct(n *node, v reflect.Value, path string) {
	fields := fieldsOf(v.Type())
	seen := make(map[string]int, len(n.members))
	for _, m := range n.members {
		fp := join(path, keyField(m.key))
		if first, dup := seen[m.key]; dup {
			d.add(m.line, fp, "duplicate key (first given on line %d)", first)
			continue
		}
		seen[m.key] = m.line
		if i := slices.IndexFunc(fields, func(f field) bool { return f.name == m.key }); i >= 0 {
			d.decode(m.val, m.line, v.Field(fields[i].index), fp)
		} else if d.room() {
			d.add(m.line, fp, "unknown field%s", suggest(m.key, fields))
		} else {
			d.add(m.line, fp, "unknown field")
		}
	}
	for _, f := range fields {
		if _, ok := seen[f.name]; !ok && f.required {
			d.add(n.line, join(path, f.name), "missing required field")
		}
	}
}

// fieldsOf lists the fields of a struct type that have a json name.
func fieldsOf(t reflect.Type) []field {
	var fs []field
	for i := range t.NumField() {
		f := t.Field(i)
		if name, _, _ := strings.Cut(f.Tag.Get("json"), ","); name != "" && name != "-" {
			fs = append(fs, field{name: name, index: i, required: f.Tag.Get("required") == "true"})
		}
	}
	return fs
}

// suggest names a known field that differs from key only in case or
// separators, to help with typos, or else lists the known fields.
func suggest(key string, fields []field) string {
	plain := strings.NewReplacer("_", "", "-", "", " ", "")
	names := make([]string, len(fields))
	for i, f := range fields {
		if strings.EqualFold(plain.Replace(f.name), plain.Replace(key)) {
			return fmt.Sprintf(" (did you mean %q?)", f.name)
		}
		names[i] = f.name
	}
	return fmt.Sprintf(" (known fields: %s)", strings.Join(names, ", "))
}
