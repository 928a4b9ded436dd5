package charts

import (
	"image"
	"image/color"
	"math"
	"sort"
	"strings"

	"careercompare/internal/catalog"
	"careercompare/model/wording"
)

// placeTitle writes the ladder's title at the top and returns where the
// degrees may start.
func (p *ladderPlan) placeTitle() float64 {
	items, y := p.ts.block(wording.LadderTitle(p.lang, p.l), p.st.title, p.pal.Text, p.left, p.right, p.st.pad, AlignLeft)
	p.out.Texts = append(p.out.Texts, items...)
	return y + 6*p.st.u
}

// degreeBlock is the words above a rung that ends a degree: the careers'
// tags, "End here" and the degree's lines.
type degreeBlock struct {
	lines  []string
	x0, x1 float64
	h      float64
	// off is from the block's bottom to the rails' top, beyond the gap.
	off float64
}

// degreeBlocks sizes the degrees' blocks, which stand above the rails,
// bottom-aligned: a degree's words wrap at the room between rungs, never
// cutting a word; a block that would touch its neighbour's (rungs close
// together, large text) stands above it instead. stack is the height they
// all take.
func (p *ladderPlan) degreeBlocks() (blocks []*degreeBlock, stack float64) {
	u := p.st.u
	blocks = make([]*degreeBlock, len(p.l.Rungs))
	for j, r := range p.l.Rungs {
		if r.Ends.IsZero() {
			continue
		}
		b := p.degreeBlock(j, r.Ends.In(p.lang))
		for _, o := range blocks[:j] {
			if o != nil && b.x0 < o.x1+6*u && o.x0 < b.x1+6*u {
				b.off = math.Max(b.off, o.off+o.h+4*u)
			}
		}
		blocks[j] = b
		stack = math.Max(stack, b.off+b.h)
	}
	return blocks, stack
}

// degreeBlock wraps the degree text of rung j and sizes its block.
func (p *ladderPlan) degreeBlock(j int, text string) *degreeBlock {
	st, m, u := p.st, p.m, p.st.u
	width := p.labelW
	for _, w := range strings.Fields(text) {
		width = math.Max(width, m.Width(w, st.label))
	}
	lines := p.ts.wrap(text, st.label, width)
	wd := 0.0
	for _, ln := range lines {
		wd = math.Max(wd, m.Width(ln, st.label))
	}
	wd = math.Max(wd, m.Width(p.endHere, st.caption))
	for _, tg := range p.tagsAt[j] {
		wd = math.Max(wd, p.swatch()+3*u+m.Width(tg.Text, st.caption))
	}
	b := &degreeBlock{lines: lines, h: float64(len(p.tagsAt[j]))*p.lhCap + p.lhCap + float64(len(lines))*p.lhLabel}
	b.x0, b.x1 = p.clampX(p.xs[j], wd)
	return b
}

// swatch is the side of a career tag's swatch.
func (p *ladderPlan) swatch() float64 { return p.lhCap * 0.7 }

// placeDegree writes the block of rung j above the rails: the careers'
// tags, "End here", the degree (underlined when it is the goal), and the
// degree's item.
func (p *ladderPlan) placeDegree(j int, b *degreeBlock) {
	pal, st, u, out := p.pal, p.st, p.st.u, p.out
	lines, x0, x1 := b.lines, b.x0, b.x1
	top := p.railTop - p.gap - b.off - float64(len(lines))*p.lhLabel - p.lhCap
	p.placeTags(j, top-float64(len(p.tagsAt[j]))*p.lhCap)
	selected := p.path.Goal == j
	c := pal.Text
	if selected {
		c = p.accent
	}
	out.Texts = append(out.Texts, p.ts.line(p.endHere, st.caption, pal.Muted, x0, x1, top, AlignCenter))
	ty := top + p.lhCap
	for _, ln := range lines {
		out.Texts = append(out.Texts, p.ts.line(ln, st.label, c, x0, x1, ty, AlignCenter))
		ty += p.lhLabel
	}
	hit := image.Rect(int(x0-4*u), int(top-2*u), int(x1+4*u), int(p.railTop-b.off))
	if selected {
		// Underline: the selection shows by shape, not colour alone.
		out.Shapes = append(out.Shapes, Shape{Kind: ShapeRect, Rect: image.Rect(int(x0), int(ty), int(x1), int(ty+2.5*u)), Fill: p.accent, Role: "degree", Index: j})
	}
	out.Items = append(out.Items, LadderItem{Kind: ItemDegree, Index: j, Hit: hit, Explain: wording.DegreeExplain(p.lang, p.l, j)})
}

