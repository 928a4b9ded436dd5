package ui

import (
	"cmp"
	"fmt"
	"reflect"
	"runtime"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"careercompare/internal/catalog"
)

// a11yWalk goes through the window's objects as a reader would and lists
// what each says, where it is.
type a11yWalk struct {
	u     *UI
	items []walkItem
	// layer is 0 for the window's content and the menu bar, then 1, 2…
	// for the overlays (dialogs, menus, messages), the top one highest.
	layer int
	// name is the last short text met: an input after it (a field's
	// label, then its entry or list) is named by it.
	name string
	// unknown are the types of objects the walk cannot say: for tests,
	// which fail on a widget of the window that says nothing.
	unknown map[string]bool
}

// walkItem is an item and the layer it is on.
type walkItem struct {
	a11yItem
	layer int
}

func newA11yWalk(u *UI) *a11yWalk { return &a11yWalk{u: u, unknown: map[string]bool{}} }

// window walks the menu bar, where the window draws one, the content and
// each overlay, in the content's coordinates.
func (w *a11yWalk) window() {
	c := w.u.win.Canvas()
	var origin fyne.Position
	if content := c.Content(); content != nil {
		origin = content.Position()
	}
	w.menuBar(origin)
	w.object(w.u.root, fyne.Position{})
	for i, o := range c.Overlays().List() {
		w.layer, w.name = i+1, ""
		w.object(o, fyne.Position{}.Subtract(origin))
	}
}

// menuBar names the main menu's menus, where the window draws them in a
// bar of its own above the content (macOS has its own menu bar, which
// screen readers read without the app).
func (w *a11yWalk) menuBar(origin fyne.Position) {
	m := w.u.win.MainMenu()
	if m == nil || runtime.GOOS == "darwin" {
		return
	}
	x := float32(0)
	for _, menu := range m.Items {
		width := fyne.MeasureText(menu.Label, theme.TextSize(), fyne.TextStyle{}).Width + 4*theme.InnerPadding()
		w.add(a11yItem{label: w.u.tr("a11y.menu", catalog.Args{"Menu": menu.Label}), role: fyne.AccessibleRoleButton,
			pos: fyne.NewPos(x, -origin.Y), size: fyne.NewSize(width, origin.Y)})
		x += width
	}
}

// add lists an item that says something.
func (w *a11yWalk) add(it a11yItem) {
	it.label = strings.Join(strings.Fields(it.label), " ")
	if it.label != "" {
		w.items = append(w.items, walkItem{a11yItem: it, layer: w.layer})
	}
}

// says lists what an object shows, at its place on screen.
func (w *a11yWalk) says(label string, role fyne.AccessibleRole, o fyne.CanvasObject, at fyne.Position) {
	w.add(a11yItem{label: label, role: role, pos: at, size: o.Size()})
}

// object walks an object and what it holds; parent is where the object's
// parent is.
func (w *a11yWalk) object(o fyne.CanvasObject, parent fyne.Position) {
	if o == nil || !o.Visible() {
		return
	}
	w.shownOrNot(o, parent)
}

// shownOrNot walks an object whether it is shown or not: a part of a page
// held back from painting until it is scrolled to (fillLast) is read all
// the same, as a screen reader reads a page whole.
func (w *a11yWalk) shownOrNot(o fyne.CanvasObject, parent fyne.Position) {
	at := parent.Add(o.Position())
	if r, ok := o.(a11yReader); ok {
		for _, it := range r.a11yItems() {
			it.pos = at.Add(it.pos)
			w.add(it)
		}
		return
	}
	if w.holder(o, at) || w.input(o, at) {
		return
	}
	switch x := o.(type) {
	case *widget.Label:
		w.text(x.Text, o, at)
	case *widget.RichText:
		w.text(richTextWords(x), o, at)
	case *canvas.Text:
		w.text(x.Text, o, at)
	case *widget.Hyperlink:
		w.says(x.Text, fyne.AccessibleRoleLink, o, at)
	case *widget.Button:
		w.says(w.disabled(x.Text, x.Disabled()), fyne.AccessibleRoleButton, o, at)
	case *widget.ProgressBar:
		w.says(fmt.Sprintf("%.0f%%", 100*(x.Value-x.Min)/max(x.Max-x.Min, 1e-9)), fyne.AccessibleRoleText, o, at)
	case *widget.Separator, *widget.Icon, *widget.Activity, *layout.Spacer,
		*canvas.Rectangle, *canvas.Image, *canvas.Line, *canvas.Circle, *canvas.Raster, *canvas.LinearGradient:
		// drawn only: nothing to read
	default:
		if content := heldContent(o); content != nil {
			w.object(content, at) // the toolkit's overlay of a dialog or pop-up
		} else {
			w.unknown[fmt.Sprintf("%T", o)] = true
		}
	}
}

