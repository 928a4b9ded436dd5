package charts

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"io"
	"math"

	"github.com/wcharczuk/go-chart/v2/drawing"
)

// BarLayout records where a bar chart's parts were drawn, in output pixels.
// The window uses it to explain the bar under the pointer; tests use it to
// prove that nothing overlaps and that the plot has its room.
type BarLayout struct {
	Width, Height int
	// Plot is the plotting area, axis to axis; bars stand on the zero
	// line inside it.
	Plot image.Rectangle
	// Bars holds one rectangle per bar of the spec, empty for a bar
	// without a value.
	Bars []image.Rectangle
	// Slots holds one column per bar: the bar, its labels and its value.
	Slots []image.Rectangle
	// Texts is every line of text drawn, except the axis tick labels.
	Texts []TextItem
	// Ticks are the axis tick labels.
	Ticks []TextItem
	// Spreads holds, per bar, the range drawn beside it from its 10th to
	// its 90th percentile (Min.Y is the 90th), empty where it has none.
	Spreads []image.Rectangle
	// Marks holds, per bar, the mark above a top-coded bar that says its
	// value goes on; empty for the others.
	Marks []image.Rectangle
	// RefY is the y of the dashed reference line, or -1.
	RefY int
	// ZeroY is the y of the zero line.
	ZeroY int
}

// BarAt returns the index of the bar whose column holds p, or -1.
func (l *BarLayout) BarAt(p image.Point) int {
	for i, s := range l.Slots {
		if p.In(s) {
			return i
		}
	}
	return -1
}

// PlotShare is the plot's share of the picture's height.
func (l *BarLayout) PlotShare() float64 {
	if l.Height == 0 {
		return 0
	}
	return float64(l.Plot.Dy()) / float64(l.Height)
}

// barStyle holds the sizes of a bar chart, in output pixels.
type barStyle struct {
	u, pad                                           float64
	title, subtitle, label, measure, value, note, ax float64
}

// barMinUnit is the smallest type of a bar chart (its notes), and
// barNameUnit that of its values and bar names, in units.
const barMinUnit, barNameUnit = 10, 12.5

// barFloor is the smallest unit a chart may be drawn at: legible, its
// notes at least minText and its names at least minBody.
func barFloor(minText, minBody float64) float64 {
	return math.Max(0.6, math.Max(minText/barMinUnit, minBody/barNameUnit))
}

func newBarStyle(w, h int, textScale, floor float64) barStyle {
	// Wide, short charts (a window's) keep readable type: the height limits
	// the type only down to 55% of what the width allows, so that the bars
	// keep their share of the height (the floor, the window's text size,
	// comes first anyway).
	fw, fh := float64(w)/640, float64(h)/400
	u := math.Min(fw, math.Max(fh, 0.55*fw)) * textScale
	u = math.Max(floor, math.Min(u, 8))
	return barStyle{u: 1}.scaled(u)
}

func (st barStyle) scaled(f float64) barStyle {
	u := st.u * f
	return barStyle{u: u, pad: 14 * u, title: 17 * u, subtitle: 12 * u, label: 12.5 * u,
		measure: 10.5 * u, value: 14 * u, note: 10 * u, ax: 10.5 * u}
}

func toDrawing(c color.RGBA) drawing.Color {
	return drawing.Color{R: c.R, G: c.G, B: c.B, A: c.A}
}

// ErrNoBars is returned for a spec without bars.
var ErrNoBars = errors.New("charts: a bar chart needs at least one bar")

// RenderBars draws a bar chart as PNG or SVG into w.
func RenderBars(spec BarSpec, size Size, theme Theme, f Format, w io.Writer) (*BarLayout, error) {
	rp, err := PainterFor(f)
	if err != nil {
		return nil, err
	}
	return PaintBars(spec, size, theme, rp, w)
}

// RenderBarsImage draws a bar chart into an image, without encoding it: the
// window shows this image as it is.
func RenderBarsImage(spec BarSpec, size Size, theme Theme) (*image.RGBA, *BarLayout, error) {
	c := &rgbaCollector{}
	l, err := PaintBars(spec, size, theme, newFastRaster, c)
	if err != nil {
		return nil, nil, err
	}
	return c.img, l, nil
}