// placeTags writes the careers' tags of rung j from tagTop down, above
// "End here": a swatch of the career's colour and its words, so that
// colour is never the only cue.
func (p *ladderPlan) placeTags(j int, tagTop float64) {
	st, u, sw := p.st, p.st.u, p.swatch()
	for _, tg := range p.tagsAt[j] {
		tw := sw + 3*u + p.m.Width(tg.Text, st.caption)
		tx0, _ := p.clampX(p.xs[j], tw)
		sy := tagTop + (p.lhCap-sw)/2
		p.out.Shapes = append(p.out.Shapes, Shape{Kind: ShapeRect, Rect: image.Rect(int(tx0), int(sy), int(tx0+sw), int(sy+sw)), Fill: p.pal.Career(tg.Career), Role: "tag", Index: j})
		p.out.Texts = append(p.out.Texts, p.ts.line(tg.Text, st.caption, p.pal.Text, tx0+sw+3*u, tx0+tw, tagTop, AlignLeft))
		tagTop += p.lhCap
	}
}

// placeCreditLabels writes the credits of each rung under the rails, with
// the rungs' items; a label that would touch the one before it (rungs
// close together in a narrow picture) goes a line lower. It returns where
// the entries may start.
func (p *ladderPlan) placeCreditLabels() float64 {
	l, lang, st, u, xs := p.l, p.lang, p.st, p.st.u, p.xs
	y := p.railBottom + p.rw + 4*u
	lhCred := p.ts.lineHeight(st.credits)
	var rowEnds []float64
	for j := range l.Rungs {
		text := wording.RungLabel(lang, l, j)
		wd := p.m.Width(text, st.credits)
		a, b := p.clampX(xs[j], wd)
		row := 0
		for row < len(rowEnds) && a < rowEnds[row]+6*u {
			row++
		}
		if row == len(rowEnds) {
			rowEnds = append(rowEnds, 0)
		}
		rowEnds[row] = b
		ly := y + float64(row)*lhCred
		p.out.Texts = append(p.out.Texts, p.ts.line(text, st.credits, p.pal.Text, a, b, ly, AlignCenter))
		hit := image.Rect(int(xs[j]-8*u), int(p.railTop-p.rw), int(xs[j]+8*u), int(ly+lhCred))
		hit = hit.Union(image.Rect(int(a), int(ly), int(b), int(ly+lhCred)))
		p.out.Items = append(p.out.Items, LadderItem{Kind: ItemRung, Index: j, Hit: hit, Explain: wording.RungExplain(lang, l, j)})
	}
	y += float64(max(1, len(rowEnds)))*lhCred + 8*u
	return y
}

// placeEntries writes the entry points from y down: under each rung that
// has some, a marker, "Start here", then a chip for each. It returns the
// entries' items and how far down they reach.
func (p *ladderPlan) placeEntries(y float64) (items []LadderItem, bottom float64) {
	u := p.st.u
	entriesTop := y
	tri := 7 * u
	bottom = y
	for j := range p.l.Rungs {
		if len(p.atRung[j]) == 0 {
			continue
		}
		x := p.xs[j]
		p.out.Shapes = append(p.out.Shapes, Shape{Kind: ShapeTriangleUp, Rect: image.Rect(int(x-tri), int(entriesTop), int(x+tri), int(entriesTop+1.4*tri)), Fill: p.pal.Muted, Role: "marker", Index: j})
		cy := p.placeStartHere(x, entriesTop+1.4*tri+2*u)
		cy += 2 * u
		for _, ei := range p.atRung[j] {
			var it LadderItem
			it, cy = p.placeChip(ei, x, cy)
			items = append(items, it)
		}
		bottom = math.Max(bottom, cy)
	}
	return items, bottom
}

// placeStartHere writes "Start here" under the marker at x from cy down,
// wrapped at the room between rungs as the chips are, and returns where
// it ends.
func (p *ladderPlan) placeStartHere(x, cy float64) float64 {
	st, m := p.st, p.m
	capRoom := p.labelW
	for _, w := range strings.Fields(p.startHere) {
		capRoom = math.Max(capRoom, m.Width(w, st.caption))
	}
	for _, ln := range p.ts.wrap(p.startHere, st.caption, capRoom) {
		a, b := p.clampX(x, m.Width(ln, st.caption))
		p.out.Texts = append(p.out.Texts, p.ts.line(ln, st.caption, p.pal.Muted, a, b, cy, AlignCenter))
		cy += p.lhCap
	}
	return cy
}

