package charts

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"io"
	"math"
	"strings"

	chart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"

	"careercompare/model/wording"
)

// BarLayout records where a bar chart's parts were drawn, in output pixels.
// The window uses it to explain the bar under the pointer; tests use it to
// prove that nothing overlaps.
type BarLayout struct {
	Width, Height int
	// Plot is the plotting area; bars stand on its bottom edge.
	Plot image.Rectangle
	// Bars holds one rectangle per bar of the spec, empty for "no data".
	Bars []image.Rectangle
	// Slots holds one column per bar: the bar, its labels and its value.
	Slots []image.Rectangle
	// Texts is every line of text drawn, except the axis tick labels.
	Texts []TextItem
	// Ticks are the axis tick labels, where go-chart draws them.
	Ticks []TextItem
	// Spreads holds, per bar, the range drawn beside it from its 10th to
	// its 90th percentile (Min.Y is the 90th), empty where it has none.
	Spreads []image.Rectangle
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
	return barStyle{
		u: u, pad: 14 * u,
		title: 17 * u, subtitle: 12 * u, label: 12.5 * u, measure: 10.5 * u,
		value: 14 * u, note: 10 * u, ax: 10.5 * u,
	}
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

// PaintBars draws a bar chart with a painter; w receives what the painter
// saves (nothing for a PDF region).
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
	fnt, err := loadFont()
	if err != nil {
		return nil, err
	}
	m, err := NewMeasurer()
	if err != nil {
		return nil, err
	}
	p := planBars(spec, pw, ph, size.textScale(), barFloor(size.minText(), size.minBody()), PaletteFor(theme), textSetter{m})
	layout := &BarLayout{Width: pw, Height: ph, RefY: -1}
	yr := &chart.ContinuousRange{Min: p.ticks[0], Max: p.ticks[len(p.ticks)-1]}
	ticks := make([]chart.Tick, len(p.ticks))
	for i, v := range p.ticks {
		ticks[i] = chart.Tick{Value: v, Label: wording.FormatValue(v, spec.Unit)}
	}
	pal := p.pal
	bars := make([]chart.Value, len(spec.Bars))
	for i, b := range spec.Bars {
		c := barColor(pal, b)
		v := 0.0
		if b.Value != nil {
			v = *b.Value
		}
		bars[i] = chart.Value{Value: v, Style: chart.Style{FillColor: toDrawing(c), StrokeColor: toDrawing(c), StrokeWidth: 0.01}}
		if b.Value == nil || b.Unlike {
			// Nothing to draw: the slot says "no data" instead, or
			// drawBarExtras draws the bar outlined and hatched.
			none := drawing.Color{R: pal.Background.R, G: pal.Background.G, B: pal.Background.B, A: 0}
			bars[i].Style = chart.Style{FillColor: none, StrokeColor: none, StrokeWidth: 0.01}
		}
	}
	bg := toDrawing(pal.Background)
	bc := chart.BarChart{
		Width:    pw,
		Height:   ph,
		DPI:      72,
		Font:     fnt,
		BarWidth: p.barWidth,
		// Bars grow from zero, up or down.
		UseBaseValue: true,
		BaseValue:    0,
		BarSpacing:   1 << 20, // larger than the canvas: go-chart then spreads the bars evenly
		Background: chart.Style{
			FillColor: bg, StrokeColor: bg, StrokeWidth: 0.01,
			Padding: chart.Box{Top: p.plotTop, Left: int(p.st.pad), Right: int(p.st.pad), Bottom: ph - p.plotBottom},
		},
		Canvas: chart.Style{FillColor: bg, StrokeColor: bg, StrokeWidth: 0.01},
		XAxis:  chart.Style{Hidden: true},
		YAxis: chart.YAxis{
			AxisType: chart.YAxisSecondary,
			Range:    yr,
			Ticks:    ticks,
			Style: chart.Style{
				FontSize: p.st.ax, FontColor: toDrawing(pal.Muted),
				StrokeColor: toDrawing(pal.Axis), StrokeWidth: math.Max(1, p.st.u),
			},
		},
		Bars: bars,
		Elements: []chart.Renderable{func(r chart.Renderer, canvas chart.Box, _ chart.Style) {
			p.finish(spec, canvas, yr, layout)
			drawBarExtras(r, p, layout)
		}},
	}
	if err := bc.Render(rp, w); err != nil {
		return nil, fmt.Errorf("charts: render %s chart: %w", spec.Name, err)
	}
	return layout, nil
}

