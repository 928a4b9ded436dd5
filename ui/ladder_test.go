package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"careercompare/charts"
	"careercompare/model"
)

func testLadder(t *testing.T) (*Ladder, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	ds, err := model.Default()
	if err != nil {
		t.Fatal(err)
	}
	l, _ := ds.Ladder("healthcare-management")
	w, err := NewLadder(l, charts.LadderWords{Lang: model.English}, func() charts.Theme { return charts.Light }, func() float64 { return 1 })
	if err != nil {
		t.Fatal(err)
	}
	// Other focusable widgets around it, as in the window.
	win := test.NewTempWindow(t, container.NewBorder(widget.NewEntry(), widget.NewButton("after", nil), nil, nil, w))
	win.Resize(fyne.NewSize(900, 520))
	return w, win
}

func center(it charts.LadderItem) fyne.Position {
	c := it.Hit.Min.Add(it.Hit.Max).Div(2)
	return fyne.NewPos(float32(c.X), float32(c.Y))
}

func TestLadder_Tapped(t *testing.T) {
	w, _ := testLadder(t)
	changes := 0
	w.OnChanged = func(string, int) { changes++ }
	var entries, degrees int
	for _, it := range w.Layout().Items {
		test.TapAt(w, center(it))
		switch it.Kind {
		case charts.ItemEntry:
			entries++
			if want := w.ladder.Entries[it.Index].ID; w.Path().Entry != want {
				t.Errorf("tapping %s selected %q", want, w.Path().Entry)
			}
		case charts.ItemDegree:
			degrees++
			if w.Path().Goal != it.Index {
				t.Errorf("tapping %s selected goal %d", w.ladder.Rungs[it.Index].Ends, w.Path().Goal)
			}
		}
	}
	if entries != 4 || degrees != 3 || changes != 7 {
		t.Errorf("%d entries, %d degrees, %d changes; want 4, 3, 7", entries, degrees, changes)
	}
	if !w.focused {
		t.Error("a tap does not focus the ladder")
	}
	// The selected span is highlighted between the rails.
	found := false
	for _, s := range w.Layout().Shapes {
		found = found || s.Role == "span"
	}
	if !found {
		t.Error("no highlighted span after selecting a start and a goal")
	}
}

// TestLadder_Keyboard reaches the ladder with Tab and selects every entry
// point and degree with the arrow keys and Enter or Space alone.
func TestLadder_Keyboard(t *testing.T) {
	w, win := testLadder(t)
	c := win.Canvas()
	for i := 0; i < 5 && c.Focused() != fyne.Focusable(w); i++ {
		c.FocusNext()
	}
	if c.Focused() != fyne.Focusable(w) {
		t.Fatal("Tab does not reach the ladder")
	}
	r := test.TempWidgetRenderer(t, w).(*ladderRenderer)
	if !r.focus.Visible() {
		t.Error("no visible focus ring")
	}
	picked := map[string]bool{}
	key := fyne.KeyReturn
	for i, it := range w.items() {
		if i > 0 {
			w.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
		}
		w.TypedKey(&fyne.KeyEvent{Name: key})
		if key == fyne.KeyReturn {
			key = fyne.KeySpace
		} else {
			key = fyne.KeyReturn
		}
		switch it.Kind {
		case charts.ItemEntry:
			picked[w.Path().Entry] = true
		case charts.ItemDegree:
			picked[w.ladder.Rungs[w.Path().Goal].Ends.EN] = true
		}
	}
	for _, want := range []string{"high-school-grads", "transfer-students", "second-degree-pursuers", "masters-degree-pursuers", "Associate's degree", "Bachelor's degree", "Master's degree"} {
		if !picked[want] {
			t.Errorf("the keyboard did not select %s", want)
		}
	}
	w.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome})
	w.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnter})
	if w.Path().Entry != "high-school-grads" {
		t.Errorf("Home, Enter selected %q", w.Path().Entry)
	}
	w.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnd})
	w.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	if w.Path().Goal != 3 {
		t.Errorf("End, Space selected goal %d", w.Path().Goal)
	}
	c.FocusNext()
	if r.focus.Visible() {
		t.Error("the focus ring stays after focus left")
	}
}

