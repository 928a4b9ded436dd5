package charts

import (
	"image"
	"image/color"
	"math"
	"strings"

	"careercompare/model/wording"
)

// barPlan is a bar chart laid out, before it is drawn: its header and
// notes, the columns of its bars with the lines under them, the plotting
// area and the axis ticks, all in output pixels.
type barPlan struct {
	spec  BarSpec
	st    barStyle
	pal   Palette
	ts    textSetter
	w, h  int
	share float64
	// minPlot is the least height of the plot, in output pixels.
	minPlot float64
	// header and footer are the title, subtitle and warning, and the
	// notes.
	header, footer []TextItem
	// cols are the bars' columns, groups those of bars that stand
	// together (a career's nation and place).
	cols   []barCol
	groups []barGroup
	// under is how far below the plot the lines under the bars reach.
	under float64
	plot  image.Rectangle
	ticks []float64
	// shortened is true when a name under a bar had to be cut.
	shortened bool
}

// barCol is one bar's column: its x range and the lines under the bar.
type barCol struct {
	left, right float64
	lines       []underLine
}

// barGroup is bars that stand together, and the lines under all of them.
type barGroup struct {
	first, n int
	lines    []underLine
}

// underLine is a text under a bar or a group of bars, wrapped to at most
// lines lines (the last cut with "…").
type underLine struct {
	text  string
	size  float64
	color color.RGBA
	lines int
	// name marks a career's name: cut, it is given whole in a note.
	name bool
}

// planBars lays a chart out at the size's type, making the type smaller,
// down to the floor, while the plot has less than its share of the
// height.
func planBars(spec BarSpec, w, h int, size Size, pal Palette, ts textSetter) *barPlan {
	floor := barFloor(size.minText(), size.minBody())
	st := newBarStyle(w, h, size.textScale(), floor)
	p := planBarsAt(spec, w, h, st, size.plotShare(), pal, ts)
	p.minPlot = size.outputPixels(float64(size.MinPlot))
	for i := 0; i < 8 && p.cramped() && st.u > floor; i++ {
		st = st.scaled(math.Max(0.88, floor/st.u))
		p = planBarsAt(spec, w, h, st, size.plotShare(), pal, ts)
		p.minPlot = size.outputPixels(float64(size.MinPlot))
	}
	return p
}

// cramped reports whether the plot has less than its share of the
// picture's height, less than its least height, or too little to hold
// three ticks spaced by more than their text's height.
func (p *barPlan) cramped() bool {
	ph := float64(p.plot.Dy())
	return ph < p.share*float64(p.h) || ph < 2*tickSpacing*p.ts.lineHeight(p.st.ax) || ph < p.minPlot
}

// tickSpacing is the least distance between two ticks, in lines of their
// text.
const tickSpacing = 2.2

func planBarsAt(spec BarSpec, w, h int, st barStyle, share float64, pal Palette, ts textSetter) *barPlan {
	p := &barPlan{spec: spec, st: st, pal: pal, ts: ts, w: w, h: h, share: share}
	if spec.Compact {
		// A projector's chart: tight margins, a title of one line.
		p.st.pad, p.st.title = 5*st.u, st.label
		st = p.st
	}
	left, right := st.pad, float64(w)-st.pad
	var title []TextItem
	y := st.pad
	if spec.Compact {
		title = []TextItem{ts.line(ts.ellipsize(spec.Title, st.title, right-left), st.title, pal.Text, left, right, y, AlignLeft)}
		y += ts.lineHeight(st.title)
	} else {
		title, y = ts.block(spec.Title, st.title, pal.Text, left, right, y, AlignLeft)
	}
	p.header = title
	for _, s := range []struct {
		text string
		c    color.RGBA
	}{{spec.Subtitle, pal.Muted}, {spec.Warning, pal.Warning}} {
		if s.text != "" {
			var items []TextItem
			items, y = ts.block(s.text, st.subtitle, s.c, left, right, y+2*st.u, AlignLeft)
			p.header = append(p.header, items...)
		}
	}
	axisW := p.axisWidth()
	plotLeft := left + axisW + 6*st.u
	p.planColumns(plotLeft, right)
	p.planUnder()
	notes := spec.Notes
	if p.shortened && spec.NamesNote != "" {
		notes = append([]string{spec.NamesNote}, notes...)
	}
	footTop := p.planFooter(notes, left, right)
	gap := 10 * st.u
	if spec.Compact {
		gap = 4 * st.u
	}
	top := int(math.Ceil(y + gap))
	bottom := int(math.Floor(footTop - gap - p.under))
	if bottom < top+int(20*st.u) {
		bottom = top + int(20*st.u) // a tiny picture: overlap rather than fail
	}
	p.plot = image.Rect(int(math.Round(plotLeft)), top, int(math.Round(right)), bottom)
	p.ticks = p.planTicks()
	return p
}

