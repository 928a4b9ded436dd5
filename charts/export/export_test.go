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

// session is the day the tests' handouts are made.
var session = time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)

// TestEditions_EveryChart renders every chart and the handout with each
// built-in edition in both languages; each chart names its edition, never
// another's.
func TestEditions_EveryChart(t *testing.T) {
	for _, e := range model.Editions() {
		scene := modeltest.Edition(t, e.ID)
		scene.Date = session
		ds := scene.Data
		for _, lang := range model.Langs() {
			files := []File{Handout{Comparison: scene, Lang: lang}}
			for _, chart := range charts.ChartNames {
				files = append(files, Picture{Chart: chart, Format: charts.SVG, Size: charts.Size{Width: 600, Height: 400, Scale: 1}, Comparison: scene, Lang: lang})
			}
			for _, f := range files {
				var buf bytes.Buffer
				if err := f.Write(&buf); err != nil {
					t.Errorf("%s %s %s: %v", e.ID, lang, f.DefaultName(), err)
				}
			}
		}
		for _, spec := range []charts.BarSpec{charts.SalarySpec(scene, model.English), charts.GrowthSpec(scene, model.English)} {
			notes := strings.Join(spec.Notes, " ")
			if !strings.Contains(notes, "Figures: "+ds.Edition.Name.EN) {
				t.Errorf("%s %s chart does not name its edition: %q", e.ID, spec.Name, notes)
			}
			for _, other := range model.Editions() {
				if other.ID != e.ID && strings.Contains(notes, other.Name.EN) {
					t.Errorf("%s %s chart names the other edition %q", e.ID, spec.Name, other.Name)
				}
			}
			// The stand-ins are said once, under their bars.
			if e.ID != model.ArticleEdition && (!strings.Contains(notes, "2018 SOC") || spec.Bars[0].Occupation != "Figure of: Health Information Technologists and Medical Registrars (SOC 29-9021)") {
				t.Errorf("%s %s chart lacks the SOC caveat or the stand-in under its bar: %q, %q", e.ID, spec.Name, notes, spec.Bars[0].Occupation)
			}
		}
	}
}

// TestPicture_LadderSaysItsSource: an exported ladder carries its source,
// its edition and the edition's warning.
func TestPicture_LadderSaysItsSource(t *testing.T) {
	p := Picture{Chart: charts.ChartLadder, Format: charts.SVG, Size: charts.Size{Width: 1200, Height: 800, Scale: 1}, Comparison: modeltest.Planned(t), Lang: model.English}
	var buf bytes.Buffer
	if err := p.Write(&buf); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Source: the article (Rasmussen College).", "Figures: Article (2012–22).", "2012 figures from a college&#39;s promotional article", "140 quarter credits", "HI entry", "HIM entry", "About these numbers"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("the ladder SVG lacks %q", want)
		}
	}
}

// BenchmarkHandout writes the PDF handout of a planned path.
func BenchmarkHandout(b *testing.B) {
	c := modeltest.Planned(b)
	c.Date = session
	h := Handout{Comparison: c, Lang: model.English, Paper: Letter}
	b.ReportAllocs()
	for b.Loop() {
		if err := h.Write(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
