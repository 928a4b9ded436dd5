package ui

import (
	"cmp"
	"image"
	"image/color"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"careercompare/charts"
	"careercompare/internal/catalog"
	"careercompare/model"
	"careercompare/model/wording"
)

var (
	_ fyne.Widget       = (*Ladder)(nil)
	_ fyne.Focusable    = (*Ladder)(nil)
	_ fyne.Tappable     = (*Ladder)(nil)
	_ desktop.Hoverable = (*Ladder)(nil)
	_ fyne.Disableable  = (*Ladder)(nil)
)

// ladderFont is the TrueType font of the ladder's labels, the same file the
// exporter measures and draws with, so that screen and file agree.
var ladderFont = fyne.NewStaticResource("Roboto-Medium.ttf", charts.FontTTF)

// Ladder is the interactive credit ladder: a student clicks (or, with the
// keyboard, moves to and presses Enter on) the entry point where they start
// and the degree they aim for; the span between is highlighted. Pointing at
// any part explains it in OnExplain. Its geometry comes from
// charts.LayoutLadder, the same as the exported picture.
type Ladder struct {
	widget.BaseWidget

	// Entry is the id of the selected entry point, Goal the index of the
	// selected goal rung (-1 for none).
	Entry string
	Goal  int
	// Plan is the planner's answer shown on the ladder, for the input
	// planned (see SetPlan).
	Plan    *model.Plan
	planned model.PlanInput

	// OnChanged is called when the student selects an entry point or goal.
	OnChanged func(entry string, goal int)
	// OnExplain is called with the text for the hovered or focused item.
	OnExplain func(text string)
	// OnNeedsHeight is called when the ladder needs another height than
	// its last: its type never shrinks below the window's smallest text,
	// so a narrow or short window lets it grow and the page scroll.
	OnNeedsHeight func()

	ladder    *model.Ladder
	words     charts.LadderWords
	theme     func() charts.Theme
	textScale func() float64
	measurer  *charts.Measurer

	focused  bool
	disabled bool
	// needed is the height the last layout needed, 0 before one.
	needed float32
	// cursor is the keyboard position in the items, hovered the item under
	// the pointer; -1 for none.
	cursor, hovered int
	// pointed is whether the pointer is over the ladder.
	pointed bool
	layout  *charts.LadderLayout
}

// NewLadder returns a ladder widget for l that speaks as words says (its
// language and the careers' tags; the plan and the notes are beside it in
// the window). th and text give the chart theme and text scale.
func NewLadder(l *model.Ladder, words charts.LadderWords, th func() charts.Theme, text func() float64) (*Ladder, error) {
	m, err := charts.NewMeasurer()
	if err != nil {
		return nil, err
	}
	words.Plan, words.Notes, words.Footer = false, false, nil
	w := &Ladder{ladder: l, words: words, Goal: -1, theme: th, textScale: text, measurer: m, cursor: -1, hovered: -1}
	w.ExtendBaseWidget(w)
	return w, nil
}

// SetPlan shows the planner's answer p (nil for none) for the input in.
func (l *Ladder) SetPlan(in model.PlanInput, p *model.Plan) {
	l.planned, l.Plan = in, p
	l.Refresh()
}

// Path returns what the widget shows: the selection and the plan.
func (l *Ladder) Path() model.Path {
	in := l.planned
	in.Entry, in.Goal = l.Entry, l.Goal
	return model.Path{PlanInput: in, Plan: l.Plan}
}

// Layout returns the geometry last laid out.
func (l *Ladder) Layout() *charts.LadderLayout { return l.layout }

// CreateRenderer implements fyne.Widget.
func (l *Ladder) CreateRenderer() fyne.WidgetRenderer {
	l.ExtendBaseWidget(l)
	r := &ladderRenderer{l: l}
	r.focus = canvas.NewRectangle(color.Transparent)
	r.hover = canvas.NewRectangle(color.Transparent)
	return r
}

// MinSize implements fyne.Widget.
func (l *Ladder) MinSize() fyne.Size {
	l.ExtendBaseWidget(l)
	return fyne.NewSize(420, max(300, l.needed))
}

// items returns the items the keyboard moves through: entries and degrees.
func (l *Ladder) items() []charts.LadderItem {
	if l.layout == nil {
		return nil
	}
	var out []charts.LadderItem
	for _, it := range l.layout.Items {
		if it.Kind != charts.ItemRung {
			out = append(out, it)
		}
	}
	return out
}

