package ui

import (
	"image"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"careercompare/charts"
	"careercompare/model"
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

	// path is what the ladder shows: the entry point and goal chosen, and
	// the planner's answer (see SetPath).
	path model.Path

	// OnChanged is called when the student chooses an entry point or a
	// goal on the ladder: the ladder shows the choice at once, and the
	// plan's owner gives it the path that follows with SetPath.
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
	w := &Ladder{ladder: l, words: words, path: model.NoPath(), theme: th, textScale: text, measurer: m, cursor: -1, hovered: -1}
	w.ExtendBaseWidget(w)
	return w, nil
}

// SetPath shows a path: the entry point and goal chosen, and the
// planner's answer (nil for none) for the numbers given.
func (l *Ladder) SetPath(p model.Path) {
	l.path = p
	l.Refresh()
}

// Path returns what the widget shows: the choice and the plan.
func (l *Ladder) Path() model.Path { return l.path }

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
		l.path.Entry = l.ladder.Entries[it.Index].ID
	case charts.ItemDegree:
		l.path.Goal = it.Index
	default:
		return
	}
	l.Refresh()
	if l.OnChanged != nil {
		l.OnChanged(l.path.Entry, l.path.Goal)
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
