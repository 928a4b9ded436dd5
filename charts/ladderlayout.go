package charts

import (
	"image"
	"image/color"
	"math"

	"careercompare/internal/catalog"
	"careercompare/model"
	"careercompare/model/wording"
)

// ladderPlan is a ladder picture being laid out at one type size: what it
// draws, where its rungs stand and how far down the picture it has got.
// Its steps, in order, append to out's shapes, texts and items.
type ladderPlan struct {
	l     *model.Ladder
	path  model.Path
	words LadderWords
	lang  model.Lang
	st    ladderStyle
	pal   Palette
	// accent is the colour of the selected path.
	accent color.RGBA
	m      *Measurer
	ts     textSetter
	out    *LadderLayout
	// endHere and startHere are the captions of degrees and entries.
	endHere, startHere string
	// left and right are the picture's inner edges.
	left, right float64
	// atRung lists the entries at each rung, tagsAt the careers' tags.
	atRung [][]int
	tagsAt [][]LadderTag
	// xs is each rung's x; labelW the room of a label between rungs.
	xs     []float64
	labelW float64
	// chipPad is an entry chip's inner margin; lhLabel and lhCap the line
	// heights of labels and captions.
	chipPad, lhLabel, lhCap float64
	// rw is the rails' width, mark the half width of the plan's marker;
	// marked tells whether the marker is drawn, gap what is left between
	// the degrees and the top rail.
	rw, mark, gap       float64
	marked              bool
	railTop, railBottom float64
}

// maxLadderLabel is the widest a label of a rung may be, in units.
const maxLadderLabel = 170

// layoutLadderAt lays a ladder out at w pixels wide with the type of st:
// title, degrees above the rails, the rails with the selected span and the
// rungs, the credit labels under them, the entry points, then the plan,
// the notes and the footer.
func layoutLadderAt(l *model.Ladder, path model.Path, words LadderWords, w int, theme Theme, m *Measurer, st ladderStyle) *LadderLayout {
	out := &LadderLayout{Width: w}
	if len(l.Rungs) == 0 {
		return out
	}
	ts := textSetter{m}
	lang := words.Lang
	p := &ladderPlan{l: l, path: path, words: words, lang: lang, st: st, pal: PaletteFor(theme), accent: ladderAccent(theme),
		m: m, ts: ts, out: out, left: st.pad, right: float64(w) - st.pad,
		endHere: catalog.T(lang, "ladder.endHere"), startHere: catalog.T(lang, "ladder.startHere"),
		lhLabel: ts.lineHeight(st.label), lhCap: ts.lineHeight(st.caption)}
	p.gatherAtRungs()
	p.placeRungs()
	y := p.placeTitle()
	blocks, stack := p.degreeBlocks()
	p.setRails(y, stack)
	for j, b := range blocks {
		if b != nil {
			p.placeDegree(j, b)
		}
	}
	p.placeRails()
	y = p.placeCreditLabels()
	entries, bottom := p.placeEntries(y)
	p.orderItems(entries)
	p.placeNotes(bottom)
	return out
}

// gatherAtRungs finds the entries and the careers' tags at each rung.
func (p *ladderPlan) gatherAtRungs() {
	l, n := p.l, len(p.l.Rungs)
	p.atRung = make([][]int, n)
	for i, e := range l.Entries {
		for j, r := range l.Rungs {
			if r.Credits == e.Credits {
				p.atRung[j] = append(p.atRung[j], i)
			}
		}
	}
	p.tagsAt = make([][]LadderTag, n)
	for _, tg := range p.words.Tags {
		if tg.Rung >= 0 && tg.Rung < n {
			p.tagsAt[tg.Rung] = append(p.tagsAt[tg.Rung], tg)
		}
	}
}

