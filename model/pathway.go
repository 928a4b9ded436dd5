package model

import (
	"fmt"
	"math"
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

// PlanInput is what a student tells the planner.
type PlanInput struct {
	// Entry is the id of the entry point where the student starts.
	Entry string
	// Goal is the index of the rung whose degree the student aims for.
	Goal int
	// Earned counts credits already earned or transferred beyond the entry
	// point, from 0 to what the goal needs.
	Earned float64
	// PerTerm is the credits taken each term.
	PerTerm float64
	// TermsPerYear is how many terms a year has.
	TermsPerYear float64
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
	Position float64 // Start plus the credits earned
	Goal     float64 // the goal rung's mark
	// Steps lists each rung above the position up to the goal.
	Steps []Step
	// Remaining is the credits from Position to Goal.
	Remaining float64
	Terms     int
	Years     float64
}

// PlanError names the input that is wrong.
type PlanError struct {
	Field   string // "entry", "goal", "earned", "pace" or "terms"
	Message string
}

func (e *PlanError) Error() string { return e.Field + ": " + e.Message }

func planErr(field, format string, args ...any) error {
	return &PlanError{Field: field, Message: fmt.Sprintf(format, args...)}
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
		if r.Ends != "" {
			out = append(out, i)
		}
	}
	return out
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
		return nil, planErr("entry", "choose where the student starts")
	}
	if in.Goal < 0 || in.Goal >= len(l.Rungs) || l.Rungs[in.Goal].Ends == "" {
		return nil, planErr("goal", "choose a degree to aim for")
	}
	goal := l.Rungs[in.Goal]
	if goal.Credits <= e.Credits {
		return nil, planErr("goal", "%s ends at %g credits, where %s already start; choose a higher degree", goal.Ends, goal.Credits, e.Label)
	}
	maxEarned := goal.Credits - e.Credits
	switch {
	case !finite(in.Earned):
		return nil, planErr("earned", "enter a number of credits")
	case in.Earned < 0:
		return nil, planErr("earned", "credits cannot be negative")
	case in.Earned > maxEarned:
		return nil, planErr("earned", "at most %g credits count toward the %s", maxEarned, goal.Ends)
	}
	switch {
	case !finite(in.PerTerm) || in.PerTerm <= 0:
		return nil, planErr("pace", "enter the credits taken each term (more than 0)")
	case in.PerTerm < MinCreditsPerTerm:
		return nil, planErr("pace", "at least %g credits a term", MinCreditsPerTerm)
	case in.PerTerm > MaxCreditsPerTerm:
		return nil, planErr("pace", "at most %d credits a term", MaxCreditsPerTerm)
	}
	tpy := in.TermsPerYear
	switch {
	case !finite(tpy) || tpy < 1 || tpy != math.Trunc(tpy):
		return nil, planErr("terms", "enter whole terms per year, 1 to %d", MaxTermsPerYear)
	case tpy > MaxTermsPerYear:
		return nil, planErr("terms", "at most %d terms a year", MaxTermsPerYear)
	}
	p := &Plan{Start: e.Credits, Position: e.Credits + in.Earned, Goal: goal.Credits}
	for i := 0; i <= in.Goal; i++ {
		r := l.Rungs[i]
		if r.Credits <= p.Position {
			continue
		}
		need := r.Credits - p.Position
		p.Steps = append(p.Steps, Step{Rung: i, Credits: r.Credits, Needed: need, Terms: termsFor(need, in.PerTerm)})
	}
	p.Remaining = p.Goal - p.Position
	p.Terms = termsFor(p.Remaining, in.PerTerm)
	p.Years = float64(p.Terms) / tpy
	return p, nil
}

// termsFor is the whole terms that credits take at perTerm a term.
func termsFor(credits, perTerm float64) int {
	if credits <= 0 {
		return 0
	}
	// Round away float noise (e.g. 90/7.5) before taking the ceiling.
	return int(math.Ceil(credits/perTerm - 1e-9))
}
