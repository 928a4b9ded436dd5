package charts

import (
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"io"
	"math"
	"sync"

	"github.com/golang/freetype/truetype"
	chart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

// rgbaCollector receives go-chart's raster image without PNG encoding.
type rgbaCollector struct{ img *image.RGBA }

func (c *rgbaCollector) SetRGBA(i *image.RGBA)       { c.img = i }
func (c *rgbaCollector) Write(p []byte) (int, error) { return len(p), nil }

// fastRaster wraps go-chart's raster renderer and fills axis-aligned
// rectangles (backgrounds, canvas, bars) straight into the image instead of
// through the vector rasterizer, which spends most of a large chart's time
// on them. Text is drawn glyph by glyph from cached glyph masks (see Text).
// Every other path is replayed into the wrapped renderer unchanged.
type fastRaster struct {
	chart.Renderer
	img *image.RGBA

	pathOps     []pathOp
	fill        drawing.Color
	stroke      drawing.Color
	strokeWidth float64
	dash        []float64

	// The text style, as go-chart's renderer keeps it.
	dpi       float64
	font      *truetype.Font
	fontSize  float64 // as the chart asks for it, before the correction of SetFontSize
	fontColor drawing.Color
	rotated   bool
}

type pathOp struct {
	kind     byte // 'M', 'L', 'Q', 'A', 'Z'
	x, y     int
	cx, cy   int
	rx, ry   float64
	from, by float64
}

// newFastRaster is a chart.RendererProvider.
func newFastRaster(w, h int) (chart.Renderer, error) {
	inner, err := chart.PNG(w, h)
	if err != nil {
		return nil, err
	}
	c := &rgbaCollector{}
	if err := inner.Save(c); err != nil || c.img == nil {
		return inner, err
	}
	return &fastRaster{Renderer: inner, img: c.img, dpi: inner.GetDPI()}, nil
}

// Save hands the image to a collector as it is, or writes it as PNG with
// zlib's fastest level: at 1920×1080 that halves the encoding (the most of a
// PNG export's time) for a file about 5% larger than go-chart's default level.
func (f *fastRaster) Save(w io.Writer) error {
	if c, ok := w.(chart.RGBACollector); ok {
		c.SetRGBA(f.img)
		return nil
	}
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	return enc.Encode(w, f.img)
}

func (f *fastRaster) ResetStyle() {
	// go-chart keeps the font and clears the rest, text rotation included.
	f.fill, f.stroke, f.strokeWidth, f.dash = drawing.Color{}, drawing.Color{}, 0, nil
	f.fontSize, f.fontColor, f.rotated = 0, drawing.Color{}, false
	f.Renderer.ResetStyle()
}

func (f *fastRaster) SetDPI(dpi float64)           { f.dpi = dpi; f.Renderer.SetDPI(dpi) }
func (f *fastRaster) SetFont(fnt *truetype.Font)   { f.font = fnt; f.Renderer.SetFont(fnt) }
func (f *fastRaster) SetFontColor(c drawing.Color) { f.fontColor = c; f.Renderer.SetFontColor(c) }
func (f *fastRaster) SetTextRotation(radians float64) {
	f.rotated = true
	f.Renderer.SetTextRotation(radians)
}
func (f *fastRaster) ClearTextRotation() { f.rotated = false; f.Renderer.ClearTextRotation() }

func (f *fastRaster) SetFillColor(c drawing.Color) { f.fill = c; f.Renderer.SetFillColor(c) }
func (f *fastRaster) SetStrokeColor(c drawing.Color) {
	f.stroke = c
	f.Renderer.SetStrokeColor(c)
}

// SetFontSize corrects go-chart's raster text size: its glyph scale is
// points × DPI in 26.6 fixed point, 72/64 too large, while its SVG output and
// our measurer use points × DPI / 72 pixels.
func (f *fastRaster) SetFontSize(size float64) {
	f.fontSize = size
	f.Renderer.SetFontSize(size * 64 / 72)
}

func (f *fastRaster) SetStrokeWidth(w float64) { f.strokeWidth = w; f.Renderer.SetStrokeWidth(w) }
func (f *fastRaster) SetStrokeDashArray(d []float64) {
	f.dash = d
	f.Renderer.SetStrokeDashArray(d)
}

func (f *fastRaster) MoveTo(x, y int) { f.pathOps = append(f.pathOps, pathOp{kind: 'M', x: x, y: y}) }
func (f *fastRaster) LineTo(x, y int) { f.pathOps = append(f.pathOps, pathOp{kind: 'L', x: x, y: y}) }
func (f *fastRaster) QuadCurveTo(cx, cy, x, y int) {
	f.pathOps = append(f.pathOps, pathOp{kind: 'Q', cx: cx, cy: cy, x: x, y: y})
}
func (f *fastRaster) ArcTo(cx, cy int, rx, ry, from, by float64) {
	f.pathOps = append(f.pathOps, pathOp{kind: 'A', cx: cx, cy: cy, rx: rx, ry: ry, from: from, by: by})
}
func (f *fastRaster) Close() { f.pathOps = append(f.pathOps, pathOp{kind: 'Z'}) }

func (f *fastRaster) Circle(radius float64, x, y int) {
	f.replay()
	f.Renderer.Circle(radius, x, y)
}

// Text draws a line of text with its baseline at y. go-chart turns every
// glyph into a vector path and fills the whole line at once, and the
// rasterizer's cost grows with the square of the cells on a scanline: a long
// line at slide size took most of a chart's time. Here each glyph is drawn
// from a mask rasterized once per size, glyph and quarter pixel (see
// glyphs), placed with the advances and kerning of a truetype face, the ones
// the layout measured the text with. Rotated text, and text drawn while a
// path is open (go-chart would fill that path in the font colour), go the
// old way.
func (f *fastRaster) Text(body string, x, y int) {
	if f.rotated || f.font == nil || len(f.pathOps) > 0 || f.fontSize <= 0 {
		f.replay()
		f.Renderer.Text(body, x, y)
		return
	}
	if f.fontColor.A == 0 {
		return
	}
	src := image.NewUniform(color.NRGBA{R: f.fontColor.R, G: f.fontColor.G, B: f.fontColor.B, A: f.fontColor.A})
	glyphs.Lock()
	defer glyphs.Unlock()
	face := glyphs.face(f.font, f.fontSize, f.dpi)
	dot := fixed.I(x)
	prev := rune(-1)
	for _, r := range body {
		if prev >= 0 {
			dot += face.face.Kern(prev, r)
		}
		// The quarter pixel, as a truetype face quantizes the dot.
		q := (dot + 8) &^ 15
		g := glyphs.glyph(face, r, q&63)
		if g.mask != nil {
			at := image.Pt(int(q>>6)+g.offset.X, y+g.offset.Y)
			draw.DrawMask(f.img, g.mask.Rect.Add(at), src, image.Point{}, g.mask, image.Point{}, draw.Over)
		}
		dot += g.advance
		prev = r
	}
}

// glyphs caches glyph masks for every raster picture, so that a picture
// drawn again at the same size (the other chart, a theme or data change)
// rasterizes no glyph. It is bounded: when it holds more than
// glyphCacheBytes of masks or glyphCacheFaces sizes it starts over.
var glyphs glyphCache

const (
	glyphCacheBytes = 2 << 20
	glyphCacheFaces = 32
)

type glyphCache struct {
	sync.Mutex
	faces map[faceKey]*cachedFace
	bytes int
}

type faceKey struct {
	font      *truetype.Font
	size, dpi float64
}

// cachedFace is a truetype face and the glyphs drawn with it. The face
// rasterizes (into its one-entry cache) and measures; the masks are copied
// out at their own size.
type cachedFace struct {
	face  font.Face
	masks map[glyphKey]glyphMask
}

type glyphKey struct {
	r  rune
	fx fixed.Int26_6 // the dot's fraction of a pixel, a multiple of 1/4
}

type glyphMask struct {
	mask    *image.Alpha // nil for a glyph without pixels
	offset  image.Point  // of the mask's top left from the dot
	advance fixed.Int26_6
}

func (c *glyphCache) face(fnt *truetype.Font, size, dpi float64) *cachedFace {
	k := faceKey{fnt, size, dpi}
	if fc, ok := c.faces[k]; ok {
		return fc
	}
	if c.faces == nil || len(c.faces) >= glyphCacheFaces {
		c.faces, c.bytes = map[faceKey]*cachedFace{}, 0
	}
	// size × DPI / 72 pixels per em, as go-chart draws once corrected (see
	// SetFontSize) and as the Measurer measures.
	fc := &cachedFace{
		face:  truetype.NewFace(fnt, &truetype.Options{Size: size, DPI: dpi, Hinting: font.HintingNone, GlyphCacheEntries: 1}),
		masks: map[glyphKey]glyphMask{},
	}
	c.faces[k] = fc
	return fc
}

func (c *glyphCache) glyph(fc *cachedFace, r rune, fx fixed.Int26_6) glyphMask {
	k := glyphKey{r, fx}
	if g, ok := fc.masks[k]; ok {
		return g
	}
	var g glyphMask
	dr, mask, mp, adv, ok := fc.face.Glyph(fixed.Point26_6{X: fx}, r)
	if ok {
		g.advance, g.offset = adv, dr.Min
		if !dr.Empty() {
			g.mask = image.NewAlpha(image.Rect(0, 0, dr.Dx(), dr.Dy()))
			draw.Draw(g.mask, g.mask.Rect, mask, mp, draw.Src)
			c.bytes += len(g.mask.Pix)
		}
	}
	if c.bytes > glyphCacheBytes {
		for _, other := range c.faces {
			clear(other.masks)
		}
		c.bytes = 0
	}
	fc.masks[k] = g
	return g
}

func (f *fastRaster) Fill()       { f.paint(true, false, f.Renderer.Fill) }
func (f *fastRaster) Stroke()     { f.paint(false, true, f.Renderer.Stroke) }
func (f *fastRaster) FillStroke() { f.paint(true, true, f.Renderer.FillStroke) }

// paint fills and/or strokes the recorded path: an axis-aligned rectangle
// (not dashed, when stroked) straight into the image, anything else through
// go-chart with slow.
func (f *fastRaster) paint(fill, stroke bool, slow func()) {
	if r, ok := f.rect(); ok && (!stroke || len(f.dash) == 0) {
		if fill {
			f.fillRect(float64(r.Min.X), float64(r.Min.Y), float64(r.Max.X), float64(r.Max.Y), f.fill)
		}
		if stroke {
			f.strokeRect(r)
		}
		f.pathOps = f.pathOps[:0]
		return
	}
	f.replay()
	slow()
}

// replay sends the recorded path to the wrapped renderer.
func (f *fastRaster) replay() {
	for _, op := range f.pathOps {
		switch op.kind {
		case 'M':
			f.Renderer.MoveTo(op.x, op.y)
		case 'L':
			f.Renderer.LineTo(op.x, op.y)
		case 'Q':
			f.Renderer.QuadCurveTo(op.cx, op.cy, op.x, op.y)
		case 'A':
			f.Renderer.ArcTo(op.cx, op.cy, op.rx, op.ry, op.from, op.by)
		case 'Z':
			f.Renderer.Close()
		}
	}
	f.pathOps = f.pathOps[:0]
}

// rect reports whether the recorded path is a closed axis-aligned rectangle.
func (f *fastRaster) rect() (image.Rectangle, bool) {
	ops := f.pathOps
	if n := len(ops); n > 0 && ops[n-1].kind == 'Z' {
		ops = ops[:n-1]
	}
	if len(ops) != 5 || ops[0].kind != 'M' {
		return image.Rectangle{}, false
	}
	for _, op := range ops[1:] {
		if op.kind != 'L' {
			return image.Rectangle{}, false
		}
	}
	if ops[4].x != ops[0].x || ops[4].y != ops[0].y {
		return image.Rectangle{}, false
	}
	for i := 0; i < 4; i++ {
		a, b := ops[i], ops[i+1]
		if a.x != b.x && a.y != b.y {
			return image.Rectangle{}, false
		}
	}
	r := image.Rect(ops[0].x, ops[0].y, ops[2].x, ops[2].y) // canonical
	return r, true
}

func (f *fastRaster) strokeRect(r image.Rectangle) {
	if f.strokeWidth <= 0 || f.stroke.A == 0 {
		return
	}
	h := f.strokeWidth / 2
	x0, y0, x1, y1 := float64(r.Min.X), float64(r.Min.Y), float64(r.Max.X), float64(r.Max.Y)
	f.fillRect(x0-h, y0-h, x1+h, y0+h, f.stroke) // top
	f.fillRect(x0-h, y1-h, x1+h, y1+h, f.stroke) // bottom
	f.fillRect(x0-h, y0+h, x0+h, y1-h, f.stroke) // left
	f.fillRect(x1-h, y0+h, x1+h, y1-h, f.stroke) // right
}

// fillRect paints the rectangle [x0,x1)×[y0,y1) in c, with partial coverage
// of edge pixels as an anti-aliasing rasterizer would.
func (f *fastRaster) fillRect(x0, y0, x1, y1 float64, c drawing.Color) {
	if c.A == 0 || x1 <= x0 || y1 <= y0 {
		return
	}
	b := f.img.Bounds()
	ix0, iy0 := int(math.Ceil(x0)), int(math.Ceil(y0))
	ix1, iy1 := int(math.Floor(x1)), int(math.Floor(y1))
	src := color.RGBA{R: c.R, G: c.G, B: c.B, A: c.A}
	if ix0 < ix1 && iy0 < iy1 {
		inner := image.Rect(ix0, iy0, ix1, iy1).Intersect(b)
		op := draw.Over
		if c.A == 255 {
			op = draw.Src
		}
		draw.Draw(f.img, inner, image.NewUniform(color.NRGBA{R: c.R, G: c.G, B: c.B, A: c.A}), image.Point{}, op)
	}
	// Edge pixels with fractional coverage.
	cover := func(px, py int, a float64) {
		if a <= 0 || !(image.Point{px, py}).In(b) {
			return
		}
		blend(f.img, px, py, src, a)
	}
	fx0, fx1 := int(math.Floor(x0)), int(math.Ceil(x1))
	fy0, fy1 := int(math.Floor(y0)), int(math.Ceil(y1))
	span := func(p int, lo, hi float64) float64 {
		return math.Max(0, math.Min(float64(p+1), hi)-math.Max(float64(p), lo))
	}
	for py := fy0; py < fy1; py++ {
		cy := span(py, y0, y1)
		if cy >= 1 && ix0 < ix1 {
			// A full row: its inside was painted above, only its two
			// ends are left (visiting every pixel of a full-window
			// background cost milliseconds).
			for px := fx0; px < min(ix0, fx1); px++ {
				cover(px, py, span(px, x0, x1))
			}
			for px := max(ix1, fx0); px < fx1; px++ {
				cover(px, py, span(px, x0, x1))
			}
			continue
		}
		for px := fx0; px < fx1; px++ {
			cover(px, py, cy*span(px, x0, x1))
		}
	}
}

func blend(img *image.RGBA, x, y int, c color.RGBA, coverage float64) {
	a := float64(c.A) / 255 * math.Min(coverage, 1)
	i := img.PixOffset(x, y)
	p := img.Pix[i : i+4 : i+4]
	p[0] = uint8(float64(c.R)*a + float64(p[0])*(1-a) + 0.5)
	p[1] = uint8(float64(c.G)*a + float64(p[1])*(1-a) + 0.5)
	p[2] = uint8(float64(c.B)*a + float64(p[2])*(1-a) + 0.5)
	p[3] = uint8(255*a + float64(p[3])*(1-a) + 0.5)
}
