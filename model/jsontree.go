package model

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Limits on what the loader accepts, checked while parsing, so that no file
// can make the loader spend more than a few times its size in memory.
const (
	MaxFileSize  = 8 << 20 // the largest data file the loader reads
	MaxDepth     = 16      // the deepest nesting of arrays and objects
	MaxValues    = 1 << 18 // the most values (objects, lists, texts, numbers, true, false, null) in a file
	MaxKeyLen    = 64      // the longest field name, in bytes
	MaxNumberLen = 40      // the longest number, in characters
)

// nodeKind is the JSON type of a node.
type nodeKind uint8

const (
	kindNull nodeKind = iota
	kindBool
	kindNumber
	kindString
	kindArray
	kindObject
)

func (k nodeKind) String() string {
	return [...]string{"null", "boolean", "number", "string", "array", "object"}[k]
}

// node is one JSON value with the line it is on.
type node struct {
	kind    nodeKind
	line    int
	str     string // a string, or a number as the file writes it
	num     float64
	boolean bool
	items   []*node
	members []member
}

// member is one key of an object with the line of the key.
type member struct {
	key  string
	line int
	val  *node
}

// syntaxError is a JSON syntax error, or a broken limit, at a line.
type syntaxError struct {
	line int
	msg  string
}

func (e *syntaxError) Error() string { return fmt.Sprintf("line %d: %s", e.line, e.msg) }

// parser builds a node tree from the tokens of an encoding/json Decoder,
// which knows no lines: the offset where a token ends is turned into a line
// through the offsets of the newlines. It checks what the Decoder does not:
// the limits above, and \u escapes of UTF-16 surrogates that make no pair.
// Where the Decoder refuses the file, fail (jsonsyntax.go) says why from the
// bytes after the last token read.
type parser struct {
	data       []byte
	dec        *json.Decoder
	newlines   []int32 // the offset of each newline in data
	start, end int     // offsets before and after the last token read
	depth      int
	values     int
}

// parseTree parses a whole JSON document. Its errors are *syntaxError.
func parseTree(data []byte) (*node, error) {
	if len(data) > MaxFileSize {
		return nil, &syntaxError{1, fmt.Sprintf("file is %d bytes; the limit is %d", len(data), MaxFileSize)}
	}
	data = trimBOM(data)
	if bytes.HasPrefix(data, []byte("\xFF\xFE")) || bytes.HasPrefix(data, []byte("\xFE\xFF")) {
		return nil, &syntaxError{1, "file is UTF-16 text; save it as UTF-8"}
	}
	p := &parser{data: data, dec: json.NewDecoder(bytes.NewReader(data))}
	p.dec.UseNumber()
	p.newlines = make([]int32, 0, bytes.Count(data, []byte("\n")))
	for i, c := range data {
		if c == '\n' {
			p.newlines = append(p.newlines, int32(i))
		}
	}
	if !utf8.Valid(data) { // the Decoder would replace it silently
		i := 0 // the first invalid byte
		for r, n := utf8.DecodeRune(data); r != utf8.RuneError || n > 1; r, n = utf8.DecodeRune(data[i:]) {
			i += n
		}
		return nil, p.errorf(i, "file is not valid UTF-8 text")
	}
	tok, err := p.next(0, "")
	if err != nil {
		return nil, err
	}
	root, err := p.value(tok)
	if err != nil {
		return nil, err
	}
	off := len(data) - len(bytes.TrimLeft(data[p.end:], " \t\r\n"))
	switch {
	case p.leadingZero(off):
		return nil, p.errorf(off, "malformed number: leading zero")
	case off < len(data):
		return nil, p.errorf(off, "unexpected %s after the end of the document", p.describe(off))
	}
	return root, nil
}

