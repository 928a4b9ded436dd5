package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The layouts of the window's own: a tab's page (fillLast, page), the
// ladder and its planner side by side or stacked (beside), a detail line
// (twoLines), the pickers (flowRow, selectWidth, compactRow).

// fillLast is a vertical layout whose last object takes the height the
// others leave, at least its minimum: a chart under its text grows with
// the window.
//
// Given its page's scroll, it also keeps hidden, in their place, the
// objects that lie wholly below the part of the page in view until they
// are scrolled into it: Fyne paints every visible object of a window, in
// view or not, and for text that means shaping each line again and
// rasterising it into a texture. So the facts of a tab below its first
// screen cost nothing in the frame that first shows the tab, nor memory,
// until they are scrolled to. They are shown from the scroll's OnScrolled
// and from Layout, before the frame that could show them is painted: they
// never pop in.
type fillLast struct {
	scroll *container.Scroll
	// waiting are the objects hidden until they are scrolled into view.
	waiting map[fyne.CanvasObject]bool
	objects []fyne.CanvasObject
}

// counts is whether o takes its place in the page: visible, or waiting to
// be scrolled into view.
func (f *fillLast) counts(o fyne.CanvasObject) bool { return o.Visible() || f.waiting[o] }

func (f *fillLast) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var size fyne.Size
	n := 0
	for _, o := range objects {
		if !f.counts(o) {
			continue
		}
		m := o.MinSize()
		size.Width = max(size.Width, m.Width)
		size.Height += m.Height
		n++
	}
	if n > 1 {
		size.Height += theme.Padding() * float32(n-1)
	}
	return size
}

func (f *fillLast) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	y := float32(0)
	for i, o := range objects {
		if !f.counts(o) {
			continue
		}
		h := o.MinSize().Height
		if i == len(objects)-1 {
			h = max(h, size.Height-y)
		}
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h + pad
	}
	f.objects = objects
	f.reveal()
}

// reveal shows what has come into view, and, at the first layout, hides
// what lies below it.
func (f *fillLast) reveal() {
	if f.scroll == nil || f.scroll.Size().Height <= 0 {
		return
	}
	first := f.waiting == nil
	if first {
		f.waiting = map[fyne.CanvasObject]bool{}
	}
	// The page's top is a padding below the scroll content's.
	bottom := f.scroll.Offset.Y + f.scroll.Size().Height - theme.Padding()
	for _, o := range f.objects {
		below := o.Position().Y > bottom
		switch {
		case first && below && o.Visible():
			f.waiting[o] = true
			o.Hide()
		case f.waiting[o] && !below:
			delete(f.waiting, o)
			o.Show()
		}
	}
}

// page wraps a tab's content in padding and a vertical scroll.
func page(objects ...fyne.CanvasObject) *container.Scroll {
	f := &fillLast{}
	s := container.NewVScroll(container.NewPadded(container.New(f, objects...)))
	f.scroll = s
	s.OnScrolled = func(fyne.Position) { f.reveal() }
	return s
}

// beside puts a side panel to the right of the main object when the width
// allows both, and under it when it does not, so a small window still
// shows the ladder at a readable size. It remembers the last width it laid
// out at to report a fitting minimum height.
type beside struct {
	mainWidth float32 // the main object's width below which the panel moves under it
	width     float32
}

func (b *beside) sideBySide(width float32, side fyne.CanvasObject) bool {
	return width >= b.mainWidth+side.MinSize().Width+theme.Padding()
}

func (b *beside) MinSize(objects []fyne.CanvasObject) fyne.Size {
	m, s := objects[0].MinSize(), objects[1].MinSize()
	if b.width > 0 && b.sideBySide(b.width, objects[1]) {
		return fyne.NewSize(m.Width+s.Width+theme.Padding(), max(m.Height, s.Height))
	}
	return fyne.NewSize(max(m.Width, s.Width), m.Height+s.Height+theme.Padding())
}

func (b *beside) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	b.width = size.Width
	main, side := objects[0], objects[1]
	sm := side.MinSize()
	if b.sideBySide(size.Width, side) {
		main.Move(fyne.NewPos(0, 0))
		main.Resize(fyne.NewSize(size.Width-sm.Width-theme.Padding(), size.Height))
		side.Move(fyne.NewPos(size.Width-sm.Width, 0))
		side.Resize(fyne.NewSize(sm.Width, size.Height))
		return
	}
	mh := max(main.MinSize().Height, size.Height-sm.Height-theme.Padding())
	main.Move(fyne.NewPos(0, 0))
	main.Resize(fyne.NewSize(size.Width, mh))
	side.Move(fyne.NewPos(0, mh+theme.Padding()))
	side.Resize(fyne.NewSize(size.Width, sm.Height))
}

