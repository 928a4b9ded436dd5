package ui

import (
	"errors"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"careercompare/internal/catalog"
	"careercompare/model"
	"careercompare/model/wording"
)

// planner is the pathway planner beside the ladder: where the student
// starts, the degree they aim for, the credits they bring (semester or
// quarter), the school's calendar and the pace. Its fields show the
// plan's input and every change goes to the plan (u.setPlan), which
// works the answer out; the planner shows it, the answer first, in plain
// words; a bad input is named next to its field and clears the numbers
// rather than leaving stale ones.
type planner struct {
	u *UI
	l *model.Ladder

	entry, goal, earnedUnit, calendar *picker
	earned, pace                      *keyEntry
	paceLabel, conversion             *widget.Label
	entrySource                       *widget.RichText         // the source's own label of the chosen entry
	errs                              map[string]*widget.Label // by model.PlanError field
	answer                            *widget.RichText
	degrees                           []int
	calendars                         []wording.Calendar
	// syncing is set while the planner puts the plan on its fields: their
	// changes are its own, not the student's.
	syncing bool
}

func errorLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return l
}

// newPlanner is the planner of ladder l, its fields showing the plan
// (u.plan, worked out on l).
func newPlanner(u *UI, l *model.Ladder) *planner {
	p := &planner{u: u, l: l, errs: map[string]*widget.Label{}, calendars: wording.Calendars()}
	for _, f := range []string{"entry", "goal", "earned", "pace", "terms"} {
		p.errs[f] = errorLabel()
	}
	var entries []string
	for _, e := range p.l.Entries {
		entries = append(entries, wording.EntryLabel(u.lang, e))
	}
	p.entry = newGuardedSelect(entries, func(string) { p.fromInputs() })
	p.entrySource = widget.NewRichText()
	p.entrySource.Wrapping = fyne.TextWrapWord
	p.entry.PlaceHolder = u.tr("planner.entryPlaceholder")
	p.degrees = p.l.Degrees()
	var goals []string
	for _, j := range p.degrees {
		goals = append(goals, u.text(p.l.Rungs[j].Ends))
	}
	p.goal = newGuardedSelect(goals, func(string) { p.fromInputs() })
	p.goal.PlaceHolder = u.tr("planner.goalPlaceholder")
	st := u.plan.input
	p.earned = newKeyEntry(u)
	p.earned.SetText(st.Earned)
	p.earned.OnChanged = func(string) { p.edited() }
	p.pace = newKeyEntry(u)
	p.pace.SetText(st.Pace)
	p.pace.OnChanged = func(string) { p.edited() }
	p.conversion = widget.NewLabel("")
	p.conversion.Wrapping = fyne.TextWrapWord
	p.paceLabel = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.answer = widget.NewRichText()
	p.answer.Wrapping = fyne.TextWrapWord
	units := []string{u.tr("planner.semesterCredits"), u.tr("planner.quarterCredits")}
	p.earnedUnit = newGuardedSelect(units, func(string) { p.edited() })
	var cals []string
	for _, c := range p.calendars {
		cals = append(cals, wording.CalendarName(u.lang, c.Unit, c.TermsPerYear))
	}
	p.calendar = newGuardedSelect(cals, func(string) { p.edited() })
	p.restore()
	p.show()
	return p
}

// retire stops the planner's pickers taking input: the tabs were rebuilt
// without them.
func (p *planner) retire() {
	for _, s := range []*picker{p.entry, p.goal, p.earnedUnit, p.calendar} {
		s.retire()
	}
}

// restore puts the plan on the pickers: the unit of the credits earned,
// the calendar, and the entry point and goal the ladder has (one it does
// not have is said in the answer, not dropped in silence).
func (p *planner) restore() {
	p.syncing = true
	defer func() { p.syncing = false }()
	s := &p.u.plan
	if s.input.EarnedUnit == model.QuarterCredits {
		p.earnedUnit.SetSelectedIndex(1)
	} else {
		p.earnedUnit.SetSelectedIndex(0)
	}
	p.calendar.SetSelectedIndex(calendarIndex(s.input.Calendar))
	if i := p.entryIndex(s.path.Entry); i >= 0 {
		p.entry.SetSelectedIndex(i)
	}
	if i := p.degreeIndex(s.path.Goal); i >= 0 {
		p.goal.SetSelectedIndex(i)
	}
}

// entryIndex is the index of an entry point among the entry picker's
// choices; -1 for none.
func (p *planner) entryIndex(id string) int {
	for i, e := range p.l.Entries {
		if e.ID == id {
			return i
		}
	}
	return -1
}