func barColor(pal Palette, b Bar) color.RGBA {
	if b.Reference() {
		return pal.Reference
	}
	return pal.Career(b.Career)
}

// barPlan is the part of a bar chart's layout known before go-chart places
// its canvas: header, footer, the room for the labels under the bars, the
// ticks and the bar width.
type barPlan struct {
	spec                BarSpec
	st                  barStyle
	pal                 Palette
	ts                  textSetter
	header, footer      []TextItem
	plotTop, plotBottom int
	ticks               []float64
	barWidth            int
}

func planBars(spec BarSpec, w, h int, textScale, floor float64, pal Palette, ts textSetter) *barPlan {
	st := newBarStyle(w, h, textScale, floor)
	p := planBarsAt(spec, w, h, st, pal, ts)
	// When the text leaves the bars too little room, make the text smaller,
	// down to the floor.
	for i := 0; i < 8 && p.cramped(h) && st.u > floor; i++ {
		st = st.scaled(math.Max(0.88, floor/st.u))
		p = planBarsAt(spec, w, h, st, pal, ts)
	}
	return p
}

// cramped reports whether the bars have too little of the picture's
// height.
func (p *barPlan) cramped(h int) bool { return float64(p.plotBottom-p.plotTop) < 0.36*float64(h) }

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
// bars are still cramped, the notes go out of the picture (the window
// writes them under it; files keep them inside); when they are still
// cramped, Fit.Height says how tall the chart must be.
func FitBars(spec BarSpec, size Size) (Fit, error) {
	pw, ph, err := size.Pixels()
	if err != nil {
		return Fit{}, fmt.Errorf("charts: %w", err)
	}
	m, err := NewMeasurer()
	if err != nil {
		return Fit{}, err
	}
	floor := barFloor(size.minText(), size.minBody())
	cramped := func(spec BarSpec, h int) bool {
		return planBars(spec, pw, h, size.textScale(), floor, PaletteFor(Light), textSetter{m}).cramped(h)
	}
	fit := Fit{Spec: spec}
	if !cramped(spec, ph) {
		return fit, nil
	}
	if len(spec.Notes) > 0 {
		fit.Notes, fit.Spec.Notes = spec.Notes, nil
		if !cramped(fit.Spec, ph) {
			return fit, nil
		}
	}
	// The smallest height that is not cramped, by bisection: cramped is
	// monotone in the height (more height, more room for the bars).
	lo, hi := ph, 8*ph
	for cramped(fit.Spec, hi) && hi < 1<<15 {
		lo, hi = hi, 2*hi
	}
	for hi-lo > 1 {
		if mid := (lo + hi) / 2; cramped(fit.Spec, mid) {
			lo = mid
		} else {
			hi = mid
		}
	}
	scale := size.Scale
	if scale <= 0 {
		scale = 1
	}
	fit.Height = int(math.Ceil(float64(hi) / scale))
	return fit, nil
}

func (st barStyle) scaled(f float64) barStyle {
	return barStyle{u: st.u * f, pad: st.pad * f, title: st.title * f, subtitle: st.subtitle * f, label: st.label * f,
		measure: st.measure * f, value: st.value * f, note: st.note * f, ax: st.ax * f}
}

