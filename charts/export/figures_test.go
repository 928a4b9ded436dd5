package export

import (
	"bytes"
	"fmt"
	"image"
	"math"
	"strings"
	"testing"

	"careercompare/charts"
	"careercompare/model"
	"careercompare/model/modeltest"
)

// handoutCases are the comparisons the handout tests draw: every built-in
// edition's default pair, two imported careers and two with names of 120
// characters.
func handoutCases(t *testing.T) map[string]model.Comparison {
	out := map[string]model.Comparison{}
	for _, e := range model.Editions() {
		out[e.ID] = modeltest.Edition(t, e.ID)
	}
	imp := modeltest.ImportedFive(t)
	out["imported"] = model.Compare(imp, &imp.Careers[2], &imp.Careers[1])
	out["long-names"] = modeltest.LongNames(t)
	for k, c := range out {
		c.Date = session
		out[k] = c
	}
	return out
}

// checkChart checks a chart as a document placed it: the plot takes at
// least 45% of the picture and at least minPlot, the axis has at least
// three ticks spaced by more than their text, no two texts overlap and
// every text is inside the picture.
func checkChart(t *testing.T, name string, l *charts.BarLayout, minPlot int) {
	t.Helper()
	if got := l.PlotShare(); got < charts.MinPlotShare-0.005 {
		t.Errorf("%s: the plot is %d of %d px (%.0f%%)", name, l.Plot.Dy(), l.Height, 100*got)
	}
	if l.Plot.Dy() < minPlot {
		t.Errorf("%s: the plot is %d px high, under %d", name, l.Plot.Dy(), minPlot)
	}
	if len(l.Ticks) < 3 {
		t.Errorf("%s: %d ticks", name, len(l.Ticks))
	}
	for i := 1; i < len(l.Ticks); i++ {
		if a, b := l.Ticks[i-1].Box, l.Ticks[i].Box; a.Min.Y-b.Max.Y < a.Dy()/2 {
			t.Errorf("%s: ticks %q and %q collide", name, l.Ticks[i-1].Text, l.Ticks[i].Text)
		}
	}
	frame := image.Rect(0, 0, l.Width, l.Height)
	all := append(append([]charts.TextItem(nil), l.Texts...), l.Ticks...)
	for i, a := range all {
		if !a.Box.In(frame) {
			t.Errorf("%s: %q is outside the picture", name, a.Text)
		}
		for _, b := range all[i+1:] {
			if a.Box.Overlaps(b.Box) {
				t.Errorf("%s: %q %v overlaps %q %v", name, a.Text, a.Box, b.Text, b.Box)
			}
		}
	}
}

// TestHandout_ChartsHaveTheRoom lays out the PDF handout on Letter and A4
// and the HTML handout, in both languages, for handoutCases: each chart
// has its room (see checkChart), and the notes its charts share are said
// once a page. It logs each plot's height in inches and its share of its
// picture.
func TestHandout_ChartsHaveTheRoom(t *testing.T) {
	for name, c := range handoutCases(t) {
		for _, lang := range model.Langs() {
			for _, paper := range []Paper{Letter, A4} {
				h := Handout{Comparison: c, Lang: lang, Paper: paper}
				content := newContent(h)
				d, err := h.layout(content, 0)
				if err != nil {
					t.Fatal(err)
				}
				shared := map[string]int{}
				for _, pc := range d.charts {
					id := fmt.Sprintf("PDF %s %s %s %s", name, lang, paper.Name, pc.spec.Name)
					checkChart(t, id, pc.layout, int(math.Ceil(hMinPlot/hPicturePoints))-1) // the PDF page draws at 0.62 pt a pixel
					for _, n := range pc.notes {
						shared[fmt.Sprint(pc.page, n)]++
					}
					if lang == model.English && paper.Name == Letter.Name {
						t.Logf("%s: plot %.2f in, %.0f%% of its picture", id, float64(pc.layout.Plot.Dy())*hPicturePoints/72, 100*pc.layout.PlotShare())
					}
				}
				for k, n := range shared {
					if n > 1 {
						t.Errorf("PDF %s %s %s: a note is said %d times on one page: %s", name, lang, paper.Name, n, k)
					}
				}
			}
			p, err := newHTMLPage(Handout{Comparison: c, Lang: lang, Format: charts.HTML}, newContent(Handout{Comparison: c, Lang: lang}))
			if err != nil {
				t.Fatal(err)
			}
			said := map[string]bool{}
			for _, ch := range p.Charts {
				id := fmt.Sprintf("HTML %s %s %s", name, lang, ch.ID)
				for _, n := range ch.Notes {
					if said[n] {
						t.Errorf("%s: the page says a note twice: %s", id, n)
					}
					said[n] = true
				}
				checkChart(t, id, ch.layout, htmlMinPlot-1)
				if lang == model.English {
					t.Logf("%s: plot %.2f in at 96 px an inch, %.0f%% of its picture", id, float64(ch.layout.Plot.Dy())/96, 100*ch.layout.PlotShare())
				}
			}
		}
	}
}

// TestHandout_SaysWhatIsLate: the newest edition's handout, made after
// September 15 of the year after its release, says BLS has probably
// published a newer one; a Spanish handout of imported careers marks
// their English texts (EN) and says why.
func TestHandout_SaysWhatIsLate(t *testing.T) {
	c := modeltest.Edition(t, model.NewestEdition)
	c.Date = session
	if got := strings.Join(newContent(Handout{Comparison: c, Lang: model.English}).figures, " "); !strings.Contains(got, "BLS has probably published a newer edition since") {
		t.Errorf("the title block says %q", got)
	}
	imp := handoutCases(t)["imported"]
	content := newContent(Handout{Comparison: imp, Lang: model.Spanish})
	if !strings.Contains(content.standIns, "Los textos marcados (EN) están en inglés") {
		t.Errorf("the Spanish handout does not say its English texts are English: %q", content.standIns)
	}
	if got := citeText(content.sections[1].items[0][0]); !strings.Contains(got, "(EN)") {
		t.Errorf("an English fact of the Spanish handout is not marked: %q", got)
	}
	var html bytes.Buffer
	if err := (Handout{Comparison: imp, Lang: model.Spanish}).writeHTML(&html); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(html.String(), `<span lang="es">(EN)</span>`); n == 0 {
		t.Error("the Spanish HTML handout says English texts are marked (EN), and marks none")
	}
}

// TestFileName: a file is named after the careers: their ids, or the
// names of imported occupations (whose ids are codes).
func TestFileName(t *testing.T) {
	imp := modeltest.ImportedFive(t)
	ed := modeltest.Edition(t, model.NewestEdition)
	for _, tc := range []struct {
		l, r *model.Career
		want string
	}{
		{&imp.Careers[0], &imp.Careers[2], "handout-registered-nurses-vs-health-information-technologists.pdf"},
		{ed.Left, ed.Right, "handout-health-informatics-vs-health-information-management.pdf"},
	} {
		if got := FileName("handout", tc.l, tc.r, "pdf"); got != tc.want {
			t.Errorf("FileName = %q, want %q", got, tc.want)
		}
	}
}
