package export

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"time"

	"careercompare/charts"
	"careercompare/model"
	"careercompare/model/modeltest"
)

// TestEditions_EveryChart renders every chart and the handout with each
// built-in edition; each chart names its edition, never another's.
func TestEditions_EveryChart(t *testing.T) {
	for _, e := range model.Editions() {
		scene := modeltest.Edition(t, e.ID)
		ds := scene.Data
		files := []File{Handout{Comparison: scene}}
		for _, chart := range charts.ChartNames {
			files = append(files, Picture{Chart: chart, Format: charts.SVG, Size: charts.Size{Width: 600, Height: 400, Scale: 1}, Comparison: scene})
		}
		for _, f := range files {
			var buf bytes.Buffer
			if err := f.Write(&buf); err != nil {
				t.Errorf("%s %s: %v", e.ID, f.DefaultName(), err)
			}
		}
		for _, spec := range []charts.BarSpec{charts.SalarySpec(scene), charts.GrowthSpec(scene)} {
			notes := strings.Join(spec.Notes, " ")
			if !strings.Contains(notes, "Figures: "+ds.Edition.Name) {
				t.Errorf("%s %s chart does not name its edition: %q", e.ID, spec.Name, notes)
			}
			for _, other := range model.Editions() {
				if other.ID != e.ID && strings.Contains(notes, other.Name) {
					t.Errorf("%s %s chart names the other edition %q", e.ID, spec.Name, other.Name)
				}
			}
			if e.ID == model.BLSEdition && (!strings.Contains(notes, "2018 SOC") || !strings.Contains(notes, "stand-in occupations: HI — Health Information Technologists")) {
				t.Errorf("BLS %s chart lacks the SOC caveat or the stand-ins: %q", spec.Name, notes)
			}
		}
	}
}

// BenchmarkHandout writes the two-page PDF handout.
func BenchmarkHandout(b *testing.B) {
	h := Handout{Comparison: modeltest.Planned(b), Paper: Letter, Date: time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)}
	b.ReportAllocs()
	for b.Loop() {
		if err := h.Write(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