// placeChip draws entry ei's chip under x from cy down — its words and the
// source's own label, filled with the accent when it is the path's entry —
// and returns its item and where the next chip goes.
func (p *ladderPlan) placeChip(ei int, x, cy float64) (LadderItem, float64) {
	st, u, m, pal, lang := p.st, p.st.u, p.m, p.pal, p.lang
	e := p.l.Entries[ei]
	lines := p.ts.wrap(wording.EntryLabel(lang, e), st.label, p.labelW-2*p.chipPad)
	quoted := p.ts.wrap(wording.EntrySourceLabel(lang, e), st.caption, p.labelW-2*p.chipPad)
	wd := 0.0
	for _, ln := range lines {
		wd = math.Max(wd, m.Width(ln, st.label))
	}
	for _, ln := range quoted {
		wd = math.Max(wd, m.Width(ln, st.caption))
	}
	cw := wd + 2*p.chipPad
	ch := float64(len(lines))*p.lhLabel + float64(len(quoted))*p.lhCap + 2*3*u
	ca, cb := p.clampX(x, cw)
	chip := image.Rect(int(ca), int(cy), int(math.Ceil(cb)), int(math.Ceil(cy+ch)))
	fill, text, sw := pal.Background, pal.Text, math.Max(1, u)
	if p.path.Entry == e.ID {
		fill, text, sw = p.accent, contrastOn(p.accent), math.Max(2, 2*u)
	}
	p.out.Shapes = append(p.out.Shapes, Shape{Kind: ShapeRect, Rect: chip, Fill: fill, Stroke: pal.Muted, StrokeWidth: sw, Radius: 4 * u, Role: "chip", Index: ei})
	ty := cy + 3*u
	for _, ln := range lines {
		p.out.Texts = append(p.out.Texts, p.ts.line(ln, st.label, text, ca+p.chipPad, cb-p.chipPad, ty, AlignCenter))
		ty += p.lhLabel
	}
	for _, ln := range quoted {
		p.out.Texts = append(p.out.Texts, p.ts.line(ln, st.caption, text, ca+p.chipPad, cb-p.chipPad, ty, AlignCenter))
		ty += p.lhCap
	}
	cy += ch + 4*u
	return LadderItem{Kind: ItemEntry, Index: ei, Hit: chip, Explain: wording.EntryExplain(lang, p.l, ei)}, cy
}

// orderItems puts the entries' items first, for keyboard order, by
// credits then file order; then the degrees', then the rungs'.
func (p *ladderPlan) orderItems(entries []LadderItem) {
	sort.SliceStable(entries, func(a, b int) bool {
		return p.l.Entries[entries[a].Index].Credits < p.l.Entries[entries[b].Index].Credits
	})
	var degrees, rungs []LadderItem
	for _, it := range p.out.Items {
		if it.Kind == ItemDegree {
			degrees = append(degrees, it)
		} else {
			rungs = append(rungs, it)
		}
	}
	p.out.Items = append(append(entries, degrees...), rungs...)
}

// placeNotes writes from below the entries down: the planner's numbers,
// the interpretations ("About these numbers") and the footer, as the
// words ask; the picture needs what they reach.
func (p *ladderPlan) placeNotes(bottom float64) {
	st, u, pal, lang := p.st, p.st.u, p.pal, p.lang
	y := bottom + 6*u
	block := func(lines []string, size float64, c color.RGBA) {
		var items []TextItem
		for _, line := range lines {
			items, y = p.ts.block(line, size, c, p.left, p.right, y, AlignLeft)
			p.out.Texts = append(p.out.Texts, items...)
		}
		if len(lines) > 0 {
			y += 4 * u
		}
	}
	if p.words.Plan {
		block(wording.PlanLines(lang, p.l, p.path), st.label, pal.Text)
	}
	if notes := wording.LadderNotes(lang, p.l); p.words.Notes && len(notes) > 0 {
		block(append([]string{catalog.T(lang, "ladder.aboutNumbers")}, notes...), st.notes, pal.Muted)
	}
	block(p.words.Footer, st.notes, pal.Muted)
	p.out.Needed = int(math.Ceil(y + st.pad))
}
