package charts

import (
	"image"
	"image/color"
	"math"
	"sort"
	"strings"

	"careercompare/internal/catalog"
	"careercompare/model"
	"careercompare/model/wording"
)

// ShapeKind is the kind of a drawn shape.
type ShapeKind int

// Shape kinds.
const (
	ShapeRect ShapeKind = iota
	ShapeLine
	ShapeTriangleDown
	ShapeTriangleUp
)

// Shape is one shape of the ladder picture, in pixels.
type Shape struct {
	Kind ShapeKind
	// Rect bounds the shape; for a line, Min and Max are its ends.
	Rect        image.Rectangle
	Fill        color.RGBA
	Stroke      color.RGBA
	StrokeWidth float64
	Radius      float64
	// Role names the part ("rail", "rung", "span", "earned", "marker",
	// "chip", "degree"), Index its rung or entry.
	Role  string
	Index int
}

// ItemKind tells what a ladder item is.
type ItemKind int

// Item kinds.
const (
	ItemEntry ItemKind = iota
	ItemDegree
	ItemRung
)

// LadderItem is a part of the ladder a student can point at.
type LadderItem struct {
	Kind ItemKind
	// Index is the entry's index in the ladder's entries, or the rung's.
	Index int
	Hit   image.Rectangle
	// Explain is the detail line shown when the item is hovered or focused.
	Explain string
}

// LadderLayout is the geometry of a ladder picture: computed once and drawn
// by both the window's widget and the exporter, so that they agree.
type LadderLayout struct {
	Width, Height int
	// RungX is the x of each rung; RailTop and RailBottom the rails' y.
	RungX               []int
	RailTop, RailBottom int
	Shapes              []Shape
	Texts               []TextItem
	// Items lists entries (bottom rung first), then degrees, then rungs.
	Items []LadderItem
	// Needed is the height the ladder needs at this width.
	Needed int
}

// ItemAt returns the index of the item under p, or -1.
func (l *LadderLayout) ItemAt(p image.Point) int {
	for i, it := range l.Items {
		if p.In(it.Hit) {
			return i
		}
	}
	return -1
}

type ladderStyle struct {
	u, pad                                float64
	title, caption, label, credits, notes float64
}

// ladderMinUnit is the smallest type of a ladder (its captions and notes),
// in units.
const ladderMinUnit = 10

func newLadderStyle(w, h, textScale, minText float64) ladderStyle {
	// Larger text enlarges the type, but never past what the width holds
	// (520 pixels a unit keeps the labels of neighbouring rungs apart); the
	// floor goes first.
	u := math.Min(math.Min(w/760, h/380)*textScale, math.Min(w/520, 4))
	u = math.Max(math.Max(0.7, minText/ladderMinUnit), u)
	return ladderStyle{u: u, pad: 12 * u, title: 15 * u, caption: 10 * u, label: 12.5 * u, credits: 11.5 * u, notes: 10 * u}
}

// ladderAccent is the colour of the selected path, apart from the career
// colours.
func ladderAccent(t Theme) color.RGBA {
	if t == Dark {
		return rgb(0xc9a0dc)
	}
	return rgb(0x7b3294)
}

// LadderWords says in which language a ladder picture speaks and what it
// writes besides the ladder itself.
type LadderWords struct {
	Lang model.Lang
	// Plan writes the plan's lines under the ladder, and Notes "About these
	// numbers" (how the app read the source): files do; the window shows
	// both beside the ladder.
	Plan, Notes bool
	// Footer lines go last, e.g. the source and the edition in files.
	Footer []string
	// Tags mark the degrees the compared careers start with.
	Tags []LadderTag
}

// LadderTag marks a rung's degree as the one a career typically starts
// with: a swatch of the career's colour and its words, e.g. "HI entry".
type LadderTag struct {
	Rung   int
	Career int // the career's position in the data, for its colour
	Text   string
}