// text lists a text; a short one also names the input after it.
func (w *a11yWalk) text(s string, o fyne.CanvasObject, at fyne.Position) {
	s = strings.TrimSpace(s)
	if s == "" {
		return
	}
	w.says(s, fyne.AccessibleRoleText, o, at)
	w.name = ""
	if len([]rune(s)) <= 60 {
		w.name = strings.TrimSuffix(s, ":")
	}
}

// holder walks the objects an object holds: containers, scrolls, tabs,
// the accordion of the Education tab, pop-ups and menus. It reports
// whether o is one.
func (w *a11yWalk) holder(o fyne.CanvasObject, at fyne.Position) bool {
	switch x := o.(type) {
	case *fyne.Container:
		held, _ := x.Layout.(*fillLast)
		for _, c := range readingOrder(x.Objects) {
			if held != nil && held.waiting[c] {
				w.shownOrNot(c, at)
			} else {
				w.object(c, at)
			}
		}
	case *a11yHidden:
		w.object(x.content, at)
	case *container.Scroll:
		w.object(x.Content, at)
	case *container.AppTabs:
		w.tabs(x, at)
	case *widget.Accordion:
		w.accordion(x, at)
	case *widget.Card:
		w.says(x.Title, fyne.AccessibleRoleText, o, at)
		w.says(x.Subtitle, fyne.AccessibleRoleText, o, at)
		w.object(x.Content, at)
	case *widget.PopUp:
		w.object(x.Content, at)
	case *widget.PopUpMenu:
		w.menu(x.Menu, at)
	case *widget.Menu:
		w.menu(x, at)
	default:
		return false
	}
	return true
}

// input lists a field the student fills or a list they choose from,
// named by the text before it: "Credits you have: 45". It reports
// whether o is one.
func (w *a11yWalk) input(o fyne.CanvasObject, at fyne.Position) bool {
	var value string
	disabled := false
	switch x := o.(type) {
	case *picker:
		value, disabled = cmp.Or(x.Selected, x.PlaceHolder), x.Disabled()
	case *widget.Select:
		value, disabled = cmp.Or(x.Selected, x.PlaceHolder), x.Disabled()
	case *keyEntry:
		value, disabled = w.entryValue(&x.Entry), x.Disabled()
	case *widget.Entry:
		value, disabled = w.entryValue(x), x.Disabled()
	case *widget.Check:
		state := w.u.tr("a11y.unchecked")
		if x.Checked {
			state = w.u.tr("a11y.checked")
		}
		value, disabled = x.Text+": "+state, x.Disabled()
	default:
		return false
	}
	label := value
	if w.name != "" {
		label = w.name + ": " + value
	}
	w.says(w.disabled(label, disabled), fyne.AccessibleRoleButton, o, at)
	return true
}

// entryValue is what a field says: its text, its hint, or that it is
// empty.
func (w *a11yWalk) entryValue(e *widget.Entry) string {
	if v := cmp.Or(e.Text, e.PlaceHolder); v != "" {
		return v
	}
	return w.u.tr("a11y.empty")
}

// disabled marks the label of a control that cannot be used now.
func (w *a11yWalk) disabled(label string, off bool) string {
	if off && label != "" {
		return w.u.tr("a11y.unavailable", catalog.Args{"Label": label})
	}
	return label
}

