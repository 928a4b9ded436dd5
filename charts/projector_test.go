package charts

import (
	"image"
	"io"
	"testing"
)

// windowSteps are the text sizes of View › Larger text, as the window's
// theme gives them: caption 11 and body 14 at 1×.
var windowSteps = []float64{1, 1.15, 1.3, 1.5, 1.75, 2, 2.5}

// TestFitBars_Projector: in a 1024×768 window (a chart 1008 wide, 240 high
// at the least) at every text size, the chart's type is at least the
// window's smallest text, bar names and values at least its body text;
// nothing overlaps, everything is inside the picture; what does not fit
// goes under the picture or makes the chart taller, never smaller type.
func TestFitBars_Projector(t *testing.T) {
	for _, spec := range allSpecs(t) {
		prevLeast := 0.0
		for _, step := range windowSteps {
			size := Size{Width: 1008, Height: 240, Scale: 1, TextScale: step, MinText: 11 * step, MinBody: 14 * step}
			fit, err := FitBars(spec, size)
			if err != nil {
				t.Fatal(err)
			}
			if fit.Height > 0 {
				if fit.Height <= size.Height {
					t.Errorf("%s ×%.2f: Fit.Height %d is no taller than %d", spec.Name, step, fit.Height, size.Height)
				}
				size.Height = fit.Height
			}
			l, err := RenderBars(fit.Spec, size, Light, PNG, io.Discard)
			if err != nil {
				t.Fatal(err)
			}
			body := map[string]bool{}
			for _, b := range spec.Bars {
				body[b.Text] = true
			}
			frame := image.Rect(0, 0, l.Width, l.Height)
			var boxes []image.Rectangle
			all := append(append([]TextItem(nil), l.Texts...), l.Ticks...)
			least := 0.0
			for _, tx := range all {
				if tx.Size < size.MinText-0.01 {
					t.Errorf("%s ×%.2f: %q is %.1f px, under the window's smallest text %.1f", spec.Name, step, tx.Text, tx.Size, size.MinText)
				}
				if body[tx.Text] && tx.Size < size.MinBody-0.01 {
					t.Errorf("%s ×%.2f: value %q is %.1f px, under the window's body text %.1f", spec.Name, step, tx.Text, tx.Size, size.MinBody)
				}
				if !tx.Box.In(frame) {
					t.Errorf("%s ×%.2f: %q at %v is outside the picture %v", spec.Name, step, tx.Text, tx.Box, frame)
				}
				boxes = append(boxes, tx.Box)
				if least == 0 || tx.Size < least {
					least = tx.Size
				}
			}
			if i, j, bad := overlaps(boxes); bad {
				t.Errorf("%s ×%.2f: %q %v overlaps %q %v", spec.Name, step, all[i].Text, all[i].Box, all[j].Text, all[j].Box)
			}
			if least < prevLeast {
				t.Errorf("%s: raising the text to ×%.2f made the smallest chart text %.1f px, from %.1f", spec.Name, step, least, prevLeast)
			}
			prevLeast = least
			if h := l.Plot.Dy(); float64(h) < 0.3*float64(l.Height) {
				t.Errorf("%s ×%.2f: the bars have only %d of %d pixels", spec.Name, step, h, l.Height)
			}
			t.Logf("%s ×%.2f: smallest text %.1f px, chart %d px high, %d notes under it", spec.Name, step, least, l.Height, len(fit.Notes))
		}
	}
}
