// Package wording says the model in words: figures in their units
// ("$34,160", "22%"), credits, durations, a planned path, the labels and
// explanations of a credit ladder, a source in one line. The window, the
// pictures and the documents all say these things the same way through
// it.
package wording

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"careercompare/model"
)

// NoData is the label of a missing figure.
const NoData = "no data"

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

// Figure is a figure's value in its unit, or NoData.
func Figure(f model.Figure) string {
	if f.Value == nil {
		return NoData
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

// CreditsText formats credits without a needless decimal point.
func CreditsText(c float64) string {
	return strings.TrimSuffix(fmt.Sprintf("%g", c), ".0")
}

// Duration says a number of years as "about 2 years 6 months".
func Duration(years float64) string {
	months := int(math.Round(years * 12))
	y, m := months/12, months%12
	var parts []string
	if y > 0 {
		parts = append(parts, fmt.Sprintf("%d %s", y, Plural(y, "year", "years")))
	}
	if m > 0 {
		parts = append(parts, fmt.Sprintf("%d %s", m, Plural(m, "month", "months")))
	}
	if len(parts) == 0 {
		return "no time"
	}
	return "about " + strings.Join(parts, " ")
}

// Plural picks the singular or the plural form for n.
func Plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// SourceLine states a source in one line, as the data gives it.
func SourceLine(s model.Source) string {
	parts := []string{s.Title}
	for _, p := range [][2]string{{"", s.Publisher}, {"Year: ", s.Year}, {"Address: ", s.Address}, {"", s.Note}} {
		if p[1] != "" {
			parts = append(parts, p[0]+p[1])
		}
	}
	for i, p := range parts {
		parts[i] = strings.TrimSuffix(p, ".")
	}
	return strings.Join(parts, ". ") + "."
}

// StandInNote names the official occupations whose figures stand in for
// the careers, or "" when the data names none.
func StandInNote(careers ...*model.Career) string {
	var parts []string
	for _, c := range careers {
		if c.Occupation != "" {
			parts = append(parts, c.Short+" — "+c.Occupation)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "Figures of stand-in occupations: " + strings.Join(parts, "; ") + "."
}