// tabs names each tab, the one open as open, then walks the open one.
// The toolkit does not say where its tab buttons are: they are placed as
// it lays them out, each as wide as its title, along the top.
func (w *a11yWalk) tabs(t *container.AppTabs, at fyne.Position) {
	x, h := at.X, fyne.MeasureText("M", theme.TextSize(), fyne.TextStyle{}).Height+2*theme.InnerPadding()
	for i, it := range t.Items {
		id := "a11y.tab"
		if i == t.SelectedIndex() {
			id = "a11y.tabOpen"
		}
		width := fyne.MeasureText(it.Text, theme.TextSize(), fyne.TextStyle{Bold: true}).Width + 4*theme.InnerPadding()
		w.add(a11yItem{label: w.u.tr(id, catalog.Args{"Tab": it.Text}), role: fyne.AccessibleRoleButton,
			pos: fyne.NewPos(x, at.Y), size: fyne.NewSize(width, h)})
		x += width
	}
	if sel := t.Selected(); sel != nil {
		w.object(sel.Content, at)
	}
}

// accordion names each part, open or closed, and walks the open ones.
func (w *a11yWalk) accordion(a *widget.Accordion, at fyne.Position) {
	h := fyne.MeasureText("M", theme.TextSize(), fyne.TextStyle{}).Height + 2*theme.InnerPadding()
	y := at.Y
	for _, it := range a.Items {
		id := "a11y.closed"
		if it.Open {
			id = "a11y.open"
			if it.Detail != nil {
				y = at.Y + it.Detail.Position().Y - h
			}
		}
		w.add(a11yItem{label: w.u.tr(id, catalog.Args{"Title": it.Title}), role: fyne.AccessibleRoleButton,
			pos: fyne.NewPos(at.X, y), size: fyne.NewSize(a.Size().Width, h)})
		y += h
		if it.Open {
			w.object(it.Detail, at)
			if it.Detail != nil {
				y = at.Y + it.Detail.Position().Y + it.Detail.Size().Height
			}
		}
	}
}

// menu names a menu's items, with their shortcuts. The toolkit keeps an
// item's *fyne.MenuItem in an exported field of an unexported type: read
// by reflection, it says nothing should a release rename it (a test of
// the pickers' lists fails then).
func (w *a11yWalk) menu(m *widget.Menu, at fyne.Position) {
	if m == nil {
		return
	}
	at = at.Add(m.Position())
	for _, o := range m.Items {
		v := reflect.ValueOf(o)
		if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
			continue
		}
		f := v.Elem().FieldByName("Item")
		if !f.IsValid() || !f.CanInterface() {
			continue
		}
		item, ok := f.Interface().(*fyne.MenuItem)
		if !ok || item == nil || item.IsSeparator {
			continue
		}
		w.says(w.disabled(item.Label, item.Disabled), fyne.AccessibleRoleButton, o, at.Add(o.Position()))
	}
}

// readingOrder is a container's objects in the order the eye reads them:
// by rows from the top, a row being the objects whose heights overlap,
// and left to right within a row. A container lists its objects in the
// order its layout takes them (a Border puts the centre first), not
// always the order they are seen in; a panel is read whole before the one
// beside it.
func readingOrder(objects []fyne.CanvasObject) []fyne.CanvasObject {
	out := slices.Clone(objects)
	slices.SortStableFunc(out, func(a, b fyne.CanvasObject) int { return cmp.Compare(a.Position().Y, b.Position().Y) })
	for start := 0; start < len(out); {
		end, bottom := start+1, out[start].Position().Y+out[start].Size().Height
		for end < len(out) && out[end].Position().Y < bottom {
			bottom = max(bottom, out[end].Position().Y+out[end].Size().Height)
			end++
		}
		slices.SortStableFunc(out[start:end], func(a, b fyne.CanvasObject) int { return cmp.Compare(a.Position().X, b.Position().X) })
		start = end
	}
	return out
}

// heldContent is the object a widget of a type the walk does not know
// holds in an exported field Content, as the toolkit's overlay of a
// dialog or pop-up does (a type of its internal packages); else nil.
func heldContent(o fyne.CanvasObject) fyne.CanvasObject {
	v := reflect.ValueOf(o)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return nil
	}
	f := v.Elem().FieldByName("Content")
	if !f.IsValid() || !f.CanInterface() {
		return nil
	}
	content, _ := f.Interface().(fyne.CanvasObject)
	return content
}

// richTextWords is a rich text's words: its blocks (paragraphs, list
// items, headings) apart, its inline pieces together.
func richTextWords(rt *widget.RichText) string {
	var b strings.Builder
	for _, s := range rt.Segments {
		if b.Len() > 0 && !s.Inline() {
			b.WriteString(" ")
		}
		b.WriteString(s.Textual())
	}
	return b.String()
}