// planFooter wraps the notes at the picture's width, from its bottom up,
// and returns the y of their top.
func (p *barPlan) planFooter(notes []string, left, right float64) float64 {
	st, ts := p.st, p.ts
	noteH := ts.lineHeight(st.note)
	wrapped := make([][]string, len(notes))
	footH := 0.0
	for i, n := range notes {
		wrapped[i] = ts.wrap(n, st.note, right-left)
		footH += float64(len(wrapped[i]))*noteH + 2*st.u
	}
	top := float64(p.h) - st.pad - footH
	y := top
	for _, lines := range wrapped {
		for _, l := range lines {
			p.footer = append(p.footer, ts.line(l, st.note, p.pal.Muted, left, right, y, AlignLeft))
			y += noteH
		}
		y += 2 * st.u
	}
	return top
}

// valueRange is the range the axis must show: every value, spread and
// the reference line, and zero.
func (p *barPlan) valueRange() (lo, hi, spreadHi float64) {
	for _, b := range p.spec.Bars {
		if b.Value != nil {
			lo, hi = math.Min(lo, *b.Value), math.Max(hi, *b.Value)
		}
		if b.Spread != nil {
			lo, spreadHi = math.Min(lo, b.Spread[0]), math.Max(spreadHi, b.Spread[1])
		}
	}
	if r := p.spec.RefLine; r != nil {
		lo, hi = math.Min(lo, *r), math.Max(hi, *r)
	}
	return lo, hi, spreadHi
}

// axisWidth is the width of the widest tick label the axis could have.
func (p *barPlan) axisWidth() float64 {
	lo, hi, spreadHi := p.valueRange()
	w := 0.0
	for _, t := range niceTicks(lo*1.3, math.Max(hi, spreadHi)*1.3, 5) {
		w = math.Max(w, p.ts.m.Width(wording.FormatValue(t, p.spec.Unit), p.st.ax))
	}
	return w
}

// hasSpreads reports whether a bar of the chart has a range beside it.
func (p *barPlan) hasSpreads() bool {
	for _, b := range p.spec.Bars {
		if b.Spread != nil {
			return true
		}
	}
	return false
}

// planColumns gives each bar an equal column of the plot's width, and
// finds the groups of bars that stand together.
func (p *barPlan) planColumns(left, right float64) {
	bars := p.spec.Bars
	sw := (right - left) / float64(len(bars))
	p.cols = make([]barCol, len(bars))
	for i := range bars {
		p.cols[i] = barCol{left: left + float64(i)*sw, right: left + float64(i+1)*sw}
		if g := bars[i].Group; g != "" {
			if n := len(p.groups); n > 0 && bars[p.groups[n-1].first].Group == g && p.groups[n-1].first+p.groups[n-1].n == i {
				p.groups[n-1].n++
				continue
			}
			p.groups = append(p.groups, barGroup{first: i, n: 1})
		}
	}
}

// barBox is the rectangle of a bar's x range: in its column, with room
// beside it for a range and its labels where the chart has ranges.
func (p *barPlan) barBox(i int) (x0, x1 float64) {
	c := p.cols[i]
	sw := c.right - c.left
	if p.hasSpreads() {
		return c.left + 0.1*sw, c.left + 0.5*sw
	}
	return c.left + 0.24*sw, c.right - 0.24*sw
}

// planTicks chooses the axis ticks: round values, at least three where
// the plot holds them, spaced by more than their text's height, and
// leaving room above the highest bar for its value label (and the mark of
// a top-coded one) and beside the highest range end for its label.
func (p *barPlan) planTicks() []float64 {
	st, ts := p.st, p.ts
	ph := float64(p.plot.Dy())
	lo, hi, spreadHi := p.valueRange()
	need := ts.lineHeight(st.value) + 6*st.u
	for _, b := range p.spec.Bars {
		if b.TopCoded {
			need += markHeight(st)
			break
		}
	}
	room := func(px float64) float64 { return math.Max(ph-px, 0.3*ph) / ph }
	top := math.Max(hi/room(need), spreadHi/room(0.6*ts.lineHeight(st.note)))
	bottom := lo / room(need)
	steps := int(math.Max(1, math.Min(5, ph/(tickSpacing*ts.lineHeight(st.ax)))))
	return niceTicks(bottom, top, steps)
}

