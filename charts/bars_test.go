package charts

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"math"
	"strings"
	"testing"
	"time"

	"careercompare/model"
	"careercompare/model/modeltest"
	"careercompare/model/wording"
)

// allSpecs are both charts of every built-in edition in both languages.
func allSpecs(t testing.TB) []BarSpec {
	var out []BarSpec
	for _, e := range model.Editions() {
		c := modeltest.Edition(t, e.ID)
		c.Date = time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
		for _, lang := range model.Langs() {
			for _, spec := range []BarSpec{SalarySpec(c, lang), GrowthSpec(c, lang)} {
				spec.Name += "/" + e.ID + "/" + string(lang)
				out = append(out, spec)
			}
		}
	}
	return out
}

func specs(t testing.TB) []BarSpec {
	c := modeltest.Default(t)
	return []BarSpec{SalarySpec(c, model.English), GrowthSpec(c, model.English)}
}

var testSizes = []Size{{Width: 600, Height: 400, Scale: 1}, {Width: 1920, Height: 1080, Scale: 1}, {Width: 600, Height: 400, Scale: 2}}

func near(a, b color.Color) bool {
	r1, g1, b1, _ := a.RGBA()
	r2, g2, b2, _ := b.RGBA()
	d := func(x, y uint32) uint32 {
		if x > y {
			return x - y
		}
		return y - x
	}
	return d(r1, r2)+d(g1, g2)+d(b1, b2) < 3*0x0800
}

// TestRenderBars_PNG decodes each chart and samples its pixels: every bar
// has its career's colour from the zero line up to its top, and background
// above.
func TestRenderBars_PNG(t *testing.T) {
	for _, spec := range specs(t) {
		for _, size := range testSizes {
			for _, theme := range []Theme{Light, Dark} {
				name := fmt.Sprintf("%s/%dx%dx%g/%s", spec.Name, size.Width, size.Height, size.Scale, theme)
				t.Run(name, func(t *testing.T) {
					var buf bytes.Buffer
					l, err := RenderBars(spec, size, theme, PNG, &buf)
					if err != nil {
						t.Fatal(err)
					}
					img, err := png.Decode(&buf)
					if err != nil {
						t.Fatalf("decode: %v", err)
					}
					wantW, wantH := int(float64(size.Width)*size.Scale), int(float64(size.Height)*size.Scale)
					if b := img.Bounds(); b.Dx() != wantW || b.Dy() != wantH {
						t.Fatalf("size %v, want %dx%d", b, wantW, wantH)
					}
					if l.ZeroY != l.Plot.Max.Y {
						t.Errorf("zero line at %d, plot bottom at %d: the axis must start at zero", l.ZeroY, l.Plot.Max.Y)
					}
					pal := PaletteFor(theme)
					for i, b := range spec.Bars {
						bar := l.Bars[i]
						if b.Value == nil {
							if !bar.Empty() {
								t.Errorf("bar %d has no data but a rectangle %v", i, bar)
							}
							continue
						}
						if bar.Max.Y != l.ZeroY {
							t.Errorf("bar %d ends at %d, not on the zero line %d", i, bar.Max.Y, l.ZeroY)
						}
						want := barColor(pal, b)
						x := (bar.Min.X + bar.Max.X) / 2
						if b.Unlike {
							// Outlined, not filled: the colour is on its edges.
							x = bar.Min.X
						}
						for _, y := range []int{bar.Max.Y - 5, (bar.Min.Y + bar.Max.Y) / 2, bar.Min.Y + 2} {
							if got := img.At(x, y); !near(got, want) {
								t.Errorf("bar %d at (%d,%d) is %v, want %v", i, x, y, got, want)
							}
						}
						if got := img.At(x, bar.Min.Y-2); near(got, want) {
							t.Errorf("bar %d goes above its top %d", i, bar.Min.Y)
						}
						if c := img.At((bar.Min.X+bar.Max.X)/2, (bar.Min.Y+bar.Max.Y)/2); b.Unlike && near(c, want) && near(img.At((bar.Min.X+bar.Max.X)/2+3, (bar.Min.Y+bar.Max.Y)/2+1), want) {
							t.Errorf("unlike bar %d is filled", i)
						}
					}
				})
			}
		}
	}
}

