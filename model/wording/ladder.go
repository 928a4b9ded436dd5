package wording

import (
	"regexp"
	"strconv"
	"strings"

	"careercompare/internal/catalog"
	"careercompare/model"
)

// EntryLabel is an entry point in plain words, or the source's label when
// the data has no plain words for it.
func EntryLabel(lang model.Lang, e model.Entry) string {
	if !e.Plain.IsZero() {
		return e.Plain.In(lang)
	}
	return e.Label.In(lang)
}

// EntrySourceLabel is the source's own label of an entry point, quoted,
// when EntryLabel says it in other words; else "".
func EntrySourceLabel(lang model.Lang, e model.Entry) string {
	if e.Plain.IsZero() {
		return ""
	}
	return catalog.T(lang, "ladder.sourceLabel", catalog.Args{"Label": e.Label.In(lang)})
}

// EntryChoice is an entry point as a menu offers it: its plain words and
// the source's label beside them.
func EntryChoice(lang model.Lang, e model.Entry) string {
	if q := EntrySourceLabel(lang, e); q != "" {
		return EntryLabel(lang, e) + " (" + q + ")"
	}
	return EntryLabel(lang, e)
}

// firstNumber matches the number a printed rung label starts with.
var firstNumber = regexp.MustCompile(`^\s*(\d+(?:\.\d+)?)`)

// RungLabel is rung j's label as drawn: its credits counted from the
// bottom of the ladder ("180 credits"), and, where the source prints
// another number there (the article's master's mark reads "48 Credits"),
// the step to it: "228 credits: +48 for the master's degree".
func RungLabel(lang model.Lang, l *model.Ladder, j int) string {
	r := l.Rungs[j]
	total := catalog.N(lang, "credits.plain", pluralCount(r.Credits), catalog.Args{"Count": CreditsText(r.Credits)})
	m := firstNumber.FindStringSubmatch(r.Label.EN)
	if m == nil || j == 0 {
		return total
	}
	if printed, err := strconv.ParseFloat(m[1], 64); err != nil || printed == r.Credits {
		return total
	}
	step := r.Credits - l.Rungs[j-1].Credits
	if r.Ends.IsZero() {
		return catalog.T(lang, "ladder.rungStep", catalog.Args{"Total": total, "Step": CreditsText(step)})
	}
	return catalog.T(lang, "ladder.rungStepDegree", catalog.Args{"Total": total, "Step": CreditsText(step), "Degree": r.Ends.In(lang)})
}

// LadderTitle is the ladder's heading with its unit.
func LadderTitle(lang model.Lang, l *model.Ladder) string {
	return catalog.T(lang, "ladder.title", catalog.Args{"Title": l.Title.In(lang), "Unit": l.Unit.In(lang)})
}

// LadderNotes lists how the app read what the source leaves open, one
// line each, for the ladder's "About these numbers".
func LadderNotes(lang model.Lang, l *model.Ladder) []string {
	var notes []string
	if !l.UnitInterpretation.IsZero() {
		notes = append(notes, catalog.T(lang, "ladder.noteUnit", catalog.Args{"Note": l.UnitInterpretation.In(lang)}))
	}
	for _, r := range l.Rungs {
		if !r.Interpretation.IsZero() {
			notes = append(notes, catalog.T(lang, "ladder.noteItem", catalog.Args{"Item": r.Label.In(lang), "Note": r.Interpretation.In(lang)}))
		}
	}
	for _, e := range l.Entries {
		if !e.Interpretation.IsZero() {
			notes = append(notes, catalog.T(lang, "ladder.noteItem", catalog.Args{"Item": e.Label.In(lang), "Note": e.Interpretation.In(lang)}))
		}
	}
	if !l.Interpretation.IsZero() {
		notes = append(notes, l.Interpretation.In(lang))
	}
	for _, e := range l.Entries {
		if !e.Plain.IsZero() {
			notes = append(notes, catalog.T(lang, "ladder.notePlain"))
			break
		}
	}
	return notes
}

// withInterpretation adds an interpretation to a detail line.
func withInterpretation(lang model.Lang, s string, interpretation model.Text) string {
	if interpretation.IsZero() {
		return s
	}
	return s + " " + catalog.T(lang, "ladder.interpretation", catalog.Args{"Note": interpretation.In(lang)})
}

// EntryExplain is the detail line of entry point i.
func EntryExplain(lang model.Lang, l *model.Ladder, i int) string {
	e := l.Entries[i]
	s := catalog.T(lang, "ladder.explainEntry", catalog.Args{"Label": EntryChoice(lang, e), "Credits": Credits(lang, l, e.Credits, "")})
	return withInterpretation(lang, s, e.Interpretation)
}

// DegreeExplain is the detail line of the degree that rung j ends.
func DegreeExplain(lang model.Lang, l *model.Ladder, j int) string {
	r := l.Rungs[j]
	s := catalog.T(lang, "ladder.explainDegree", catalog.Args{"Degree": r.Ends.In(lang), "Credits": BothUnits(lang, l, r.Credits), "Mark": r.Label.In(lang)})
	return withInterpretation(lang, s, r.Interpretation)
}

