package officialdata

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"careercompare/model"
)

var codePattern = regexp.MustCompile(`^\d{2}-\d{4}(\.\d{2})?$`)

// ParseCodes reads a list of occupation codes separated by commas,
// semicolons or spaces ("29-9021,11-9111"), each a SOC code or an
// O*NET-SOC code; a .00 code is its SOC code. A dash that looks like a
// hyphen (an en dash copied from a web page, a minus sign…) is one. It
// checks their form and number (2 to 50), that none is given twice and
// that none is BLS's total or a major group (00-0000, 29-0000).
func ParseCodes(s string) ([]string, error) {
	var codes []string
	seen := map[string]bool{}
	for _, field := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || unicode.IsSpace(r) }) {
		c := hyphens(field)
		if !codePattern.MatchString(c) {
			return nil, codeError(field)
		}
		c = strings.TrimSuffix(c, ".00")
		switch {
		case c == "00-0000":
			return nil, fmt.Errorf("00-0000 is the total of all occupations in BLS's table, not an occupation: choose occupations such as 29-9021")
		case strings.HasSuffix(c, "-0000"):
			return nil, fmt.Errorf("%s is a major group of occupations (a summary row of BLS's table), not an occupation: choose occupations of the group, whose codes do not end in 0000", c)
		case seen[c]:
			return nil, fmt.Errorf("the occupation %s is given twice", c)
		}
		seen[c] = true
		codes = append(codes, c)
	}
	if n := len(codes); n < model.MinCareers || n > model.MaxCareers {
		return nil, fmt.Errorf("give %d to %d occupation codes, not %d", model.MinCareers, model.MaxCareers, n)
	}
	return codes, nil
}

// codeError says how a code differs from the form of one, naming the first
// character that does not fit, by its code point: a letter O for a zero, a
// dash of another kind look the same on screen.
func codeError(field string) error {
	const form = "an occupation code such as 29-9021 (SOC) or 29-9021.00 (O*NET-SOC)"
	shown := clip(field, 20)
	want := "00-0000.00"
	runes := []rune(field)
	if len(runes) > len(want) {
		return fmt.Errorf("%q is not %s: it is %d characters long", shown, form, len(runes))
	}
	i := 0
	for _, r := range hyphens(field) {
		ok := r == rune(want[i])
		if want[i] == '0' {
			ok = r >= '0' && r <= '9'
		}
		if !ok {
			got := runes[i]
			return fmt.Errorf("%q is not %s: its character %d, “%c” (U+%04X, %s), should be %s", shown, form, i+1, got, got, runeKind(got), expected(want[i]))
		}
		i++
	}
	return fmt.Errorf("%q is not %s: it is cut short after %d characters", shown, form, i)
}

// expected names the character a code has at a place.
func expected(c byte) string {
	switch c {
	case '0':
		return "a digit"
	case '-':
		return "a hyphen, -"
	}
	return "a point, ."
}

// runeKind says what kind of character r is, in a few words.
func runeKind(r rune) string {
	switch {
	case unicode.IsLetter(r):
		return "a letter"
	case r >= '0' && r <= '9':
		return "a digit"
	case unicode.IsDigit(r):
		return "a digit of another script"
	case unicode.IsSpace(r):
		return "a space"
	case unicode.Is(unicode.Pd, r):
		return "a dash"
	case unicode.IsPunct(r) || unicode.IsSymbol(r):
		return "a punctuation mark or symbol"
	}
	return "an invisible or control character"
}
