package charts

import (
	"image"
	"math"

	"careercompare/model/wording"
)

// yOf is the y of a value on the plot's axis.
func (p *barPlan) yOf(v float64) int {
	t0, t1 := p.ticks[0], p.ticks[len(p.ticks)-1]
	f := (v - t0) / (t1 - t0)
	return p.plot.Max.Y - int(math.Round(f*float64(p.plot.Dy())))
}

// finish places the bars, their values, ranges and marks, the lines
// under them, the tick labels and the reference line: the layout to draw.
func (p *barPlan) finish() *BarLayout {
	l := &BarLayout{Width: p.w, Height: p.h, Plot: p.plot, RefY: -1, ZeroY: p.yOf(0)}
	l.Texts = append(l.Texts, p.header...)
	var ends []spreadEnd
	for i, b := range p.spec.Bars {
		c := p.cols[i]
		x0, x1 := p.barBox(i)
		bar, mark, spread := image.Rectangle{}, image.Rectangle{}, image.Rectangle{}
		if b.Value != nil {
			bar = image.Rect(int(math.Round(x0)), p.yOf(*b.Value), int(math.Round(x1)), l.ZeroY) // canonical: either way up
			mark = p.topMark(b, bar)
			l.Texts = append(l.Texts, p.valueLabel(b, bar, mark))
			if b.Spread != nil {
				var e []spreadEnd
				spread, e = p.spreadOf(b, bar, l)
				ends = append(ends, e...)
			}
		} else {
			l.Texts = append(l.Texts, p.noValue(b, c, l.ZeroY)...)
		}
		l.Bars, l.Marks, l.Spreads = append(l.Bars, bar), append(l.Marks, mark), append(l.Spreads, spread)
		items, y := p.placeLines(c.lines, c.left+3*p.st.u, c.right-3*p.st.u, float64(p.plot.Max.Y)+p.underGap())
		l.Texts = append(l.Texts, items...)
		l.Slots = append(l.Slots, image.Rect(int(c.left), p.plot.Min.Y, int(c.right), int(math.Ceil(y))))
	}
	p.groupLines(l)
	l.Ticks = p.tickLabels()
	clearSpreadEnds(l, ends, p.plot)
	if r := p.spec.RefLine; r != nil {
		l.RefY = p.yOf(*r)
	}
	l.Texts = append(l.Texts, p.footer...)
	return l
}

// groupLines places the lines of each group of bars under the lowest of
// its bars' own lines, and widens the bars' columns to them.
func (p *barPlan) groupLines(l *BarLayout) {
	for _, g := range p.groups {
		y := 0
		for k := g.first; k < g.first+g.n; k++ {
			y = max(y, l.Slots[k].Max.Y)
		}
		left, right := p.cols[g.first].left, p.cols[g.first+g.n-1].right
		items, bottom := p.placeLines(g.lines, left+3*p.st.u, right-3*p.st.u, float64(y)+2*p.st.u)
		l.Texts = append(l.Texts, items...)
		for k := g.first; k < g.first+g.n; k++ {
			l.Slots[k].Max.Y = int(math.Ceil(bottom))
		}
	}
}

// topMark is the mark above a top-coded bar that says its value goes on:
// an arrow pointing up from the bar's top, in its colour.
func (p *barPlan) topMark(b Bar, bar image.Rectangle) image.Rectangle {
	if !b.TopCoded || *b.Value < 0 {
		return image.Rectangle{}
	}
	h := int(math.Round(markHeight(p.st)))
	cx, half := (bar.Min.X+bar.Max.X)/2, max(4, int(math.Round(5*p.st.u)))
	return image.Rect(cx-half, bar.Min.Y-h, cx+half, bar.Min.Y)
}