// choose selects an item: an entry point as the start, a degree as the goal.
func (l *Ladder) choose(it charts.LadderItem) {
	switch it.Kind {
	case charts.ItemEntry:
		l.Entry = l.ladder.Entries[it.Index].ID
	case charts.ItemDegree:
		l.Goal = it.Index
	default:
		return
	}
	l.Refresh()
	if l.OnChanged != nil {
		l.OnChanged(l.Entry, l.Goal)
	}
}

func (l *Ladder) explain(text string) {
	if l.OnExplain != nil {
		l.OnExplain(text)
	}
}

// Tapped implements fyne.Tappable: it focuses the ladder and selects what
// is under the pointer.
func (l *Ladder) Tapped(e *fyne.PointEvent) {
	if l.disabled || l.layout == nil {
		return
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(l); c != nil && !l.focused {
		c.Focus(l)
	}
	i := l.layout.ItemAt(image.Pt(int(e.Position.X), int(e.Position.Y)))
	if i < 0 {
		return
	}
	it := l.layout.Items[i]
	for j, k := range l.items() {
		if k.Kind == it.Kind && k.Index == it.Index {
			l.cursor = j
		}
	}
	l.explain(it.Explain)
	l.choose(it)
}

// FocusGained implements fyne.Focusable.
func (l *Ladder) FocusGained() {
	l.focused = true
	if l.cursor < 0 && len(l.items()) > 0 {
		l.cursor = 0
	}
	if items := l.items(); l.cursor >= 0 && l.cursor < len(items) {
		l.explain(items[l.cursor].Explain)
	}
	l.Refresh()
}

// FocusLost implements fyne.Focusable.
func (l *Ladder) FocusLost() {
	l.focused = false
	l.Refresh()
}

// TypedRune implements fyne.Focusable; the ladder takes no text.
func (l *Ladder) TypedRune(rune) {}

// TypedKey implements fyne.Focusable: arrows and Home/End move between entry
// points and degrees, Enter or Space selects.
func (l *Ladder) TypedKey(e *fyne.KeyEvent) {
	items := l.items()
	if l.disabled || len(items) == 0 {
		return
	}
	switch e.Name {
	case fyne.KeyRight, fyne.KeyDown:
		l.cursor = min(len(items)-1, l.cursor+1)
	case fyne.KeyLeft, fyne.KeyUp:
		l.cursor = max(0, l.cursor-1)
	case fyne.KeyHome:
		l.cursor = 0
	case fyne.KeyEnd:
		l.cursor = len(items) - 1
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace:
		if l.cursor >= 0 {
			l.choose(items[l.cursor])
		}
		return
	default:
		return
	}
	l.explain(items[l.cursor].Explain)
	l.Refresh()
}

// MouseIn implements desktop.Hoverable.
func (l *Ladder) MouseIn(e *desktop.MouseEvent) { l.pointed = true; l.MouseMoved(e) }

// Pointed reports whether the pointer is over the ladder, or the ladder
// has the keyboard focus: Copy chart copies it then.
func (l *Ladder) Pointed() bool { return l.pointed || l.focused }

// MouseMoved implements desktop.Hoverable: the item under the pointer is
// outlined and explained.
func (l *Ladder) MouseMoved(e *desktop.MouseEvent) {
	if l.layout == nil {
		return
	}
	i := l.layout.ItemAt(image.Pt(int(e.Position.X), int(e.Position.Y)))
	if i == l.hovered {
		return
	}
	l.hovered = i
	if i >= 0 {
		l.explain(l.layout.Items[i].Explain)
	}
	l.Refresh()
}

// MouseOut implements desktop.Hoverable.
func (l *Ladder) MouseOut() {
	l.hovered, l.pointed = -1, false
	l.Refresh()
}

// Disable implements fyne.Disableable.
func (l *Ladder) Disable() { l.disabled = true; l.Refresh() }

// Enable implements fyne.Disableable.
func (l *Ladder) Enable() { l.disabled = false; l.Refresh() }

// Disabled implements fyne.Disableable.
func (l *Ladder) Disabled() bool { return l.disabled }

// ladderRenderer draws a LadderLayout with canvas objects. Objects are kept
// in pools and reused: a refresh recolours and moves them, and hides what
// the layout does not use.
type ladderRenderer struct {
	l      *Ladder
	rects  []*canvas.Rectangle
	tris   []*canvas.RegularPolygon
	texts  []*canvas.Text
	focus  *canvas.Rectangle
	hover  *canvas.Rectangle
	shapes []fyne.CanvasObject // the object drawn for each layout shape
	objs   []fyne.CanvasObject
	size   fyne.Size
	key    layoutKey
}

// layoutKey is what the ladder's layout depends on.
type layoutKey struct {
	w, h  int
	text  float64
	theme charts.Theme
	entry string
	goal  int
	plan  *model.Plan
	in    model.PlanInput
}

func (r *ladderRenderer) Layout(s fyne.Size) {
	r.size = s
	r.Refresh()
}

func (r *ladderRenderer) MinSize() fyne.Size { return r.l.MinSize() }

func (r *ladderRenderer) Objects() []fyne.CanvasObject { return r.objs }

func (r *ladderRenderer) Destroy() {}

func (r *ladderRenderer) rect(i int) *canvas.Rectangle {
	for len(r.rects) <= i {
		r.rects = append(r.rects, canvas.NewRectangle(color.Transparent))
	}
	return r.rects[i]
}

func (r *ladderRenderer) tri(i int) *canvas.RegularPolygon {
	for len(r.tris) <= i {
		r.tris = append(r.tris, &canvas.RegularPolygon{Sides: 3})
	}
	return r.tris[i]
}

func (r *ladderRenderer) text(i int) *canvas.Text {
	for len(r.texts) <= i {
		t := canvas.NewText("", color.Black)
		t.FontSource = ladderFont
		r.texts = append(r.texts, t)
	}
	return r.texts[i]
}

func rectOf(b image.Rectangle) (fyne.Position, fyne.Size) {
	return fyne.NewPos(float32(b.Min.X), float32(b.Min.Y)), fyne.NewSize(float32(b.Dx()), float32(b.Dy()))
}

// Refresh lays the ladder out at the widget's size and updates the objects.
func (r *ladderRenderer) Refresh() {
	l := r.l
	w, h := int(r.size.Width), int(r.size.Height)
	if w <= 0 || h <= 0 {
		return
	}
	key := layoutKey{w: w, h: h, text: l.textScale(), theme: l.theme(), entry: l.Entry, goal: l.Goal, plan: l.Plan, in: l.planned}
	ll := l.layout
	if ll == nil || key != r.key {
		// Hover, focus and tab switches refresh without changing the layout.
		ll = charts.LayoutLadder(l.ladder, l.Path(), l.words, w, h, l.textScale(), float64(theme.CaptionTextSize()), l.theme(), l.measurer)
		l.layout, r.key = ll, key
		if need := float32(ll.Needed); need > float32(h)+1 || need < l.needed-1 {
			l.needed = need
			if l.OnNeedsHeight != nil {
				l.OnNeedsHeight()
			}
		}
	}
	nr, nt, nx := 0, 0, 0
	r.shapes = r.shapes[:0]
	for _, s := range ll.Shapes {
		pos, size := rectOf(s.Rect)
		var o fyne.CanvasObject
		switch s.Kind {
		case charts.ShapeTriangleDown, charts.ShapeTriangleUp:
			p := r.tri(nt)
			nt++
			p.FillColor, p.StrokeColor, p.StrokeWidth = s.Fill, s.Stroke, float32(s.StrokeWidth)
			p.Angle = 0
			if s.Kind == charts.ShapeTriangleDown {
				p.Angle = 180
			}
			p.Refresh()
			o = p
		default:
			rc := r.rect(nr)
			nr++
			rc.FillColor, rc.StrokeColor, rc.StrokeWidth = s.Fill, s.Stroke, float32(s.StrokeWidth)
			rc.CornerRadius = float32(s.Radius)
			rc.Refresh()
			o = rc
		}
		o.Move(pos)
		o.Resize(size)
		o.Show()
		r.shapes = append(r.shapes, o)
	}
	for _, t := range ll.Texts {
		ct := r.text(nx)
		nx++
		ct.Text, ct.Color, ct.TextSize = t.Text, t.Color, float32(t.Size)
		ct.Move(fyne.NewPos(float32(t.Box.Min.X), float32(t.Box.Min.Y)))
		ct.Resize(fyne.NewSize(float32(t.Box.Dx()), float32(t.Box.Dy())))
		ct.Show()
		ct.Refresh()
	}
	for _, o := range r.rects[nr:] {
		o.Hide()
	}
	for _, o := range r.tris[nt:] {
		o.Hide()
	}
	for _, o := range r.texts[nx:] {
		o.Hide()
	}
	r.ring(r.hover, l.hovered, ll.Items, theme.Color(theme.ColorNameHover), 0)
	cursor := -1
	if l.focused {
		if items := l.items(); l.cursor >= 0 && l.cursor < len(items) {
			for i, it := range ll.Items {
				if it.Kind == items[l.cursor].Kind && it.Index == items[l.cursor].Index {
					cursor = i
				}
			}
		}
	}
	r.ring(r.focus, cursor, ll.Items, theme.Color(theme.ColorNamePrimary), 3)
	r.objs = r.objs[:0]
	r.objs = append(r.objs, r.hover)
	for _, o := range r.rects {
		r.objs = append(r.objs, o)
	}
	for _, o := range r.tris {
		r.objs = append(r.objs, o)
	}
	for _, o := range r.texts {
		r.objs = append(r.objs, o)
	}
	r.objs = append(r.objs, r.focus)
}

// ring outlines item i (or hides the ring for -1): the hover highlight and
// the visible focus ring.
func (r *ladderRenderer) ring(rc *canvas.Rectangle, i int, items []charts.LadderItem, c color.Color, stroke float32) {
	if i < 0 || i >= len(items) {
		rc.Hide()
		return
	}
	b := items[i].Hit.Inset(-4)
	pos, size := rectOf(b)
	if stroke > 0 {
		rc.FillColor, rc.StrokeColor, rc.StrokeWidth = color.Transparent, c, stroke
	} else {
		rc.FillColor, rc.StrokeColor, rc.StrokeWidth = c, color.Transparent, 0
	}
	rc.CornerRadius = 4
	rc.Move(pos)
	rc.Resize(size)
	rc.Show()
	rc.Refresh()
}

// ladderWords say a ladder's picture for a screen reader: its title, then
// each entry point, degree and rung as pointing at it explains it.
func ladderWords(lang model.Lang, l *model.Ladder, ll *charts.LadderLayout) string {
	parts := []string{wording.LadderTitle(lang, l) + "."}
	for _, it := range ll.Items {
		parts = append(parts, it.Explain)
	}
	return strings.Join(parts, " ")
}

// a11yItems implements a11yReader: the ladder's title; each entry point
// and degree as a button, the chosen ones said as chosen; each rung; then
// the planned path in a sentence. Each where it is drawn.
func (l *Ladder) a11yItems() []a11yItem {
	if l.layout == nil {
		return nil
	}
	lang := l.words.Lang
	line := fyne.MeasureText("M", theme.TextSize(), fyne.TextStyle{}).Height
	out := []a11yItem{{label: wording.LadderTitle(lang, l.ladder), role: fyne.AccessibleRoleText, size: fyne.NewSize(l.Size().Width, line)}}
	// As drawn, top to bottom: the degrees above the ladder, its rungs,
	// the entry points below it.
	items := slices.Clone(l.layout.Items)
	slices.SortStableFunc(items, func(a, b charts.LadderItem) int {
		return cmp.Or(cmp.Compare(a.Hit.Min.Y, b.Hit.Min.Y), cmp.Compare(a.Hit.Min.X, b.Hit.Min.X))
	})
	for _, it := range items {
		item := a11yItem{label: it.Explain, role: fyne.AccessibleRoleButton,
			pos: fyne.NewPos(float32(it.Hit.Min.X), float32(it.Hit.Min.Y)), size: fyne.NewSize(float32(it.Hit.Dx()), float32(it.Hit.Dy()))}
		switch {
		case it.Kind == charts.ItemEntry && l.ladder.Entries[it.Index].ID == l.Entry:
			item.label = catalog.T(lang, "a11y.chosen", catalog.Args{"Label": it.Explain, "Choice": catalog.T(lang, "ladder.startHere")})
		case it.Kind == charts.ItemDegree && it.Index == l.Goal:
			item.label = catalog.T(lang, "a11y.chosen", catalog.Args{"Label": it.Explain, "Choice": catalog.T(lang, "ladder.endHere")})
		case it.Kind == charts.ItemRung:
			item.role = fyne.AccessibleRoleText
		}
		out = append(out, item)
	}
	if e, ok := l.ladder.Entry(l.Entry); ok && l.Goal >= 0 && l.Goal < len(l.ladder.Rungs) {
		g := l.ladder.Rungs[l.Goal]
		path := catalog.T(lang, "html.ladderDescPath", catalog.Args{"Entry": wording.EntryLabel(lang, *e), "From": wording.Credits(lang, l.ladder, e.Credits, ""),
			"Degree": g.Ends.In(lang), "To": wording.Credits(lang, l.ladder, g.Credits, "")})
		out = append(out, a11yItem{label: path, role: fyne.AccessibleRoleText, pos: fyne.NewPos(0, l.Size().Height-line), size: fyne.NewSize(l.Size().Width, line)})
	}
	return out
}