// placeRungs gives each mark a column as wide as its widest label and
// spaces the rungs by credits within them; labelW is the room between
// the closest two.
func (p *ladderPlan) placeRungs() {
	l, lang, st, m, u := p.l, p.lang, p.st, p.m, p.st.u
	n := len(l.Rungs)
	maxLabel := maxLadderLabel * u
	p.chipPad = 7 * u
	colW := make([]float64, n)
	for j, r := range l.Rungs {
		// A long credits label ("228 credits: +48 for the Master's
		// degree") does not push the rungs together: it may go a line
		// lower (below).
		wd := math.Min(maxLabel, m.Width(wording.RungLabel(lang, l, j), st.credits))
		if !r.Ends.IsZero() {
			wd = math.Max(wd, math.Min(maxLabel, m.Width(r.Ends.In(lang), st.label)))
		}
		for _, ei := range p.atRung[j] {
			wd = math.Max(wd, math.Min(maxLabel, m.Width(wording.EntryLabel(lang, l.Entries[ei]), st.label))+2*p.chipPad)
		}
		colW[j] = wd
	}
	p.xs = rungPositions(l, colW, p.left, p.right, 10*u)
	p.labelW = maxLabel
	for j := 1; j < n; j++ {
		p.labelW = math.Min(p.labelW, p.xs[j]-p.xs[j-1]-8*u)
	}
	p.labelW = math.Max(p.labelW, 60*u)
	for j := range p.xs {
		p.out.RungX = append(p.out.RungX, int(math.Round(p.xs[j])))
	}
}

// setRails puts the rails below the degrees' labels, which reach stack
// above them from y: between the two, room for the marker of where the
// plan's credits reach, when it brings credits, so that the marker never
// covers a label.
func (p *ladderPlan) setRails(y, stack float64) {
	u := p.st.u
	// The marker is 2×mark wide and 1.6×mark high.
	p.rw, p.mark = math.Max(1.5, 2.5*u), 9*u
	p.marked = p.path.Plan != nil && p.path.Plan.Position > p.path.Plan.Start
	p.gap = 6 * u
	if p.marked {
		p.gap += p.rw + 1.6*p.mark
	}
	y += stack + p.gap
	p.railTop = y
	p.railBottom = p.railTop + 22*u
	p.out.RailTop, p.out.RailBottom = int(p.railTop), int(p.railBottom)
}

// placeRails places the selected span between the rails (the part the
// plan's credits have earned lighter), the rails, the rungs and the
// marker of where the plan's credits reach.
func (p *ladderPlan) placeRails() {
	l, path, xs, pal, u := p.l, p.path, p.xs, p.pal, p.st.u
	railTop, railBottom, rw, mark := p.railTop, p.railBottom, p.rw, p.mark
	out := p.out
	x0, x1 := int(xs[0]), int(xs[len(xs)-1])
	if path.Entry != "" || path.Goal >= 0 {
		from, to := spanOf(l, path)
		fx, tx := creditX(l, xs, from), creditX(l, xs, to)
		if path.Plan != nil {
			px := creditX(l, xs, path.Plan.Position)
			if px > fx {
				out.Shapes = append(out.Shapes, Shape{Kind: ShapeRect, Rect: image.Rect(int(fx), int(railTop), int(px), int(railBottom)), Fill: mix(p.accent, pal.Background, 0.55), Role: "earned"})
			}
			fx = px
		}
		if tx > fx {
			out.Shapes = append(out.Shapes, Shape{Kind: ShapeRect, Rect: image.Rect(int(fx), int(railTop), int(tx), int(railBottom)), Fill: p.accent, Role: "span"})
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
	if p.marked {
		px := creditX(l, xs, path.Plan.Position)
		out.Shapes = append(out.Shapes, Shape{Kind: ShapeTriangleDown, Rect: image.Rect(int(px-mark), int(railTop-rw-1.6*mark), int(px+mark), int(railTop-rw)), Fill: p.accent, Stroke: pal.Text, StrokeWidth: math.Max(1, u), Role: "earned", Index: -1})
	}
}

// clampX centres a width wd on cx, moved inside the picture's margins;
// it returns the left and right ends.
func (p *ladderPlan) clampX(cx, wd float64) (float64, float64) {
	l := math.Max(p.left, math.Min(cx-wd/2, p.right-wd))
	return l, l + wd
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
