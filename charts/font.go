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
	faces map[float64]font.Face
}

// NewMeasurer returns a measurer for the chart font.
func NewMeasurer() (*Measurer, error) {
	f, err := loadFont()
	if err != nil {
		return nil, err
	}
	return &Measurer{font: f, faces: map[float64]font.Face{}}, nil
}

func (m *Measurer) face(size float64) font.Face {
	if f, ok := m.faces[size]; ok {
		return f
	}
	f := truetype.NewFace(m.font, &truetype.Options{Size: size, DPI: 72, Hinting: font.HintingNone})
	m.faces[size] = f
	return f
}

// Width returns the advance width of text at size (pixels per em).
func (m *Measurer) Width(text string, size float64) float64 {
	return fixedToFloat(font.MeasureString(m.face(size), text))
}

// Metrics returns the ascent and descent of the font at size, in pixels.
func (m *Measurer) Metrics(size float64) (ascent, descent float64) {
	mt := m.face(size).Metrics()
	return fixedToFloat(mt.Ascent), fixedToFloat(mt.Descent)
}

func fixedToFloat(v fixed.Int26_6) float64 { return float64(v) / 64 }
