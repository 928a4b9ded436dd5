package charts

import (
	"image"
	"image/color"
	"math"

	chart "github.com/wcharczuk/go-chart/v2"
)

// drawBars draws a laid-out bar chart: the background, the axis and zero
// line, the bars (outlined and hatched where unlike, lighter for a place
// beside its nation), the marks of top-coded bars, the ranges, the
// reference line and every text.
func drawBars(r chart.Renderer, p *barPlan, l *BarLayout) {
	st, pal := p.st, p.pal
	lw := math.Max(1, st.u)
	fillRect(r, image.Rect(0, 0, l.Width, l.Height), pal.Background)
	// The axis on the left, with a tick mark at each label.
	r.SetStrokeColor(toDrawing(pal.Axis))
	r.SetStrokeWidth(lw)
	r.MoveTo(l.Plot.Min.X, l.Plot.Min.Y)
	r.LineTo(l.Plot.Min.X, l.Plot.Max.Y)
	for _, v := range p.ticks {
		y := p.yOf(v)
		r.MoveTo(l.Plot.Min.X-int(math.Round(3*st.u)), y)
		r.LineTo(l.Plot.Min.X, y)
	}
	r.Stroke()
	for i, b := range p.spec.Bars {
		if bar := l.Bars[i]; !bar.Empty() {
			drawBar(r, p, b, bar)
		}
		if m := l.Marks[i]; !m.Empty() {
			drawArrowUp(r, m, barColor(pal, b), st)
		}
	}
	// The zero line the bars stand on, over their feet.
	r.SetStrokeColor(toDrawing(pal.Axis))
	r.SetStrokeWidth(lw)
	r.MoveTo(l.Plot.Min.X, l.ZeroY)
	r.LineTo(l.Plot.Max.X, l.ZeroY)
	r.Stroke()
	drawSpreads(r, st, pal, l.Spreads)
	if l.RefY >= 0 {
		r.SetStrokeColor(toDrawing(pal.Text))
		r.SetStrokeWidth(math.Max(1, 1.5*st.u))
		r.SetStrokeDashArray([]float64{6 * st.u, 4 * st.u})
		r.MoveTo(l.Plot.Min.X, l.RefY)
		r.LineTo(l.Plot.Max.X, l.RefY)
		r.Stroke()
		r.SetStrokeDashArray(nil)
	}
	r.ResetStyle()
	drawTexts(r, append(append([]TextItem(nil), l.Texts...), l.Ticks...))
}

// drawArrowUp draws, in the box m, an arrow pointing up: the mark that a
// top-coded bar's value goes on beyond its top.
func drawArrowUp(r chart.Renderer, m image.Rectangle, c color.RGBA, st barStyle) {
	cx := (m.Min.X + m.Max.X) / 2
	shaft := max(1, int(math.Round(st.u)))
	head := m.Min.Y + m.Dx()
	fillRect(r, image.Rect(cx-shaft, head, cx+shaft, m.Max.Y), c)
	r.SetFillColor(toDrawing(c))
	r.MoveTo(m.Min.X, head)
	r.LineTo(cx, m.Min.Y)
	r.LineTo(m.Max.X, head)
	r.Close()
	r.Fill()
}

// drawBar draws one bar: filled in its colour (a lighter shade for a
// place beside its nation), or outlined and hatched when it is unlike the
// others.
func drawBar(r chart.Renderer, p *barPlan, b Bar, bar image.Rectangle) {
	st, pal := p.st, p.pal
	c := barColor(pal, b)
	if b.Place {
		c = mix(c, pal.Background, 0.45)
	}
	if !b.Unlike {
		fillRect(r, bar, c)
		return
	}
	r.SetStrokeColor(toDrawing(c))
	sw := 2 * int(math.Max(1, math.Round(st.u))) // even: the outline covers whole pixels
	r.SetStrokeWidth(float64(sw))
	// The outline lies inside the bar, whole pixels wide.
	in := image.Rect(bar.Min.X+sw/2, bar.Min.Y+sw/2, bar.Max.X-(sw+1)/2, bar.Max.Y-(sw+1)/2)
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

// drawSpreads draws each range: a line from the 10th to the 90th
// percentile with caps.
func drawSpreads(r chart.Renderer, st barStyle, pal Palette, spreads []image.Rectangle) {
	r.SetStrokeColor(toDrawing(pal.Text))
	r.SetStrokeWidth(math.Max(1, 1.5*st.u))
	for _, sp := range spreads {
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
}

// fillRect fills a rectangle in c.
func fillRect(r chart.Renderer, b image.Rectangle, c color.RGBA) {
	r.SetFillColor(toDrawing(c))
	r.SetStrokeWidth(0)
	r.MoveTo(b.Min.X, b.Min.Y)
	r.LineTo(b.Max.X, b.Min.Y)
	r.LineTo(b.Max.X, b.Max.Y)
	r.LineTo(b.Min.X, b.Max.Y)
	r.LineTo(b.Min.X, b.Min.Y)
	r.Close()
	r.Fill()
}

func barColor(pal Palette, b Bar) color.RGBA {
	if b.Reference() {
		return pal.Reference
	}
	return pal.Career(b.Career)
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
