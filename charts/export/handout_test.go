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
	"time"

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

// TestHandout_Editions writes the handout of each built-in edition: one or
// two pages, every source on them.
func TestHandout_Editions(t *testing.T) {
	for _, e := range model.Editions() {
		h := Handout{Comparison: modeltest.Edition(t, e.ID)}
		ds := h.Data
		for _, paper := range []Paper{Letter, A4} {
			h.Paper = paper
			var buf bytes.Buffer
			if err := h.Write(&buf); err != nil {
				t.Fatal(err)
			}
			text, pages := pdfText(t, buf.Bytes())
			if pages < 1 || pages > 2 {
				t.Errorf("%s on %s: %d pages", e.ID, paper.Name, pages)
			}
			flat := strings.Join(strings.Fields(text), " ")
			for i, s := range ds.Sources {
				if !strings.Contains(flat, fmt.Sprintf("[%d] %s", i+1, strings.Join(strings.Fields(s.Title), " "))) {
					t.Errorf("%s on %s: source %d %q missing", e.ID, paper.Name, i+1, s.Title)
				}
			}
		}
	}
}

func TestHandout(t *testing.T) {
	scene := modeltest.Planned(t)
	ds, l, r := scene.Data, scene.Left, scene.Right
	for _, paper := range []Paper{Letter, A4} {
		t.Run(paper.Name, func(t *testing.T) {
			var buf bytes.Buffer
			h := Handout{Comparison: scene, Paper: paper, Date: time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)}
			if err := h.Write(&buf); err != nil {
				t.Fatal(err)
			}
			text, pages := pdfText(t, buf.Bytes())
			if pages < 1 || pages > 2 {
				t.Errorf("%d pages, want one or two", pages)
			}
			flat := strings.Join(strings.Fields(text), " ")
			want := []string{"$34,160", "$55,000", "22%", "23%", "11%", "27 November 2026", "Article (2012–22)",
				"Salary data represents national", "140 credits left", "Key differences", "no data"}
			for _, s := range ds.Sources {
				want = append(want, s.Title, s.Publisher)
			}
			for _, c := range []*model.Career{l, r} {
				for _, f := range c.Duties {
					want = append(want, f.Text)
				}
			}
			for _, w := range want {
				if !strings.Contains(flat, strings.Join(strings.Fields(w), " ")) {
					t.Errorf("the handout's text lacks %q", w)
				}
			}
			if bytes.Contains(buf.Bytes(), []byte("/Subtype /Image")) {
				t.Error("charts went in as images; they are drawn natively")
			}
		})
	}
}

func TestChartPDF(t *testing.T) {
	var buf bytes.Buffer
	j := Picture{Chart: charts.ChartGrowth, Format: charts.PDF, Size: charts.Size{Width: 1200, Height: 800, Scale: 1}, Comparison: modeltest.Default(t)}
	if err := j.Write(&buf); err != nil {
		t.Fatal(err)
	}
	text, pages := pdfText(t, buf.Bytes())
	if pages != 1 || !strings.Contains(text, "23%") || !strings.Contains(text, "Job growth") {
		t.Errorf("growth PDF: %d pages, text %.200q", pages, text)
	}
}
