package model

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Limits on what the loader accepts, so that no file can exhaust memory or
// time.
//
// Every limit is checked while parsing, so that the work and the memory the
// loader spends stay proportional to the size of the file (at most a few
// times MaxFileSize) whatever the file holds.
const (
	// MaxFileSize is the largest data file the loader reads.
	MaxFileSize = 8 << 20
	// MaxDepth is the deepest nesting of arrays and objects.
	MaxDepth = 16
	// MaxValues bounds the values (objects, lists, texts, numbers, true,
	// false, null) of a file, and so the memory its tree takes. The largest
	// file within the other limits holds fewer.
	MaxValues = 1 << 18
	// MaxKeyLen is the longest field name, in bytes; the schema's longest
	// is far shorter.
	MaxKeyLen = 64
	// MaxNumberLen is the longest number, in characters.
	MaxNumberLen = 40
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

// node is one JSON value with the line it starts on.
type node struct {
	kind    nodeKind
	line    int
	str     string
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

// syntaxError is a JSON syntax error at a line.
type syntaxError struct {
	line int
	msg  string
}

func (e *syntaxError) Error() string { return fmt.Sprintf("line %d: %s", e.line, e.msg) }

// parser is a small JSON parser that keeps the line of every value, which
// encoding/json does not. It refuses invalid UTF-8, nesting deeper than
// MaxDepth, more than MaxValues values, field names longer than MaxKeyLen,
// numbers longer than MaxNumberLen or out of float64 range, and unpaired
// UTF-16 surrogates in \u escapes.
type parser struct {
	data   []byte
	pos    int
	line   int
	depth  int
	values int // values read so far, bounded by MaxValues
}

// parseTree parses a whole JSON document.
func parseTree(data []byte) (*node, error) {
	if len(data) > MaxFileSize {
		return nil, &syntaxError{1, fmt.Sprintf("file is %d bytes; the limit is %d", len(data), MaxFileSize)}
	}
	data = trimBOM(data)
	if hasPrefix(data, "\xFF\xFE") || hasPrefix(data, "\xFE\xFF") {
		return nil, &syntaxError{1, "file is UTF-16 text; save it as UTF-8"}
	}
	if !utf8.Valid(data) {
		line := 1 + strings.Count(string(data[:firstInvalidUTF8(data)]), "\n")
		return nil, &syntaxError{line, "file is not valid UTF-8 text"}
	}
	p := &parser{data: data, line: 1}
	p.skipSpace()
	n, err := p.value()
	if err != nil {
		return nil, err
	}
	p.skipSpace()
	if p.pos < len(p.data) {
		return nil, p.errorf("unexpected %s after the end of the document", p.describe())
	}
	return n, nil
}

func trimBOM(data []byte) []byte {
	if len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF {
		return data[3:]
	}
	return data
}

func firstInvalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(data)
}

func (p *parser) errorf(format string, args ...any) error {
	return &syntaxError{p.line, fmt.Sprintf(format, args...)}
}

func (p *parser) describe() string {
	if p.pos >= len(p.data) {
		return "end of file"
	}
	r, _ := utf8.DecodeRune(p.data[p.pos:])
	return strconv.QuoteRune(r)
}

func (p *parser) skipSpace() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case '\n':
			p.line++
		case ' ', '\t', '\r':
		default:
			return
		}
		p.pos++
	}
}

func (p *parser) value() (*node, error) {
	if p.pos >= len(p.data) {
		return nil, p.errorf("unexpected end of file, a value was expected")
	}
	p.values++
	if p.values > MaxValues {
		return nil, p.errorf("more than %d values (texts, numbers, lists, objects) in the file", MaxValues)
	}
	switch c := p.data[p.pos]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		line := p.line
		s, err := p.string()
		if err != nil {
			return nil, err
		}
		return &node{kind: kindString, line: line, str: s}, nil
	case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		return p.literal()
	case c == '-' || (c >= '0' && c <= '9'):
		return p.number()
	default:
		return nil, p.errorf("unexpected %s, a value was expected", p.describe())
	}
}

