package charts

import (
	"fmt"
	"sync"

	"github.com/golang/freetype/truetype"
	"github.com/wcharczuk/go-chart/v2/roboto"
	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

// FontTTF is the one TrueType font used for every chart and ladder label,
// on screen and in files, so that measured widths agree everywhere
// (Roboto Medium as bundled with go-chart; Apache License 2.0).
var FontTTF = roboto.Roboto

// loadFont parses FontTTF once. go-chart parses its default font lazily and
// without a lock, so concurrent first renders race; every chart here sets
// this font explicitly instead.
var loadFont = sync.OnceValues(func() (*truetype.Font, error) {
	f, err := truetype.Parse(FontTTF)
	if err != nil {
		return nil, fmt.Errorf("parse chart font: %w", err)
	}
	return f, nil
})

// Measurer measures text in pixels with the chart font. It is safe for use
// by one goroutine at a time; each render makes its own.
type Measurer struct {
	font  *truetype.Font
	faces map[float64]*measureFace
}

// measureFace is a face that never draws, with the advances it has looked
// up: truetype faces load a glyph's outline for each advance.
type measureFace struct {
	font.Face
	adv map[rune]fixed.Int26_6
}

// NewMeasurer returns a measurer for the chart font.
func NewMeasurer() (*Measurer, error) {
	f, err := loadFont()
	if err != nil {
		return nil, err
	}
	return &Measurer{font: f, faces: map[float64]*measureFace{}}, nil
}

func (m *Measurer) face(size float64) *measureFace {
	if f, ok := m.faces[size]; ok {
		return f
	}
	if len(m.faces) >= 64 {
		clear(m.faces) // a long-lived measurer (the ladder widget's) sees every window size
	}
	// One glyph cache entry: a measurer never draws, and a face allocates
	// its whole glyph cache (512 entries of the largest glyph) up front.
	f := &measureFace{
		Face: truetype.NewFace(m.font, &truetype.Options{Size: size, DPI: 72, Hinting: font.HintingNone, GlyphCacheEntries: 1}),
		adv:  map[rune]fixed.Int26_6{},
	}
	m.faces[size] = f
	return f
}

// Width returns the advance width of text at size (pixels per em), as
// font.MeasureString does: advances plus kerning.
func (m *Measurer) Width(text string, size float64) float64 {
	f := m.face(size)
	var w fixed.Int26_6
	prev := rune(-1)
	for _, r := range text {
		if prev >= 0 {
			w += f.Kern(prev, r)
		}
		a, ok := f.adv[r]
		if !ok {
			a, _ = f.GlyphAdvance(r)
			f.adv[r] = a
		}
		w += a
		prev = r
	}
	return fixedToFloat(w)
}

// Metrics returns the ascent and descent of the font at size, in pixels.
func (m *Measurer) Metrics(size float64) (ascent, descent float64) {
	mt := m.face(size).Metrics()
	return fixedToFloat(mt.Ascent), fixedToFloat(mt.Descent)
}

func fixedToFloat(v fixed.Int26_6) float64 { return float64(v) / 64 }