// CareerTags are the tags of the compared careers' entry degrees on the
// comparison's ladder, in lang.
func CareerTags(c model.Comparison, lang model.Lang) []LadderTag {
	if c.Ladder == nil {
		return nil
	}
	var tags []LadderTag
	for _, k := range c.Careers() {
		if k == nil || k.Ladder != c.Ladder.ID || k.LadderDegree == "" {
			continue
		}
		for j, r := range c.Ladder.Rungs {
			if r.Ends.EN == k.LadderDegree {
				tags = append(tags, LadderTag{Rung: j, Career: c.Data.CareerIndex(k.ID), Text: catalog.T(lang, "ladder.careerEntry", catalog.Args{"Career": k.Short.In(lang)})})
			}
		}
	}
	return tags
}

// LayoutLadder computes the ladder picture at w×h pixels: rails with a rung
// at each credit mark, spaced by credits; the degree each mark ends above;
// the entry points below; the selected span between the rails. The type
// shrinks to fit the height, never below minText pixels (0 for no floor
// but legibility); a ladder that needs more height says so in Needed.
func LayoutLadder(l *model.Ladder, path model.Path, words LadderWords, w, h int, textScale, minText float64, theme Theme, m *Measurer) *LadderLayout {
	st := newLadderStyle(float64(w), float64(h), textScale, minText)
	ll := layoutLadderAt(l, path, words, w, theme, m, st)
	floor := math.Max(0.7, minText/ladderMinUnit)
	// Shrink the type until the ladder fits the height, down to the floor.
	for i := 0; ll.Needed > h && i < 6 && st.u > floor; i++ {
		f := math.Max(floor/st.u, math.Max(0.75, float64(h)/float64(ll.Needed)))
		st = ladderStyle{u: st.u * f, pad: st.pad * f, title: st.title * f, caption: st.caption * f, label: st.label * f, credits: st.credits * f, notes: st.notes * f}
		ll = layoutLadderAt(l, path, words, w, theme, m, st)
	}
	ll.Height = h
	return ll
}