// valueLabel is a bar's value, above a positive bar (above its mark, for
// a top-coded one) and under a negative one, in the text's colour; inside
// the bar only where there is no room outside and the bar is tall enough
// to hold it.
func (p *barPlan) valueLabel(b Bar, bar, mark image.Rectangle) TextItem {
	st, ts, pal := p.st, p.ts, p.pal
	lh := ts.lineHeight(st.value)
	top := bar.Min.Y
	if !mark.Empty() {
		top = mark.Min.Y
	}
	x0, x1 := float64(bar.Min.X)-2*st.u, float64(bar.Max.X)+2*st.u
	c := pal.Text
	var y float64
	switch {
	case *b.Value >= 0:
		y = float64(top) - 4*st.u - lh
		if y < float64(p.plot.Min.Y) && float64(bar.Dy()) > lh+8*st.u {
			y, c = float64(bar.Min.Y)+4*st.u, contrastOn(barColor(pal, b)) // inside, on the bar
		}
	default:
		y = float64(bar.Max.Y) + 4*st.u
		if y+lh > float64(p.plot.Max.Y) && float64(bar.Dy()) > lh+8*st.u {
			y, c = float64(bar.Max.Y)-4*st.u-lh, contrastOn(barColor(pal, b))
		}
	}
	if b.Unlike && c != pal.Text {
		c = pal.Text // an outlined bar is the background inside
	}
	return ts.line(b.Text, st.value, c, x0, x1, y, AlignCenter)
}

// noValue says, where a bar would stand, that it has no value, and why
// where the data says: "no data", "BLS publishes no median".
func (p *barPlan) noValue(b Bar, c barCol, zero int) []TextItem {
	st, ts := p.st, p.ts
	size := st.value
	if ts.m.Width(b.Text, size) > c.right-c.left-6*st.u {
		size = math.Max(st.measure, st.note)
	}
	lines := ts.wrap(b.Text, size, c.right-c.left-6*st.u)
	if len(lines) > 3 {
		lines = lines[:3]
	}
	top := float64(zero) - 6*st.u - float64(len(lines))*ts.lineHeight(size)
	var out []TextItem
	for _, s := range lines {
		out = append(out, ts.line(s, size, p.pal.Muted, c.left+3*st.u, c.right-3*st.u, top, AlignCenter))
		top += ts.lineHeight(size)
	}
	return out
}

// spreadOf is the range beside a bar, from its 10th to its 90th
// percentile, with both ends labelled beside it.
func (p *barPlan) spreadOf(b Bar, bar image.Rectangle, l *BarLayout) (image.Rectangle, []spreadEnd) {
	st, ts := p.st, p.ts
	cp := int(math.Max(3, 4*st.u))
	x := bar.Max.X + int(4*st.u) + cp
	spread := image.Rect(x-cp, p.yOf(b.Spread[1]), x+cp, p.yOf(b.Spread[0]))
	var ends []spreadEnd
	for k, yv := range []int{spread.Min.Y, spread.Max.Y} {
		lab := wording.FormatValue(b.Spread[1-k], p.spec.Unit)
		lx := float64(spread.Max.X) + 2*st.u
		ends = append(ends, spreadEnd{len(l.Texts), k == 0})
		l.Texts = append(l.Texts, ts.line(lab, st.note, p.pal.Text, lx, lx+ts.m.Width(lab, st.note), float64(yv)-ts.lineHeight(st.note)/2, AlignLeft))
	}
	return spread, ends
}

// tickLabels are the axis's labels, right-aligned before the axis line,
// centred on their ticks.
func (p *barPlan) tickLabels() []TextItem {
	st, ts := p.st, p.ts
	lineX := float64(p.plot.Min.X) - 4*st.u
	a, d := ts.m.Metrics(st.ax)
	var out []TextItem
	for _, v := range p.ticks {
		y := float64(p.yOf(v))
		label := wording.FormatValue(v, p.spec.Unit)
		w := ts.m.Width(label, st.ax)
		out = append(out, ts.line(label, st.ax, p.pal.Muted, lineX-w, lineX, y-(a+d)/2, AlignRight))
	}
	return out
}

// spreadEnd is the label of one end of a spread: the index of its text,
// and whether it is the upper end.
type spreadEnd struct {
	text  int
	upper bool
}

// clearSpreadEnds moves a spread's end label that covers another text (at
// a large text size, the next bar's value) off it: the upper end up, the
// lower end down, as far as the plot allows.
func clearSpreadEnds(l *BarLayout, ends []spreadEnd, plot image.Rectangle) {
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
			if tx.Box.Min.Y+dy < 0 || tx.Box.Max.Y+dy > plot.Max.Y {
				break // no room: leave it
			}
			tx.Baseline += dy
			tx.Box = tx.Box.Add(image.Pt(0, dy))
		}
	}
}
