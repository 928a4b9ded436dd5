package officialdata

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Clean is a text from a download as a data file may hold it: control
// characters and invisible direction controls as spaces, runs of white
// space as one space, none at the ends.
func Clean(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069 || r == utf8.RuneError {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// clip is s cut to at most n characters.
func clip(s string, n int) string {
	for i := range s {
		if n--; n < 0 {
			return s[:i]
		}
	}
	return s
}

// shorten is s in at most n characters: whole when it fits, else cut at
// the end of a sentence or, failing that, of a word, and ended by "…".
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut := clip(s, n-1)
	if i := strings.LastIndex(cut, ". "); i >= len(cut)/2 {
		return cut[:i+1]
	}
	if i := strings.LastIndexByte(cut, ' '); i >= len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}

// minorWord says whether a word is left out of an abbreviation.
func minorWord(w string) bool {
	switch strings.ToLower(w) {
	case "and", "or", "of", "the", "for", "in", "to", "a", "an", "except":
		return true
	}
	return false
}

// abbreviation is a title's initials, as the built-in data abbreviates its
// careers ("Medical Records Specialists" is "MRS"), at most 6 letters; a
// title of one word is its own abbreviation.
func abbreviation(title string) string {
	words := strings.FieldsFunc(title, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' })
	var b strings.Builder
	for _, w := range words {
		if minorWord(w) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(r))
	}
	switch s := b.String(); {
	case len(words) == 1:
		return clip(title, 24)
	case s == "":
		return clip(title, 24)
	default:
		return clip(s, 6)
	}
}