// RungExplain is the detail line of rung j.
func RungExplain(lang model.Lang, l *model.Ladder, j int) string {
	r := l.Rungs[j]
	s := catalog.T(lang, "ladder.explainRung", catalog.Args{"Credits": BothUnits(lang, l, r.Credits), "Mark": r.Label.In(lang)})
	if !r.Ends.IsZero() {
		s += " " + catalog.T(lang, "ladder.explainRungEnds", catalog.Args{"Degree": r.Ends.In(lang)})
	}
	return withInterpretation(lang, s, r.Interpretation)
}

// Credits says credits of the ladder's unit in unit ("" for the ladder's
// own): "60 quarter credits", or, on a ladder of plain credits, "90
// credits".
func Credits(lang model.Lang, l *model.Ladder, v float64, unit string) string {
	c, err := l.Convert(v, "", unit)
	if unit == "" {
		unit = l.CreditUnit()
	}
	if err != nil || unit == "" {
		return catalog.N(lang, "credits.plain", pluralCount(v), catalog.Args{"Count": CreditsText(v)})
	}
	return catalog.N(lang, creditIDs[unit], pluralCount(c), catalog.Args{"Count": CreditsText(c)})
}

// creditIDs are the messages of credits of each unit.
var creditIDs = map[string]string{model.QuarterCredits: "credits.quarter", model.SemesterCredits: "credits.semester"}

// pluralCount is the number whose plural form a count of credits takes:
// whole numbers as they are, others as their text (CLDR: "1.5 credits").
func pluralCount(v float64) any {
	if v == float64(int(v)) {
		return int(v)
	}
	return CreditsText(v)
}

// BothUnits says credits of the ladder's unit in that unit and, when the
// ladder counts quarter or semester credits, in the other one too: "120
// quarter credits (80 semester credits)".
func BothUnits(lang model.Lang, l *model.Ladder, v float64) string {
	s := Credits(lang, l, v, "")
	other := map[string]string{model.QuarterCredits: model.SemesterCredits, model.SemesterCredits: model.QuarterCredits}[l.CreditUnit()]
	if other == "" {
		return s
	}
	return catalog.T(lang, "credits.both", catalog.Args{"Credits": s, "Other": Credits(lang, l, v, other)})
}

// BothUnitsFirst is BothUnits with the credits in unit first, the unit
// of the school's calendar ("" or the ladder's own: as BothUnits): "80
// semester credits (120 quarter credits)".
func BothUnitsFirst(lang model.Lang, l *model.Ladder, v float64, unit string) string {
	if _, err := l.Convert(v, "", unit); err != nil || unit == "" || unit == l.CreditUnit() {
		return BothUnits(lang, l, v)
	}
	return catalog.T(lang, "credits.both", catalog.Args{"Credits": Credits(lang, l, v, unit), "Other": Credits(lang, l, v, "")})
}

// Calendars are the school calendars the planner offers: the unit of its
// credits and its terms a year.
var calendars = []struct {
	unit  string
	terms float64
	id    string
}{
	{model.SemesterCredits, 2, "calendar.semesters"},
	{model.SemesterCredits, 3, "calendar.semestersSummer"},
	{model.QuarterCredits, 3, "calendar.quarters"},
	{model.QuarterCredits, 4, "calendar.quartersSummer"},
}

// Calendar is one school calendar.
type Calendar struct {
	Unit         string
	TermsPerYear float64
}

// Calendars lists the school calendars the planner offers, semesters
// first.
func Calendars() []Calendar {
	out := make([]Calendar, len(calendars))
	for i, c := range calendars {
		out[i] = Calendar{c.unit, c.terms}
	}
	return out
}

// CalendarName names a school calendar: "Quarters, year-round (4 terms a
// year)"; any other calendar is named by its terms a year.
func CalendarName(lang model.Lang, unit string, termsPerYear float64) string {
	for _, c := range calendars {
		if c.unit == unit && c.terms == termsPerYear {
			return catalog.T(lang, c.id)
		}
	}
	return catalog.N(lang, "calendar.other", pluralCount(termsPerYear), catalog.Args{"Count": CreditsText(termsPerYear)})
}

// PlanAnswer says a plan's answer in one line, its credits first in the
// unit of the school's calendar: "80 semester credits (120 quarter
// credits) left for the Bachelor's degree: about 6 terms, about 3 years, at
// 15 semester credits a term, semesters (2 terms a year)."
func PlanAnswer(lang model.Lang, l *model.Ladder, path model.Path) string {
	p, in := path.Plan, path.PlanInput
	if p == nil || in.Goal < 0 || in.Goal >= len(l.Rungs) {
		return ""
	}
	goal := l.Rungs[in.Goal].Ends.In(lang)
	if p.Remaining <= 0 {
		return catalog.T(lang, "plan.none", catalog.Args{"Degree": goal})
	}
	unit := in.TermUnit
	if unit == "" {
		unit = l.CreditUnit()
	}
	pace, err := l.Convert(in.PerTerm, in.TermUnit, "")
	if err != nil {
		pace = in.PerTerm
	}
	return catalog.T(lang, "plan.answer", catalog.Args{
		"Left": BothUnitsFirst(lang, l, p.Remaining, in.TermUnit), "Degree": goal,
		"Terms":    catalog.N(lang, "plan.terms", p.Terms),
		"Duration": Duration(lang, p.Years), "Pace": Credits(lang, l, pace, in.TermUnit),
		"Calendar": strings.ToLower(CalendarName(lang, unit, in.TermsPerYear)),
	})
}