func planBarsAt(spec BarSpec, w, h int, st barStyle, pal Palette, ts textSetter) *barPlan {
	p := &barPlan{spec: spec, st: st, pal: pal, ts: ts}
	left, right := st.pad, float64(w)-st.pad
	title, y := ts.block(spec.Title, st.title, pal.Text, left, right, st.pad, AlignLeft)
	sub, y := ts.block(spec.Subtitle, st.subtitle, pal.Muted, left, right, y+2*st.u, AlignLeft)
	p.header = append(title, sub...)
	if spec.Warning != "" {
		var warn []TextItem
		warn, y = ts.block(spec.Warning, st.subtitle, pal.Warning, left, right, y+2*st.u, AlignLeft)
		p.header = append(p.header, warn...)
	}
	p.plotTop = int(math.Ceil(y + 10*st.u))

	// The notes, from the bottom up, each wrapped once: they are the
	// longest texts, and wrapping measures every line word by word.
	noteH := ts.lineHeight(st.note)
	notes := make([][]string, len(spec.Notes))
	footH := 0.0
	for i, n := range spec.Notes {
		notes[i] = ts.wrap(n, st.note, right-left)
		footH += float64(len(notes[i]))*noteH + 2*st.u
	}
	fy := float64(h) - st.pad - footH
	for _, lines := range notes {
		for _, l := range lines {
			p.footer = append(p.footer, ts.line(l, st.note, pal.Muted, left, right, fy, AlignLeft))
			fy += noteH
		}
		fy += 2 * st.u
	}
	footTop := float64(h) - st.pad - footH

	// Estimate the canvas width to wrap the labels under the bars.
	minV, maxV := 0.0, 0.0
	// The ranges beside the bars are labelled beside their ends, not above:
	// they need no room for a value label over them.
	spreadMax := 0.0
	spreads := false
	for _, b := range spec.Bars {
		if b.Value != nil {
			minV, maxV = math.Min(minV, *b.Value), math.Max(maxV, *b.Value)
		}
		if b.Spread != nil {
			spreads = true
			minV, spreadMax = math.Min(minV, b.Spread[0]), math.Max(spreadMax, b.Spread[1])
		}
	}
	if spec.RefLine != nil {
		minV, maxV = math.Min(minV, *spec.RefLine), math.Max(maxV, *spec.RefLine)
	}
	axisW := 0.0
	for _, t := range niceTicks(minV*1.2, math.Max(maxV, spreadMax)*1.2, 5) {
		axisW = math.Max(axisW, ts.m.Width(wording.FormatValue(t, spec.Unit), st.ax))
	}
	canvasW := right - (left + axisW + chart.DefaultYAxisMargin + 2*st.u)
	slotW := canvasW / float64(len(spec.Bars))
	catH := 0.0
	for _, b := range spec.Bars {
		hgt := ts.blockHeight(b.Label, st.label, slotW-6*st.u) + 2*st.u
		if b.Count != "" {
			hgt += ts.blockHeight(b.Count, st.measure, slotW-6*st.u) + st.u
		}
		for _, t := range underBar(spec, b) {
			hgt += ts.blockHeight(t, st.measure, slotW-6*st.u)
		}
		catH = math.Max(catH, hgt)
	}
	p.plotBottom = int(math.Floor(footTop - 14*st.u - catH))
	if p.plotBottom < p.plotTop+int(20*st.u) {
		p.plotBottom = p.plotTop + int(20*st.u) // a tiny picture: overlap rather than fail
	}

	// Leave room beyond the longest bars for their value labels, and space
	// the ticks so that their labels never touch.
	estH := float64(p.plotBottom - p.plotTop)
	need := ts.lineHeight(st.value) + 6*st.u
	frac := math.Min(need/math.Max(estH, 1), 0.4)
	steps := int(math.Max(1, math.Min(5, estH/(2.2*ts.lineHeight(st.ax)))))
	p.ticks = niceTicks(minV/(1-frac), math.Max(maxV/(1-frac), spreadMax*1.04), steps)
	p.barWidth = int(math.Max(4, slotW*0.52))
	if spreads {
		p.barWidth = int(math.Max(4, slotW*0.40)) // room beside the bar for the range and its labels
	}
	return p
}

// MeasureText is what bar b of the chart measures, as written under it:
// its measure, with the footnote's mark when the chart's footnote applies
// to it.
func (spec BarSpec) MeasureText(b Bar) string {
	if b.Footnote && strings.Contains(strings.Join(spec.Notes, "\n"), "* ") {
		return b.Measure + " *"
	}
	return b.Measure
}

