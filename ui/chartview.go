package ui

import (
	"image"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"careercompare/charts"
)

// Picture is a rendered picture and a way to explain a point of it.
type Picture struct {
	Image image.Image
	// Explain returns the text for the pixel under the pointer, or "".
	Explain func(p image.Point) string
	// Notes are the picture's notes that did not fit into it at the
	// window's text size: the view writes them under it.
	Notes []string
	// Height is the height the picture needs to hold its text at the
	// window's text size, in logical pixels; the view grows to it (and the
	// page scrolls) when it is taller than the view. 0 for no need.
	Height int
	// Smallest is the size of the picture's smallest text, in output
	// pixels, for tests and the closing measurements.
	Smallest float64
	// Plot is a bar chart's plotting area (axis to axis), in output
	// pixels; empty for a picture without one.
	Plot image.Rectangle
	// Words say the picture for a screen reader: its title, every bar's
	// value, its notes (charts.BarSpec.Describe).
	Words string
}

// RenderFunc draws a picture at a size in pixels and a theme. It runs off
// the UI goroutine: it may read only values handed to it when it was made
// (a chart's spec, a ladder of the immutable dataset), never a field of the
// UI or a widget, which the UI goroutine may be writing meanwhile.
type RenderFunc func(size charts.Size, th charts.Theme) (Picture, error)

// ChartView shows a chart rendered at exactly its size on screen, times the
// screen's scale, so it is crisp on HiDPI screens. Rendering runs off the UI
// goroutine; the result comes back through fyne.Do. A render is skipped when
// size, scale and theme are those of the picture already shown.
type ChartView struct {
	widget.BaseWidget

	// OnHover is called with the explanation of the point under the
	// pointer ("" when it explains nothing).
	OnHover func(text string)
	// OnError is called when a render fails.
	OnError func(err error)
	// OnNeedsHeight is called when the picture needs more height than the
	// view has: the page around it lays out again.
	OnNeedsHeight func()
	// PlotShare, when set, gives the least share of the picture's height
	// a bar chart's plot takes (more in full screen, for a projector).
	PlotShare func() float64

	render RenderFunc
	theme  func() charts.Theme
	text   func() float64
	spawn  func(func())
	min    fyne.Size
	// need is the height the last picture asked for (Picture.Height), at
	// the width it was drawn for.
	need     float32
	smallest float64
	// plot is the shown picture's plotting area, in logical pixels of the view.
	plot    image.Rectangle
	img     *canvas.Image
	notes   *widget.RichText
	explain func(p image.Point) string
	// words say the picture shown (Picture.Words).
	words string
	// pointed is whether the pointer is over the view.
	pointed bool
	// shown is the key of the picture on screen, requested that of the
	// newest render started; version counts changes of what is drawn.
	shown, requested renderKey
	version          uint64
	gen              atomic.Uint64
	// rendered counts finished renders, for tests and benchmarks.
	rendered atomic.Int64
}

type renderKey struct {
	w, h        int
	scale, text float64
	share       float64
	theme       charts.Theme
	data        uint64
}

var (
	_ fyne.Widget       = (*ChartView)(nil)
	_ desktop.Hoverable = (*ChartView)(nil)
)

// NewChartView returns a view that draws with render at least min in size.
// th and text give the chart theme and text scale to draw with; spawn runs
// a render off the UI goroutine (go f() in the app; tests queue it).
func NewChartView(render RenderFunc, th func() charts.Theme, text func() float64, min fyne.Size, spawn func(func())) *ChartView {
	v := &ChartView{render: render, theme: th, text: text, min: min, spawn: spawn}
	v.img = canvas.NewImageFromImage(nil)
	v.img.FillMode = canvas.ImageFillStretch
	v.img.ScaleMode = canvas.ImageScaleSmooth
	v.notes = widget.NewRichText()
	v.notes.Wrapping = fyne.TextWrapWord
	v.notes.Hide()
	v.ExtendBaseWidget(v)
	return v
}

// SetRender replaces what the view draws (new data or selection) and
// renders again.
func (v *ChartView) SetRender(render RenderFunc) {
	v.render = render
	v.version++
	v.Refresh()
}

// CreateRenderer implements fyne.Widget.
func (v *ChartView) CreateRenderer() fyne.WidgetRenderer {
	return &chartViewRenderer{v: v}
}

// MinSize implements fyne.Widget: at least min, and room for the notes
// written under the picture.
func (v *ChartView) MinSize() fyne.Size {
	v.ExtendBaseWidget(v)
	m := v.min
	m.Height = max(m.Height, v.need)
	if v.notes.Visible() {
		m.Height += v.notes.MinSize().Height
	}
	return m
}

// NotesHeight is the height of the notes written under the picture, 0
// when there are none.
func (v *ChartView) NotesHeight() float32 {
	if !v.notes.Visible() {
		return 0
	}
	return v.notes.MinSize().Height
}

// Smallest returns the size of the smallest text of the picture shown, in
// output pixels; 0 before the first.
func (v *ChartView) Smallest() float64 { return v.smallest }

// PlotArea returns the shown picture's plotting area (axis to axis) in
// logical pixels of the view; empty before the first or for a picture
// without one.
func (v *ChartView) PlotArea() image.Rectangle { return v.plot }