// TestRenderBars_Labels checks that every bar is labelled with its value in
// its unit, that the reference is drawn and that missing data says so.
func TestRenderBars_Labels(t *testing.T) {
	want := map[string][]string{
		"salary": {"$34,160", "$55,000", "no data", "Health Informatics", "Health Information", "median annual salary, May 2012", "approximate starting salary", "not comparable", "Figure of: medical records and health information technicians", "* HI: Salary data represents", "Figures: Article (2012–22).", "2012 figures from a college's promotional article"},
		"growth": {"22%", "23%", "11%", "All occupations", "dashed line: all occupations average (11%)", "2012–2022", "BLS 2012–22 projections", "2012 figures from a college's promotional article"},
	}
	for _, spec := range specs(t) {
		l, err := RenderBars(spec, Size{Width: 600, Height: 400, Scale: 1}, Light, PNG, io.Discard)
		if err != nil {
			t.Fatal(err)
		}
		var all strings.Builder
		for _, tx := range l.Texts {
			all.WriteString(tx.Text + "\n")
		}
		for _, w := range want[spec.Name] {
			if !strings.Contains(strings.ReplaceAll(all.String(), "\n", " "), w) {
				t.Errorf("%s chart lacks %q; it says:\n%s", spec.Name, w, all.String())
			}
		}
		if spec.Name == "growth" && l.RefY < l.Plot.Min.Y {
			t.Error("growth chart has no all-occupations reference line")
		}
	}
}

// TestRenderBars_NoOverlap proves that no two lines of text overlap, that
// all text is inside the picture and that no label covers a bar.
func TestRenderBars_NoOverlap(t *testing.T) {
	for _, spec := range allSpecs(t) {
		for _, size := range []Size{{Width: 600, Height: 400, Scale: 1}, {Width: 1920, Height: 1080, Scale: 1}, {Width: 800, Height: 600, Scale: 1.5},
			{Width: 1076, Height: 370, Scale: 1}, {Width: 700, Height: 300, Scale: 1, TextScale: 1.5}, {Width: 1600, Height: 500, Scale: 2}} {
			l, err := RenderBars(spec, size, Light, PNG, io.Discard)
			if err != nil {
				t.Fatal(err)
			}
			for i, sp := range l.Spreads {
				for _, b := range l.Bars {
					if !sp.Empty() && sp.Overlaps(b) {
						t.Errorf("%s %v: the range of bar %d covers a bar", spec.Name, size, i)
					}
				}
			}
			frame := image.Rect(0, 0, l.Width, l.Height)
			var boxes []image.Rectangle
			all := append(append([]TextItem(nil), l.Texts...), l.Ticks...)
			for _, tx := range all {
				if !tx.Box.In(frame) {
					t.Errorf("%s %v: %q at %v is outside the picture", spec.Name, size, tx.Text, tx.Box)
				}
				boxes = append(boxes, tx.Box)
				for i, b := range l.Bars {
					if tx.Box.Overlaps(b) && tx.Text != spec.Bars[i].Text {
						t.Errorf("%s %v: %q covers bar %d", spec.Name, size, tx.Text, i)
					}
				}
			}
			if i, j, bad := overlaps(boxes); bad {
				t.Errorf("%s %v: %q %v overlaps %q %v", spec.Name, size, all[i].Text, all[i].Box, all[j].Text, all[j].Box)
			}
			if h := l.Plot.Dy(); float64(h) < 0.3*float64(l.Height) {
				t.Errorf("%s %v: the bars have only %d of %d pixels", spec.Name, size, h, l.Height)
			}
		}
	}
}

