package charts

import (
	"image"
	"image/color"
	"math"
	"strings"
)

// TextItem is one line of text placed on a picture: X is its left edge and
// Baseline its baseline, in pixels.
type TextItem struct {
	Text     string
	X        int
	Baseline int
	Size     float64
	Color    color.RGBA
	// Box is the pixel rectangle the line occupies (ascent to descent).
	Box image.Rectangle
}

// Align is the horizontal alignment of a line of text.
type Align int

// Alignments.
const (
	AlignLeft Align = iota
	AlignCenter
	AlignRight
)

// textSetter places lines of text with one measurer.
type textSetter struct {
	m *Measurer
}

// wrap breaks text into lines no wider than width. A single word wider than
// width is cut with an ellipsis so that nothing overflows.
func (ts textSetter) wrap(text string, size, width float64) []string {
	words := strings.Fields(text)
	if len(words) == 0 {
		return nil
	}
	var lines []string
	cur := ""
	for _, w := range words {
		try := w
		if cur != "" {
			try = cur + " " + w
		}
		if ts.m.Width(try, size) <= width || cur == "" && ts.m.Width(w, size) <= width {
			cur = try
			continue
		}
		if cur != "" {
			lines = append(lines, cur)
		}
		cur = w
		if ts.m.Width(cur, size) > width {
			lines = append(lines, ts.ellipsize(cur, size, width))
			cur = ""
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}

// ellipsize cuts text to fit width, ending it with "…".
func (ts textSetter) ellipsize(text string, size, width float64) string {
	if ts.m.Width(text, size) <= width {
		return text
	}
	r := []rune(text)
	for n := len(r) - 1; n > 0; n-- {
		s := string(r[:n]) + "…"
		if ts.m.Width(s, size) <= width {
			return s
		}
	}
	return ""
}

// lineHeight is the distance between baselines at size.
func (ts textSetter) lineHeight(size float64) float64 {
	a, d := ts.m.Metrics(size)
	return math.Ceil((a + d) * 1.15)
}

// line places one line with its top at top, aligned within [left, right].
func (ts textSetter) line(text string, size float64, c color.RGBA, left, right, top float64, al Align) TextItem {
	w := ts.m.Width(text, size)
	a, d := ts.m.Metrics(size)
	x := left
	switch al {
	case AlignCenter:
		x = left + (right-left-w)/2
	case AlignRight:
		x = right - w
	}
	base := top + a
	xi, bi := int(math.Round(x)), int(math.Round(base))
	return TextItem{
		Text: text, X: xi, Baseline: bi, Size: size, Color: c,
		Box: image.Rect(xi, bi-int(math.Ceil(a)), xi+int(math.Ceil(w)), bi+int(math.Ceil(d))),
	}
}

// block places wrapped lines from top and returns them with the y below.
func (ts textSetter) block(text string, size float64, c color.RGBA, left, right, top float64, al Align) ([]TextItem, float64) {
	var items []TextItem
	lh := ts.lineHeight(size)
	for _, l := range ts.wrap(text, size, right-left) {
		items = append(items, ts.line(l, size, c, left, right, top, al))
		top += lh
	}
	return items, top
}

// blockHeight is the height block would take.
func (ts textSetter) blockHeight(text string, size, width float64) float64 {
	return float64(len(ts.wrap(text, size, width))) * ts.lineHeight(size)
}

// niceTicks returns round tick values from at most lo up to at least hi,
// 0 included, with about steps intervals: of the round steps (1, 2, 2.5 or
// 5 times a power of ten) that give 2 to steps+1 intervals, the one whose
// last tick overshoots hi the least, so that the bars fill the plot.
func niceTicks(lo, hi float64, steps int) []float64 {
	lo, hi = math.Min(lo, 0), math.Max(hi, 0)
	if !(hi-lo > 0) || math.IsInf(hi-lo, 0) {
		lo, hi = 0, 1
	}
	steps = max(1, steps)
	var best []float64
	for n := min(2, steps); n <= steps+1; n++ {
		raw := (hi - lo) / float64(n)
		pow := math.Pow(10, math.Floor(math.Log10(raw)))
		step := pow * 10
		for _, m := range []float64{1, 2, 2.5, 5, 10} {
			if m*pow >= raw {
				step = m * pow
				break
			}
		}
		first := math.Floor(lo/step + 1e-9)
		last := math.Ceil(hi/step - 1e-9)
		if last == first {
			last++
		}
		if best == nil || (last-first)*step < best[len(best)-1]-best[0]-1e-9 {
			best = best[:0]
			for k := first; k <= last; k++ {
				best = append(best, k*step)
			}
		}
	}
	return best
}

// overlaps reports the first pair of boxes that intersect, for tests and
// checks of a layout.
func overlaps(boxes []image.Rectangle) (int, int, bool) {
	for i := range boxes {
		for j := i + 1; j < len(boxes); j++ {
			if boxes[i].Overlaps(boxes[j]) {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

// Wrap breaks text into lines no wider than width at size, as the pictures
// do; a word wider than width is cut with an ellipsis.
func (m *Measurer) Wrap(text string, size, width float64) []string {
	return textSetter{m}.wrap(text, size, width)
}

// LineHeight is the distance between baselines at size.
func (m *Measurer) LineHeight(size float64) float64 { return textSetter{m}.lineHeight(size) }

// BlockHeight is the height of text wrapped to width at size.
func (m *Measurer) BlockHeight(text string, size, width float64) float64 {
	return textSetter{m}.blockHeight(text, size, width)
}
