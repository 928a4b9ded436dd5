package ui

import (
	"errors"
	"strconv"

	"fyne.io/fyne/v2"

	"careercompare/model"
	"careercompare/model/wording"
)

// The student's plan is kept in one place, u.plan: what the counselor
// chose and typed (its input, which the preferences remember) and the
// path that input gives on the compared careers' ladder (a model.Path:
// the choice and the planner's answer). The Education tab's ladder and
// planner show the path; they change the plan through u.setPlan alone.
// The handout and the ladder's exports read the path (u.comparison),
// without the Education tab being built.

// Preference keys of the plan: what the student chose and typed, never
// their name.
const (
	prefPlanEntry      = "plan.entry"
	prefPlanGoal       = "plan.goal"
	prefPlanEarned     = "plan.earned"
	prefPlanEarnedUnit = "plan.earnedUnit"
	prefPlanPace       = "plan.pace"
	prefPlanCalendar   = "plan.calendar"
)

// planState is the plan as the counselor left it: it survives a new
// edition, other careers, the language, the text size, the theme and a
// restart. The goal is kept as the degree's English name, so that it is
// found again on another edition's ladder; the credits earned and the
// pace as typed.
type planState struct {
	Entry, Goal, Earned, EarnedUnit, Pace, Calendar string
}

// newPlanState is a plan not yet made: no entry point nor goal, no
// credits earned, full time at a school of semesters.
func newPlanState() planState {
	return planState{
		Earned:     "0",
		EarnedUnit: model.SemesterCredits,
		Pace:       strconv.Itoa(model.FullTimeCredits),
		Calendar:   calendarKey(wording.Calendar{Unit: model.SemesterCredits, TermsPerYear: 2}),
	}
}

// loadPlanState is the plan the preferences remember.
func loadPlanState(p fyne.Preferences) planState {
	d := newPlanState()
	return planState{
		Entry:      p.String(prefPlanEntry),
		Goal:       p.String(prefPlanGoal),
		Earned:     p.StringWithFallback(prefPlanEarned, d.Earned),
		EarnedUnit: p.StringWithFallback(prefPlanEarnedUnit, d.EarnedUnit),
		Pace:       p.StringWithFallback(prefPlanPace, d.Pace),
		Calendar:   p.StringWithFallback(prefPlanCalendar, d.Calendar),
	}
}

// save remembers the plan in the preferences.
func (s planState) save(p fyne.Preferences) {
	p.SetString(prefPlanEntry, s.Entry)
	p.SetString(prefPlanGoal, s.Goal)
	p.SetString(prefPlanEarned, s.Earned)
	p.SetString(prefPlanEarnedUnit, s.EarnedUnit)
	p.SetString(prefPlanPace, s.Pace)
	p.SetString(prefPlanCalendar, s.Calendar)
}

// calendarKey names a calendar in the preferences, e.g. "quarter/4".
func calendarKey(c wording.Calendar) string {
	return c.Unit + "/" + wording.CreditsText(c.TermsPerYear)
}

// calendarIndex is the index in wording.Calendars of the calendar a key
// names; the last calendar for a key that names none.
func calendarIndex(key string) int {
	cals := wording.Calendars()
	i := len(cals) - 1
	for j, c := range cals {
		if calendarKey(c) == key {
			i = j
		}
	}
	return i
}

// studentPlan is the student's plan: its input and what it gives on the
// ladder it was last worked out on.
type studentPlan struct {
	input planState
	// restored is the plan the app started with, the last session's,
	// while the planner shows it unchanged: the planner says so. Nil
	// otherwise.
	restored *planState
	// on and onInput are the ladder and the input the plan was last
	// worked out on and from; workedOut is what they gave.
	on      *model.Ladder
	onInput planState
	workedOut
}

// workedOut is a plan's input worked out on a ladder.
type workedOut struct {
	// path is the entry point and goal chosen, the numbers, and the
	// planner's answer (nil while the input is incomplete or wrong).
	path model.Path
	// problem is the field to correct when the input gives no answer;
	// nil for none.
	problem *planProblem
	// lostEntry and lostGoal are the remembered choices the ladder does
	// not have: whether the entry point is lost, the degree's name.
	lostEntry bool
	lostGoal  string
}

// planProblem names the field to correct: err is the model's reason, nil
// when the field's text is no number.
type planProblem struct {
	field string
	err   *model.PlanError
}