func (p *parser) enter() error {
	p.depth++
	if p.depth > MaxDepth {
		return p.errorf("nesting deeper than %d levels", MaxDepth)
	}
	return nil
}

func (p *parser) object() (*node, error) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	defer func() { p.depth-- }()
	n := &node{kind: kindObject, line: p.line}
	p.pos++ // {
	p.skipSpace()
	if p.pos < len(p.data) && p.data[p.pos] == '}' {
		p.pos++
		return n, nil
	}
	for {
		p.skipSpace()
		if p.pos >= len(p.data) || p.data[p.pos] != '"' {
			return nil, p.errorf("unexpected %s, a quoted field name was expected", p.describe())
		}
		line := p.line
		key, err := p.string()
		if err != nil {
			return nil, err
		}
		if len(key) > MaxKeyLen {
			return nil, &syntaxError{line, fmt.Sprintf("field name %s… is longer than %d bytes", strconv.QuoteToASCII(clip(key, 20)), MaxKeyLen)}
		}
		p.skipSpace()
		if p.pos >= len(p.data) || p.data[p.pos] != ':' {
			return nil, p.errorf("unexpected %s after field %q, a colon was expected", p.describe(), key)
		}
		p.pos++
		p.skipSpace()
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		n.members = append(n.members, member{key: key, line: line, val: v})
		end := p.line
		p.skipSpace()
		if p.pos >= len(p.data) {
			return nil, p.errorf("unexpected end of file, a closing } was expected")
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
		case '}':
			p.pos++
			return n, nil
		default:
			// Report where the field ends: that is where the comma is missing.
			return nil, &syntaxError{end, fmt.Sprintf("unexpected %s after field %q, a comma or } was expected", p.describe(), key)}
		}
	}
}

func (p *parser) array() (*node, error) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	defer func() { p.depth-- }()
	n := &node{kind: kindArray, line: p.line}
	p.pos++ // [
	p.skipSpace()
	if p.pos < len(p.data) && p.data[p.pos] == ']' {
		p.pos++
		return n, nil
	}
	for {
		p.skipSpace()
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		n.items = append(n.items, v)
		end := p.line
		p.skipSpace()
		if p.pos >= len(p.data) {
			return nil, p.errorf("unexpected end of file, a closing ] was expected")
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
		case ']':
			p.pos++
			return n, nil
		default:
			return nil, &syntaxError{end, fmt.Sprintf("unexpected %s in a list, a comma or ] was expected", p.describe())}
		}
	}
}

func (p *parser) literal() (*node, error) {
	n := &node{line: p.line}
	rest := p.data[p.pos:]
	switch {
	case hasPrefix(rest, "true"):
		n.kind, n.boolean = kindBool, true
		p.pos += 4
	case hasPrefix(rest, "false"):
		n.kind = kindBool
		p.pos += 5
	case hasPrefix(rest, "null"):
		n.kind = kindNull
		p.pos += 4
	default:
		return nil, p.errorf("unexpected %s, a value was expected (strings need quotes)", p.describe())
	}
	return n, nil
}

func hasPrefix(b []byte, s string) bool {
	return len(b) >= len(s) && string(b[:len(s)]) == s
}

func (p *parser) number() (*node, error) {
	start := p.pos
	if p.data[p.pos] == '-' {
		p.pos++
	}
	// Scanning stops a little past MaxNumberLen: a longer number is refused
	// below without reading the rest of it.
	digits := func() int {
		n := 0
		for p.pos < len(p.data) && p.data[p.pos] >= '0' && p.data[p.pos] <= '9' && p.pos-start <= MaxNumberLen {
			p.pos++
			n++
		}
		return n
	}
	intStart := p.pos
	if digits() == 0 {
		return nil, p.errorf("malformed number")
	}
	if p.data[intStart] == '0' && p.pos-intStart > 1 {
		return nil, p.errorf("malformed number: leading zero")
	}
	if p.pos < len(p.data) && p.data[p.pos] == '.' {
		p.pos++
		if digits() == 0 {
			return nil, p.errorf("malformed number: digits expected after the point")
		}
	}
	if p.pos < len(p.data) && (p.data[p.pos] == 'e' || p.data[p.pos] == 'E') {
		p.pos++
		if p.pos < len(p.data) && (p.data[p.pos] == '+' || p.data[p.pos] == '-') {
			p.pos++
		}
		if digits() == 0 {
			return nil, p.errorf("malformed number: digits expected in the exponent")
		}
	}
	if p.pos-start > MaxNumberLen {
		return nil, p.errorf("number %s… is longer than %d characters", p.data[start:start+20], MaxNumberLen)
	}
	text := string(p.data[start:p.pos])
	v, err := strconv.ParseFloat(text, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return nil, p.errorf("number %s is out of range", text)
	}
	return &node{kind: kindNumber, line: p.line, num: v, str: text}, nil
}