// degreeIndex is the index of a goal rung among the goal picker's
// choices; -1 for none.
func (p *planner) degreeIndex(goal int) int {
	for i, j := range p.degrees {
		if j == goal {
			return i
		}
	}
	return -1
}

// content lays the planner out: the answer first, then the fields.
func (p *planner) content() fyne.CanvasObject {
	u := p.u
	field := func(label string, w fyne.CanvasObject, hint, errKey string) fyne.CanvasObject {
		objs := []fyne.CanvasObject{widget.NewLabelWithStyle(label, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), w}
		if hint != "" {
			h := widget.NewRichText(&widget.TextSegment{Text: hint, Style: captionStyle})
			h.Wrapping = fyne.TextWrapWord
			objs = append(objs, h)
		}
		return container.NewVBox(append(objs, p.errs[errKey])...)
	}
	calHint := ""
	if !p.l.UnitInterpretation.IsZero() {
		calHint = u.tr("planner.calendarHint")
	}
	earned := container.NewBorder(nil, nil, nil, wideSelect(p.earnedUnit), p.earned)
	return container.NewVBox(
		subHeading(u.tr("planner.title")),
		p.answer,
		widget.NewSeparator(),
		container.NewVBox(widget.NewLabelWithStyle(u.tr("planner.entry"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), wideSelect(p.entry), p.entrySource, p.errs["entry"]),
		field(u.tr("planner.goal"), wideSelect(p.goal), "", "goal"),
		container.NewVBox(widget.NewLabelWithStyle(u.tr("planner.earned"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), earned, p.conversion, p.errs["earned"]),
		field(u.tr("planner.calendar"), wideSelect(p.calendar), calHint, "terms"),
		container.NewVBox(p.paceLabel, p.pace, widget.NewRichText(&widget.TextSegment{Text: u.tr("planner.paceHint", catalog.Args{"Part": model.PartTimeCredits, "Full": model.FullTimeCredits}), Style: captionStyle}), p.errs["pace"]),
	)
}

// fromLadder copies a choice made on the ladder into the pickers, and
// makes it the plan's.
func (p *planner) fromLadder(entry string, goal int) {
	if p.syncing {
		return
	}
	p.syncing = true
	if i := p.entryIndex(entry); i >= 0 {
		p.entry.SetSelectedIndex(i)
	}
	if i := p.degreeIndex(goal); i >= 0 {
		p.goal.SetSelectedIndex(i)
	}
	p.syncing = false
	p.choose(entry, goal)
}

// fromInputs makes the pickers' entry point and goal the plan's.
func (p *planner) fromInputs() {
	if p.syncing {
		return
	}
	entry, goal := p.u.plan.path.Entry, p.u.plan.path.Goal
	if i := p.entry.SelectedIndex(); i >= 0 {
		entry = p.l.Entries[i].ID
	}
	if i := p.goal.SelectedIndex(); i >= 0 {
		goal = p.degrees[i]
	}
	p.choose(entry, goal)
}

// choose sends a choice of entry point and goal (the index of its rung)
// to the plan with the other fields: a remembered choice the ladder did
// not have is forgotten.
func (p *planner) choose(entry string, goal int) {
	name := ""
	if goal >= 0 && goal < len(p.l.Rungs) {
		name = p.l.Rungs[goal].Ends.EN
	}
	p.u.setPlan(p.fields(entry, name))
}

// edited sends the credits, their unit, the calendar and the pace to the
// plan, keeping its entry point and goal, even one the ladder lacks.
func (p *planner) edited() {
	if p.syncing {
		return
	}
	in := p.u.plan.input
	p.u.setPlan(p.fields(in.Entry, in.Goal))
}

// fields is the plan as the fields say it, with the given entry point and
// goal (the degree's English name).
func (p *planner) fields(entry, goal string) planState {
	st := planState{Entry: entry, Goal: goal, Earned: p.earned.Text, EarnedUnit: model.SemesterCredits, Pace: p.pace.Text,
		Calendar: calendarKey(p.calendars[max(0, p.calendar.SelectedIndex())])}
	if p.earnedUnit.SelectedIndex() == 1 {
		st.EarnedUnit = model.QuarterCredits
	}
	if p.l.CreditUnit() == "" {
		st.EarnedUnit = p.u.plan.input.EarnedUnit // a ladder of plain credits: the unit picked is not used
	}
	return st
}

// parseNumber reads a number typed by a person: spaces are ignored, a comma
// may be the decimal mark.
func parseNumber(s string) (float64, error) {
	s = strings.ReplaceAll(strings.TrimSpace(s), ",", ".")
	if s == "" {
		return 0, errors.New("empty")
	}
	return strconv.ParseFloat(s, 64)
}

// show shows the plan worked out on the ladder: the problem next to its
// field, the credits brought converted, the answer, where the chosen
// entry point comes from.
func (p *planner) show() {
	u, s := p.u, &p.u.plan
	in := s.path.PlanInput
	for _, l := range p.errs {
		l.Hide()
	}
	p.paceLabel.SetText(u.tr("planner.pace", catalog.Args{"Unit": wording.CreditUnitName(u.lang, p.l, in.TermUnit)}))
	if pr := s.problem; pr != nil {
		msg := u.tr("planner.errNumber")
		if pr.err != nil {
			msg = wording.PlanProblem(u.lang, p.l, in, pr.err)
		}
		p.errs[pr.field].SetText(msg)
		p.errs[pr.field].Show()
	}
	if s.problem == nil || s.problem.err != nil {
		// The credits read as a number: say them in the ladder's unit.
		// (A text that is no number leaves the last conversion.)
		p.showConversion(in)
	}
	p.showAnswer()
	p.entrySource.Segments = nil
	p.entrySource.Hide()
	if e, ok := p.l.Entry(in.Entry); ok {
		if q := wording.EntrySourceLabel(u.lang, *e); q != "" {
			p.entrySource.Segments = []widget.RichTextSegment{&widget.TextSegment{Text: q, Style: captionStyle}}
			p.entrySource.Show()
		}
	}
	p.entrySource.Refresh()
}

// showConversion says the credits earned in the ladder's unit, when they
// are given in another.
func (p *planner) showConversion(in model.PlanInput) {
	u := p.u
	p.conversion.SetText("")
	p.conversion.Hide()
	if in.EarnedUnit != "" && in.EarnedUnit != p.l.CreditUnit() && in.Earned > 0 {
		p.conversion.Show()
		if c, err := p.l.Convert(in.Earned, in.EarnedUnit, ""); err == nil {
			p.conversion.SetText(u.tr("planner.conversion", catalog.Args{"Earned": wording.Credits(u.lang, p.l, mustToLadder(p.l, in.Earned, in.EarnedUnit), in.EarnedUnit), "Ladder": wording.Credits(u.lang, p.l, c, "")}))
		}
	}
}

// mustToLadder converts v of unit to the ladder's unit for wording; Plan
// refuses what does not convert.
func mustToLadder(l *model.Ladder, v float64, unit string) float64 {
	c, err := l.Convert(v, unit, "")
	if err != nil {
		return v
	}
	return c
}

// showAnswer is the planner's answer: a remembered choice the ladder
// lacks, or what to do first, or what to correct, or the plan in words;
// after the notice that it is the last session's plan, while it is.
func (p *planner) showAnswer() {
	u, s := p.u, &p.u.plan
	path, plan := s.path, s.path.Plan
	var segs []widget.RichTextSegment
	caption := func(s string) { segs = append(segs, &widget.TextSegment{Text: s, Style: captionStyle}) }
	switch {
	case s.lostEntry || s.lostGoal != "":
		segs = append(segs, &widget.TextSegment{Text: p.lost(), Style: strongStyle})
	case plan == nil && (path.Entry == "" || path.Goal < 0):
		caption(u.tr("planner.choose"))
	case plan == nil:
		caption(u.tr("planner.correct"))
	case plan.Remaining <= 0:
		segs = append(segs, &widget.TextSegment{Text: wording.PlanAnswer(u.lang, p.l, path), Style: strongStyle})
	default:
		segs = append(segs,
			&widget.TextSegment{Text: u.tr("planner.left", catalog.Args{"Credits": wording.BothUnitsFirst(u.lang, p.l, plan.Remaining, path.TermUnit)}), Style: subHeadingStyle},
			&widget.TextSegment{Text: u.tr("planner.time", catalog.Args{"Terms": u.trn("plan.terms", plan.Terms), "Duration": wording.Duration(u.lang, plan.Years)}), Style: strongStyle},
		)
		lines := wording.PlanLines(u.lang, p.l, path)
		for _, l := range lines[min(1, len(lines)):] { // the first is the answer, said above
			caption(l)
		}
	}
	if s.restored != nil {
		segs = append([]widget.RichTextSegment{&widget.TextSegment{Text: u.tr("planner.restored"), Style: captionStyle}}, segs...)
	}
	p.answer.Segments = segs
	p.answer.Refresh()
}

// lost says which remembered choices the ladder does not have.
func (p *planner) lost() string {
	s := &p.u.plan
	var lost []string
	if s.lostEntry {
		lost = append(lost, p.u.tr("planner.lostEntry"))
	}
	if s.lostGoal != "" {
		lost = append(lost, p.u.tr("planner.lostGoal", catalog.Args{"Degree": s.lostGoal}))
	}
	return strings.Join(lost, " ")
}
