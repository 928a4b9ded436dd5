package charts

import (
	"fmt"
	"io"
	"math"

	"github.com/golang/freetype/truetype"
	"github.com/signintech/gopdf"
	chart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// pdfRenderer is a go-chart Renderer that draws into a region of a PDF
// page: a chart pixel (x, y) lands at (ox + x·k, oy + y·k) points. The
// same chart code that draws PNG and SVG thus draws vector PDF, with real,
// searchable text in the embedded chart font.
type pdfRenderer struct {
	pdf       *gopdf.GoPdf
	m         *Measurer
	ox, oy, k float64
	dpi       float64

	paths    [][]gopdf.Point
	fill     drawing.Color
	stroke   drawing.Color
	width    float64
	dash     []float64
	fontSize float64
	fontCol  drawing.Color
	err      error
}

var _ chart.Renderer = (*pdfRenderer)(nil)

// PDFPainter draws a picture into pdf's current page at (ox, oy) points,
// k points per picture pixel. The PDF's current font must be FontTTF.
func PDFPainter(pdf *gopdf.GoPdf, ox, oy, k float64) (Painter, error) {
	m, err := NewMeasurer()
	if err != nil {
		return nil, err
	}
	return func(int, int) (chart.Renderer, error) {
		return &pdfRenderer{pdf: pdf, m: m, ox: ox, oy: oy, k: k, dpi: 72}, nil
	}, nil
}

func (r *pdfRenderer) pt(x, y float64) gopdf.Point {
	return gopdf.Point{X: r.ox + x*r.k, Y: r.oy + y*r.k}
}

func (r *pdfRenderer) ResetStyle() {
	r.fill, r.stroke, r.width, r.dash = drawing.Color{}, drawing.Color{}, 0, nil
	r.fontCol = drawing.Color{}
}
func (r *pdfRenderer) GetDPI() float64                { return r.dpi }
func (r *pdfRenderer) SetDPI(dpi float64)             { r.dpi = dpi }
func (r *pdfRenderer) SetClassName(string)            {}
func (r *pdfRenderer) SetStrokeColor(c drawing.Color) { r.stroke = c }
func (r *pdfRenderer) SetFillColor(c drawing.Color)   { r.fill = c }
func (r *pdfRenderer) SetStrokeWidth(w float64)       { r.width = w }
func (r *pdfRenderer) SetStrokeDashArray(d []float64) { r.dash = d }
func (r *pdfRenderer) SetFont(*truetype.Font)         {}
func (r *pdfRenderer) SetFontColor(c drawing.Color)   { r.fontCol = c }
func (r *pdfRenderer) SetFontSize(size float64)       { r.fontSize = size }
func (r *pdfRenderer) SetTextRotation(float64)        {}
func (r *pdfRenderer) ClearTextRotation()             {}
func (r *pdfRenderer) Save(io.Writer) error           { return r.err }
func (r *pdfRenderer) MoveTo(x, y int) {
	r.paths = append(r.paths, []gopdf.Point{r.pt(float64(x), float64(y))})
}
func (r *pdfRenderer) Close()                          {}
func (r *pdfRenderer) Circle(radius float64, x, y int) { r.ArcTo(x, y, radius, radius, 0, 2*math.Pi) }
func (r *pdfRenderer) LineTo(x, y int)                 { r.add(r.pt(float64(x), float64(y))) }
func (r *pdfRenderer) pixelsPerPoint() float64         { return r.dpi / 72 }
func (r *pdfRenderer) textSize() float64               { return r.fontSize * r.pixelsPerPoint() }

func (r *pdfRenderer) add(p gopdf.Point) {
	if len(r.paths) == 0 {
		r.paths = append(r.paths, nil)
	}
	r.paths[len(r.paths)-1] = append(r.paths[len(r.paths)-1], p)
}

func (r *pdfRenderer) last() gopdf.Point {
	if len(r.paths) == 0 || len(r.paths[len(r.paths)-1]) == 0 {
		return r.pt(0, 0)
	}
	p := r.paths[len(r.paths)-1]
	return p[len(p)-1]
}

// QuadCurveTo flattens the curve into short lines.
func (r *pdfRenderer) QuadCurveTo(cx, cy, x, y int) {
	p0, c, p1 := r.last(), r.pt(float64(cx), float64(cy)), r.pt(float64(x), float64(y))
	for i := 1; i <= 8; i++ {
		t := float64(i) / 8
		a, b, d := (1-t)*(1-t), 2*(1-t)*t, t*t
		r.add(gopdf.Point{X: a*p0.X + b*c.X + d*p1.X, Y: a*p0.Y + b*c.Y + d*p1.Y})
	}
}

// ArcTo flattens the arc into short lines.
func (r *pdfRenderer) ArcTo(cx, cy int, rx, ry, start, delta float64) {
	n := int(math.Max(8, math.Abs(delta)/(math.Pi/16)))
	for i := 0; i <= n; i++ {
		a := start + delta*float64(i)/float64(n)
		r.add(r.pt(float64(cx)+rx*math.Cos(a), float64(cy)+ry*math.Sin(a)))
	}
}

func (r *pdfRenderer) applyStroke() bool {
	if r.stroke.A == 0 || r.width <= 0 {
		return false
	}
	r.pdf.SetStrokeColor(r.stroke.R, r.stroke.G, r.stroke.B)
	r.pdf.SetLineWidth(r.width * r.k)
	if len(r.dash) > 0 {
		d := make([]float64, len(r.dash))
		for i, v := range r.dash {
			d[i] = v * r.k
		}
		r.pdf.SetCustomLineType(d, 0)
	} else {
		r.pdf.SetLineType("solid")
	}
	return true
}

func (r *pdfRenderer) draw(fill, stroke bool) {
	fill = fill && r.fill.A > 0
	stroke = stroke && r.applyStroke()
	if fill {
		r.pdf.SetFillColor(r.fill.R, r.fill.G, r.fill.B)
	}
	for _, p := range r.paths {
		switch {
		case len(p) < 2:
		case fill && len(p) >= 3:
			style := "F"
			if stroke {
				style = "FD"
			}
			r.pdf.Polygon(p, style)
		case stroke:
			for i := 1; i < len(p); i++ {
				r.pdf.Line(p[i-1].X, p[i-1].Y, p[i].X, p[i].Y)
			}
		}
	}
	if stroke && len(r.dash) > 0 {
		r.pdf.SetLineType("solid")
	}
	r.paths = r.paths[:0]
}

func (r *pdfRenderer) Stroke()     { r.draw(false, true) }
func (r *pdfRenderer) Fill()       { r.draw(true, false) }
func (r *pdfRenderer) FillStroke() { r.draw(true, true) }

// Text draws body with its baseline at (x, y), as real PDF text.
func (r *pdfRenderer) Text(body string, x, y int) {
	if r.err != nil || body == "" {
		return
	}
	p := r.pt(float64(x), float64(y))
	r.pdf.SetTextColor(r.fontCol.R, r.fontCol.G, r.fontCol.B)
	if err := r.pdf.SetFontSize(r.textSize() * r.k); err != nil {
		r.err = err
		return
	}
	r.pdf.SetXY(p.X, p.Y)
	if err := r.pdf.Text(body); err != nil {
		r.err = fmt.Errorf("charts: PDF text %q: %w", body, err)
	}
}

// MeasureText measures in chart pixels, with the same font as the picture.
func (r *pdfRenderer) MeasureText(body string) chart.Box {
	size := r.textSize()
	return chart.Box{Right: int(math.Ceil(r.m.Width(body, size))), Bottom: int(math.Ceil(size))}
}
