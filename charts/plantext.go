package charts

import (
	"fmt"
	"math"
	"strings"

	"careercompare/model"
)

// PlanLines states a plan in words, for under the ladder and in exports.
func PlanLines(l *model.Ladder, entry string, goal int, p *model.Plan, pace, termsPerYear float64) []string {
	e, ok := l.Entry(entry)
	if !ok || p == nil || goal < 0 || goal >= len(l.Rungs) {
		return nil
	}
	g := l.Rungs[goal]
	from := fmt.Sprintf("From %s (%s credits)", e.Label, CreditsText(e.Credits))
	if p.Position > p.Start {
		from += fmt.Sprintf(" with %s credits earned or transferred", CreditsText(p.Position-p.Start))
	}
	if p.Remaining <= 0 {
		return []string{from + " to the " + g.Ends + ": no credits left."}
	}
	lines := []string{fmt.Sprintf("%s to the %s: %s credits left, %d %s, %s at %s credits a term.",
		from, g.Ends, CreditsText(p.Remaining), p.Terms, plural(p.Terms, "term", "terms"), Duration(p.Years), CreditsText(pace))}
	var steps []string
	for _, s := range p.Steps {
		name := l.Rungs[s.Rung].Ends
		if name == "" {
			name = l.Rungs[s.Rung].Label
		}
		steps = append(steps, fmt.Sprintf("to the %s: %s credits, %d %s", name, CreditsText(s.Needed), s.Terms, plural(s.Terms, "term", "terms")))
	}
	if len(steps) > 1 {
		lines = append(lines, "Step by step: "+strings.Join(steps, "; ")+".")
	}
	assume := fmt.Sprintf("Assumes %s terms a year", CreditsText(termsPerYear))
	if l.UnitInterpretation != "" && termsPerYear == model.DefaultTermsPerYear {
		assume += ", because the credits are taken to be quarter credits (an interpretation)"
	}
	return append(lines, assume+".")
}

// Duration says a number of years as "about 2 years 6 months".
func Duration(years float64) string {
	months := int(math.Round(years * 12))
	y, m := months/12, months%12
	var parts []string
	if y > 0 {
		parts = append(parts, fmt.Sprintf("%d %s", y, plural(y, "year", "years")))
	}
	if m > 0 {
		parts = append(parts, fmt.Sprintf("%d %s", m, plural(m, "month", "months")))
	}
	if len(parts) == 0 {
		return "no time"
	}
	return "about " + strings.Join(parts, " ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
