package model

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Planner defaults and bounds.
const (
	// DefaultTermsPerYear is 4 because the article's credits are taken to be
	// quarter credits (Rasmussen College runs on quarters).
	DefaultTermsPerYear = 4
	// PartTimeCredits and FullTimeCredits are typical credits per term.
	PartTimeCredits = 8
	FullTimeCredits = 15
	// MinCreditsPerTerm and MaxCreditsPerTerm bound the pace: below half a
	// credit a term a plan means nothing (and tiny paces overflow the
	// number of terms).
	MinCreditsPerTerm = 0.5
	MaxCreditsPerTerm = 40
	// MaxTermsPerYear bounds terms per year.
	MaxTermsPerYear = 12
)

// Credit units a plan's numbers can be given in.
const (
	QuarterCredits  = "quarter"
	SemesterCredits = "semester"
	// QuarterPerSemester is how many quarter credits one semester credit
	// is worth.
	QuarterPerSemester = 1.5
)

// PlanInput is what a student tells the planner.
type PlanInput struct {
	// Entry is the id of the entry point where the student starts.
	Entry string
	// Goal is the index of the rung whose degree the student aims for.
	Goal int
	// Earned counts credits already earned or transferred beyond the entry
	// point, from 0 to what the goal needs, in EarnedUnit.
	Earned float64
	// PerTerm is the credits taken each term, in TermUnit.
	PerTerm float64
	// TermsPerYear is how many terms a year has.
	TermsPerYear float64
	// EarnedUnit and TermUnit are QuarterCredits, SemesterCredits, or ""
	// for the ladder's own unit.
	EarnedUnit, TermUnit string
}

// Step is the way to one rung on the path.
type Step struct {
	Rung int
	// Credits is the rung's mark.
	Credits float64
	// Needed is the credits still needed from the student's position to
	// this rung.
	Needed float64
	// Terms is the terms Needed takes at the planned pace.
	Terms int
}

// Plan is the planner's answer.
type Plan struct {
	Start    float64 // the entry point's mark
	Position float64 // Start plus the credits earned, in the ladder's unit
	Goal     float64 // the goal rung's mark
	// Steps lists each rung above the position up to the goal.
	Steps []Step
	// Remaining is the credits from Position to Goal.
	Remaining float64
	Terms     int
	Years     float64
}

// PlanError names the input that is wrong and why: Reason is one of the
// Reason constants, Bound the limit broken (where one is), Message the same
// in English for the command line.
type PlanError struct {
	Field   string // "entry", "goal", "earned", "pace" or "terms"
	Reason  string
	Bound   float64
	Message string
}

// Reasons of a PlanError.
const (
	NoEntry        = "no-entry"        // no entry point chosen
	NoGoal         = "no-goal"         // no degree chosen
	GoalBelowEntry = "goal-below"      // the degree ends where the student starts, or below
	NoUnit         = "no-unit"         // semester or quarter credits on a ladder that counts neither
	NotANumber     = "not-a-number"    // a value is not a number
	Negative       = "negative"        // credits earned below zero
	TooMany        = "too-many"        // credits earned beyond what the degree needs (Bound)
	NoPace         = "no-pace"         // credits a term of 0 or less
	PaceTooLow     = "pace-too-low"    // credits a term below MinCreditsPerTerm
	PaceTooHigh    = "pace-too-high"   // credits a term above MaxCreditsPerTerm
	TermsNotWhole  = "terms-not-whole" // terms a year not a whole number from 1
	TooManyTerms   = "too-many-terms"  // terms a year above MaxTermsPerYear
)

func (e *PlanError) Error() string { return e.Field + ": " + e.Message }

