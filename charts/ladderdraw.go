package charts

import (
	"fmt"
	"image"
	"io"
	"math"

	chart "github.com/wcharczuk/go-chart/v2"

	"careercompare/model"
)

// RenderLadder draws a ladder with the selection as PNG or SVG into w.
func RenderLadder(l *model.Ladder, path model.Path, words LadderWords, size Size, theme Theme, f Format, w io.Writer) (*LadderLayout, error) {
	rp, err := PainterFor(f)
	if err != nil {
		return nil, err
	}
	return PaintLadder(l, path, words, size, theme, rp, w)
}

// RenderLadderImage draws a ladder into an image without encoding it.
func RenderLadderImage(l *model.Ladder, path model.Path, words LadderWords, size Size, theme Theme) (*image.RGBA, *LadderLayout, error) {
	c := &rgbaCollector{}
	ll, err := PaintLadder(l, path, words, size, theme, newFastRaster, c)
	if err != nil {
		return nil, nil, err
	}
	return c.img, ll, nil
}

// PaintLadder draws a ladder with a painter; w receives what the painter
// saves (nothing for a PDF region).
func PaintLadder(l *model.Ladder, path model.Path, words LadderWords, size Size, theme Theme, rp Painter, w io.Writer) (*LadderLayout, error) {
	if l == nil || len(l.Rungs) < 2 {
		return nil, fmt.Errorf("charts: a ladder needs at least two rungs")
	}
	pw, ph, err := size.Pixels()
	if err != nil {
		return nil, fmt.Errorf("charts: %w", err)
	}
	m, err := NewMeasurer()
	if err != nil {
		return nil, err
	}
	ll := LayoutLadder(l, path, words, pw, ph, size.textScale(), size.minText(), theme, m)
	r, err := rp(pw, ph)
	if err != nil {
		return nil, fmt.Errorf("charts: ladder renderer: %w", err)
	}
	r.SetDPI(72)
	pal := PaletteFor(theme)
	drawShape(r, Shape{Kind: ShapeRect, Rect: image.Rect(0, 0, pw, ph), Fill: pal.Background})
	for _, s := range ll.Shapes {
		drawShape(r, s)
	}
	drawTexts(r, ll.Texts)
	if err := r.Save(w); err != nil {
		return nil, fmt.Errorf("charts: write ladder: %w", err)
	}
	return ll, nil
}

// drawShape draws one layout shape with a go-chart renderer.
func drawShape(r chart.Renderer, s Shape) {
	r.ResetStyle()
	r.SetFillColor(toDrawing(s.Fill))
	r.SetStrokeColor(toDrawing(s.Stroke))
	r.SetStrokeWidth(s.StrokeWidth)
	b := s.Rect
	switch s.Kind {
	case ShapeLine:
		r.MoveTo(b.Min.X, b.Min.Y)
		r.LineTo(b.Max.X, b.Max.Y)
		r.Stroke()
		return
	case ShapeTriangleDown:
		r.MoveTo(b.Min.X, b.Min.Y)
		r.LineTo(b.Max.X, b.Min.Y)
		r.LineTo((b.Min.X+b.Max.X)/2, b.Max.Y)
		r.LineTo(b.Min.X, b.Min.Y)
		r.Close()
	case ShapeTriangleUp:
		r.MoveTo(b.Min.X, b.Max.Y)
		r.LineTo(b.Max.X, b.Max.Y)
		r.LineTo((b.Min.X+b.Max.X)/2, b.Min.Y)
		r.LineTo(b.Min.X, b.Max.Y)
		r.Close()
	default:
		rad := int(math.Min(s.Radius, float64(min(b.Dx(), b.Dy()))/2))
		if rad <= 0 {
			r.MoveTo(b.Min.X, b.Min.Y)
			r.LineTo(b.Max.X, b.Min.Y)
			r.LineTo(b.Max.X, b.Max.Y)
			r.LineTo(b.Min.X, b.Max.Y)
			r.LineTo(b.Min.X, b.Min.Y)
			break
		}
		r.MoveTo(b.Min.X+rad, b.Min.Y)
		r.LineTo(b.Max.X-rad, b.Min.Y)
		r.QuadCurveTo(b.Max.X, b.Min.Y, b.Max.X, b.Min.Y+rad)
		r.LineTo(b.Max.X, b.Max.Y-rad)
		r.QuadCurveTo(b.Max.X, b.Max.Y, b.Max.X-rad, b.Max.Y)
		r.LineTo(b.Min.X+rad, b.Max.Y)
		r.QuadCurveTo(b.Min.X, b.Max.Y, b.Min.X, b.Max.Y-rad)
		r.LineTo(b.Min.X, b.Min.Y+rad)
		r.QuadCurveTo(b.Min.X, b.Min.Y, b.Min.X+rad, b.Min.Y)
		r.Close()
	}
	if s.StrokeWidth > 0 && s.Stroke.A > 0 {
		r.FillStroke()
	} else {
		r.Fill()
	}
}
