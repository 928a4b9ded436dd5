package export

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"careercompare/internal/loudskip"
	"regexp"
	"strconv"

	"careercompare/charts"
	"careercompare/model"
	"careercompare/model/modeltest"
)

// pdfText extracts a PDF's text with pdftotext (poppler-utils, installed by
// make test).
func pdfText(t *testing.T, pdf []byte) (text string, pages int) {
	t.Helper()
	for _, tool := range []string{"pdftotext", "pdfinfo"} {
		if _, err := exec.LookPath(tool); err != nil {
			loudskip.Skip(t, "%s is not installed (apt-get install poppler-utils; make test installs it)", tool)
		}
	}
	path := filepath.Join(t.TempDir(), "h.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	info, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatalf("pdfinfo: %v", err)
	}
	for _, l := range strings.Split(string(info), "\n") {
		if strings.HasPrefix(l, "Pages:") {
			pages = atoi(strings.TrimSpace(strings.TrimPrefix(l, "Pages:")))
		}
	}
	return string(out), pages
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

// pdfWordHeights returns the height of every word's box in a PDF, in
// points, with pdftotext -bbox: about 1.17 times the type size of Roboto.
func pdfWordHeights(t *testing.T, pdf []byte) []float64 {
	t.Helper()
	path := filepath.Join(t.TempDir(), "h.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-bbox", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox: %v", err)
	}
	var hs []float64
	for _, m := range regexp.MustCompile(`<word xMin="[^"]*" yMin="([^"]*)" xMax="[^"]*" yMax="([^"]*)"`).FindAllStringSubmatch(string(out), -1) {
		y0, _ := strconv.ParseFloat(m[1], 64)
		y1, _ := strconv.ParseFloat(m[2], 64)
		hs = append(hs, y1-y0)
	}
	return hs
}

// TestHandout_Editions writes the handout of each built-in edition in both
// languages on both papers: numbered pages, the US date, every source (and
// no "not stated" line), no text under 8 points, the age and origin of the
// figures in the title block, the headings of its language.
func TestHandout_Editions(t *testing.T) {
	for _, e := range model.Editions() {
		c := modeltest.Edition(t, e.ID)
		c.Date = session
		ds := c.Data
		for _, lang := range model.Langs() {
			for _, paper := range []Paper{Letter, A4} {
				h := Handout{Comparison: c, Lang: lang, Paper: paper}
				var buf bytes.Buffer
				if err := h.Write(&buf); err != nil {
					t.Fatal(err)
				}
				name := e.ID + "/" + string(lang) + "/" + paper.Name
				text, pages := pdfText(t, buf.Bytes())
				if pages < 1 || pages > 4 {
					t.Errorf("%s: %d pages", name, pages)
				}
				flat := strings.Join(strings.Fields(text), " ")
				page, date := fmt.Sprintf("Page 1 of %d", pages), "December 1, 2026"
				want := []string{"Key differences", "Sources", ds.Edition.Name.EN}
				if lang == model.Spanish {
					page, date = fmt.Sprintf("Página 1 de %d", pages), "1 de diciembre de 2026"
					want = []string{"Diferencias clave", "Fuentes", ds.Edition.Name.ES + ds.Edition.Name.EN[:0]}
					if tr := ds.Edition.Translation.ES; tr != "" {
						want = append(want, tr)
					}
					for _, english := range []string{"Key differences", "Sources", "Page ", "Start here", "End here", "Salary:", "Job growth", "no data", "Figures:"} {
						if strings.Contains(flat, english) {
							t.Errorf("%s: English %q in the Spanish handout", name, english)
						}
					}
				}
				want = append(want, page, date)
				if w := ds.Edition.Warning.In(lang); w != "" {
					want = append(want, w)
				}
				for i, s := range ds.Sources {
					want = append(want, fmt.Sprintf("[%d] %s", i+1, strings.Join(strings.Fields(s.Title.In(lang)), " ")))
				}
				for _, w := range want {
					if w != "" && !strings.Contains(flat, strings.Join(strings.Fields(w), " ")) {
						t.Errorf("%s: the handout lacks %q", name, w)
					}
				}
				if strings.Contains(flat, "not stated") || strings.Contains(flat, "no se indica") {
					t.Errorf("%s: a source says it states nothing", name)
				}
				for _, h := range pdfWordHeights(t, buf.Bytes()) {
					if h < 8*1.16 {
						t.Errorf("%s: a word %.1f points high: type under 8 points", name, h)
						break
					}
				}
			}
		}
	}
}

// TestHandout: a planned path, the student's name and next steps in the
// English handout.
func TestHandout(t *testing.T) {
	scene := modeltest.Planned(t)
	scene.Date = session
	ds, l, r := scene.Data, scene.Left, scene.Right
	for _, paper := range []Paper{Letter, A4} {
		t.Run(paper.Name, func(t *testing.T) {
			var buf bytes.Buffer
			h := Handout{Comparison: scene, Lang: model.English, Paper: paper, Student: "Ana Pérez", NextSteps: "Meet the HIT advisor\n  Visit the campus  "}
			if err := h.Write(&buf); err != nil {
				t.Fatal(err)
			}
			text, pages := pdfText(t, buf.Bytes())
			if pages < 1 || pages > 4 {
				t.Errorf("%d pages", pages)
			}
			flat := strings.Join(strings.Fields(text), " ")
			want := []string{"$34,160", "$55,000", "22%", "23%", "11%", "December 1, 2026", "Article (2012–22)",
				"Salary data represents national", "140 quarter credits", "Key differences", "no data",
				"Prepared for Ana Pérez", "Next steps", "• Meet the HIT advisor", "• Visit the campus", "The plan"}
			for _, s := range ds.Sources {
				want = append(want, s.Title.EN)
				if !strings.HasPrefix(s.Publisher.EN, "not stated") {
					want = append(want, s.Publisher.EN)
				}
			}
			for _, c := range []*model.Career{l, r} {
				for _, f := range c.Duties {
					want = append(want, f.Text.EN)
				}
			}
			for _, w := range want {
				if !strings.Contains(flat, strings.Join(strings.Fields(w), " ")) {
					t.Errorf("the handout's text lacks %q", w)
				}
			}
			// The plan comes on the first page, before the key differences.
			if p, k := strings.Index(flat, "140 quarter credits"), strings.Index(flat, "Key differences"); p < 0 || p > k {
				t.Error("the plan is not on the first page before the key differences")
			}
			if bytes.Contains(buf.Bytes(), []byte("/Subtype /Image")) {
				t.Error("charts went in as images; they are drawn natively")
			}
		})
	}
}

func TestChartPDF(t *testing.T) {
	var buf bytes.Buffer
	j := Picture{Chart: charts.ChartGrowth, Format: charts.PDF, Size: charts.Size{Width: 1200, Height: 800, Scale: 1}, Comparison: modeltest.Default(t), Lang: model.English}
	if err := j.Write(&buf); err != nil {
		t.Fatal(err)
	}
	text, pages := pdfText(t, buf.Bytes())
	if pages != 1 || !strings.Contains(text, "23%") || !strings.Contains(text, "job growth") {
		t.Errorf("growth PDF: %d pages, text %.200q", pages, text)
	}
}

// TestHandout_NoHeadsAlone: with the review's plan (40 semester credits
// toward the bachelor's, at a semester school), the student's name and next
// steps, no page of any edition's handout, in either language or paper,
// ends with the careers' column heads and nothing under them.
func TestHandout_NoHeadsAlone(t *testing.T) {
	for _, e := range model.Editions() {
		c := modeltest.Edition(t, e.ID)
		c.Date = session
		in := model.PlanInput{Entry: "transfer-students", Goal: 2, Earned: 40, EarnedUnit: model.SemesterCredits,
			PerTerm: 15, TermUnit: model.SemesterCredits, TermsPerYear: 2}
		p, err := c.Ladder.Plan(in)
		if err != nil {
			t.Fatalf("%s: %v", e.ID, err)
		}
		c.Path = model.Path{PlanInput: in, Plan: p}
		for _, lang := range model.Langs() {
			for _, paper := range []Paper{Letter, A4} {
				var buf bytes.Buffer
				h := Handout{Comparison: c, Lang: lang, Paper: paper, Student: "María López", NextSteps: "Visitar el campus\nHablar con la consejera de HIT"}
				if err := h.Write(&buf); err != nil {
					t.Fatal(err)
				}
				text, _ := pdfText(t, buf.Bytes())
				// Under the heads of the first page comes the note on the
				// stand-in occupations; it does not count as content.
				standIns := strings.Join(strings.Fields(newContent(h).standIns), " ")
				for i, page := range strings.Split(strings.TrimRight(text, "\f\n "), "\f") {
					var lines []string
					for _, l := range strings.Split(page, "\n") {
						if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "Career Compare ·") {
							lines = append(lines, l)
						}
					}
					if len(lines) == 0 {
						t.Errorf("%s/%s/%s: page %d is empty", e.ID, lang, paper.Name, i+1)
						continue
					}
					rest := ""
					for j := len(lines) - 1; j >= 0; j-- {
						if strings.HasPrefix(lines[j], c.Right.Name.In(lang)) || strings.HasPrefix(lines[j], c.Left.Name.In(lang)) {
							if rest == "" || strings.Contains(standIns, rest) {
								t.Errorf("%s/%s/%s: page %d ends with the column heads and nothing under them", e.ID, lang, paper.Name, i+1)
							}
							break
						}
						rest = strings.Join(strings.Fields(lines[j]+" "+rest), " ")
					}
				}
			}
		}
	}
}