func checkXML(t *testing.T, svg []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
	for {
		_, err := d.Token()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			t.Fatalf("SVG is not valid XML: %v", err)
		}
	}
}

func TestRenderBars_SVG(t *testing.T) {
	for _, spec := range specs(t) {
		var buf bytes.Buffer
		if _, err := RenderBars(spec, Size{Width: 1920, Height: 1080, Scale: 1}, Dark, SVG, &buf); err != nil {
			t.Fatal(err)
		}
		checkXML(t, buf.Bytes())
		if !bytes.HasPrefix(buf.Bytes(), []byte(`<svg width="1920" height="1080"`)) {
			t.Errorf("SVG has no pixel size: %.80s", buf.String())
		}
	}
	// Labels that are markup in XML stay text.
	v := 1.0
	spec := BarSpec{Name: "x", Title: `R&D <1% "quoted" 'too'`, Unit: model.UnitPercent,
		Bars: []Bar{{Label: "R&D <1%", Measure: "a < b & c > d", Value: &v, Text: "1%", Career: 0}}, Notes: []string{"</svg>"}}
	var buf bytes.Buffer
	if _, err := RenderBars(spec, Size{Width: 600, Height: 400, Scale: 1}, Light, SVG, &buf); err != nil {
		t.Fatal(err)
	}
	checkXML(t, buf.Bytes())
	if !strings.Contains(buf.String(), "R&amp;D &lt;1%") {
		t.Error("label not escaped in SVG")
	}
}

// TestRenderBars_Edges renders values go-chart fails on by itself: equal,
// zero, single, missing, negative.
func TestRenderBars_Edges(t *testing.T) {
	f := model.Float
	bars := func(vs ...*float64) BarSpec {
		s := BarSpec{Name: "edge", Title: "Edge", Unit: model.UnitPercent}
		for i, v := range vs {
			b := Bar{Label: fmt.Sprintf("Career %d", i), Measure: "growth", Value: v, Career: i, Text: wording.NoData(model.English)}
			if v != nil {
				b.Text = wording.FormatValue(*v, model.UnitPercent)
			}
			s.Bars = append(s.Bars, b)
		}
		return s
	}
	cases := map[string]BarSpec{
		"equal":    bars(f(23), f(23)),
		"zeros":    bars(f(0), f(0), f(0)),
		"single":   bars(f(5)),
		"missing":  bars(nil, f(12)),
		"all none": bars(nil, nil),
		"negative": bars(f(-8), f(16)),
		"all neg":  bars(f(-3), f(-3)),
		"tiny":     bars(f(0.001), f(0.002)),
		"huge":     bars(f(999), f(1)),
		"many":     bars(f(1), f(2), f(3), f(4), f(5), f(6), f(7), f(8), f(9), f(10), f(11), f(12)),
	}
	for name, spec := range cases {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			l, err := RenderBars(spec, Size{Width: 600, Height: 400, Scale: 1}, Light, PNG, &buf)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := png.Decode(&buf); err != nil {
				t.Fatal(err)
			}
			for i, b := range spec.Bars {
				if b.Value == nil {
					continue
				}
				bar := l.Bars[i]
				if *b.Value > 0 && bar.Max.Y != l.ZeroY || *b.Value < 0 && bar.Min.Y != l.ZeroY {
					t.Errorf("bar %d (%v) does not start at zero: %v, zero %d", i, *b.Value, bar, l.ZeroY)
				}
			}
		})
	}
	if _, err := RenderBars(BarSpec{Name: "none"}, Size{Width: 600, Height: 400, Scale: 1}, Light, PNG, io.Discard); !errors.Is(err, ErrNoBars) {
		t.Errorf("no bars: %v", err)
	}
	nan := bars(f(0))
	zero := 0.0
	*nan.Bars[0].Value = zero / zero
	if _, err := RenderBars(nan, Size{Width: 600, Height: 400, Scale: 1}, Light, PNG, io.Discard); err == nil {
		t.Error("NaN rendered")
	}
	for _, s := range []Size{{Width: 10, Height: 10, Scale: 1}, {Width: 600, Height: 400, Scale: 0.1}, {Width: 16000, Height: 16000, Scale: 8}} {
		if _, err := RenderBars(bars(f(1)), s, Light, PNG, io.Discard); err == nil {
			t.Errorf("size %v rendered", s)
		}
	}
}