// underBar are the lines under a bar's label: its measure (with the
// footnote's mark), whose figure it is, and, for an unlike bar, its tag.
func underBar(spec BarSpec, b Bar) []string {
	lines := []string{spec.MeasureText(b)}
	if b.Occupation != "" {
		lines = append(lines, b.Occupation)
	}
	if b.Unlike && spec.UnlikeTag != "" {
		lines = append(lines, spec.UnlikeTag)
	}
	return lines
}

// finish computes the rest of the layout from go-chart's final canvas.
func (p *barPlan) finish(spec BarSpec, canvas chart.Box, yr *chart.ContinuousRange, l *BarLayout) {
	st, ts, pal := p.st, p.ts, p.pal
	l.Plot = image.Rect(canvas.Left, canvas.Top, canvas.Right, canvas.Bottom)
	n := len(spec.Bars)
	width, spacing := barGeometry(canvas.Width(), n, p.barWidth)
	l.Texts = append(l.Texts, p.header...)
	cursor := canvas.Left
	var ends []spreadEnd
	for _, b := range spec.Bars {
		slot := image.Rect(cursor, canvas.Top, cursor+width+spacing, canvas.Bottom)
		bl := cursor + spacing>>1
		cl, cr := float64(slot.Min.X)+3*st.u, float64(slot.Max.X)-3*st.u
		var bar image.Rectangle
		zero := canvas.Bottom - yr.Translate(0)
		lh := ts.lineHeight(st.value)
		if b.Value != nil {
			end := canvas.Bottom - yr.Translate(*b.Value)
			bar = image.Rect(bl, end, bl+width, zero) // canonical: either way up
			c := pal.Text
			inside := contrastOn(barColor(pal, b))
			if b.Unlike {
				inside = pal.Text // an outlined bar is the background inside
			}
			var vt float64
			if *b.Value >= 0 {
				vt = float64(end) - 4*st.u - lh
				if vt < float64(canvas.Top) {
					vt, c = float64(end)+4*st.u, inside // no room: inside the bar
				}
			} else {
				vt = float64(end) + 4*st.u
				if vt+lh > float64(canvas.Bottom) {
					vt, c = float64(end)-4*st.u-lh, inside
				}
			}
			l.Texts = append(l.Texts, ts.line(b.Text, st.value, c, float64(bl), float64(bl+width), vt, AlignCenter))
			spread := image.Rectangle{}
			if b.Spread != nil {
				// The range beside the bar, both ends labelled.
				cp := int(math.Max(3, 4*st.u))
				x := bl + width + int(4*st.u) + cp
				spread = image.Rect(x-cp, canvas.Bottom-yr.Translate(b.Spread[1]), x+cp, canvas.Bottom-yr.Translate(b.Spread[0]))
				for k, yv := range []int{spread.Min.Y, spread.Max.Y} {
					lab := wording.FormatValue(b.Spread[1-k], spec.Unit)
					lx := float64(spread.Max.X) + 2*st.u
					ends = append(ends, spreadEnd{len(l.Texts), k == 0})
					l.Texts = append(l.Texts, ts.line(lab, st.note, pal.Text, lx, lx+ts.m.Width(lab, st.note), float64(yv)-ts.lineHeight(st.note)/2, AlignLeft))
				}
			}
			l.Spreads = append(l.Spreads, spread)
		} else {
			vt := float64(zero) - 6*st.u - lh
			l.Texts = append(l.Texts, ts.line(b.Text, st.value, pal.Muted, cl, cr, vt, AlignCenter))
			l.Spreads = append(l.Spreads, image.Rectangle{})
		}
		l.Bars = append(l.Bars, bar)
		y := float64(canvas.Bottom) + 8*st.u
		items, y := ts.block(b.Label, st.label, pal.Text, cl, cr, y, AlignCenter)
		l.Texts = append(l.Texts, items...)
		y += 2 * st.u
		if b.Count != "" {
			// The second measure, in the text's colour: read with the bar.
			items, y = ts.block(b.Count, st.measure, pal.Text, cl, cr, y, AlignCenter)
			l.Texts = append(l.Texts, items...)
			y += st.u
		}
		for _, t := range underBar(spec, b) {
			items, y = ts.block(t, st.measure, pal.Muted, cl, cr, y, AlignCenter)
			l.Texts = append(l.Texts, items...)
		}
		slot.Max.Y = int(math.Ceil(y))
		l.Slots = append(l.Slots, slot)
		cursor += width + spacing
	}
	// Where go-chart's YAxis.Render puts the tick labels: right-aligned
	// before the axis line, centred on their tick.
	lineX := float64(canvas.Left) - math.Max(1, st.u) - chart.DefaultYAxisMargin
	a, d := ts.m.Metrics(st.ax)
	for _, v := range p.ticks {
		y := float64(canvas.Bottom - yr.Translate(v))
		label := wording.FormatValue(v, spec.Unit)
		w := ts.m.Width(label, st.ax)
		l.Ticks = append(l.Ticks, ts.line(label, st.ax, pal.Muted, lineX-w, lineX, y-(a+d)/2, AlignRight))
	}
	clearSpreadEnds(l, ends, canvas)
	l.ZeroY = canvas.Bottom - yr.Translate(0)
	if spec.RefLine != nil {
		l.RefY = canvas.Bottom - yr.Translate(*spec.RefLine)
	}
	l.Texts = append(l.Texts, p.footer...)
}