func layoutLadderAt(l *model.Ladder, path model.Path, words LadderWords, w int, theme Theme, m *Measurer, st ladderStyle) *LadderLayout {
	lang := words.Lang
	endHere, startHere := catalog.T(lang, "ladder.endHere"), catalog.T(lang, "ladder.startHere")
	pal := PaletteFor(theme)
	accent := ladderAccent(theme)
	ts := textSetter{m}
	u := st.u
	out := &LadderLayout{Width: w}
	n := len(l.Rungs)
	if n == 0 {
		return out
	}
	left, right := st.pad, float64(w)-st.pad

	// Entries at each rung.
	atRung := make([][]int, n)
	for i, e := range l.Entries {
		for j, r := range l.Rungs {
			if r.Credits == e.Credits {
				atRung[j] = append(atRung[j], i)
			}
		}
	}

	// Column widths: the widest label at each mark.
	maxLabel := 170 * u
	chipPad := 7 * u
	colW := make([]float64, n)
	for j, r := range l.Rungs {
		// A long credits label ("228 credits: +48 for the Master's
		// degree") does not push the rungs together: it may go a line
		// lower (below).
		wd := math.Min(maxLabel, m.Width(wording.RungLabel(lang, l, j), st.credits))
		if !r.Ends.IsZero() {
			wd = math.Max(wd, math.Min(maxLabel, m.Width(r.Ends.In(lang), st.label)))
		}
		for _, ei := range atRung[j] {
			wd = math.Max(wd, math.Min(maxLabel, m.Width(wording.EntryLabel(lang, l.Entries[ei]), st.label))+2*chipPad)
		}
		colW[j] = wd
	}
	xs := rungPositions(l, colW, left, right, 10*u)
	labelW := maxLabel
	for j := 1; j < n; j++ {
		labelW = math.Min(labelW, xs[j]-xs[j-1]-8*u)
	}
	labelW = math.Max(labelW, 60*u)
	for j := range xs {
		out.RungX = append(out.RungX, int(math.Round(xs[j])))
	}

	// Title.
	y := st.pad
	items, y := ts.block(wording.LadderTitle(lang, l), st.title, pal.Text, left, right, y, AlignLeft)
	out.Texts = append(out.Texts, items...)
	y += 6 * u

	// Degrees above the rails, bottom-aligned. A degree's words wrap at
	// the room between rungs, never cutting a word; a block that would
	// touch its neighbour's (rungs close together, large text) stands
	// above it instead.
	lhLabel, lhCap := ts.lineHeight(st.label), ts.lineHeight(st.caption)
	tagsAt := make([][]LadderTag, n)
	for _, tg := range words.Tags {
		if tg.Rung >= 0 && tg.Rung < n {
			tagsAt[tg.Rung] = append(tagsAt[tg.Rung], tg)
		}
	}
	clampX := func(cx, wd float64) (float64, float64) {
		l := math.Max(left, math.Min(cx-wd/2, right-wd))
		return l, l + wd
	}
	sw := ts.lineHeight(st.caption) * 0.7 // the swatch of a career tag
	type degreeBlock struct {
		lines          []string
		x0, x1, h, off float64 // off: from the block's bottom to the rail's top
	}
	blocks := make([]*degreeBlock, n)
	stack := 0.0
	for j, r := range l.Rungs {
		if r.Ends.IsZero() {
			continue
		}
		text := r.Ends.In(lang)
		width := labelW
		for _, w := range strings.Fields(text) {
			width = math.Max(width, m.Width(w, st.label))
		}
		lines := ts.wrap(text, st.label, width)
		wd := 0.0
		for _, ln := range lines {
			wd = math.Max(wd, m.Width(ln, st.label))
		}
		wd = math.Max(wd, m.Width(endHere, st.caption))
		for _, tg := range tagsAt[j] {
			wd = math.Max(wd, sw+3*u+m.Width(tg.Text, st.caption))
		}
		b := &degreeBlock{lines: lines, h: float64(len(tagsAt[j]))*lhCap + lhCap + float64(len(lines))*lhLabel}
		b.x0, b.x1 = clampX(xs[j], wd)
		for _, o := range blocks[:j] {
			if o != nil && b.x0 < o.x1+6*u && o.x0 < b.x1+6*u {
				b.off = math.Max(b.off, o.off+o.h+4*u)
			}
		}
		blocks[j] = b
		stack = math.Max(stack, b.off+b.h)
	}
	// Between the degrees' labels and the rail: room for the marker of
	// where the plan's credits reach, when it brings credits, so that the
	// marker never covers a label.
	// rw is the rails' width; the marker is 2×mark wide and 1.6×mark high.
	rw, mark := math.Max(1.5, 2.5*u), 9*u
	marked := path.Plan != nil && path.Plan.Position > path.Plan.Start
	gap := 6 * u
	if marked {
		gap += rw + 1.6*mark
	}
	y += stack + gap
	railTop := y
	railBottom := railTop + 22*u
	out.RailTop, out.RailBottom = int(railTop), int(railBottom)
	for j, r := range l.Rungs {
		if r.Ends.IsZero() {
			continue
		}
		b := blocks[j]
		lines, x0, x1 := b.lines, b.x0, b.x1
		top := railTop - gap - b.off - float64(len(lines))*lhLabel - lhCap
		// The careers' tags above "End here": a swatch of the career's
		// colour and its words, so that colour is never the only cue.
		tagTop := top - float64(len(tagsAt[j]))*lhCap
		for _, tg := range tagsAt[j] {
			tw := sw + 3*u + m.Width(tg.Text, st.caption)
			tx0, _ := clampX(xs[j], tw)
			sy := tagTop + (lhCap-sw)/2
			out.Shapes = append(out.Shapes, Shape{Kind: ShapeRect, Rect: image.Rect(int(tx0), int(sy), int(tx0+sw), int(sy+sw)), Fill: pal.Career(tg.Career), Role: "tag", Index: j})
			out.Texts = append(out.Texts, ts.line(tg.Text, st.caption, pal.Text, tx0+sw+3*u, tx0+tw, tagTop, AlignLeft))
			tagTop += lhCap
		}
		selected := path.Goal == j
		c := pal.Text
		if selected {
			c = accent
		}
		out.Texts = append(out.Texts, ts.line(endHere, st.caption, pal.Muted, x0, x1, top, AlignCenter))
		ty := top + lhCap
		for _, ln := range lines {
			out.Texts = append(out.Texts, ts.line(ln, st.label, c, x0, x1, ty, AlignCenter))
			ty += lhLabel
		}
		hit := image.Rect(int(x0-4*u), int(top-2*u), int(x1+4*u), int(railTop-b.off))
		if selected {
			// Underline: the selection shows by shape, not colour alone.
			out.Shapes = append(out.Shapes, Shape{Kind: ShapeRect, Rect: image.Rect(int(x0), int(ty), int(x1), int(ty+2.5*u)), Fill: accent, Role: "degree", Index: j})
		}
		out.Items = append(out.Items, LadderItem{Kind: ItemDegree, Index: j, Hit: hit, Explain: wording.DegreeExplain(lang, l, j)})
	}

	// Rails, the selected span, rungs.
	x0, x1 := int(xs[0]), int(xs[n-1])
	if path.Entry != "" || path.Goal >= 0 {
		from, to := spanOf(l, path)
		fx, tx := creditX(l, xs, from), creditX(l, xs, to)
		if path.Plan != nil {
			px := creditX(l, xs, path.Plan.Position)
			if px > fx {
				out.Shapes = append(out.Shapes, Shape{Kind: ShapeRect, Rect: image.Rect(int(fx), int(railTop), int(px), int(railBottom)), Fill: mix(accent, pal.Background, 0.55), Role: "earned"})
			}
			fx = px
		}
		if tx > fx {
			out.Shapes = append(out.Shapes, Shape{Kind: ShapeRect, Rect: image.Rect(int(fx), int(railTop), int(tx), int(railBottom)), Fill: accent, Role: "span"})
		}
	}
	out.Shapes = append(out.Shapes,
		Shape{Kind: ShapeRect, Rect: image.Rect(x0, int(railTop-rw), x1, int(railTop)), Fill: pal.Text, Role: "rail"},
		Shape{Kind: ShapeRect, Rect: image.Rect(x0, int(railBottom), x1, int(railBottom+rw)), Fill: pal.Text, Role: "rail"},
	)
	for j, r := range l.Rungs {
		wd := 2.5 * u
		if !r.Ends.IsZero() {
			wd = 5 * u
		}
		x := xs[j]
		out.Shapes = append(out.Shapes, Shape{Kind: ShapeRect, Rect: image.Rect(int(x-wd/2), int(railTop-rw), int(x+wd/2), int(railBottom+rw)), Fill: pal.Text, Role: "rung", Index: j})
	}
	if marked {
		px := creditX(l, xs, path.Plan.Position)
		out.Shapes = append(out.Shapes, Shape{Kind: ShapeTriangleDown, Rect: image.Rect(int(px-mark), int(railTop-rw-1.6*mark), int(px+mark), int(railTop-rw)), Fill: accent, Stroke: pal.Text, StrokeWidth: math.Max(1, u), Role: "earned", Index: -1})
	}

	// Credit labels under the rails.
	y = railBottom + rw + 4*u
	lhCred := ts.lineHeight(st.credits)
	// A label that would touch the one before it (rungs close together in
	// a narrow picture) goes a line lower.
	var rowEnds []float64
	for j := range l.Rungs {
		text := wording.RungLabel(lang, l, j)
		wd := m.Width(text, st.credits)
		a, b := clampX(xs[j], wd)
		row := 0
		for row < len(rowEnds) && a < rowEnds[row]+6*u {
			row++
		}
		if row == len(rowEnds) {
			rowEnds = append(rowEnds, 0)
		}
		rowEnds[row] = b
		ly := y + float64(row)*lhCred
		out.Texts = append(out.Texts, ts.line(text, st.credits, pal.Text, a, b, ly, AlignCenter))
		hit := image.Rect(int(xs[j]-8*u), int(railTop-rw), int(xs[j]+8*u), int(ly+lhCred))
		hit = hit.Union(image.Rect(int(a), int(ly), int(b), int(ly+lhCred)))
		out.Items = append(out.Items, LadderItem{Kind: ItemRung, Index: j, Hit: hit, Explain: wording.RungExplain(lang, l, j)})
	}
	y += float64(max(1, len(rowEnds)))*lhCred + 8*u

	// Entry points below: a marker under the rung, "Start here", then chips.
	entriesTop := y
	tri := 7 * u
	bottom := y
	var entryItems []LadderItem
	for j := range l.Rungs {
		if len(atRung[j]) == 0 {
			continue
		}
		x := xs[j]
		out.Shapes = append(out.Shapes, Shape{Kind: ShapeTriangleUp, Rect: image.Rect(int(x-tri), int(entriesTop), int(x+tri), int(entriesTop+1.4*tri)), Fill: pal.Muted, Role: "marker", Index: j})
		cy := entriesTop + 1.4*tri + 2*u
		// "Start here" wraps at the room between rungs, as the chips do.
		capRoom := labelW
		for _, w := range strings.Fields(startHere) {
			capRoom = math.Max(capRoom, m.Width(w, st.caption))
		}
		for _, ln := range ts.wrap(startHere, st.caption, capRoom) {
			a, b := clampX(x, m.Width(ln, st.caption))
			out.Texts = append(out.Texts, ts.line(ln, st.caption, pal.Muted, a, b, cy, AlignCenter))
			cy += lhCap
		}
		cy += 2 * u
		for _, ei := range atRung[j] {
			e := l.Entries[ei]
			lines := ts.wrap(wording.EntryLabel(lang, e), st.label, labelW-2*chipPad)
			quoted := ts.wrap(wording.EntrySourceLabel(lang, e), st.caption, labelW-2*chipPad)
			wd := 0.0
			for _, ln := range lines {
				wd = math.Max(wd, m.Width(ln, st.label))
			}
			for _, ln := range quoted {
				wd = math.Max(wd, m.Width(ln, st.caption))
			}
			cw := wd + 2*chipPad
			ch := float64(len(lines))*lhLabel + float64(len(quoted))*lhCap + 2*3*u
			ca, cb := clampX(x, cw)
			chip := image.Rect(int(ca), int(cy), int(math.Ceil(cb)), int(math.Ceil(cy+ch)))
			selected := path.Entry == e.ID
			fill, text := pal.Background, pal.Text
			if selected {
				fill, text = accent, contrastOn(accent)
			}
			sw := math.Max(1, u)
			if selected {
				sw = math.Max(2, 2*u)
			}
			out.Shapes = append(out.Shapes, Shape{Kind: ShapeRect, Rect: chip, Fill: fill, Stroke: pal.Muted, StrokeWidth: sw, Radius: 4 * u, Role: "chip", Index: ei})
			ty := cy + 3*u
			for _, ln := range lines {
				out.Texts = append(out.Texts, ts.line(ln, st.label, text, ca+chipPad, cb-chipPad, ty, AlignCenter))
				ty += lhLabel
			}
			for _, ln := range quoted {
				out.Texts = append(out.Texts, ts.line(ln, st.caption, text, ca+chipPad, cb-chipPad, ty, AlignCenter))
				ty += lhCap
			}
			entryItems = append(entryItems, LadderItem{Kind: ItemEntry, Index: ei, Hit: chip, Explain: wording.EntryExplain(lang, l, ei)})
			cy += ch + 4*u
		}
		bottom = math.Max(bottom, cy)
	}
	// Entries come first for keyboard order, by credits then file order.
	sort.SliceStable(entryItems, func(a, b int) bool {
		return l.Entries[entryItems[a].Index].Credits < l.Entries[entryItems[b].Index].Credits
	})
	var degrees, rungs []LadderItem
	for _, it := range out.Items {
		if it.Kind == ItemDegree {
			degrees = append(degrees, it)
		} else {
			rungs = append(rungs, it)
		}
	}
	out.Items = append(append(entryItems, degrees...), rungs...)

	// The planner's numbers, the interpretations and the footer.
	y = bottom + 6*u
	block := func(lines []string, size float64, c color.RGBA) {
		for _, line := range lines {
			items, y = ts.block(line, size, c, left, right, y, AlignLeft)
			out.Texts = append(out.Texts, items...)
		}
		if len(lines) > 0 {
			y += 4 * u
		}
	}
	if words.Plan {
		block(wording.PlanLines(lang, l, path), st.label, pal.Text)
	}
	if notes := wording.LadderNotes(lang, l); words.Notes && len(notes) > 0 {
		block(append([]string{catalog.T(lang, "ladder.aboutNumbers")}, notes...), st.notes, pal.Muted)
	}
	block(words.Footer, st.notes, pal.Muted)
	out.Needed = int(math.Ceil(y + st.pad))
	return out
}