func TestLadder_Hover(t *testing.T) {
	w, _ := testLadder(t)
	var said string
	w.OnExplain = func(s string) { said = s }
	for _, it := range w.Layout().Items {
		w.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: center(it)}})
		if said != it.Explain || said == "" {
			t.Errorf("hover over %v said %q", it.Kind, said)
		}
		if it.Kind == charts.ItemEntry && !w.ladder.Entries[it.Index].Interpretation.IsZero() && !strings.Contains(said, "Interpretation") {
			t.Errorf("hover over an interpreted entry does not say so: %q", said)
		}
	}
	r := test.TempWidgetRenderer(t, w).(*ladderRenderer)
	if !r.hover.Visible() {
		t.Error("the hovered item is not highlighted")
	}
	w.MouseOut()
	if r.hover.Visible() {
		t.Error("the highlight stays after the pointer left")
	}
}

// TestLadder_SameGeometryAsExport proves that the widget on screen and an
// exported picture of the same size place rungs and markers identically.
func TestLadder_SameGeometryAsExport(t *testing.T) {
	w, _ := testLadder(t)
	in := model.PlanInput{Entry: "transfer-students", Goal: 2, Earned: 40, PerTerm: 15, TermsPerYear: 4}
	p, err := w.ladder.Plan(in)
	if err != nil {
		t.Fatal(err)
	}
	w.SetPath(model.Path{PlanInput: in, Plan: p})
	r := test.TempWidgetRenderer(t, w).(*ladderRenderer)
	size := w.Size()
	exported, err := charts.RenderLadder(w.ladder, w.Path(), w.words, charts.Size{Width: int(size.Width), Height: int(size.Height), Scale: 1}, charts.Light, charts.SVG, &strings.Builder{})
	if err != nil {
		t.Fatal(err)
	}
	if len(exported.Shapes) != len(r.shapes) {
		t.Fatalf("%d shapes exported, %d on screen", len(exported.Shapes), len(r.shapes))
	}
	checked := map[string]int{}
	for i, s := range exported.Shapes {
		o := r.shapes[i]
		want := fyne.NewPos(float32(s.Rect.Min.X), float32(s.Rect.Min.Y))
		if o.Position() != want || o.Size() != fyne.NewSize(float32(s.Rect.Dx()), float32(s.Rect.Dy())) {
			t.Errorf("%s %d: screen %v %v, file %v", s.Role, s.Index, o.Position(), o.Size(), s.Rect)
		}
		checked[s.Role]++
	}
	if checked["rung"] != 4 || checked["marker"] != 3 || checked["earned"] < 1 || checked["span"] != 1 {
		t.Errorf("compared %v", checked)
	}
	for i, tx := range exported.Texts {
		ct := r.texts[i]
		if ct.Text != tx.Text || ct.Position() != fyne.NewPos(float32(tx.Box.Min.X), float32(tx.Box.Min.Y)) {
			t.Errorf("text %q at %v on screen, %q at %v in the file", ct.Text, ct.Position(), tx.Text, tx.Box.Min)
		}
		if ct.FontSource != ladderFont {
			t.Errorf("text %q is not in the ladder font", ct.Text)
		}
	}
}

// selectEntry picks an entry point in the planner by its id.
func selectEntry(p *planner, id string) {
	p.entry.SetSelectedIndex(p.entryIndex(id))
}

// selectGoal picks a degree in the planner by its English name.
func selectGoal(t *testing.T, p *planner, degree string) {
	t.Helper()
	for i, j := range p.degrees {
		if p.l.Rungs[j].Ends.EN == degree {
			p.goal.SetSelectedIndex(i)
			return
		}
	}
	t.Fatalf("no degree %q", degree)
}