// spreadEnd is the label of one end of a spread: the index of its text,
// and whether it is the upper end.
type spreadEnd struct {
	text  int
	upper bool
}

// clearSpreadEnds moves a spread's end label that covers another text (at
// a large text size, the next bar's value) off it: the upper end up, the
// lower end down, as far as the canvas allows.
func clearSpreadEnds(l *BarLayout, ends []spreadEnd, canvas chart.Box) {
	for _, e := range ends {
		tx := &l.Texts[e.text]
		for range len(l.Texts) {
			hit := -1
			for i, o := range l.Texts {
				if i != e.text && o.Box.Overlaps(tx.Box) {
					hit = i
					break
				}
			}
			if hit < 0 {
				break
			}
			o := l.Texts[hit].Box
			dy := o.Min.Y - 1 - tx.Box.Max.Y
			if !e.upper {
				dy = o.Max.Y + 1 - tx.Box.Min.Y
			}
			if tx.Box.Min.Y+dy < 0 || tx.Box.Max.Y+dy > canvas.Bottom {
				break // no room: leave it
			}
			tx.Baseline += dy
			tx.Box = tx.Box.Add(image.Pt(0, dy))
		}
	}
}

// barGeometry repeats go-chart's BarChart arithmetic for the bar width and
// spacing in a canvas of the given width (bar_chart.go,
// calculateScaledTotalWidth), so that labels sit exactly over the bars.
func barGeometry(canvasW, n, barWidth int) (width, spacing int) {
	const baseSpacing = 1 << 20
	spacing = baseSpacing
	if n*(barWidth+baseSpacing) > canvasW {
		spacing = 0
		if less := canvasW - n*barWidth; less > 0 {
			spacing = int(math.Ceil(float64(less) / float64(n)))
		}
	}
	width = barWidth
	if n*(barWidth+spacing) > canvasW {
		width = 0
		if less := canvasW - n*spacing; less > 0 {
			width = int(math.Ceil(float64(less) / float64(n)))
		}
	}
	return width, spacing
}

// contrastOn returns black or white, whichever reads better on c.
func contrastOn(c color.RGBA) color.RGBA {
	lum := 0.2126*float64(c.R) + 0.7152*float64(c.G) + 0.0722*float64(c.B)
	if lum > 140 {
		return color.RGBA{A: 255}
	}
	return color.RGBA{R: 255, G: 255, B: 255, A: 255}
}