func planErr(field, reason string, bound float64, format string, args ...any) error {
	return &PlanError{Field: field, Reason: reason, Bound: bound, Message: fmt.Sprintf(format, args...)}
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// Entry returns the entry point with the given id.
func (l *Ladder) Entry(id string) (*Entry, bool) {
	for i := range l.Entries {
		if l.Entries[i].ID == id {
			return &l.Entries[i], true
		}
	}
	return nil, false
}

// Degrees returns the indexes of the rungs that end a degree.
func (l *Ladder) Degrees() []int {
	var out []int
	for i, r := range l.Rungs {
		if !r.Ends.IsZero() {
			out = append(out, i)
		}
	}
	return out
}

// CreditUnit is QuarterCredits or SemesterCredits when the ladder's unit
// says which, else "".
func (l *Ladder) CreditUnit() string {
	u := strings.ToLower(l.Unit.EN)
	switch {
	case strings.Contains(u, "quarter"):
		return QuarterCredits
	case strings.Contains(u, "semester"):
		return SemesterCredits
	}
	return ""
}

// Convert turns credits of unit from into credits of unit to; "" stands
// for the ladder's unit. It fails when one unit is a semester or quarter
// and the ladder's unit says neither.
func (l *Ladder) Convert(v float64, from, to string) (float64, error) {
	lu := l.CreditUnit()
	if from == "" {
		from = lu
	}
	if to == "" {
		to = lu
	}
	switch {
	case from == to:
		return v, nil
	case from == "" || to == "":
		return 0, fmt.Errorf("the ladder counts %s, neither semester nor quarter credits", l.Unit)
	case from == SemesterCredits:
		return v * QuarterPerSemester, nil
	}
	return v / QuarterPerSemester, nil
}

// Top returns the credits of the ladder's last rung.
func (l *Ladder) Top() float64 {
	if len(l.Rungs) == 0 {
		return 0
	}
	return l.Rungs[len(l.Rungs)-1].Credits
}

// MaxEarned is the most credits a student starting at entry can bring
// toward goal.
func (l *Ladder) MaxEarned(entry string, goal int) float64 {
	e, ok := l.Entry(entry)
	if !ok || goal < 0 || goal >= len(l.Rungs) {
		return 0
	}
	return math.Max(0, l.Rungs[goal].Credits-e.Credits)
}

// Plan computes credits and terms from an entry point to a goal degree.
func (l *Ladder) Plan(in PlanInput) (*Plan, error) {
	e, ok := l.Entry(in.Entry)
	if !ok {
		return nil, planErr("entry", NoEntry, 0, "choose where the student starts")
	}
	if in.Goal < 0 || in.Goal >= len(l.Rungs) || l.Rungs[in.Goal].Ends.IsZero() {
		return nil, planErr("goal", NoGoal, 0, "choose a degree to aim for")
	}
	goal := l.Rungs[in.Goal]
	if goal.Credits <= e.Credits {
		return nil, planErr("goal", GoalBelowEntry, goal.Credits, "%s ends at %g credits, where %s already start; choose a higher degree", goal.Ends, goal.Credits, e.Label)
	}
	maxEarned, err := l.Convert(goal.Credits-e.Credits, "", in.EarnedUnit)
	if err != nil {
		return nil, planErr("earned", NoUnit, 0, "%v", err)
	}
	if _, err := l.Convert(0, "", in.TermUnit); err != nil {
		return nil, planErr("pace", NoUnit, 0, "%v", err)
	}
	switch {
	case !finite(in.Earned):
		return nil, planErr("earned", NotANumber, 0, "enter a number of credits")
	case in.Earned < 0:
		return nil, planErr("earned", Negative, 0, "credits cannot be negative")
	case in.Earned > maxEarned+1e-9:
		return nil, planErr("earned", TooMany, maxEarned, "at most %s %scredits count toward the %s", trimFloat(maxEarned), unitWord(in.EarnedUnit), goal.Ends)
	}
	switch {
	case !finite(in.PerTerm) || in.PerTerm <= 0:
		return nil, planErr("pace", NoPace, 0, "enter the credits taken each term (more than 0)")
	case in.PerTerm < MinCreditsPerTerm:
		return nil, planErr("pace", PaceTooLow, MinCreditsPerTerm, "at least %g credits a term", MinCreditsPerTerm)
	case in.PerTerm > MaxCreditsPerTerm:
		return nil, planErr("pace", PaceTooHigh, MaxCreditsPerTerm, "at most %d credits a term", MaxCreditsPerTerm)
	}
	tpy := in.TermsPerYear
	switch {
	case !finite(tpy) || tpy < 1 || tpy != math.Trunc(tpy):
		return nil, planErr("terms", TermsNotWhole, MaxTermsPerYear, "enter whole terms per year, 1 to %d", MaxTermsPerYear)
	case tpy > MaxTermsPerYear:
		return nil, planErr("terms", TooManyTerms, MaxTermsPerYear, "at most %d terms a year", MaxTermsPerYear)
	}
	earned, _ := l.Convert(in.Earned, in.EarnedUnit, "")
	// Credits in the ladder's unit to terms at the pace of the calendar.
	terms := func(credits float64) int {
		c, _ := l.Convert(credits, "", in.TermUnit)
		return termsFor(c, in.PerTerm)
	}
	p := &Plan{Start: e.Credits, Position: math.Min(e.Credits+earned, goal.Credits), Goal: goal.Credits}
	for i := 0; i <= in.Goal; i++ {
		r := l.Rungs[i]
		if r.Credits <= p.Position {
			continue
		}
		need := r.Credits - p.Position
		p.Steps = append(p.Steps, Step{Rung: i, Credits: r.Credits, Needed: need, Terms: terms(need)})
	}
	p.Remaining = p.Goal - p.Position
	p.Terms = terms(p.Remaining)
	p.Years = float64(p.Terms) / tpy
	return p, nil
}

// unitWord is "semester " or "quarter " for a unit, "" for the ladder's.
func unitWord(unit string) string {
	if unit == "" {
		return ""
	}
	return unit + " "
}

// trimFloat formats v without a needless decimal point, at most 2 decimals.
func trimFloat(v float64) string {
	return strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
}

// termsFor is the whole terms that credits take at perTerm a term.
func termsFor(credits, perTerm float64) int {
	if credits <= 0 {
		return 0
	}
	// Round away float noise (e.g. 90/7.5) before taking the ceiling.
	return int(math.Ceil(credits/perTerm - 1e-9))
}