func trimBOM(data []byte) []byte { return bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF")) }

// line is the line of the byte at offset off.
func (p *parser) line(off int) int {
	i, _ := slices.BinarySearch(p.newlines, int32(off))
	return i + 1
}

func (p *parser) errorf(off int, format string, args ...any) error {
	return &syntaxError{p.line(off), fmt.Sprintf(format, args...)}
}

// describe quotes the character at off for a message.
func (p *parser) describe(off int) string {
	if off >= len(p.data) {
		return "end of file"
	}
	r, _ := utf8.DecodeRune(p.data[off:])
	return strconv.QuoteRune(r)
}

// next reads the next token, and the comma or colon before it. in and key
// say what it is expected to be, as for fail. The Decoder reads from memory,
// so its every error means that the file is not JSON there: fail words it
// from the bytes, not from the error's text or offset.
func (p *parser) next(in byte, key string) (json.Token, error) {
	tok, err := p.dec.Token()
	if err != nil {
		return nil, p.fail(in, key)
	}
	p.start, p.end = p.end, int(p.dec.InputOffset())
	return tok, nil
}

// value builds the node of tok, the token last read, and of what it holds.
func (p *parser) value(tok json.Token) (*node, error) {
	at := p.end - 1 // no token spans lines
	n := &node{line: p.line(at)}
	if p.values++; p.values > MaxValues {
		return nil, p.errorf(at, "more than %d values (texts, numbers, lists, objects) in the file", MaxValues)
	}
	switch t := tok.(type) {
	case nil: // kindNull, the zero kind
	case bool:
		n.kind, n.boolean = kindBool, t
	case string:
		n.kind, n.str = kindString, t
		if err := p.checkSurrogates(t, at); err != nil {
			return nil, err
		}
	case json.Number:
		n.kind, n.str = kindNumber, string(t)
		if len(t) > MaxNumberLen {
			return nil, p.errorf(at, "number %s… is longer than %d characters", t[:20], MaxNumberLen)
		}
		var err error
		if n.num, err = strconv.ParseFloat(n.str, 64); err != nil || math.IsInf(n.num, 0) {
			return nil, p.errorf(at, "number %s is out of range", t)
		}
	case json.Delim: // '[' or '{': the Decoder returns ']' and '}' only where they close
		if p.depth++; p.depth > MaxDepth {
			return nil, p.errorf(at, "nesting deeper than %d levels", MaxDepth)
		}
		if n.kind = kindObject; t == '[' {
			n.kind = kindArray
		}
		if err := p.items(n, byte(t)); err != nil {
			return nil, err
		}
		p.depth--
	}
	return n, nil
}

// items reads the items of a list (open is '[') or the members of an object
// (open is '{') up to its end.
func (p *parser) items(n *node, open byte) error {
	for key := ""; ; {
		tok, err := p.next(open, key)
		if err != nil || tok == json.Delim(']') || tok == json.Delim('}') {
			return err
		}
		at := p.end - 1
		if open == '[' {
			item, err := p.value(tok)
			if err != nil {
				return err
			}
			n.items = append(n.items, item)
			continue
		}
		if key, _ = tok.(string); len(key) > MaxKeyLen { // in an object the Decoder returns keys and '}'
			return p.errorf(at, "field name %s… is longer than %d bytes", strconv.QuoteToASCII(clip(key, 20)), MaxKeyLen)
		}
		if err := p.checkSurrogates(key, at); err != nil {
			return err
		}
		if tok, err = p.next(':', key); err != nil {
			return err
		}
		v, err := p.value(tok)
		if err != nil {
			return err
		}
		n.members = append(n.members, member{key: key, line: p.line(at), val: v})
	}
}

// checkSurrogates refuses \u escapes of UTF-16 surrogates that make no pair
// in s, the string last read, which the Decoder turned into U+FFFD.
func (p *parser) checkSurrogates(s string, at int) error {
	if !strings.Contains(s, "\uFFFD") {
		return nil
	}
	raw := p.data[p.start:p.end] // valid JSON: each \u has four hex digits
	hex := func(i int) rune { r, _ := strconv.ParseUint(string(raw[i:i+4]), 16, 32); return rune(r) }
	for i := 0; i < len(raw); i++ {
		if raw[i] != '\\' {
			continue
		}
		if i++; raw[i] != 'u' || !utf16.IsSurrogate(hex(i+1)) {
			continue
		}
		if !bytes.HasPrefix(raw[i+5:], []byte(`\u`)) {
			return p.errorf(at, `unpaired surrogate in \u escape`)
		}
		if utf16.DecodeRune(hex(i+1), hex(i+7)) == utf8.RuneError {
			return p.errorf(at, `invalid surrogate pair in \u escape`)
		}
		i += 10
	}
	return nil
}
