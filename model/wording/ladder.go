package wording

import (
	"fmt"
	"strings"

	"careercompare/model"
)

// EntryLabel is an entry point's label as drawn, with † when its placement
// is an interpretation.
func EntryLabel(e model.Entry) string {
	if e.Interpretation != "" {
		return e.Label + " †"
	}
	return e.Label
}

// RungLabel is a rung's label as drawn, with † when it is interpreted.
func RungLabel(r model.Rung) string {
	if r.Interpretation != "" {
		return r.Label + " †"
	}
	return r.Label
}

// LadderTitle is the ladder's heading with its unit.
func LadderTitle(l *model.Ladder) string {
	unit := l.Unit
	if l.UnitInterpretation != "" {
		unit += " †"
	}
	return l.Title + " (" + unit + ")"
}

// LadderNotes lists the interpretations of a ladder, one line each.
func LadderNotes(l *model.Ladder) []string {
	var notes []string
	if l.UnitInterpretation != "" {
		notes = append(notes, "† Credits: "+l.UnitInterpretation)
	}
	for _, r := range l.Rungs {
		if r.Interpretation != "" {
			notes = append(notes, "† "+r.Label+": "+r.Interpretation)
		}
	}
	for _, e := range l.Entries {
		if e.Interpretation != "" {
			notes = append(notes, "† "+e.Label+": "+e.Interpretation)
		}
	}
	if l.Interpretation != "" {
		notes = append(notes, "† "+l.Interpretation)
	}
	return notes
}

// EntryExplain is the detail line of entry point i.
func EntryExplain(l *model.Ladder, i int) string {
	e := l.Entries[i]
	s := fmt.Sprintf("Start here: %s, at %s credits.", e.Label, CreditsText(e.Credits))
	if e.Interpretation != "" {
		s += " Interpretation: " + e.Interpretation
	}
	return s
}

// DegreeExplain is the detail line of the degree that rung j ends.
func DegreeExplain(l *model.Ladder, j int) string {
	r := l.Rungs[j]
	s := fmt.Sprintf("End here: %s, at %s credits from the bottom of the ladder (the chart's mark: %q).", r.Ends, CreditsText(r.Credits), r.Label)
	if r.Interpretation != "" {
		s += " Interpretation: " + r.Interpretation
	}
	return s
}

// RungExplain is the detail line of rung j.
func RungExplain(l *model.Ladder, j int) string {
	r := l.Rungs[j]
	s := fmt.Sprintf("%s (%s from the bottom of the ladder).", r.Label, CreditsText(r.Credits)+" "+l.Unit)
	if r.Ends != "" {
		s += " Ends the " + r.Ends + "."
	}
	if r.Interpretation != "" {
		s += " Interpretation: " + r.Interpretation
	}
	return s
}

// PlanLines states a planned path in words, for under the ladder and in
// exports; nil when the path has no plan.
func PlanLines(l *model.Ladder, path model.Path) []string {
	p, in := path.Plan, path.PlanInput
	e, ok := l.Entry(in.Entry)
	if !ok || p == nil || in.Goal < 0 || in.Goal >= len(l.Rungs) {
		return nil
	}
	g := l.Rungs[in.Goal]
	from := fmt.Sprintf("From %s (%s credits)", e.Label, CreditsText(e.Credits))
	if p.Position > p.Start {
		from += fmt.Sprintf(" with %s credits earned or transferred", CreditsText(p.Position-p.Start))
	}
	if p.Remaining <= 0 {
		return []string{from + " to the " + g.Ends + ": no credits left."}
	}
	lines := []string{fmt.Sprintf("%s to the %s: %s credits left, %d %s, %s at %s credits a term.",
		from, g.Ends, CreditsText(p.Remaining), p.Terms, Plural(p.Terms, "term", "terms"), Duration(p.Years), CreditsText(in.PerTerm))}
	var steps []string
	for _, s := range p.Steps {
		name := l.Rungs[s.Rung].Ends
		if name == "" {
			name = l.Rungs[s.Rung].Label
		}
		steps = append(steps, fmt.Sprintf("to the %s: %s credits, %d %s", name, CreditsText(s.Needed), s.Terms, Plural(s.Terms, "term", "terms")))
	}
	if len(steps) > 1 {
		lines = append(lines, "Step by step: "+strings.Join(steps, "; ")+".")
	}
	assume := fmt.Sprintf("Assumes %s terms a year", CreditsText(in.TermsPerYear))
	if l.UnitInterpretation != "" && in.TermsPerYear == model.DefaultTermsPerYear {
		assume += ", because the credits are taken to be quarter credits (an interpretation)"
	}
	return append(lines, assume+".")
}
