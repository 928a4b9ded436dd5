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
// found again on another edition's ladder.
type planState struct {
	Entry, Goal, Earned, EarnedUnit, Pace, Calendar string
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
		cal := u.path.Calendar
		for _, k := range []string{prefPlanEntry, prefPlanGoal, prefPlanEarned, prefPlanEarnedUnit, prefPlanPace} {
			u.app.Preferences().RemoveValue(k)
		}
		u.path = loadPlanState(u.app.Preferences())
		u.path.Calendar = cal
		u.handoutFor = handoutFor{}
		u.refresh()
		u.SelectTab(TabEducation)
	})
}

func loadPlanState(p fyne.Preferences) planState {
	return planState{
		Entry:      p.String(prefPlanEntry),
		Goal:       p.String(prefPlanGoal),
		Earned:     p.StringWithFallback(prefPlanEarned, "0"),
		EarnedUnit: p.StringWithFallback(prefPlanEarnedUnit, model.SemesterCredits),
		Pace:       p.StringWithFallback(prefPlanPace, strconv.Itoa(model.FullTimeCredits)),
		Calendar:   p.StringWithFallback(prefPlanCalendar, calendarKey(wording.Calendar{Unit: model.SemesterCredits, TermsPerYear: 2})),
	}
}

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

// planner is the pathway planner beside the ladder: where the student
// starts, the degree they aim for, the credits they bring (semester or
// quarter), the school's calendar and the pace. Every change recomputes
// the plan; the answer comes first, in plain words; a bad input is named
// next to its field and clears the numbers rather than leaving stale ones.
type planner struct {
	u      *UI
	ladder *Ladder
	l      *model.Ladder

	entry, goal, earnedUnit, calendar *picker
	earned, pace                      *keyEntry
	paceLabel, conversion             *widget.Label
	entrySource                       *widget.RichText         // the source's own label of the chosen entry
	errs                              map[string]*widget.Label // by model.PlanError field
	answer                            *widget.RichText
	degrees                           []int
	calendars                         []wording.Calendar
	syncing                           bool
	// lost says which remembered choice the ladder does not have.
	lost string
}

func errorLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return l
}

func newPlanner(u *UI, w *Ladder) *planner {
	p := &planner{u: u, ladder: w, l: w.ladder, errs: map[string]*widget.Label{}, calendars: wording.Calendars()}
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
	st := u.path
	p.earned = newKeyEntry(u)
	p.earned.SetText(st.Earned)
	p.earned.OnChanged = func(string) { p.update() }
	p.pace = newKeyEntry(u)
	p.pace.SetText(st.Pace)
	p.pace.OnChanged = func(string) { p.update() }
	p.conversion = widget.NewLabel("")
	p.conversion.Wrapping = fyne.TextWrapWord
	p.paceLabel = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.answer = widget.NewRichText()
	p.answer.Wrapping = fyne.TextWrapWord
	units := []string{u.tr("planner.semesterCredits"), u.tr("planner.quarterCredits")}
	p.earnedUnit = newGuardedSelect(units, func(string) { p.update() })
	var cals []string
	for _, c := range p.calendars {
		cals = append(cals, wording.CalendarName(u.lang, c.Unit, c.TermsPerYear))
	}
	p.calendar = newGuardedSelect(cals, func(string) { p.update() })
	p.restore(st)
	w.OnChanged = func(string, int) { p.fromLadder() }
	p.update()
	return p
}

// retire stops the planner's pickers taking input: the tabs were rebuilt
// without them.
func (p *planner) retire() {
	for _, s := range []*picker{p.entry, p.goal, p.earnedUnit, p.calendar} {
		s.retire()
	}
}

