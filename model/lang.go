package model

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"unicode"
)

// Lang is a language the app speaks and a data file's texts may be in.
type Lang string

// The languages of the app.
const (
	English Lang = "en"
	Spanish Lang = "es"
)

// Langs lists the app's languages, English first.
func Langs() []Lang { return []Lang{English, Spanish} }

// Text is a text of a data file in English and, where the file gives it,
// Spanish. A file writes it as a string (English only) or as
// {"en": "…", "es": "…"}.
type Text struct {
	EN, ES string
}

// Say is an English text, for building data in code and tests.
func Say(en string) Text { return Text{EN: en} }

// In is the text in lang, or in English where it has no such form.
func (t Text) In(lang Lang) string {
	if lang == Spanish && t.ES != "" {
		return t.ES
	}
	return t.EN
}

// Has reports whether the text has a form in lang.
func (t Text) Has(lang Lang) bool {
	return lang == English && t.EN != "" || lang == Spanish && t.ES != ""
}

// IsZero reports whether the text is empty in every language.
func (t Text) IsZero() bool { return t.EN == "" && t.ES == "" }

// String is the English text.
func (t Text) String() string { return t.EN }

// MarshalJSON writes the text as a data file does: a string, or an object
// when it has Spanish.
func (t Text) MarshalJSON() ([]byte, error) {
	if t.ES == "" {
		return json.Marshal(t.EN)
	}
	return json.Marshal(map[string]string{"en": t.EN, "es": t.ES})
}

// UnmarshalJSON reads either form of MarshalJSON.
func (t *Text) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*t = Text{EN: s}
		return nil
	}
	var m struct{ EN, ES *string }
	if err := json.Unmarshal(b, &m); err != nil || m.EN == nil {
		return errors.New(`a text is a string or {"en": "…", "es": "…"}`)
	}
	*t = Text{EN: *m.EN}
	if m.ES != nil {
		t.ES = *m.ES
	}
	return nil
}

var textType = reflect.TypeFor[Text]()

// NeedsSpanish reports whether an English text needs a Spanish form: it has
// a lower-case letter.
func NeedsSpanish(en string) bool { return strings.IndexFunc(en, unicode.IsLower) >= 0 }

// MissingSpanish counts the texts of d that have English and no Spanish,
// leaving out those without a lower-case letter: a period ("2024–2034") or
// an abbreviation ("HIM", "BLS 2024–34") is the same in both.
func (d *Dataset) MissingSpanish() int {
	n := 0
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch {
		case v.Type() == textType:
			if t := v.Interface().(Text); t.ES == "" && NeedsSpanish(t.EN) {
				n++
			}
		case v.Kind() == reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case v.Kind() == reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case v.Kind() == reflect.Struct:
			for i := range v.NumField() {
				walk(v.Field(i))
			}
		}
	}
	walk(reflect.ValueOf(d).Elem())
	return n
}
