// Package wording says the model in words, in English or Spanish: figures
// in their units ("$34,160", "22%", the same in both languages, as US
// readers expect), credits in quarter and semester credits, durations, a
// planned path, the labels and explanations of a credit ladder, a source in
// one line. The window, the pictures and the documents all say these
// things the same way through it.
package wording

import (
	"math"
	"strconv"
	"strings"
	"time"

	"careercompare/internal/catalog"
	"careercompare/model"
)

// NoData is the label of a missing figure.
func NoData(lang model.Lang) string { return catalog.T(lang, "figure.noData") }

// FormatValue formats a figure in its unit: "$34,160" or "22%".
func FormatValue(v float64, unit string) string {
	switch unit {
	case model.UnitUSD:
		return "$" + groupThousands(math.Round(v))
	case model.UnitPercent:
		s := strconv.FormatFloat(v, 'f', -1, 64)
		if v != math.Round(v) {
			s = strconv.FormatFloat(v, 'f', 1, 64)
		}
		return strings.Replace(s, "-", "−", 1) + "%"
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// Figure is a figure's value in its unit, or "no data".
func Figure(lang model.Lang, f model.Figure) string {
	if f.Value == nil {
		return NoData(lang)
	}
	return FormatValue(*f.Value, f.Unit)
}

func groupThousands(v float64) string {
	neg := v < 0
	s := strconv.FormatFloat(math.Abs(v), 'f', 0, 64)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "−" + b.String()
	}
	return b.String()
}

// CreditsText formats a number of credits to a tenth at most, without a
// needless decimal point: "90", "7.5", "93.3".
func CreditsText(c float64) string {
	return strconv.FormatFloat(math.Round(c*10)/10, 'f', -1, 64)
}

// Duration says a number of years as "about 2 years 6 months".
func Duration(lang model.Lang, years float64) string {
	months := int(math.Round(years * 12))
	y, m := months/12, months%12
	switch {
	case y > 0 && m > 0:
		return catalog.T(lang, "duration.yearsMonths", catalog.Args{"Years": catalog.N(lang, "duration.years", y), "Months": catalog.N(lang, "duration.months", m)})
	case y > 0:
		return catalog.T(lang, "duration.about", catalog.Args{"Span": catalog.N(lang, "duration.years", y)})
	case m > 0:
		return catalog.T(lang, "duration.about", catalog.Args{"Span": catalog.N(lang, "duration.months", m)})
	}
	return catalog.T(lang, "duration.none")
}

// Known reports whether a source's detail is known: the article's sources
// say "not stated in article" where the article gives none, and a reader
// is better served by nothing than by that line.
func Known(detail string) bool {
	return detail != "" && !strings.HasPrefix(detail, "not stated")
}

// SourceLine states a source in one line, as the data gives it, leaving
// out what is not known.
func SourceLine(lang model.Lang, s model.Source) string {
	parts := []string{s.Title.In(lang)}
	if Known(s.Publisher.EN) {
		parts = append(parts, s.Publisher.In(lang))
	}
	if Known(s.Year.EN) {
		parts = append(parts, catalog.T(lang, "source.year", catalog.Args{"Year": s.Year.In(lang)}))
	}
	if Known(s.Address) {
		parts = append(parts, s.Address)
	}
	if Known(s.Note.EN) {
		parts = append(parts, s.Note.In(lang))
	}
	for i, p := range parts {
		parts[i] = strings.TrimSuffix(p, ".")
	}
	return strings.Join(parts, ". ") + "."
}

// NoLadder says that the compared careers have no credit ladder: for data
// imported from official downloads, that those describe occupations, not a
// school's programs.
func NoLadder(lang model.Lang, e model.Edition) string {
	if e.Imported != "" {
		return catalog.T(lang, "ladder.noneImported", catalog.Args{"Sources": e.Imported})
	}
	return catalog.T(lang, "ladder.none")
}

// StandInNote names the official occupations whose figures stand in for
// the careers, or "" when the data names none.
func StandInNote(lang model.Lang, careers ...*model.Career) string {
	var parts []string
	for _, c := range careers {
		if !c.Occupation.IsZero() {
			parts = append(parts, c.Short.In(lang)+" — "+c.Occupation.In(lang))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return catalog.T(lang, "figure.standIns", catalog.Args{"List": strings.Join(parts, "; ")})
}

// monthIDs are the messages of the months' names.
var monthIDs = [12]string{"month.january", "month.february", "month.march", "month.april", "month.may", "month.june",
	"month.july", "month.august", "month.september", "month.october", "month.november", "month.december"}

// Date says a day as US readers write it: "December 1, 2026", or "1 de
// diciembre de 2026".
func Date(lang model.Lang, t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return catalog.T(lang, "date.long", catalog.Args{"Day": t.Day(), "Month": catalog.T(lang, monthIDs[t.Month()-1]), "Year": t.Year()})
}

// Age says when an edition was released and how old its figures are on a
// day: "Released August 28, 2025. The figures describe 2024, 2 years
// ago." "" when the edition says neither.
func Age(lang model.Lang, e model.Edition, day time.Time) string {
	var parts []string
	if r, err := time.Parse(time.DateOnly, e.Released); err == nil {
		parts = append(parts, catalog.T(lang, "age.released", catalog.Args{"Date": Date(lang, r)}))
	}
	if e.Year > 0 && !day.IsZero() {
		if n := day.Year() - e.Year; n > 0 {
			parts = append(parts, catalog.N(lang, "age.describes", n, catalog.Args{"Year": strconv.Itoa(e.Year)}))
		}
	}
	return strings.Join(parts, " ")
}