// markHeight is the height of the mark above a top-coded bar.
func markHeight(st barStyle) float64 { return math.Max(8, 16*st.u) }

// planUnder sets the lines under each bar and each group of bars, and
// how far below the plot they reach.
func (p *barPlan) planUnder() {
	st, pal, spec := p.st, p.pal, p.spec
	grouped := map[int]bool{}
	for gi, g := range p.groups {
		b := spec.Bars[g.first]
		p.groups[gi].lines = barLines(spec, b, b.Group, st, pal)
		for k := g.first; k < g.first+g.n; k++ {
			grouped[k] = true
		}
	}
	for i, b := range spec.Bars {
		if grouped[i] {
			// A bar of a group: its own label (the place), small.
			p.cols[i].lines = []underLine{{b.Label, st.measure, pal.Text, 3, false}}
			if b.ShowMeasure {
				p.cols[i].lines = append(p.cols[i].lines, underLine{spec.MeasureText(b), st.measure, pal.Muted, 2, false})
			}
			continue
		}
		p.cols[i].lines = barLines(spec, b, b.Label, st, pal)
	}
	p.under = 0
	for i, c := range p.cols {
		h := p.linesHeight(c.lines, c.right-c.left)
		for _, g := range p.groups {
			if i >= g.first && i < g.first+g.n {
				h += 2*st.u + p.linesHeight(g.lines, p.cols[g.first+g.n-1].right-p.cols[g.first].left)
			}
		}
		p.under = math.Max(p.under, h+p.underGap())
	}
}

// underGap is the room between the plot and the lines under the bars.
func (p *barPlan) underGap() float64 {
	if p.spec.Compact {
		return 4 * p.st.u
	}
	return 8 * p.st.u
}

// barLines are the lines under a bar (or a group): its name, its second
// measure, its code, its own measure where the title does not say it, whose
// figure it is, and the tag of an unlike bar.
func barLines(spec BarSpec, b Bar, name string, st barStyle, pal Palette) []underLine {
	nameLines := 2
	if spec.Compact {
		nameLines = 1
	}
	lines := []underLine{{name, st.label, pal.Text, nameLines, true}}
	if b.Count != "" {
		// The second measure first: it is read with the bar.
		lines = append(lines, underLine{b.Count, st.measure, pal.Text, 2, false})
	}
	if b.Code != "" {
		lines = append(lines, underLine{b.Code, st.measure, pal.Muted, 1, false})
	}
	if b.ShowMeasure {
		lines = append(lines, underLine{spec.MeasureText(b), st.measure, pal.Muted, 3, false})
	}
	if b.Occupation != "" {
		lines = append(lines, underLine{b.Occupation, st.measure, pal.Muted, 3, false})
	}
	if b.Unlike && spec.UnlikeTag != "" {
		lines = append(lines, underLine{spec.UnlikeTag, st.measure, pal.Muted, 2, false})
	}
	return lines
}

// linesHeight is the height of lines wrapped to width, each to its most
// lines, noting a text that had to be cut.
func (p *barPlan) linesHeight(lines []underLine, width float64) float64 {
	h := 0.0
	for _, l := range lines {
		n := len(p.ts.wrap(l.text, l.size, width-6*p.st.u))
		if n > l.lines {
			n = l.lines
			p.shortened = p.shortened || l.name
		}
		h += float64(n)*p.ts.lineHeight(l.size) + p.st.u
	}
	return h
}

// placeLines places lines centred in [left, right] from top, each wrapped
// to its most lines, the last of them cut with "…"; it returns them and
// the y below.
func (p *barPlan) placeLines(lines []underLine, left, right, top float64) ([]TextItem, float64) {
	var out []TextItem
	ts := p.ts
	for _, l := range lines {
		wrapped := ts.wrap(l.text, l.size, right-left)
		if len(wrapped) > l.lines {
			rest := strings.Join(wrapped[l.lines-1:], " ")
			wrapped = append(wrapped[:l.lines-1], ts.ellipsize(rest+"…", l.size, right-left))
		}
		for _, w := range wrapped {
			out = append(out, ts.line(w, l.size, l.color, left, right, top, AlignCenter))
			top += ts.lineHeight(l.size)
		}
		top += p.st.u
	}
	return out, top
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
