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
	case model.UnitJobs:
		return groupThousands(math.Round(v))
	case model.UnitUSDHour:
		return "$" + strconv.FormatFloat(v, 'f', 2, 64)
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// Figure is a figure's value in its unit as a label says it: "$34,160",
// "≥ $239,200" for a top-coded one; for none, why the source has none, or
// "no data".
func Figure(lang model.Lang, f model.Figure) string {
	if f.Value == nil {
		if !f.Absent.IsZero() {
			return f.Absent.In(lang)
		}
		return NoData(lang)
	}
	if f.TopCoded {
		return "≥ " + FormatValue(*f.Value, f.Unit)
	}
	return FormatValue(*f.Value, f.Unit)
}

// Measure is what a figure measures with its period, unless the measure
// already names the period: "median annual wage, May 2024".
func Measure(lang model.Lang, f model.Figure) string {
	m, p := f.Measure.In(lang), f.Period.In(lang)
	if p != "" && !strings.Contains(m, firstWord(p)) {
		m += ", " + p
	}
	return m
}

// firstWord is the first word of s, at most its first four bytes: "May",
// "2024".
func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	if len(w) > 4 {
		return w[:4]
	}
	return w
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

// Superseded says, from September 15 of the year after an official
// edition's release, that BLS has probably published a newer edition since
// and how to bring it in: BLS publishes one every year, in late August or
// early September. It claims no figure of the newer edition. "" before
// then, and for an edition that is not an official one (it names no
// release date and was not imported). An imported edition without a
// release date is taken as released the year after its pay year, as BLS
// releases its projections.
func Superseded(lang model.Lang, e model.Edition, day time.Time) string {
	return superseded(lang, e, day, "age.superseded")
}

// SupersededDoc is Superseded for a document: it says that BLS has
// probably published since, without the window's way to bring it in.
func SupersededDoc(lang model.Lang, e model.Edition, day time.Time) string {
	return superseded(lang, e, day, "age.supersededDoc")
}

func superseded(lang model.Lang, e model.Edition, day time.Time, id string) string {
	var released int
	if r, err := time.Parse(time.DateOnly, e.Released); err == nil {
		released = r.Year()
	} else if e.Imported != "" && e.Year > 0 {
		released = e.Year + 1
	}
	if released == 0 || day.IsZero() || day.Before(time.Date(released+1, time.September, 15, 0, 0, 0, 0, time.UTC)) {
		return ""
	}
	return catalog.T(lang, id)
}

// CareerHead names a career in a heading: "Health Informatics (HI)",
// just the name where the short name is the name itself.
func CareerHead(lang model.Lang, k *model.Career) string {
	name, short := k.Name.In(lang), k.Short.In(lang)
	if short == "" || strings.EqualFold(short, name) {
		return name
	}
	return name + " (" + short + ")"
}