// drawBarExtras draws what go-chart's BarChart cannot: the axis line, the
// reference line, value labels, "no data", labels under the bars, title,
// subtitle and notes.
func drawBarExtras(r chart.Renderer, p *barPlan, l *BarLayout) {
	st, pal := p.st, p.pal
	lw := math.Max(1, st.u)
	// The zero line the bars stand on.
	r.SetStrokeColor(toDrawing(pal.Axis))
	r.SetStrokeWidth(lw)
	r.SetStrokeDashArray(nil)
	r.MoveTo(l.Plot.Min.X, l.ZeroY)
	r.LineTo(l.Plot.Max.X, l.ZeroY)
	r.Stroke()
	if l.RefY >= 0 {
		r.SetStrokeColor(toDrawing(pal.Text))
		r.SetStrokeWidth(math.Max(1, 1.5*st.u))
		r.SetStrokeDashArray([]float64{6 * st.u, 4 * st.u})
		r.MoveTo(l.Plot.Min.X, l.RefY)
		r.LineTo(l.Plot.Max.X, l.RefY)
		r.Stroke()
		r.SetStrokeDashArray(nil)
	}
	// Unlike bars, outlined and hatched: not to be read as like for like.
	for i, b := range l.Bars {
		if i >= len(p.spec.Bars) || !p.spec.Bars[i].Unlike || b.Empty() {
			continue
		}
		c := toDrawing(barColor(pal, p.spec.Bars[i]))
		r.SetStrokeColor(c)
		sw := int(math.Max(2, math.Round(2*st.u)))
		r.SetStrokeWidth(float64(sw))
		// The outline lies inside the bar, whole pixels wide.
		in := image.Rect(b.Min.X+sw/2, b.Min.Y+sw/2, b.Max.X-(sw+1)/2, b.Max.Y-(sw+1)/2)
		r.MoveTo(in.Min.X, in.Min.Y)
		r.LineTo(in.Max.X, in.Min.Y)
		r.LineTo(in.Max.X, in.Max.Y)
		r.LineTo(in.Min.X, in.Max.Y)
		r.LineTo(in.Min.X, in.Min.Y)
		r.Stroke()
		r.SetStrokeWidth(math.Max(1, st.u))
		for _, seg := range hatch(in, int(math.Max(4, 9*st.u))) {
			r.MoveTo(seg[0].X, seg[0].Y)
			r.LineTo(seg[1].X, seg[1].Y)
		}
		r.Stroke()
	}
	// The ranges: a line from the 10th to the 90th percentile with caps.
	r.SetStrokeColor(toDrawing(pal.Text))
	r.SetStrokeWidth(math.Max(1, 1.5*st.u))
	for _, sp := range l.Spreads {
		if sp.Empty() {
			continue
		}
		mx := (sp.Min.X + sp.Max.X) / 2
		r.MoveTo(mx, sp.Min.Y)
		r.LineTo(mx, sp.Max.Y)
		r.MoveTo(sp.Min.X, sp.Min.Y)
		r.LineTo(sp.Max.X, sp.Min.Y)
		r.MoveTo(sp.Min.X, sp.Max.Y)
		r.LineTo(sp.Max.X, sp.Max.Y)
		r.Stroke()
	}
	r.ResetStyle()
	drawTexts(r, l.Texts)
}

// hatch returns the diagonal lines, every step pixels, that fill b.
func hatch(b image.Rectangle, step int) [][2]image.Point {
	var out [][2]image.Point
	w, h := b.Dx(), b.Dy()
	for t := step - h; t < w; t += step {
		// The line from (t, h) to (t+h, 0) in b's coordinates, clipped.
		x0, y0, x1, y1 := t, h, t+h, 0
		if x0 < 0 {
			y0, x0 = y0+x0, 0
		}
		if x1 > w {
			y1, x1 = y1+(x1-w), w
		}
		out = append(out, [2]image.Point{{b.Min.X + x0, b.Min.Y + y0}, {b.Min.X + x1, b.Min.Y + y1}})
	}
	return out
}

// drawTexts draws text items with the chart font.
func drawTexts(r chart.Renderer, items []TextItem) {
	fnt, err := loadFont()
	if err != nil {
		return
	}
	r.SetFont(fnt)
	for _, t := range items {
		r.SetFontSize(t.Size)
		r.SetFontColor(toDrawing(t.Color))
		r.Text(t.Text, t.X, t.Baseline)
	}
}
