package ui

import (
	"image"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"careercompare/charts"
	"careercompare/model"
)

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
	path  model.Path
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
	w, h := int(r.size.Width), int(r.size.Height)
	if w <= 0 || h <= 0 {
		return
	}
	ll := r.laidOut(w, h)
	nr, nt := r.drawShapes(ll.Shapes)
	nx := r.drawTexts(ll.Texts)
	hideFrom(r.rects, nr)
	hideFrom(r.tris, nt)
	hideFrom(r.texts, nx)
	r.ring(r.hover, r.l.hovered, ll.Items, theme.Color(theme.ColorNameHover), 0)
	r.ring(r.focus, r.focusedItem(ll), ll.Items, theme.Color(theme.ColorNamePrimary), 3)
	r.collect()
}

// laidOut is the ladder's layout at w×h: the last one while nothing it
// depends on changed (hover, focus and tab switches refresh without
// changing it), else a new one. A layout that needs another height than
// the last says so in OnNeedsHeight.
func (r *ladderRenderer) laidOut(w, h int) *charts.LadderLayout {
	l := r.l
	key := layoutKey{w: w, h: h, text: l.textScale(), theme: l.theme(), path: l.path}
	if l.layout != nil && key == r.key {
		return l.layout
	}
	ll := charts.LayoutLadder(l.ladder, l.path, l.words, w, h, l.textScale(), float64(theme.CaptionTextSize()), l.theme(), l.measurer)
	l.layout, r.key = ll, key
	if need := float32(ll.Needed); need > float32(h)+1 || need < l.needed-1 {
		l.needed = need
		if l.OnNeedsHeight != nil {
			l.OnNeedsHeight()
		}
	}
	return ll
}

// drawShapes moves, sizes and colours a rectangle or triangle of the
// pools for each shape, and returns how many of each it used.
func (r *ladderRenderer) drawShapes(shapes []charts.Shape) (nr, nt int) {
	r.shapes = r.shapes[:0]
	for _, s := range shapes {
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
	return nr, nt
}

// drawTexts sets a text of the pool for each of the layout's texts, and
// returns how many it used.
func (r *ladderRenderer) drawTexts(texts []charts.TextItem) int {
	for i, t := range texts {
		ct := r.text(i)
		ct.Text, ct.Color, ct.TextSize = t.Text, t.Color, float32(t.Size)
		ct.Move(fyne.NewPos(float32(t.Box.Min.X), float32(t.Box.Min.Y)))
		ct.Resize(fyne.NewSize(float32(t.Box.Dx()), float32(t.Box.Dy())))
		ct.Show()
		ct.Refresh()
	}
	return len(texts)
}

// hideFrom hides the objects of a pool from the nth on: the layout did
// not use them.
func hideFrom[T fyne.CanvasObject](pool []T, n int) {
	for _, o := range pool[n:] {
		o.Hide()
	}
}

// focusedItem is the index in ll.Items of the item the keyboard is on,
// while the ladder has the focus; -1 otherwise.
func (r *ladderRenderer) focusedItem(ll *charts.LadderLayout) int {
	l := r.l
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
	return cursor
}

// collect lists the objects to draw, bottom to top: the hover highlight,
// the pools' shapes and texts, the focus ring.
func (r *ladderRenderer) collect() {
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