// string reads a quoted string at p.pos. Runs of plain characters are
// copied at once, so that long strings and long runs of escapes both take
// time proportional to their length.
func (p *parser) string() (string, error) {
	p.pos++ // opening quote
	start := p.pos
	p.plain()
	if p.pos < len(p.data) && p.data[p.pos] == '"' {
		// No escapes: the common case.
		s := string(p.data[start:p.pos])
		p.pos++
		return s, nil
	}
	var b strings.Builder
	b.Write(p.data[start:p.pos])
	for {
		if p.pos >= len(p.data) {
			return "", p.errorf("unexpected end of file inside a string")
		}
		switch c := p.data[p.pos]; {
		case c == '"':
			p.pos++
			return b.String(), nil
		case c == '\\':
			if err := p.escape(&b); err != nil {
				return "", err
			}
		case c == '\n':
			return "", p.errorf("line break inside a string (a closing quote is missing?)")
		case c < 0x20:
			return "", p.errorf("control character inside a string")
		default:
			run := p.pos
			p.plain()
			b.Write(p.data[run:p.pos])
		}
	}
}

// plain moves p.pos past characters that stand for themselves in a string.
func (p *parser) plain() {
	for p.pos < len(p.data) {
		if c := p.data[p.pos]; c == '"' || c == '\\' || c < 0x20 {
			return
		}
		p.pos++
	}
}

func (p *parser) escape(b *strings.Builder) error {
	p.pos++ // backslash
	if p.pos >= len(p.data) {
		return p.errorf("unexpected end of file inside a string")
	}
	c := p.data[p.pos]
	p.pos++
	switch c {
	case '"', '\\', '/':
		b.WriteByte(c)
	case 'b':
		b.WriteByte('\b')
	case 'f':
		b.WriteByte('\f')
	case 'n':
		b.WriteByte('\n')
	case 'r':
		b.WriteByte('\r')
	case 't':
		b.WriteByte('\t')
	case 'u':
		r, err := p.hex4()
		if err != nil {
			return err
		}
		if utf16.IsSurrogate(r) {
			if !hasPrefix(p.data[p.pos:], `\u`) {
				return p.errorf(`unpaired surrogate in \u escape`)
			}
			p.pos += 2
			r2, err := p.hex4()
			if err != nil {
				return err
			}
			r = utf16.DecodeRune(r, r2)
			if r == utf8.RuneError {
				return p.errorf(`invalid surrogate pair in \u escape`)
			}
		}
		b.WriteRune(r)
	default:
		if c > ' ' && c < utf8.RuneSelf {
			return p.errorf("invalid escape \\%c in a string", c)
		}
		r, _ := utf8.DecodeRune(p.data[p.pos-1:])
		return p.errorf("invalid escape: a backslash before %s in a string", strconv.QuoteRune(r))
	}
	return nil
}

func (p *parser) hex4() (rune, error) {
	if p.pos+4 > len(p.data) {
		return 0, p.errorf(`short \u escape`)
	}
	var r rune
	for _, c := range p.data[p.pos : p.pos+4] {
		var d byte
		switch {
		case c >= '0' && c <= '9':
			d = c - '0'
		case c >= 'a' && c <= 'f':
			d = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			d = c - 'A' + 10
		default:
			return 0, p.errorf(`invalid \u escape`)
		}
		r = r<<4 | rune(d)
	}
	p.pos += 4
	return r, nil
}

// clip shortens s to at most n characters, for quoting in a message.
func clip(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