// restore puts a remembered plan on the inputs and the ladder; a choice
// the ladder does not have is said, not dropped in silence.
func (p *planner) restore(st planState) {
	p.syncing = true
	defer func() { p.syncing = false }()
	if st.EarnedUnit == model.QuarterCredits {
		p.earnedUnit.SetSelectedIndex(1)
	} else {
		p.earnedUnit.SetSelectedIndex(0)
	}
	cal := len(p.calendars) - 1
	for i, c := range p.calendars {
		if calendarKey(c) == st.Calendar {
			cal = i
		}
	}
	p.calendar.SetSelectedIndex(cal)
	var lost []string
	if st.Entry != "" {
		if _, ok := p.l.Entry(st.Entry); ok {
			p.ladder.Entry = st.Entry
			p.entry.SetSelectedIndex(p.entryIndex(st.Entry))
		} else {
			lost = append(lost, p.u.tr("planner.lostEntry"))
		}
	}
	if st.Goal != "" {
		found := false
		for i, j := range p.degrees {
			if p.l.Rungs[j].Ends.EN == st.Goal {
				p.ladder.Goal, found = j, true
				p.goal.SetSelectedIndex(i)
			}
		}
		if !found {
			lost = append(lost, p.u.tr("planner.lostGoal", catalog.Args{"Degree": st.Goal}))
		}
	}
	p.lost = strings.Join(lost, " ")
}

