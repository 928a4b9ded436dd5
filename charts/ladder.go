package charts

import (
	"image"
	"image/color"
	"math"

	"careercompare/internal/catalog"
	"careercompare/model"
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

// scaled returns the style with every size times f.
func (st ladderStyle) scaled(f float64) ladderStyle {
	return ladderStyle{u: st.u * f, pad: st.pad * f, title: st.title * f, caption: st.caption * f, label: st.label * f, credits: st.credits * f, notes: st.notes * f}
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
		st = st.scaled(f)
		ll = layoutLadderAt(l, path, words, w, theme, m, st)
	}
	ll.Height = h
	return ll
}

// mix blends a toward b by t (0 is a, 1 is b).
func mix(a, b color.RGBA, t float64) color.RGBA {
	f := func(x, y uint8) uint8 { return uint8(float64(x)*(1-t) + float64(y)*t + 0.5) }
	return color.RGBA{R: f(a.R, b.R), G: f(a.G, b.G), B: f(a.B, b.B), A: 255}
}