func TestPlanner(t *testing.T) {
	u, _ := newTestUI(t)
	p, w := u.edu.planner, u.edu.ladder
	answer := func() string { return strings.Join(texts(p.answer), " ") }
	if !strings.Contains(answer(), "Choose where the student starts") {
		t.Errorf("answer before a choice: %q", answer())
	}
	selectEntry(p, "transfer-students")
	selectGoal(t, p, "Bachelor's degree")
	if w.Path().Entry != "transfer-students" || w.Path().Goal != 2 {
		t.Fatalf("pickers did not reach the ladder: %q %d", w.Path().Entry, w.Path().Goal)
	}
	// 40 semester credits at a semester school, the defaults: the review's
	// scenario, said first in the school's semester credits.
	p.earned.SetText("40")
	if a := answer(); !strings.Contains(a, "80 semester credits (120 quarter credits) left") || !strings.Contains(a, "About 6 terms: about 3 years") {
		t.Errorf("answer for 40 semester credits: %q", a)
	}
	if !strings.Contains(p.conversion.Text, "40 semester credits = 60 quarter credits") {
		t.Errorf("the conversion is not said: %q", p.conversion.Text)
	}
	if w.Path().Plan == nil || w.Path().Plan.Position != 60 {
		t.Errorf("the ladder has no marker at 60 quarter credits: %+v", w.Path().Plan)
	}
	// At a quarter school year-round, as the article's: 120 quarter credits
	// in 8 terms.
	p.calendar.SetSelectedIndex(3)
	if a := answer(); !strings.Contains(a, "120 quarter credits (80 semester credits) left") || !strings.Contains(a, "About 8 terms: about 2 years") {
		t.Errorf("answer for 40 semester credits at a quarter school: %q", a)
	}
	// Quarter credits: 40 of them leave 140.
	p.earnedUnit.SetSelectedIndex(1)
	if a := answer(); !strings.Contains(a, "140 quarter credits") || !strings.Contains(a, "10 terms") {
		t.Errorf("answer for 40 quarter credits: %q", a)
	}
	// A semester school: 80 semester credits at 15 a term, 2 terms a year.
	p.earnedUnit.SetSelectedIndex(0)
	p.calendar.SetSelectedIndex(0)
	if a := answer(); !strings.Contains(a, "6 terms") || !strings.Contains(a, "3 years") || !strings.Contains(p.paceLabel.Text, "semester credits") {
		t.Errorf("answer on semesters: %q (pace %q)", a, p.paceLabel.Text)
	}
	p.calendar.SetSelectedIndex(3)
	bad := map[string]struct {
		entry *keyEntry
		text  string
		field string
	}{
		"text":          {p.earned, "forty", "earned"},
		"negative":      {p.earned, "-5", "earned"},
		"beyond goal":   {p.earned, "121", "earned"},
		"zero pace":     {p.pace, "0", "pace"},
		"empty pace":    {p.pace, "", "pace"},
		"comma decimal": {p.pace, "7,5", ""},
	}
	for name, c := range bad {
		t.Run(name, func(t *testing.T) {
			p.earned.SetText("40")
			p.pace.SetText("15")
			c.entry.SetText(c.text)
			if c.field == "" {
				if w.Path().Plan == nil {
					t.Errorf("%q refused", c.text)
				}
				return
			}
			if !p.errs[c.field].Visible() || p.errs[c.field].Text == "" {
				t.Errorf("no message next to %s", c.field)
			}
			if w.Path().Plan != nil || strings.Contains(answer(), "credits left") || strings.Contains(answer(), " left") {
				t.Errorf("stale numbers after bad input: %q", answer())
			}
		})
	}
	p.pace.SetText("15")
	p.earned.SetText("40")
	if w.Path().Plan == nil || p.errs["earned"].Visible() {
		t.Error("the plan does not come back after the input is fixed")
	}
	// A choice on the ladder reaches the pickers.
	for _, it := range w.Layout().Items {
		if it.Kind == charts.ItemEntry && w.ladder.Entries[it.Index].ID == "second-degree-pursuers" {
			test.TapAt(w, center(it))
		}
	}
	if p.entry.SelectedIndex() != p.entryIndex("second-degree-pursuers") || p.entry.Selected != "Have an associate's degree" || !strings.Contains(strings.Join(texts(p.entrySource), " "), "Second degree pursuers") {
		t.Errorf("tapping the ladder left the picker at %q", p.entry.Selected)
	}
	// Goal below the start: the goal is named as the problem.
	selectGoal(t, p, "Associate's degree")
	if !p.errs["goal"].Visible() || w.Path().Plan != nil {
		t.Error("a goal at the start point is not refused next to the goal")
	}
}
