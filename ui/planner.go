package ui

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"careercompare/model"
	"careercompare/model/wording"
)

// planner is the pathway planner beside the ladder: where the student
// starts, the degree they aim for, credits already earned, pace and terms a
// year. Every change recomputes the plan; a bad input is named next to its
// field and clears the numbers rather than leaving stale ones.
type planner struct {
	ladder *Ladder
	l      *model.Ladder

	entry, goal         *widget.Select
	earned, pace, terms *widget.Entry
	errs                map[string]*widget.Label // by model.PlanError field
	summary             *widget.RichText
	syncing             bool
	degrees             []int
}

func errorLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return l
}

func newPlanner(w *Ladder) *planner {
	p := &planner{ladder: w, l: w.ladder, errs: map[string]*widget.Label{}}
	for _, f := range []string{"entry", "goal", "earned", "pace", "terms"} {
		p.errs[f] = errorLabel()
	}
	var entries []string
	for _, e := range p.l.Entries {
		entries = append(entries, wording.EntryLabel(e))
	}
	p.entry = widget.NewSelect(entries, func(string) { p.fromInputs() })
	p.entry.PlaceHolder = "Where the student starts"
	p.degrees = p.l.Degrees()
	var goals []string
	for _, j := range p.degrees {
		goals = append(goals, p.l.Rungs[j].Ends)
	}
	p.goal = widget.NewSelect(goals, func(string) { p.fromInputs() })
	p.goal.PlaceHolder = "The degree to aim for"
	num := func(text string) *widget.Entry {
		e := widget.NewEntry()
		e.SetText(text)
		e.OnChanged = func(string) { p.update() }
		return e
	}
	p.earned = num("0")
	p.pace = num(strconv.Itoa(model.FullTimeCredits))
	p.terms = num(strconv.Itoa(model.DefaultTermsPerYear))
	p.summary = widget.NewRichText()
	p.summary.Wrapping = fyne.TextWrapWord
	w.OnChanged = func(string, int) { p.fromLadder() }
	p.update()
	return p
}

// content lays the planner out as a column of labelled fields.
func (p *planner) content() fyne.CanvasObject {
	field := func(label string, w fyne.CanvasObject, hint, errKey string) fyne.CanvasObject {
		objs := []fyne.CanvasObject{widget.NewLabelWithStyle(label, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), w}
		if hint != "" {
			h := widget.NewRichText(&widget.TextSegment{Text: hint, Style: captionStyle})
			h.Wrapping = fyne.TextWrapWord
			objs = append(objs, h)
		}
		return container.NewVBox(append(objs, p.errs[errKey])...)
	}
	termsHint := "Terms a year"
	if p.l.UnitInterpretation != "" {
		termsHint = "4 by default: the article's credits are taken to be quarter credits (an interpretation)."
	}
	return container.NewVBox(
		widget.NewRichText(&widget.TextSegment{Text: "Plan a path", Style: widget.RichTextStyleSubHeading}),
		field("Starts as", p.entry, "", "entry"),
		field("Aims for", p.goal, "", "goal"),
		field("Credits earned or transferred", p.earned, "", "earned"),
		field("Credits per term", p.pace, fmt.Sprintf("Part-time about %d, full-time about %d.", model.PartTimeCredits, model.FullTimeCredits), "pace"),
		field("Terms per year", p.terms, termsHint, "terms"),
		p.summary,
	)
}

// fromLadder copies a selection made on the ladder into the pickers.
func (p *planner) fromLadder() {
	if p.syncing {
		return
	}
	p.syncing = true
	if e, ok := p.l.Entry(p.ladder.Entry); ok {
		p.entry.SetSelected(wording.EntryLabel(*e))
	}
	for i, j := range p.degrees {
		if j == p.ladder.Goal {
			p.goal.SetSelectedIndex(i)
		}
	}
	p.syncing = false
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
	p.update()
}

// parseNumber reads a number typed by a person: spaces are ignored, a comma
// may be the decimal mark.
func parseNumber(s string) (float64, error) {
	s = strings.ReplaceAll(strings.TrimSpace(s), ",", ".")
	if s == "" {
		return 0, errors.New("enter a number")
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, errors.New("enter a number, e.g. 15")
	}
	return v, nil
}

// update recomputes the plan from the inputs and shows it, or the problem.
func (p *planner) update() {
	for _, l := range p.errs {
		l.Hide()
	}
	fail := func(field, msg string) {
		p.errs[field].SetText(msg)
		p.errs[field].Show()
		p.show(model.PlanInput{}, nil)
	}
	var vals [3]float64
	for i, f := range []struct {
		key string
		e   *widget.Entry
	}{{"earned", p.earned}, {"pace", p.pace}, {"terms", p.terms}} {
		v, err := parseNumber(f.e.Text)
		if err != nil {
			fail(f.key, err.Error())
			return
		}
		vals[i] = v
	}
	if p.ladder.Entry == "" || p.ladder.Goal < 0 {
		p.show(model.PlanInput{}, nil)
		return
	}
	in := model.PlanInput{Entry: p.ladder.Entry, Goal: p.ladder.Goal, Earned: vals[0], PerTerm: vals[1], TermsPerYear: vals[2]}
	plan, err := p.l.Plan(in)
	var pe *model.PlanError
	if errors.As(err, &pe) {
		fail(pe.Field, pe.Message)
		return
	}
	p.show(in, plan)
}

// show puts a plan (or none) on the ladder and in the summary.
func (p *planner) show(in model.PlanInput, plan *model.Plan) {
	p.ladder.SetPlan(in, plan)
	switch {
	case plan == nil && (p.ladder.Entry == "" || p.ladder.Goal < 0):
		p.summary.Segments = []widget.RichTextSegment{&widget.TextSegment{Text: "Choose where the student starts and the degree they aim for, on the ladder or above.", Style: captionStyle}}
	case plan == nil:
		p.summary.Segments = []widget.RichTextSegment{&widget.TextSegment{Text: "No plan: correct the field marked above.", Style: captionStyle}}
	case plan.Remaining <= 0:
		p.summary.Segments = []widget.RichTextSegment{&widget.TextSegment{Text: "Nothing left: the credits already reach this degree.", Style: widget.RichTextStyleStrong}}
	default:
		p.summary.Segments = []widget.RichTextSegment{
			&widget.TextSegment{Text: fmt.Sprintf("%s credits left", wording.CreditsText(plan.Remaining)), Style: widget.RichTextStyleHeading},
			&widget.TextSegment{Text: fmt.Sprintf("%d terms, %s", plan.Terms, wording.Duration(plan.Years)), Style: widget.RichTextStyleStrong},
		}
	}
	p.summary.Refresh()
}