// PaintBars lays a bar chart out and draws it with a painter; w receives
// what the painter saves (nothing for a PDF region).
func PaintBars(spec BarSpec, size Size, theme Theme, rp Painter, w io.Writer) (*BarLayout, error) {
	if len(spec.Bars) == 0 {
		return nil, ErrNoBars
	}
	for _, b := range spec.Bars {
		if b.Value != nil && (math.IsNaN(*b.Value) || math.IsInf(*b.Value, 0)) {
			return nil, fmt.Errorf("charts: bar %q has no finite value", b.Label)
		}
	}
	pw, ph, err := size.Pixels()
	if err != nil {
		return nil, fmt.Errorf("charts: %w", err)
	}
	m, err := NewMeasurer()
	if err != nil {
		return nil, err
	}
	p := planBars(spec, pw, ph, size, PaletteFor(theme), textSetter{m})
	l := p.finish()
	r, err := rp(pw, ph)
	if err != nil {
		return nil, fmt.Errorf("charts: render %s chart: %w", spec.Name, err)
	}
	r.SetDPI(72)
	drawBars(r, p, l)
	if err := r.Save(w); err != nil {
		return nil, fmt.Errorf("charts: render %s chart: %w", spec.Name, err)
	}
	return l, nil
}

// Fit is how a bar chart fits a size in a window: the spec to draw, the
// notes that go under the picture as text, and the height it needs.
type Fit struct {
	Spec BarSpec
	// Notes are the spec's notes that did not fit: the window writes them
	// under the picture.
	Notes []string
	// Height is, when the size is too short for the chart's text at the
	// floor type, the smallest height in logical pixels that holds it: the
	// window should give the chart that much (and scroll). 0 when the
	// size holds it.
	Height int
}

// FitBars decides how a chart fits a size. It gives up room before type:
// the type shrinks down to the floor a window's text size sets; when the
// plot still has less than its share of the height, the notes go out of
// the picture (the window writes them under it; files keep them inside);
// when it still has less, Fit.Height says how tall the chart must be.
func FitBars(spec BarSpec, size Size) (Fit, error) {
	pw, ph, err := size.Pixels()
	if err != nil {
		return Fit{}, fmt.Errorf("charts: %w", err)
	}
	m, err := NewMeasurer()
	if err != nil {
		return Fit{}, err
	}
	plan := func(spec BarSpec, h int) *barPlan {
		return planBars(spec, pw, h, size, PaletteFor(Light), textSetter{m})
	}
	cramped := func(spec BarSpec, h int) bool { return plan(spec, h).cramped() }
	fit := Fit{Spec: spec}
	p := plan(spec, ph)
	if !p.cramped() {
		return fit, nil
	}
	if len(spec.Notes) > 0 || p.shortened {
		fit.Notes, fit.Spec.Notes = spec.Notes, nil
		if p.shortened && spec.NamesNote != "" {
			// The names in full go with the other notes.
			fit.Notes, fit.Spec.NamesNote = append([]string{spec.NamesNote}, spec.Notes...), ""
		}
		if !cramped(fit.Spec, ph) {
			return fit, nil
		}
	}
	scale := size.Scale
	if scale <= 0 {
		scale = 1
	}
	fit.Height = int(math.Ceil(float64(smallestHeight(ph, func(h int) bool { return cramped(fit.Spec, h) })) / scale))
	return fit, nil
}

// smallestHeight is the smallest height from h up that is not cramped, by
// bisection: cramped is monotone in the height (more height, more room
// for the plot).
func smallestHeight(h int, cramped func(int) bool) int {
	lo, hi := h, 8*h
	for cramped(hi) && hi < 1<<15 {
		lo, hi = hi, 2*hi
	}
	for hi-lo > 1 {
		if mid := (lo + hi) / 2; cramped(mid) {
			lo = mid
		} else {
			hi = mid
		}
	}
	return hi
}

// BarsHeight is the smallest height, in logical pixels, at which a chart
// of the given width gives its plot its share of the height with all its
// notes inside: the height a document gives a chart so that it is never
// crushed into a fixed box.
func BarsHeight(spec BarSpec, size Size) (int, error) {
	size.Height = max(size.Height, MinHeight)
	pw, ph, err := size.Pixels()
	if err != nil {
		return 0, fmt.Errorf("charts: %w", err)
	}
	m, err := NewMeasurer()
	if err != nil {
		return 0, err
	}
	h := smallestHeight(ph, func(h int) bool {
		return planBars(spec, pw, h, size, PaletteFor(Light), textSetter{m}).cramped()
	})
	scale := size.Scale
	if scale <= 0 {
		scale = 1
	}
	return int(math.Ceil(float64(h) / scale)), nil
}

// contrastOn returns black or white, whichever reads better on c.
func contrastOn(c color.RGBA) color.RGBA {
	lum := 0.2126*float64(c.R) + 0.7152*float64(c.G) + 0.0722*float64(c.B)
	if lum > 140 {
		return color.RGBA{A: 255}
	}
	return color.RGBA{R: 255, G: 255, B: 255, A: 255}
}
