package charts

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"careercompare/model"
	"careercompare/model/modeltest"
)

// update rewrites the golden pictures: go test ./charts -run Golden -update
var update = flag.Bool("update", false, "rewrite the golden SVG pictures in testdata/golden")

// figureCases are the charts every picture test draws: both charts of
// every built-in edition in both languages, of two careers imported from
// the official downloads, and of two with names of 120 characters.
func figureCases(t testing.TB) map[string]BarSpec {
	out := map[string]BarSpec{}
	day := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	for _, e := range model.Editions() {
		c := modeltest.Edition(t, e.ID)
		c.Date = day
		for _, lang := range model.Langs() {
			out[fmt.Sprintf("salary-%s-%s", e.ID, lang)] = SalarySpec(c, lang)
			out[fmt.Sprintf("growth-%s-%s", e.ID, lang)] = GrowthSpec(c, lang)
		}
	}
	imp := modeltest.ImportedFive(t)
	for name, c := range map[string]model.Comparison{
		"imported":   model.Compare(imp, &imp.Careers[3], &imp.Careers[2]), // a top-coded wage beside another
		"long-names": modeltest.LongNames(t),
	} {
		c.Date = day
		for _, lang := range model.Langs() {
			out[fmt.Sprintf("salary-%s-%s", name, lang)] = SalarySpec(c, lang)
			out[fmt.Sprintf("growth-%s-%s", name, lang)] = GrowthSpec(c, lang)
		}
	}
	return out
}

// TestBars_Golden draws every chart of figureCases as a 1200×800 SVG and
// compares it with its golden file in testdata/golden; a picture that
// differs is written beside it as NAME.failed.svg for a look, and -update
// rewrites the golden files.
func TestBars_Golden(t *testing.T) {
	dir := filepath.Join("testdata", "golden")
	for name, spec := range figureCases(t) {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if _, err := RenderBars(spec, Size{Width: 1200, Height: 800, Scale: 1}, Light, SVG, &buf); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, name+".svg")
			if *update {
				if err := os.MkdirAll(dir, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (go test ./charts -run Golden -update writes it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				failed := filepath.Join(dir, name+".failed.svg")
				os.WriteFile(failed, buf.Bytes(), 0o644)
				t.Errorf("%s differs from its golden picture: the new one is %s (-update takes it)", name, failed)
			}
		})
	}
}

// checkFigure checks a laid-out chart: the plot takes at least share of
// the height, the axis has at least three ticks spaced by more than their
// text, no two texts overlap and every text is inside the picture.
func checkFigure(t *testing.T, name string, l *BarLayout, share float64) {
	t.Helper()
	if got := l.PlotShare(); got < share-0.005 {
		t.Errorf("%s: the plot is %d of %d px (%.0f%%), under %.0f%%", name, l.Plot.Dy(), l.Height, 100*got, 100*share)
	}
	if len(l.Ticks) < 3 {
		t.Errorf("%s: %d ticks on the axis", name, len(l.Ticks))
	}
	for i := 1; i < len(l.Ticks); i++ {
		a, b := l.Ticks[i-1].Box, l.Ticks[i].Box
		if gap := a.Min.Y - b.Max.Y; gap < a.Dy()/2 {
			t.Errorf("%s: ticks %q and %q are %d px apart, closer than half their text's height", name, l.Ticks[i-1].Text, l.Ticks[i].Text, gap)
		}
	}
	frame := image.Rect(0, 0, l.Width, l.Height)
	all := append(append([]TextItem(nil), l.Texts...), l.Ticks...)
	var boxes []image.Rectangle
	for _, tx := range all {
		if !tx.Box.In(frame) {
			t.Errorf("%s: %q at %v is outside the picture", name, tx.Text, tx.Box)
		}
		boxes = append(boxes, tx.Box)
	}
	if i, j, bad := overlaps(boxes); bad {
		t.Errorf("%s: %q %v overlaps %q %v", name, all[i].Text, all[i].Box, all[j].Text, all[j].Box)
	}
}

// TestBars_PlotHasTheRoom draws every chart of figureCases as PNG and SVG
// at 1200×800 and 1920×1080 (a copied chart's size): the plot has at least
// 45% of the height, the ticks their room, no text covers another.
func TestBars_PlotHasTheRoom(t *testing.T) {
	for name, spec := range figureCases(t) {
		for _, size := range []Size{{Width: 1200, Height: 800, Scale: 1}, {Width: 1920, Height: 1080, Scale: 1}} {
			for _, f := range []Format{PNG, SVG} {
				l, err := RenderBars(spec, size, Light, f, io.Discard)
				if err != nil {
					t.Fatal(err)
				}
				checkFigure(t, fmt.Sprintf("%s %dx%d %s", name, size.Width, size.Height, f.Ext()), l, MinPlotShare)
			}
		}
	}
}

// sentence is a sentence of a chart's words.
var sentence = regexp.MustCompile(`[^.!?]*[^.!?\s][^.!?]*[.!?]`)

// TestBars_EachIdeaOnce: no sentence is said twice in one chart — title,
// subtitle, warning, what is written under the bars and the notes — and
// each chart has one source line.
func TestBars_EachIdeaOnce(t *testing.T) {
	for name, spec := range figureCases(t) {
		words := []string{spec.Title, spec.Subtitle, spec.Warning}
		for _, b := range spec.Bars {
			words = append(words, b.Occupation, b.Count, b.Code)
			if b.ShowMeasure {
				words = append(words, b.Measure)
			}
		}
		words = append(words, spec.Notes...)
		seen := map[string]bool{}
		sources := 0
		for _, w := range words {
			for _, s := range sentence.FindAllString(w, -1) {
				s = strings.ToLower(strings.TrimSpace(s))
				if seen[s] {
					t.Errorf("%s says twice: %q", name, s)
				}
				seen[s] = true
			}
		}
		for _, n := range spec.Notes {
			if strings.HasPrefix(n, "Source") || strings.HasPrefix(n, "Fuente") {
				sources++
			}
		}
		if sources != 1 {
			t.Errorf("%s has %d source lines: %q", name, sources, spec.Notes)
		}
	}
}
