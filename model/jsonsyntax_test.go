package model

import (
	"errors"
	"fmt"
	"testing"
)

// TestSyntaxErrors gives every syntax problem the loader words, with its
// line: what the bytes at and after the last good token show.
func TestSyntaxErrors(t *testing.T) {
	cases := map[string]struct {
		doc  string
		line int
		msg  string
	}{
		"empty":                   {"", 1, "unexpected end of file, a value was expected"},
		"open list":               {"[\n", 2, "unexpected end of file, a value was expected"},
		"open object":             {"{", 1, "unexpected end of file, a quoted field name was expected"},
		"unclosed list":           {"[1\n\n", 3, "unexpected end of file, a closing ] was expected"},
		"unclosed object":         {`{"a": 1`, 1, "unexpected end of file, a closing } was expected"},
		"leading zero":            {"[01]", 1, "malformed number: leading zero"},
		"leading zero, negative":  {`{"a": -01}`, 1, "malformed number: leading zero"},
		"leading zero, document":  {"01", 1, "malformed number: leading zero"},
		"no comma in a list":      {"[1\nx]", 1, "unexpected 'x' in a list, a comma or ] was expected"},
		"wrong closer, list":      {"[1}", 1, "unexpected '}' in a list, a comma or ] was expected"},
		"no comma in an object":   {"{\"a\": 1\n\"b\": 2}", 1, `unexpected '"' after field "a", a comma or } was expected`},
		"wrong closer, object":    {`{"a": 1]`, 1, `unexpected ']' after field "a", a comma or } was expected`},
		"no colon":                {`{"a" 1}`, 1, `unexpected '1' after field "a", a colon was expected`},
		"no colon at the end":     {"{\"a\"\n", 2, `unexpected end of file after field "a", a colon was expected`},
		"comma before }":          {`{"a": 1,}`, 1, "unexpected '}', a quoted field name was expected"},
		"comment for a key":       {"{\n// x\n}", 2, "unexpected '/', a quoted field name was expected"},
		"comma before ]":          {"[1,\n]", 2, "unexpected ']', a value was expected"},
		"bare word":               {"[tru]", 1, "unexpected 't', a value was expected (strings need quotes)"},
		"single quote":            {"['x']", 1, `unexpected '\'', a value was expected`},
		"after the document":      {"{}\n\n{}", 3, "unexpected '{' after the end of the document"},
		"letter escape":           {`["a\qb"]`, 1, `invalid escape \q in a string`},
		"control escape":          {"[\"a\\\x01\"]", 1, `invalid escape: a backslash before '\x01' in a string`},
		"escaped é":               {`["\é"]`, 1, `invalid escape: a backslash before 'é' in a string`},
		"bad \\u":                 {`["\u12x4"]`, 1, `invalid \u escape`},
		"short \\u":               {`["\u12`, 1, `short \u escape`},
		"backslash at the end":    {`["ab\`, 1, "unexpected end of file inside a string"},
		"string at the end":       {"[\n\"ab", 2, "unexpected end of file inside a string"},
		"line break in a string":  {"[\"a\nb\"]", 1, "line break inside a string (a closing quote is missing?)"},
		"tab in a string":         {"[\"a\tb\"]", 1, "control character inside a string"},
		"escaped quote then junk": {`["a\"b\` + "\n", 1, `invalid escape: a backslash before '\n' in a string`},
		"minus only":              {"[-]", 1, "malformed number"},
		"minus letter":            {"[-x]", 1, "malformed number"},
		"bare point":              {"[\n\n  1.e5]", 3, "malformed number: digits expected after the point"},
		"bare exponent sign":      {"[1.5e+]", 1, "malformed number: digits expected in the exponent"},
		"bare exponent":           {"[1E]", 1, "malformed number: digits expected in the exponent"},
		"unpaired surrogate":      {`["\udc00x"]`, 1, `unpaired surrogate in \u escape`},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := parseTree([]byte(tc.doc))
			var se *syntaxError
			if !errors.As(err, &se) {
				t.Fatalf("error %v, want a syntax error", err)
			}
			if se.line != tc.line || se.msg != tc.msg {
				t.Errorf("line %d: %s\nwant line %d: %s", se.line, se.msg, tc.line, tc.msg)
			}
		})
	}
}

// TestSyntaxErrors_Unexplained proves that where the Decoder stops at
// bytes that show nothing wrong (no Go release does so today), the loader
// says no more than that, at the right line.
func TestSyntaxErrors_Unexplained(t *testing.T) {
	cases := map[string]struct {
		doc     string
		end     int // the end of the last good token
		in      byte
		line    int
		message string
	}{
		"a closing bracket": {"[1\n]", 2, '[', 2, "unexpected ']'"},
		"a literal":         {"[\ntrue]", 1, '[', 2, "unexpected 't'"},
		"a string":          {"[\"x\"]", 1, '[', 1, `unexpected '"'`},
		"a number":          {"{\"a\":\n-1.5e3}", 4, ':', 2, "unexpected '-'"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			p := &parser{data: []byte(tc.doc), end: tc.end}
			for i, c := range p.data {
				if c == '\n' {
					p.newlines = append(p.newlines, int32(i))
				}
			}
			err := p.fail(tc.in, "a")
			if want := fmt.Sprintf("line %d: %s", tc.line, tc.message); err == nil || err.Error() != want {
				t.Errorf("%v, want %s", err, want)
			}
		})
	}
}