func TestNiceTicks(t *testing.T) {
	for _, c := range []struct{ lo, hi float64 }{{0, 55000}, {0, 23}, {0, 0}, {-8, 16}, {0, 0.002}, {-3, 0}} {
		ticks := niceTicks(c.lo, c.hi, 5)
		if ticks[0] > c.lo || ticks[len(ticks)-1] < c.hi || len(ticks) < 2 || len(ticks) > 12 {
			t.Errorf("niceTicks(%v, %v) = %v", c.lo, c.hi, ticks)
		}
		hasZero := false
		for _, v := range ticks {
			hasZero = hasZero || v == 0
		}
		if !hasZero {
			t.Errorf("niceTicks(%v, %v) = %v has no zero", c.lo, c.hi, ticks)
		}
	}
}

// TestRenderBars_Spread: a figure's range spans its 10th to 90th
// percentile in pixels measured from the zero line, beside its bar, with
// both ends labelled; the all-occupations median is a grey bar.
func TestRenderBars_Spread(t *testing.T) {
	c := modeltest.Edition(t, model.BLS2434Edition)
	spec := SalarySpec(c, model.English)
	for _, size := range []Size{{Width: 600, Height: 400, Scale: 1}, {Width: 1920, Height: 1080, Scale: 1}} {
		for _, th := range []Theme{Light, Dark} {
			l, err := RenderBars(spec, size, th, SVG, io.Discard)
			if err != nil {
				t.Fatal(err)
			}
			texts := map[string]image.Rectangle{}
			for _, tx := range l.Texts {
				texts[tx.Text] = tx.Box
			}
			spreads := 0
			for i, b := range spec.Bars {
				sp := l.Spreads[i]
				if b.Spread == nil {
					if !sp.Empty() {
						t.Errorf("bar %d has no spread but a range %v", i, sp)
					}
					continue
				}
				spreads++
				perUnit := float64(l.ZeroY-l.Bars[i].Min.Y) / *b.Value
				for _, end := range []struct {
					y int
					v float64
				}{{sp.Min.Y, b.Spread[1]}, {sp.Max.Y, b.Spread[0]}} {
					if got, want := float64(l.ZeroY-end.y), end.v*perUnit; math.Abs(got-want) > 1.5 {
						t.Errorf("%v: bar %d's range end %v at %v px from zero, want %.1f", size, i, end.v, got, want)
					}
					box, ok := texts[wording.FormatValue(end.v, model.UnitUSD)]
					if !ok || box.Min.Y > end.y || box.Max.Y < end.y || box.Min.X < sp.Max.X {
						t.Errorf("%v: bar %d's range end %v is not labelled beside it (%v)", size, i, end.v, box)
					}
				}
				if sp.Min.X <= l.Bars[i].Max.X {
					t.Errorf("%v: bar %d's range %v is not beside the bar %v", size, i, sp, l.Bars[i])
				}
			}
			if spreads != 2 {
				t.Errorf("%d ranges drawn, want the two careers'", spreads)
			}
		}
	}
	ref := spec.Bars[len(spec.Bars)-1]
	if !ref.Reference() || ref.Text != "$49,500" {
		t.Errorf("the all-occupations bar is %+v, want the $49,500 median", ref)
	}
	var buf bytes.Buffer
	if _, err := RenderBars(spec, Size{Width: 1200, Height: 800, Scale: 1}, Light, SVG, &buf); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"$67,310", "$117,960", "$39,120", "$112,130", "$69,680", "$219,080", "$49,500", "middle 80%"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("the SVG lacks %q", want)
		}
	}
}
