package ui

import (
	"cmp"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// What a screen reader gets of the window.
//
// Fyne 2.8, built with -tags accessibility, publishes to UI Automation
// (Windows) and NSAccessibility (macOS) the visible objects that implement
// fyne.Accessible, walking only into *fyne.Container: never inside a
// widget, so nothing in the tabs, a scroll, a dialog or a menu is reached,
// and of the widgets only Label, Button and Hyperlink say anything. The
// window therefore publishes a layer of its own: an invisible list of
// leaves (a11yLeaf) over the window's content, one for each thing a
// student reads or presses (every fact and its source line, the key
// difference, the pickers, the tabs, the planner's fields and answer, each
// chart in words, each rung and entry point of the credit ladder, the
// dialog or menu open), each labelled, with its role and its place on
// screen, in reading order. The window's own objects sit in a11yHidden,
// which the toolkit's walk does not enter, so that nothing is read twice.
//
// The layer is filled when the toolkit asks for it, and only then: its
// first object's AccessibilityRole, which only the accessibility walk
// calls, just before it reads the leaves (after every repaint). So what a
// screen reader reads is what was just painted, and a build or a system
// that publishes nothing (Linux) pays nothing.

// a11yItem is one thing a screen reader reads: its words, its role, and
// where it is in the coordinates of the object that gives it.
type a11yItem struct {
	label string
	role  fyne.AccessibleRole
	pos   fyne.Position
	size  fyne.Size
}

// a11yReader is a widget of ours that says itself, as one or more items
// in its own coordinates: a chart in words, the ladder's rungs.
type a11yReader interface {
	a11yItems() []a11yItem
}

// a11yLayer is the list of leaves published over the window's content.
type a11yLayer struct {
	u *UI
	// box holds the sentinel, then the leaves; it has no layout: each leaf
	// is where its object is.
	box    *fyne.Container
	leaves []*a11yLeaf
	// walk is the last walk, for tests: what it met that it cannot say.
	walk *a11yWalk
}

// newA11yLayer returns the window's content: root, hidden from the
// toolkit's walk, under the layer that says it.
func newA11yLayer(u *UI, root fyne.CanvasObject) (*a11yLayer, fyne.CanvasObject) {
	l := &a11yLayer{u: u}
	s := &a11ySentinel{layer: l}
	s.ExtendBaseWidget(s)
	l.box = container.NewWithoutLayout(s)
	return l, container.NewStack(newA11yHidden(root), l.box)
}

// update walks the window as it is now and sets the leaves to say it. It
// runs on the UI goroutine (the accessibility walk runs after a repaint).
func (l *a11yLayer) update() {
	w := newA11yWalk(l.u)
	w.window()
	l.walk = w
	items := w.ordered()
	grown := false
	for len(l.leaves) < len(items) {
		leaf := &a11yLeaf{}
		leaf.ExtendBaseWidget(leaf)
		l.leaves = append(l.leaves, leaf)
		l.box.Objects = append(l.box.Objects, leaf)
		grown = true
	}
	if grown {
		// The toolkit's walk has already taken the list of objects: a
		// leaf added now is read from the next repaint, which this asks for.
		l.box.Refresh()
	}
	for i, leaf := range l.leaves {
		if i < len(items) {
			leaf.item, leaf.shown = items[i], true
		} else {
			leaf.item, leaf.shown = a11yItem{}, false
		}
	}
}

// items are what the leaves say now, in their order: for tests.
func (l *a11yLayer) items() []a11yItem {
	var out []a11yItem
	for _, leaf := range l.leaves {
		if leaf.shown {
			out = append(out, leaf.item)
		}
	}
	return out
}

// ordered are the walk's items in reading order: the dialog or menu on
// top first, then the window's content in the order the window is made
// of (the banner, the pickers, the tabs, then the open tab: its panels one
// after another, the two careers' cells of a row side by side, left
// first), which is the order the eye reads it in.
func (w *a11yWalk) ordered() []a11yItem {
	out := slices.Clone(w.items)
	slices.SortStableFunc(out, func(a, b walkItem) int { return cmp.Compare(b.layer, a.layer) })
	items := make([]a11yItem, len(out))
	for i, it := range out {
		items[i] = it.a11yItem
	}
	return items
}

// a11ySentinel is the layer's first object: when the accessibility walk
// asks for its role, the layer is filled, just before the walk reads it.
type a11ySentinel struct {
	widget.BaseWidget
	layer *a11yLayer
}

// AccessibilityRole implements fyne.Accessible: it fills the layer.
func (s *a11ySentinel) AccessibilityRole() fyne.AccessibleRole {
	s.layer.update()
	return fyne.AccessibleRoleContainer
}

// AccessibilityLabel implements fyne.Accessible.
func (s *a11ySentinel) AccessibilityLabel() string { return "" }

// CreateRenderer implements fyne.Widget: it draws nothing.
func (s *a11ySentinel) CreateRenderer() fyne.WidgetRenderer { return emptyRenderer{} }

// a11yLeaf is one published item: invisible, it takes no input (it is
// neither tappable nor hoverable, so events pass to what is under it), and
// reports the place of the object it says.
type a11yLeaf struct {
	widget.BaseWidget
	item  a11yItem
	shown bool
}

// AccessibilityLabel implements fyne.Accessible.
func (l *a11yLeaf) AccessibilityLabel() string { return l.item.label }

// AccessibilityRole implements fyne.Accessible.
func (l *a11yLeaf) AccessibilityRole() fyne.AccessibleRole { return l.item.role }

// Visible reports whether the leaf says anything now.
func (l *a11yLeaf) Visible() bool { return l.shown }

// Position is where the object the leaf says is, in the content.
func (l *a11yLeaf) Position() fyne.Position { return l.item.pos }

// Size is the size of the object the leaf says.
func (l *a11yLeaf) Size() fyne.Size { return l.item.size }

// CreateRenderer implements fyne.Widget: it draws nothing.
func (l *a11yLeaf) CreateRenderer() fyne.WidgetRenderer { return emptyRenderer{} }

// emptyRenderer draws nothing.
type emptyRenderer struct{}

func (emptyRenderer) Destroy()                     {}
func (emptyRenderer) Layout(fyne.Size)             {}
func (emptyRenderer) MinSize() fyne.Size           { return fyne.Size{} }
func (emptyRenderer) Objects() []fyne.CanvasObject { return nil }
func (emptyRenderer) Refresh()                     {}

// a11yHidden holds the window's own objects where the toolkit's
// accessibility walk does not go (it enters only containers): the layer
// says them instead, each once.
type a11yHidden struct {
	widget.BaseWidget
	content fyne.CanvasObject
}

func newA11yHidden(content fyne.CanvasObject) *a11yHidden {
	h := &a11yHidden{content: content}
	h.ExtendBaseWidget(h)
	return h
}

// CreateRenderer implements fyne.Widget.
func (h *a11yHidden) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(h.content)
}