// rungPositions spaces the rungs by their credits, but never closer than
// their labels need; when the labels cannot fit that way they are spaced
// evenly.
func rungPositions(l *model.Ladder, colW []float64, left, right, gap float64) []float64 {
	n := len(l.Rungs)
	xs := make([]float64, n)
	if n == 1 {
		xs[0] = (left + right) / 2
		return xs
	}
	x0, x1 := left+colW[0]/2, right-colW[n-1]/2
	if x1 <= x0 {
		x0, x1 = left, right
	}
	lo, hi := l.Rungs[0].Credits, l.Rungs[n-1].Credits
	for j, r := range l.Rungs {
		xs[j] = x0 + (r.Credits-lo)/(hi-lo)*(x1-x0)
	}
	minGap := func(j int) float64 { return (colW[j-1]+colW[j])/2 + gap }
	for j := 1; j < n; j++ {
		xs[j] = math.Max(xs[j], xs[j-1]+minGap(j))
	}
	if xs[n-1] > x1 {
		xs[n-1] = x1
		for j := n - 2; j >= 0; j-- {
			xs[j] = math.Min(xs[j], xs[j+1]-minGap(j+1))
		}
	}
	if xs[0] < x0 {
		for j := range xs {
			xs[j] = x0 + float64(j)*(x1-x0)/float64(n-1)
		}
	}
	return xs
}