// twoLines gives its one object the height of two lines of text, at the
// window's text size, whatever it says. The height is measured once a
// text size (MinSize is asked many times a frame).
type twoLines struct {
	textSize, height float32
}

func (t *twoLines) MinSize(objects []fyne.CanvasObject) fyne.Size {
	if size := theme.TextSize(); size != t.textSize {
		t.textSize, t.height = size, widget.NewLabel("M\nM").MinSize().Height
	}
	return fyne.NewSize(0, t.height)
}

func (*twoLines) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// flowRow lays its objects out in a row, each at its minimum width, and
// starts a new row when the next does not fit: at a large text size on a
// small screen the pickers wrap instead of being cut off.
type flowRow struct{ width float32 }

func (f *flowRow) rows(objects []fyne.CanvasObject, width float32) (rows [][]fyne.CanvasObject) {
	pad := theme.Padding()
	var row []fyne.CanvasObject
	x := float32(0)
	for _, o := range objects {
		w := o.MinSize().Width
		if len(row) > 0 && x+w > width {
			rows, row, x = append(rows, row), nil, 0
		}
		row = append(row, o)
		x += w + pad
	}
	if len(row) > 0 {
		rows = append(rows, row)
	}
	return rows
}

func (f *flowRow) MinSize(objects []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding()
	widest, h := float32(0), float32(0)
	width := f.width
	if width == 0 {
		width = 1e6
	}
	for _, row := range f.rows(objects, width) {
		rh := float32(0)
		for _, o := range row {
			rh = max(rh, o.MinSize().Height)
		}
		h += rh + pad
	}
	for _, o := range objects {
		widest = max(widest, o.MinSize().Width)
	}
	return fyne.NewSize(widest, max(0, h-pad))
}

func (f *flowRow) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	f.width = size.Width
	pad := theme.Padding()
	y := float32(0)
	for _, row := range f.rows(objects, size.Width) {
		x, rh := float32(0), float32(0)
		for _, o := range row {
			rh = max(rh, o.MinSize().Height)
		}
		for _, o := range row {
			m := o.MinSize()
			o.Move(fyne.NewPos(x, y+(rh-m.Height)/2))
			o.Resize(m)
			x += m.Width + pad
		}
		y += rh + pad
	}
}

// selectWidth gives a select the width of its longest choice at the
// window's text size, so that a choice is never cut into something that
// reads as another; compact, for full screen, at most ten characters of
// it (the choices begin with a short name that stays whole).
type selectWidth struct {
	s       *widget.Select
	compact bool
	// most, when set, is the most width the select may take (a share of
	// the window's): its choices begin with a short name that stays
	// whole when the rest is cut.
	most func() float32
}

func (w *selectWidth) MinSize([]fyne.CanvasObject) fyne.Size {
	m := w.s.MinSize()
	size := theme.TextSize()
	widest := fyne.MeasureText(w.s.PlaceHolder, size, fyne.TextStyle{}).Width
	for _, o := range w.s.Options {
		widest = max(widest, fyne.MeasureText(o, size, fyne.TextStyle{}).Width)
	}
	if w.compact {
		widest = min(widest, fyne.MeasureText("MMMMMMMMMM", size, fyne.TextStyle{}).Width)
	}
	pad := theme.InnerPadding()
	width := max(m.Width, widest+4*pad+theme.IconInlineSize())
	if w.most != nil && w.most() > 0 {
		width = max(m.Width, min(width, w.most()))
	}
	return fyne.NewSize(width, m.Height)
}

func (w *selectWidth) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// compactRow lays its objects out in one row, each at its minimum size,
// centred on the row's height: the careers' pickers on full screen's one
// line.
type compactRow struct{}

func (compactRow) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for _, o := range objects {
		m := o.MinSize()
		w, h = w+m.Width+theme.Padding(), max(h, m.Height)
	}
	return fyne.NewSize(max(0, w-theme.Padding()), h)
}

// Layout gives each object its minimum width; where the row is wider than
// its room (large text on a projector), the wide ones (the pickers, whose
// choices end in an ellipsis) give up width in proportion, the words
// between them none.
func (r compactRow) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	const wide = 80 // narrower objects are words: they keep their width
	excess := r.MinSize(objects).Width - size.Width
	var shrinkable float32
	for _, o := range objects {
		if w := o.MinSize().Width; w > wide {
			shrinkable += w - wide
		}
	}
	x := float32(0)
	for _, o := range objects {
		m := o.MinSize()
		if excess > 0 && shrinkable > 0 && m.Width > wide {
			m.Width -= min(excess, shrinkable) * (m.Width - wide) / shrinkable
		}
		o.Move(fyne.NewPos(x, (size.Height-m.Height)/2))
		o.Resize(m)
		x += m.Width + theme.Padding()
	}
}
