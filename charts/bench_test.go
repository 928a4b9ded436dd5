package charts

import (
	"bytes"
	"fmt"
	"io"
	"testing"

	"careercompare/model"
	"careercompare/model/modeltest"
)

// The benchmarks of docs/performance.md. Run them with
//
//	go test -run '^$' -bench . -count 5 ./charts
//
// They report time per picture; none of them asserts a time.

var benchSizes = []Size{{Width: 600, Height: 400, Scale: 1}, {Width: 1920, Height: 1080, Scale: 1}}

func sizeName(s Size) string { return fmt.Sprintf("%dx%d", s.Width, s.Height) }

// BenchmarkBarsImage draws the salary and growth charts into an image, as
// the window's chart view does.
func BenchmarkBarsImage(b *testing.B) {
	for _, spec := range specs(b) {
		for _, size := range benchSizes {
			b.Run(spec.Name+"/"+sizeName(size), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if _, _, err := RenderBarsImage(spec, size, Light); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkBarsImageResize draws the charts at about 1920×1080, at a new
// height, and so new type sizes, each time, as while the window is resized:
// no glyph drawn before is of any use.
func BenchmarkBarsImageResize(b *testing.B) {
	for _, spec := range specs(b) {
		b.Run(spec.Name+"/1920x1080", func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				i++
				size := Size{Width: 1920, Height: 1080 - i%97, Scale: 1}
				if _, _, err := RenderBarsImage(spec, size, Light); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestRenderBarsImage_SharedGlyphs draws charts from several goroutines at
// once, at enough sizes that the shared glyph cache starts over while they
// run (go test -race checks its locking): every picture must be the one
// drawn alone.
func TestRenderBarsImage_SharedGlyphs(t *testing.T) {
	var sizes []Size
	for h := 400; h <= 1080; h += 170 {
		sizes = append(sizes, Size{Width: h * 16 / 9, Height: h, Scale: 1})
	}
	type job struct {
		spec BarSpec
		size Size
		want []byte
	}
	var jobs []job
	for _, spec := range specs(t) {
		for _, size := range sizes {
			img, _, err := RenderBarsImage(spec, size, Dark)
			if err != nil {
				t.Fatal(err)
			}
			jobs = append(jobs, job{spec, size, img.Pix})
		}
	}
	const workers = 3
	errs := make(chan error, len(jobs))
	for w := range workers {
		go func() {
			for i := range jobs {
				j := jobs[(i+w*len(jobs)/workers)%len(jobs)]
				img, _, err := RenderBarsImage(j.spec, j.size, Dark)
				if err == nil && !bytes.Equal(img.Pix, j.want) {
					err = fmt.Errorf("%s at %v differs from the picture drawn alone", j.spec.Name, j.size)
				}
				errs <- err
			}
		}()
	}
	for range workers * len(jobs) {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

// BenchmarkBarsFile draws the charts as PNG and SVG files, as the export
// does (without the file system).
func BenchmarkBarsFile(b *testing.B) {
	for _, f := range []Format{PNG, SVG} {
		for _, spec := range specs(b) {
			for _, size := range benchSizes {
				b.Run(f.Ext()+"/"+spec.Name+"/"+sizeName(size), func(b *testing.B) {
					b.ReportAllocs()
					for b.Loop() {
						if _, err := RenderBars(spec, size, Light, f, io.Discard); err != nil {
							b.Fatal(err)
						}
					}
				})
			}
		}
	}
}

// benchWords say everything a ladder file says, in English.
var benchWords = LadderWords{Lang: model.English, Plan: true, Notes: true}

func benchLadder(b *testing.B) (*model.Ladder, model.Path) {
	ds := modeltest.Default(b).Data
	ld, ok := ds.Ladder("healthcare-management")
	if !ok {
		b.Fatal("no healthcare-management ladder in the default data")
	}
	in := model.PlanInput{Entry: "transfer-students", Goal: 2, Earned: 40, PerTerm: 15, TermsPerYear: 4}
	p, err := ld.Plan(in)
	if err != nil {
		b.Fatal(err)
	}
	return ld, model.Path{PlanInput: in, Plan: p}
}

// BenchmarkLadderImage draws the credit ladder with a planned path into an
// image at slide size.
func BenchmarkLadderImage(b *testing.B) {
	ld, sel := benchLadder(b)
	size := Size{Width: 1920, Height: 1080, Scale: 1}
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := RenderLadderImage(ld, sel, benchWords, size, Light); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLadderLayout computes the ladder's geometry at 1920×1080, which
// the window's ladder widget does on the UI goroutine.
func BenchmarkLadderLayout(b *testing.B) {
	ld, sel := benchLadder(b)
	m, err := NewMeasurer()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		LayoutLadder(ld, sel, benchWords, 1920, 1080, 1, 0, Light, m)
	}
}
