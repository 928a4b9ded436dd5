package model

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// This file puts the Decoder's syntax errors in the loader's words. It reads
// neither the error's text nor its offset, only the file's bytes:
// encoding/json words its errors as it likes, and GOEXPERIMENT=jsonv2 words
// them otherwise; and the Offset of a Decoder's *json.SyntaxError is no
// offset in the file (Go 1.26 counts only the bytes of the strings, numbers
// and literals read so far; jsonv2 counts from the start of the file but
// blames the comma before a missing value), nor is its InputOffset after an
// error (the start of the bad token, or with jsonv2 the end of the last good
// one). What went wrong is found again after the end of the last token read,
// which InputOffset gives for every token: the separator that should follow
// it, then the token that should follow that, read by a small scanner of
// JSON's strings and numbers.

// fail puts an error of the Decoder in the loader's words, at its line. in
// is '[' while reading an item, '{' a key (key is the one before), ':' the
// value of key and 0 the document. Every error the Decoder returns is taken
// alike (io.EOF between tokens, io.ErrUnexpectedEOF inside one, or a
// *json.SyntaxError): the file is not JSON there, and its bytes say why.
func (p *parser) fail(in byte, key string) error {
	off := p.skipSpace(p.end)
	switch {
	case (in == '[' || in == '{') && p.data[p.end-1] != in: // after an item
		if p.byteAt(off) != ',' {
			return p.orUnexpected(p.badAfter(off, in, key), off)
		}
		off = p.skipSpace(off + 1)
	case in == ':':
		if p.byteAt(off) != ':' {
			return p.errorf(off, "unexpected %s after field %q, a colon was expected", p.describe(off), key)
		}
		off = p.skipSpace(off + 1)
	}
	return p.orUnexpected(p.badToken(off, in == '{'), off)
}

// orUnexpected returns err, or if it is nil (the bytes at off show nothing
// wrong, though the Decoder stopped there) a plain "unexpected" at off.
func (p *parser) orUnexpected(err error, off int) error {
	if err == nil {
		err = p.errorf(off, "unexpected %s", p.describe(off))
	}
	return err
}

// badAfter explains what is at off, after an item of a list (in is '[') or
// a member of an object (in is '{'), where a comma or a closing bracket was
// expected; nil if it is the closing bracket.
func (p *parser) badAfter(off int, in byte, key string) error {
	what := p.describe(off)
	switch {
	case off == len(p.data):
		return p.errorf(off, "unexpected end of file, a closing %c was expected", in+2) // '[' + 2 is ']', '{' + 2 is '}'
	case p.data[off] == in+2:
		return nil
	case p.leadingZero(off):
		return p.errorf(off, "malformed number: leading zero")
	case in == '[': // the comma is missing where the item ends
		return p.errorf(p.end-1, "unexpected %s in a list, a comma or ] was expected", what)
	}
	return p.errorf(p.end-1, "unexpected %s after field %q, a comma or } was expected", what, key)
}

// badToken explains why the token at off is not a value (or, if key, not a
// quoted field name); nil if it is a whole string, number or literal.
func (p *parser) badToken(off int, key bool) error {
	what := p.describe(off)
	switch c := p.byteAt(off); {
	case c == '"':
		return p.badString(off)
	case key:
		return p.errorf(off, "unexpected %s, a quoted field name was expected", what)
	case c == '-' || isDigit(c):
		return p.badNumber(off)
	case p.literal(off):
		return nil
	case c|0x20 >= 'a' && c|0x20 <= 'z': // an ASCII letter
		return p.errorf(off, "unexpected %s, a value was expected (strings need quotes)", what)
	}
	return p.errorf(off, "unexpected %s, a value was expected", what)
}

// literal reports whether true, false or null is at off.
func (p *parser) literal(off int) bool {
	for _, w := range [...]string{"true", "false", "null"} {
		if bytes.HasPrefix(p.data[off:], []byte(w)) {
			return true
		}
	}
	return false
}

// badString explains what is wrong in the string that starts at off, its
// opening quote; nil if nothing is.
func (p *parser) badString(off int) error {
	for i := off + 1; i < len(p.data); i++ {
		switch c := p.data[i]; {
		case c == '"': // the string is whole
			return nil
		case c == '\n':
			return p.errorf(i, "line break inside a string (a closing quote is missing?)")
		case c < ' ':
			return p.errorf(i, "control character inside a string")
		case c == '\\':
			if err := p.badEscape(i); err != nil {
				return err
			}
			i++ // the escaped character; the hex digits of a \u are plain text
		}
	}
	return p.errorf(len(p.data), "unexpected end of file inside a string")
}

// badEscape explains what is wrong with the escape whose backslash is at
// off, or returns nil if it is a good one.
func (p *parser) badEscape(off int) error {
	c := p.byteAt(off + 1)
	switch {
	case off+1 == len(p.data):
		return p.errorf(off, "unexpected end of file inside a string")
	case strings.IndexByte(`"\/bfnrt`, c) >= 0:
		return nil
	case c == 'u':
		for i := off + 2; i < off+6; i++ {
			if i == len(p.data) {
				return p.errorf(i, `short \u escape`)
			}
			if !isHex(p.data[i]) {
				return p.errorf(i, `invalid \u escape`)
			}
		}
		return nil
	case c > ' ' && c < utf8.RuneSelf:
		return p.errorf(off+1, `invalid escape \%c in a string`, c)
	}
	return p.errorf(off+1, "invalid escape: a backslash before %s in a string", p.describe(off+1))
}

// badNumber explains what is wrong in the number that starts at off, a
// minus sign or a digit; nil if nothing is.
func (p *parser) badNumber(off int) error {
	i := off
	digits := func() int {
		n := i
		for i < len(p.data) && isDigit(p.data[i]) {
			i++
		}
		return i - n
	}
	if p.data[i] == '-' {
		i++
	}
	switch start := i; {
	case digits() == 0:
		return p.errorf(i, "malformed number")
	case p.data[start] == '0' && i > start+1:
		return p.errorf(start+1, "malformed number: leading zero")
	}
	if p.byteAt(i) == '.' {
		if i++; digits() == 0 {
			return p.errorf(i, "malformed number: digits expected after the point")
		}
	}
	if c := p.byteAt(i); c == 'e' || c == 'E' {
		if i++; p.byteAt(i) == '+' || p.byteAt(i) == '-' {
			i++
		}
		if digits() == 0 {
			return p.errorf(i, "malformed number: digits expected in the exponent")
		}
	}
	return nil
}

// leadingZero reports whether the character at off is a digit right after a
// number that is 0 (any other number would take the digit in).
func (p *parser) leadingZero(off int) bool {
	return off == p.end && off < len(p.data) && p.data[off-1] == '0' && isDigit(p.data[off])
}

// skipSpace returns the offset of the first byte at or after off that is not
// JSON's white space.
func (p *parser) skipSpace(off int) int {
	for off < len(p.data) && strings.IndexByte(" \t\r\n", p.data[off]) >= 0 {
		off++
	}
	return off
}

// byteAt is the byte at off, or 0 at the end of the file.
func (p *parser) byteAt(off int) byte {
	if off < len(p.data) {
		return p.data[off]
	}
	return 0
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isHex(c byte) bool { return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'f' }
