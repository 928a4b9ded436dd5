package model

import (
	"fmt"
	"math"
	"reflect"
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
// types, duplicate keys and missing required fields are problems. It records
// the line of every field path so that later checks can name the line too.
//
// A data file names a struct field by its json tag, as json.Marshal writes
// it; a field tagged required:"true" must be in the file.
type decoder struct {
	file     string
	problems Problems
	// dropped counts the problems beyond MaxProblems.
	dropped int
	lines   map[string]int
}

func newDecoder(file string) *decoder {
	return &decoder{file: file, lines: map[string]int{}}
}

// add records a problem. Beyond MaxProblems it only counts them, in one last
// problem, so that a file of many small mistakes cannot make a huge report.
func (d *decoder) add(line int, field, format string, args ...any) {
	if field == "" {
		field = "(document)"
	}
	if d.room() {
		d.problems = append(d.problems, Problem{File: d.file, Line: line, Field: field, Message: fmt.Sprintf(format, args...)})
		return
	}
	d.dropped++
	msg := fmt.Sprintf("%d more problems not listed; correct the ones above and check again", d.dropped)
	if d.dropped == 1 {
		msg = "1 more problem not listed; correct the ones above and check again"
		d.problems = append(d.problems, Problem{File: d.file, Line: line, Field: "(document)", Message: msg})
		return
	}
	d.problems[len(d.problems)-1].Message = msg
}

// room reports whether another problem will be listed in full.
func (d *decoder) room() bool { return len(d.problems) < MaxProblems }

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
	if key == "" {
		return `""`
	}
	for i := 0; i < len(key); i++ {
		c := key[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return strconv.QuoteToASCII(key)
		}
	}
	return key
}

// lineOf returns the line of a field path, or of its nearest parent that has
// one.
func (d *decoder) lineOf(path string) int {
	for {
		if l, ok := d.lines[path]; ok {
			return l
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			return d.lines[""]
		}
		path = path[:i]
	}
}

func join(path, field string) string {
	if path == "" {
		return field
	}
	return path + "." + field
}

func typeName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "text"
	case reflect.Float64, reflect.Int:
		return "number"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice:
		return "a list"
	case reflect.Struct:
		return "an object"
	}
	return t.String()
}

func (d *decoder) decode(n *node, v reflect.Value, path string) {
	d.lines[path] = n.line
	if v.Kind() == reflect.Pointer {
		if n.kind == kindNull {
			v.Set(reflect.Zero(v.Type()))
			return
		}
		v.Set(reflect.New(v.Type().Elem()))
		d.decode(n, v.Elem(), path)
		return
	}
	mismatch := func() {
		d.add(n.line, path, "expected %s, found %s", typeName(v.Type()), n.kind)
	}
	switch v.Kind() {
	case reflect.String:
		if n.kind != kindString {
			mismatch()
			return
		}
		v.SetString(n.str)
	case reflect.Float64:
		if n.kind != kindNumber {
			mismatch()
			return
		}
		v.SetFloat(n.num)
	case reflect.Int:
		if n.kind != kindNumber {
			mismatch()
			return
		}
		if n.num != math.Trunc(n.num) || math.Abs(n.num) > 1e9 {
			d.add(n.line, path, "expected a whole number from -1000000000 to 1000000000, found %s", n.str)
			return
		}
		v.SetInt(int64(n.num))
	case reflect.Bool:
		if n.kind != kindBool {
			mismatch()
			return
		}
		v.SetBool(n.boolean)
	case reflect.Slice:
		if n.kind != kindArray {
			mismatch()
			return
		}
		if len(n.items) > maxItems {
			d.add(n.line, path, "list has %d items; the limit is %d", len(n.items), maxItems)
			return
		}
		s := reflect.MakeSlice(v.Type(), len(n.items), len(n.items))
		for i, item := range n.items {
			d.decode(item, s.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
		v.Set(s)
	case reflect.Struct:
		if n.kind != kindObject {
			mismatch()
			return
		}
		d.decodeStruct(n, v, path)
	default:
		d.add(n.line, path, "unsupported field type %s", v.Type())
	}
}

func (d *decoder) decodeStruct(n *node, v reflect.Value, path string) {
	t := v.Type()
	type fieldInfo struct {
		index    int
		required bool
	}
	fields := map[string]fieldInfo{}
	var order []string
	for i := 0; i < t.NumField(); i++ {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if name == "" || name == "-" {
			continue
		}
		fields[name] = fieldInfo{index: i, required: t.Field(i).Tag.Get("required") == "true"}
		order = append(order, name)
	}
	seen := map[string]int{}
	for _, m := range n.members {
		fp := join(path, keyField(m.key))
		if first, dup := seen[m.key]; dup {
			d.add(m.line, fp, "duplicate key (first given on line %d)", first)
			continue
		}
		seen[m.key] = m.line
		f, ok := fields[m.key]
		if !ok {
			hint := ""
			if d.room() {
				hint = suggest(m.key, order)
			}
			d.add(m.line, fp, "unknown field%s", hint)
			continue
		}
		d.decode(m.val, v.Field(f.index), fp)
		d.lines[fp] = m.line
	}
	for _, name := range order {
		if _, ok := seen[name]; !ok && fields[name].required {
			d.add(n.line, join(path, name), "missing required field")
		}
	}
}

// suggest names a known field that differs from key only in case or
// separators, to help with typos.
func suggest(key string, known []string) string {
	norm := func(s string) string {
		b := make([]byte, 0, len(s))
		for i := 0; i < len(s); i++ {
			switch c := s[i]; {
			case c == '_', c == '-', c == ' ':
			case c >= 'A' && c <= 'Z':
				b = append(b, c+'a'-'A')
			default:
				b = append(b, c)
			}
		}
		return string(b)
	}
	nk := norm(key)
	for _, k := range known {
		if norm(k) == nk {
			return fmt.Sprintf(" (did you mean %q?)", k)
		}
	}
	if len(known) > 0 {
		return fmt.Sprintf(" (known fields: %s)", strings.Join(known, ", "))
	}
	return ""
}