// newStudentPlan is the plan the preferences remember, which the planner
// says is the last session's while it is more than an empty plan.
func newStudentPlan(p fyne.Preferences) studentPlan {
	s := studentPlan{input: loadPlanState(p)}
	if st := s.input; st.Entry != "" || st.Goal != "" || st.Earned != "0" {
		s.restored = &st
	}
	return s
}

// pathOn is the plan's path on ladder l, the compared careers' (none for
// a nil l): worked out again if the plan was last worked out on another
// ladder or from another input.
func (s *studentPlan) pathOn(l *model.Ladder) model.Path {
	if l == nil {
		return model.NoPath()
	}
	if l != s.on || s.input != s.onInput {
		s.on, s.onInput, s.workedOut = l, s.input, workOut(l, s.input)
		if s.restored != nil && s.shown() != *s.restored {
			s.restored = nil // changed: this session's plan now
		}
	}
	return s.path
}

// shown is the input as the planner shows it on the ladder the plan was
// worked out on: a lost choice as none, the units and the calendar as
// its pickers take them.
func (s *studentPlan) shown() planState {
	st, in := s.input, s.path.PlanInput
	st.Entry, st.Goal = in.Entry, ""
	if in.Goal >= 0 && in.Goal < len(s.on.Rungs) {
		st.Goal = s.on.Rungs[in.Goal].Ends.EN
	}
	if in.EarnedUnit != "" {
		st.EarnedUnit = in.EarnedUnit
	}
	st.Calendar = calendarKey(wording.Calendars()[calendarIndex(st.Calendar)])
	return st
}

// workOut is what a plan's input gives on ladder l: the path, the field
// to correct when it gives no answer, the remembered choices l lacks.
func workOut(l *model.Ladder, st planState) workedOut {
	var w workedOut
	in := model.PlanInput{Goal: -1, EarnedUnit: model.SemesterCredits}
	if st.Entry != "" {
		if _, ok := l.Entry(st.Entry); ok {
			in.Entry = st.Entry
		} else {
			w.lostEntry = true
		}
	}
	if st.Goal != "" {
		for _, j := range l.Degrees() {
			if l.Rungs[j].Ends.EN == st.Goal {
				in.Goal = j
			}
		}
		if in.Goal < 0 {
			w.lostGoal = st.Goal
		}
	}
	if st.EarnedUnit == model.QuarterCredits {
		in.EarnedUnit = model.QuarterCredits
	}
	cal := wording.Calendars()[calendarIndex(st.Calendar)]
	in.TermUnit, in.TermsPerYear = cal.Unit, cal.TermsPerYear
	if l.CreditUnit() == "" {
		in.EarnedUnit, in.TermUnit = "", "" // a ladder of plain credits: no conversion
	}
	w.path = model.Path{PlanInput: in}
	earned, err := parseNumber(st.Earned)
	if err != nil {
		w.problem = &planProblem{field: "earned"}
		return w
	}
	pace, err := parseNumber(st.Pace)
	if err != nil {
		w.problem = &planProblem{field: "pace"}
		return w
	}
	w.path.Earned, w.path.PerTerm = earned, pace
	if in.Entry == "" || in.Goal < 0 {
		return w
	}
	plan, err := l.Plan(w.path.PlanInput)
	var pe *model.PlanError
	if errors.As(err, &pe) {
		w.problem = &planProblem{field: pe.Field, err: pe}
		return w
	}
	w.path.Plan = plan
	return w
}

// setPlan is the one way the plan changes (the planner's fields, a
// choice on the ladder, File › New session): it takes the new input,
// works it out on the compared careers' ladder, remembers it in the
// preferences, and shows it on the Education tab if that is built.
func (u *UI) setPlan(st planState) {
	u.plan.input = st
	path := u.plan.pathOn(model.Compare(u.data, u.left, u.right).Ladder)
	st.save(u.app.Preferences())
	if e := u.edu; e != nil && e.ladder != nil {
		e.ladder.SetPath(path)
		e.planner.show()
	}
}

// newSession is File › New session: it clears the plan of the last
// student (the entry point, goal, credits and pace go back to their
// defaults; the school's calendar stays) after asking, and shows the
// Education tab.
func (u *UI) newSession() {
	u.confirm(u.tr("session.title"), u.tr("session.confirm"), func(ok bool) {
		if !ok {
			return
		}
		st := newPlanState()
		st.Calendar = u.plan.input.Calendar
		u.handoutFor = handoutFor{}
		u.setPlan(st)
		u.refresh()
		u.SelectTab(TabEducation)
	})
}