// PlanLines states a planned path in words, for under the ladder and in
// exports: the answer first, in plain words, then where the student
// starts, the steps counted from now and what the numbers assume; nil when
// the path has no plan.
func PlanLines(lang model.Lang, l *model.Ladder, path model.Path) []string {
	p, in := path.Plan, path.PlanInput
	e, ok := l.Entry(in.Entry)
	if !ok || p == nil || in.Goal < 0 || in.Goal >= len(l.Rungs) {
		return nil
	}
	lines := []string{PlanAnswer(lang, l, path)}
	args := catalog.Args{"Entry": EntryLabel(lang, *e), "At": Credits(lang, l, e.Credits, ""),
		"Degree": l.Rungs[in.Goal].Ends.In(lang), "Ends": BothUnitsFirst(lang, l, l.Rungs[in.Goal].Credits, in.TermUnit)}
	start := "plan.start"
	if brought := p.Position - p.Start; brought > 0 {
		start = "plan.startBrings"
		args["Brings"] = Credits(lang, l, brought, "")
		if in.EarnedUnit != "" && in.EarnedUnit != l.CreditUnit() {
			start = "plan.startBringsConverted"
			args["Earned"] = Credits(lang, l, mustConvert(l, in.Earned, in.EarnedUnit), in.EarnedUnit)
		}
	}
	lines = append(lines, catalog.T(lang, start, args))
	var steps []string
	for _, s := range p.Steps {
		name := l.Rungs[s.Rung].Ends.In(lang)
		if name == "" {
			name = RungLabel(lang, l, s.Rung)
		}
		steps = append(steps, catalog.T(lang, "plan.step", catalog.Args{"Degree": name, "Credits": Credits(lang, l, s.Needed, in.TermUnit), "Terms": catalog.N(lang, "plan.terms", s.Terms)}))
	}
	if len(steps) > 1 {
		lines = append(lines, catalog.T(lang, "plan.steps", catalog.Args{"Steps": strings.Join(steps, "; ")}))
	}
	if !l.UnitInterpretation.IsZero() {
		lines = append(lines, catalog.T(lang, "ladder.interpretation", catalog.Args{"Note": l.UnitInterpretation.In(lang)}))
	}
	return lines
}

// mustConvert turns v of unit into the ladder's unit; Plan has refused an
// input whose units do not convert, so an error leaves v as it is.
func mustConvert(l *model.Ladder, v float64, unit string) float64 {
	c, err := l.Convert(v, unit, "")
	if err != nil {
		return v
	}
	return c
}

// unitNameIDs are the messages of the names of credit units.
var unitNameIDs = map[string]string{model.QuarterCredits: "creditUnit.quarter", model.SemesterCredits: "creditUnit.semester", "": "creditUnit.plain"}

// CreditUnitName names a unit of credits ("" for the ladder's own) as a
// field's label does: "quarter credits".
func CreditUnitName(lang model.Lang, l *model.Ladder, unit string) string {
	if unit == "" {
		unit = l.CreditUnit()
	}
	return catalog.T(lang, unitNameIDs[unit])
}

// planProblemIDs are the messages of the reasons a plan is refused.
var planProblemIDs = map[string]string{
	model.NoEntry: "planError.noEntry", model.NoGoal: "planError.noGoal", model.GoalBelowEntry: "planError.goalBelow",
	model.NoUnit: "planError.noUnit", model.NotANumber: "planError.number", model.Negative: "planError.negative",
	model.TooMany: "planError.tooMany", model.NoPace: "planError.noPace", model.PaceTooLow: "planError.paceLow",
	model.PaceTooHigh: "planError.paceHigh", model.TermsNotWhole: "planError.termsWhole", model.TooManyTerms: "planError.termsMany",
}

// PlanProblem says in lang why the planner refuses in, to show next to the
// field.
func PlanProblem(lang model.Lang, l *model.Ladder, in model.PlanInput, pe *model.PlanError) string {
	id, ok := planProblemIDs[pe.Reason]
	if !ok {
		return pe.Message
	}
	unit := ""
	switch pe.Field {
	case "earned":
		unit = in.EarnedUnit
	case "pace":
		unit = in.TermUnit
	}
	args := catalog.Args{"Bound": CreditsText(pe.Bound), "Unit": CreditUnitName(lang, l, unit)}
	if in.Goal >= 0 && in.Goal < len(l.Rungs) {
		args["Degree"] = l.Rungs[in.Goal].Ends.In(lang)
	}
	return catalog.T(lang, id, args)
}