// Rendered returns how many renders have finished.
func (v *ChartView) Rendered() int64 { return v.rendered.Load() }

// ScreenSize returns the size a render for the screen would have: the
// picture's, with the window's text sizes as the smallest its type may be.
func (v *ChartView) ScreenSize() charts.Size {
	s := v.img.Size()
	scale := float32(1)
	if c := fyne.CurrentApp().Driver().CanvasForObject(v); c != nil {
		scale = c.Scale()
	}
	share := 0.0
	if v.PlotShare != nil {
		share = v.PlotShare()
	}
	return charts.Size{Width: int(s.Width), Height: int(s.Height), Scale: float64(scale), TextScale: v.text(), PlotShare: share,
		MinText: float64(theme.CaptionTextSize()), MinBody: float64(theme.TextSize())}
}

// update starts a render when the size, scale, theme or data changed.
func (v *ChartView) update() {
	size := v.ScreenSize()
	if size.Width < charts.MinWidth || size.Height < charts.MinHeight {
		return
	}
	key := renderKey{w: size.Width, h: size.Height, scale: size.Scale, text: size.TextScale, share: size.PlotShare, theme: v.theme(), data: v.version}
	if key == v.requested {
		return // on screen already, or being drawn
	}
	if key.text != v.requested.text || key.share != v.requested.share {
		v.need = 0 // another text size needs another height
	}
	v.requested = key
	gen := v.gen.Add(1)
	render := v.render
	v.spawn(func() {
		pic, err := render(size, key.theme)
		fyne.Do(func() {
			if v.gen.Load() != gen {
				return // a newer render is under way
			}
			v.rendered.Add(1)
			if err != nil {
				v.requested = renderKey{} // allow a retry
				if v.OnError != nil {
					v.OnError(err)
				}
				return
			}
			v.shown = key
			v.explain, v.words = pic.Explain, pic.Words
			v.img.Image = pic.Image
			v.img.Refresh()
			v.smallest = pic.Smallest
			k := 1 / size.Scale
			v.plot = image.Rect(int(float64(pic.Plot.Min.X)*k), int(float64(pic.Plot.Min.Y)*k), int(float64(pic.Plot.Max.X)*k), int(float64(pic.Plot.Max.Y)*k))
			v.showNotes(pic.Notes)
			if need := float32(pic.Height); need > float32(size.Height) {
				v.need = need
				v.Refresh()
				if v.OnNeedsHeight != nil {
					v.OnNeedsHeight()
				}
			}
		})
	})
}

// showNotes writes under the picture the notes that did not fit into it.
func (v *ChartView) showNotes(notes []string) {
	var segs []widget.RichTextSegment
	for _, n := range notes {
		segs = append(segs, &widget.TextSegment{Text: onScreen(n), Style: captionStyle})
	}
	was := v.notes.Visible()
	v.notes.Segments = segs
	v.notes.Refresh()
	if len(notes) > 0 {
		v.notes.Show()
	} else {
		v.notes.Hide()
	}
	if was != v.notes.Visible() {
		// The page gives the notes their room first, so that the picture
		// keeps its size and is not drawn again.
		if v.OnNeedsHeight != nil {
			v.OnNeedsHeight()
		}
		v.Refresh()
	}
}

// MouseIn implements desktop.Hoverable.
func (v *ChartView) MouseIn(e *desktop.MouseEvent) { v.pointed = true; v.MouseMoved(e) }

// Pointed reports whether the pointer is over the view.
func (v *ChartView) Pointed() bool { return v.pointed }

// MouseMoved implements desktop.Hoverable.
func (v *ChartView) MouseMoved(e *desktop.MouseEvent) {
	if v.OnHover == nil || v.explain == nil {
		return
	}
	scale := float32(v.shown.scale)
	if scale == 0 {
		scale = 1
	}
	v.OnHover(v.explain(image.Pt(int(e.Position.X*scale), int(e.Position.Y*scale))))
}

// MouseOut implements desktop.Hoverable.
func (v *ChartView) MouseOut() {
	v.pointed = false
	if v.OnHover != nil {
		v.OnHover("")
	}
}

type chartViewRenderer struct {
	v *ChartView
}

func (r *chartViewRenderer) Layout(s fyne.Size) {
	v := r.v
	nh := float32(0)
	if v.notes.Visible() {
		nh = v.notes.MinSize().Height
		v.notes.Move(fyne.NewPos(0, s.Height-nh))
		v.notes.Resize(fyne.NewSize(s.Width, nh))
	}
	v.img.Move(fyne.NewPos(0, 0))
	v.img.Resize(fyne.NewSize(s.Width, max(0, s.Height-nh)))
	v.update()
}

func (r *chartViewRenderer) MinSize() fyne.Size { return r.v.MinSize() }

func (r *chartViewRenderer) Refresh() {
	r.Layout(r.v.Size())
	r.v.img.Refresh()
}

func (r *chartViewRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.v.img, r.v.notes}
}

func (r *chartViewRenderer) Destroy() {}

// a11yItems implements a11yReader: the picture in words, over the whole
// view (its notes under it are in the words).
func (v *ChartView) a11yItems() []a11yItem {
	return []a11yItem{{label: v.words, role: fyne.AccessibleRoleText, size: v.Size()}}
}
