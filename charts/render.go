package charts

import (
	"bytes"
	"fmt"
	"html"
	"io"
	"math"
	"strings"

	chart "github.com/wcharczuk/go-chart/v2"
)

// Format is the file format of a picture.
type Format int

// Formats. PNG, SVG and PDF draw a picture; PDF and HTML write the
// handout. HTML is a document only: no picture is drawn as HTML (its
// pictures are inline SVG).
const (
	PNG Format = iota
	SVG
	PDF
	HTML
)

// ParseFormat reads "png", "svg", "pdf" or "html".
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(s) {
	case "png":
		return PNG, nil
	case "svg":
		return SVG, nil
	case "pdf":
		return PDF, nil
	case "html":
		return HTML, nil
	}
	return PNG, fmt.Errorf("format %q: use png, svg, pdf or html", s)
}

// Ext returns the file extension without a dot.
func (f Format) Ext() string {
	return [...]string{"png", "svg", "pdf", "html"}[f]
}

// Size is a picture's size in logical pixels and the scale of its pixels:
// the output is Width×Scale by Height×Scale pixels. TextScale enlarges the
// text beyond what the size calls for (0 means 1), as the window's text
// size setting does.
type Size struct {
	Width, Height int
	Scale         float64
	TextScale     float64
	// MinText, when set, is the smallest type the picture may use, in
	// pixels before scaling: a window's smallest text, or 8 points on a
	// page. MinBody is the smallest of its values and names (a window's
	// body text). Its layout gives up room before type.
	MinText, MinBody float64
	// PlotShare is the least share of the picture's height a bar chart's
	// plot takes (axis to axis), 0 for MinPlotShare: more for a chart on
	// a projector, where the plot is what a family looks at.
	PlotShare float64
	// MinPlot, when set, is the least height of a bar chart's plot, in
	// logical pixels: a document's chart is made tall enough to read at
	// a glance.
	MinPlot int
}

// MinPlotShare is the least share of a bar chart's height its plot takes,
// in every file and on screen: the family should see the comparison
// before the caveats.
const MinPlotShare = 0.45

// plotShare returns the plot's least share of the height.
func (s Size) plotShare() float64 {
	if s.PlotShare <= 0 || math.IsNaN(s.PlotShare) {
		return MinPlotShare
	}
	return math.Min(s.PlotShare, 0.8)
}

// minText returns the smallest type size in output pixels, 0 for none.
func (s Size) minText() float64 { return s.outputPixels(s.MinText) }

// minBody returns the smallest size of values and names in output pixels.
func (s Size) minBody() float64 { return s.outputPixels(s.MinBody) }

func (s Size) outputPixels(v float64) float64 {
	if v <= 0 || math.IsNaN(v) {
		return 0
	}
	scale := s.Scale
	if scale == 0 {
		scale = 1
	}
	return v * scale
}

// textScale returns the text scale, 1 when unset, bounded to 0.5…3.
func (s Size) textScale() float64 {
	if s.TextScale == 0 || math.IsNaN(s.TextScale) {
		return 1
	}
	return math.Max(0.5, math.Min(s.TextScale, 3))
}

// Limits on picture sizes.
const (
	MinWidth, MinHeight = 200, 150
	// MaxPixels bounds the output of one picture (width × height × scale²).
	MaxPixels = 64_000_000
	MaxSide   = 16_000
)

// Pixels returns the output size in pixels, or an error for a size that is
// too small, too large or not a number.
func (s Size) Pixels() (w, h int, err error) {
	scale := s.Scale
	if scale == 0 {
		scale = 1
	}
	if math.IsNaN(scale) || scale < 0.25 || scale > 8 {
		return 0, 0, fmt.Errorf("scale %g: use 0.25 to 8", s.Scale)
	}
	if s.Width < MinWidth || s.Height < MinHeight {
		return 0, 0, fmt.Errorf("size %d×%d: at least %d×%d", s.Width, s.Height, MinWidth, MinHeight)
	}
	w, h = int(math.Round(float64(s.Width)*scale)), int(math.Round(float64(s.Height)*scale))
	if w > MaxSide || h > MaxSide || w*h > MaxPixels {
		return 0, 0, fmt.Errorf("size %d×%d pixels is too large", w, h)
	}
	return w, h, nil
}

// escapingSVG wraps go-chart's SVG renderer: go-chart writes text into the
// SVG unescaped, so "R&D <1%" would make invalid XML. It also gives the
// SVG its size in pixels, which go-chart leaves out, and each text the
// width it has in the chart font (textLength), so that a reader without
// Roboto sees the text squeezed or stretched to the layout's width rather
// than running over its neighbours or out of the picture.
type escapingSVG struct {
	chart.Renderer
	w, h      int
	m         *Measurer
	dpi, size float64
	// widths are the widths of the texts, in pixels, in the order they
	// were drawn: one <text> element each.
	widths []float64
}

func newEscapingSVG(w, h int) (chart.Renderer, error) {
	r, err := chart.SVG(w, h)
	if err != nil {
		return nil, err
	}
	m, err := NewMeasurer()
	if err != nil {
		return nil, err
	}
	return &escapingSVG{Renderer: r, w: w, h: h, m: m, dpi: r.GetDPI()}, nil
}

func (e *escapingSVG) SetDPI(dpi float64)       { e.dpi = dpi; e.Renderer.SetDPI(dpi) }
func (e *escapingSVG) SetFontSize(size float64) { e.size = size; e.Renderer.SetFontSize(size) }

func (e *escapingSVG) Text(body string, x, y int) {
	e.widths = append(e.widths, e.m.Width(body, e.size*e.dpi/72))
	e.Renderer.Text(html.EscapeString(body), x, y)
}

func (e *escapingSVG) Save(w io.Writer) error {
	var buf bytes.Buffer
	if err := e.Renderer.Save(&buf); err != nil {
		return err
	}
	// Its size, and a viewBox (go-chart writes one; else it is added), so
	// that a page can scale it to its width.
	src := buf.Bytes()
	root := src[:max(0, bytes.IndexByte(src, '>'))]
	attrs := fmt.Sprintf(`<svg width="%d" height="%d" `, e.w, e.h)
	if !bytes.Contains(root, []byte(" viewBox=")) {
		attrs += fmt.Sprintf(`viewBox="0 0 %d %d" `, e.w, e.h)
	}
	src = bytes.Replace(src, []byte("<svg "), []byte(attrs), 1)
	// Every text went through Text, escaped: "<text " starts the element
	// of each, in order, and never occurs inside one.
	out := make([]byte, 0, len(src)+len(e.widths)*48)
	open := []byte("<text ")
	for i := 0; ; i++ {
		j := bytes.Index(src, open)
		if j < 0 {
			out = append(out, src...)
			break
		}
		out = append(out, src[:j+len(open)]...)
		src = src[j+len(open):]
		if i < len(e.widths) && e.widths[i] > 0 {
			out = fmt.Appendf(out, `textLength="%.1f" lengthAdjust="spacingAndGlyphs" `, e.widths[i])
		}
	}
	_, err := w.Write(out)
	return err
}

// Painter makes the go-chart renderer a picture is drawn with, for a
// picture of w×h pixels: PNG (the fast rasterizer), SVG (escaped), or a
// region of a PDF page (PDFPainter).
type Painter = chart.RendererProvider

// PainterFor returns the painter of a PNG or SVG file.
func PainterFor(f Format) (Painter, error) {
	switch f {
	case PNG:
		return newFastRaster, nil
	case SVG:
		return newEscapingSVG, nil
	}
	return nil, fmt.Errorf("charts: format %s is not a picture format", f.Ext())
}