// creditX maps credits to x, linearly between the rungs around them.
func creditX(l *model.Ladder, xs []float64, credits float64) float64 {
	n := len(l.Rungs)
	if credits <= l.Rungs[0].Credits {
		return xs[0]
	}
	for j := 1; j < n; j++ {
		a, b := l.Rungs[j-1].Credits, l.Rungs[j].Credits
		if credits <= b {
			return xs[j-1] + (credits-a)/(b-a)*(xs[j]-xs[j-1])
		}
	}
	return xs[n-1]
}

// spanOf returns the credits the selection spans.
func spanOf(l *model.Ladder, path model.Path) (from, to float64) {
	from, to = l.Rungs[0].Credits, l.Rungs[0].Credits
	if e, ok := l.Entry(path.Entry); ok {
		from, to = e.Credits, e.Credits
	}
	if path.Goal >= 0 && path.Goal < len(l.Rungs) {
		to = l.Rungs[path.Goal].Credits
	}
	if to < from {
		to = from
	}
	return from, to
}

func mix(a, b color.RGBA, t float64) color.RGBA {
	f := func(x, y uint8) uint8 { return uint8(float64(x)*(1-t) + float64(y)*t + 0.5) }
	return color.RGBA{R: f(a.R, b.R), G: f(a.G, b.G), B: f(a.B, b.B), A: 255}
}