func (p *planner) entryIndex(id string) int {
	for i, e := range p.l.Entries {
		if e.ID == id {
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

// fromLadder copies a selection made on the ladder into the pickers.
func (p *planner) fromLadder() {
	if p.syncing {
		return
	}
	p.syncing = true
	if i := p.entryIndex(p.ladder.Entry); i >= 0 {
		p.entry.SetSelectedIndex(i)
	}
	for i, j := range p.degrees {
		if j == p.ladder.Goal {
			p.goal.SetSelectedIndex(i)
		}
	}
	p.syncing = false
	p.lost = ""
	p.update()
}

// fromInputs copies the pickers' choice onto the ladder.
func (p *planner) fromInputs() {
	if p.syncing {
		return
	}
	if i := p.entry.SelectedIndex(); i >= 0 {
		p.ladder.Entry = p.l.Entries[i].ID
	}
	if i := p.goal.SelectedIndex(); i >= 0 {
		p.ladder.Goal = p.degrees[i]
	}
	p.lost = ""
	p.update()
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

// input is the plan's input as the fields say it, and its state to
// remember.
func (p *planner) input() (model.PlanInput, planState) {
	in := model.PlanInput{Entry: p.ladder.Entry, Goal: p.ladder.Goal, EarnedUnit: model.SemesterCredits}
	if p.earnedUnit.SelectedIndex() == 1 {
		in.EarnedUnit = model.QuarterCredits
	}
	if p.l.CreditUnit() == "" {
		in.EarnedUnit = "" // a ladder of plain credits: no conversion
	}
	cal := p.calendars[max(0, p.calendar.SelectedIndex())]
	in.TermUnit, in.TermsPerYear = cal.Unit, cal.TermsPerYear
	if p.l.CreditUnit() == "" {
		in.TermUnit = ""
	}
	st := planState{Entry: in.Entry, Earned: p.earned.Text, EarnedUnit: in.EarnedUnit, Pace: p.pace.Text, Calendar: calendarKey(cal)}
	if in.EarnedUnit == "" {
		st.EarnedUnit = p.u.path.EarnedUnit
	}
	if in.Goal >= 0 && in.Goal < len(p.l.Rungs) {
		st.Goal = p.l.Rungs[in.Goal].Ends.EN
	}
	return in, st
}

// update recomputes the plan from the inputs and shows it, or the problem.
func (p *planner) update() {
	if p.syncing {
		return
	}
	u := p.u
	for _, l := range p.errs {
		l.Hide()
	}
	in, st := p.input()
	if p.lost == "" {
		u.path = st
		st.save(u.app.Preferences())
	}
	if u.restored != nil && *u.restored != st {
		u.restored = nil // changed: this session's plan now
	}
	p.paceLabel.SetText(u.tr("planner.pace", catalog.Args{"Unit": wording.CreditUnitName(u.lang, p.l, in.TermUnit)}))
	fail := func(field, msg string) {
		p.errs[field].SetText(msg)
		p.errs[field].Show()
		p.show(in, nil)
	}
	earned, err := parseNumber(p.earned.Text)
	if err != nil {
		fail("earned", u.tr("planner.errNumber"))
		return
	}
	pace, err := parseNumber(p.pace.Text)
	if err != nil {
		fail("pace", u.tr("planner.errNumber"))
		return
	}
	in.Earned, in.PerTerm = earned, pace
	p.conversion.SetText("")
	p.conversion.Hide()
	if in.EarnedUnit != "" && in.EarnedUnit != p.l.CreditUnit() && earned > 0 {
		p.conversion.Show()
		if c, err := p.l.Convert(earned, in.EarnedUnit, ""); err == nil {
			p.conversion.SetText(u.tr("planner.conversion", catalog.Args{"Earned": wording.Credits(u.lang, p.l, mustToLadder(p.l, earned, in.EarnedUnit), in.EarnedUnit), "Ladder": wording.Credits(u.lang, p.l, c, "")}))
		}
	}
	if p.ladder.Entry == "" || p.ladder.Goal < 0 {
		p.show(in, nil)
		return
	}
	plan, err := p.l.Plan(in)
	var pe *model.PlanError
	if errors.As(err, &pe) {
		fail(pe.Field, wording.PlanProblem(u.lang, p.l, in, pe))
		return
	}
	p.show(in, plan)
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

// show puts a plan (or none) on the ladder and in the answer.
func (p *planner) show(in model.PlanInput, plan *model.Plan) {
	u := p.u
	p.ladder.SetPlan(in, plan)
	var segs []widget.RichTextSegment
	caption := func(s string) { segs = append(segs, &widget.TextSegment{Text: s, Style: captionStyle}) }
	switch {
	case p.lost != "":
		segs = append(segs, &widget.TextSegment{Text: p.lost, Style: strongStyle})
	case plan == nil && (p.ladder.Entry == "" || p.ladder.Goal < 0):
		caption(u.tr("planner.choose"))
	case plan == nil:
		caption(u.tr("planner.correct"))
	case plan.Remaining <= 0:
		segs = append(segs, &widget.TextSegment{Text: wording.PlanAnswer(u.lang, p.l, model.Path{PlanInput: in, Plan: plan}), Style: strongStyle})
	default:
		path := model.Path{PlanInput: in, Plan: plan}
		segs = append(segs,
			&widget.TextSegment{Text: u.tr("planner.left", catalog.Args{"Credits": wording.BothUnitsFirst(u.lang, p.l, plan.Remaining, in.TermUnit)}), Style: subHeadingStyle},
			&widget.TextSegment{Text: u.tr("planner.time", catalog.Args{"Terms": u.trn("plan.terms", plan.Terms), "Duration": wording.Duration(u.lang, plan.Years)}), Style: strongStyle},
		)
		lines := wording.PlanLines(u.lang, p.l, path)
		for _, l := range lines[min(1, len(lines)):] { // the first is the answer, said above
			caption(l)
		}
	}
	if u.restored != nil {
		segs = append([]widget.RichTextSegment{&widget.TextSegment{Text: u.tr("planner.restored"), Style: captionStyle}}, segs...)
	}
	p.answer.Segments = segs
	p.answer.Refresh()
	p.entrySource.Segments = nil
	p.entrySource.Hide()
	if e, ok := p.l.Entry(p.ladder.Entry); ok {
		if q := wording.EntrySourceLabel(u.lang, *e); q != "" {
			p.entrySource.Segments = []widget.RichTextSegment{&widget.TextSegment{Text: q, Style: captionStyle}}
			p.entrySource.Show()
		}
	}
	p.entrySource.Refresh()
}
