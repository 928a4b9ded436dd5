package export

import (
	"fmt"
	"image/color"
	"io"
	"math"
	"strings"
	"time"

	"github.com/signintech/gopdf"

	"careercompare/charts"
	"careercompare/model"
	"careercompare/model/wording"
)

// Paper is a handout's page size.
type Paper struct {
	Name          string
	Width, Height float64 // points
}

// Papers a handout can be printed on.
var (
	Letter = Paper{Name: "letter", Width: 612, Height: 792}
	A4     = Paper{Name: "a4", Width: 595, Height: 842}
)

// ParsePaper reads "letter" or "a4".
func ParsePaper(s string) (Paper, error) {
	switch strings.ToLower(s) {
	case "letter", "":
		return Letter, nil
	case "a4":
		return A4, nil
	}
	return Letter, fmt.Errorf("paper %q: use letter or a4", s)
}

// Handout is the one-file counseling handout of a comparison: the two
// careers side by side, both charts, the credit ladder with the planned
// path, the footnote and every source, on one or two pages.
type Handout struct {
	model.Comparison
	// Paper and Date are the handout's page size and date.
	Paper Paper
	Date  time.Time
}

// ChartHandout names the handout where the command line and the export
// dialog name a chart.
const ChartHandout = "handout"

// DefaultName implements File.
func (h Handout) DefaultName() string {
	return FileName(ChartHandout, h.Left, h.Right, "pdf")
}

// handoutDoc is a PDF being laid out from the top of a page down.
type handoutDoc struct {
	pdf          *pdfDoc
	m            *charts.Measurer
	paper        Paper
	margin, y    float64
	pages        int
	pal          charts.Palette
	sourceNumber map[string]int
	sourcesDone  bool
}

const (
	hMargin = 40.0
	hBody   = 8.6
	hSmall  = 7.2
)

// Write implements File: it lays the handout out and writes the PDF to w.
func (h Handout) Write(w io.Writer) error {
	if h.Data == nil || h.Left == nil || h.Right == nil {
		return fmt.Errorf("export: the handout needs data and two careers")
	}
	paper := h.Paper
	if paper.Width == 0 {
		paper = Letter
	}
	pdf, err := newPDF(paper.Width, paper.Height)
	if err != nil {
		return err
	}
	m, err := charts.NewMeasurer()
	if err != nil {
		return err
	}
	title := h.Left.Name + " vs " + h.Right.Name
	pdf.SetInfo(gopdf.PdfInfo{Title: title, Subject: "Career Compare handout", Creator: "Career Compare", Producer: "Career Compare (gopdf)", CreationDate: h.Date})
	d := &handoutDoc{pdf: pdf, m: m, paper: paper, margin: hMargin, pal: charts.PaletteFor(charts.Light), sourceNumber: map[string]int{}}
	for i, s := range h.Data.Sources {
		d.sourceNumber[s.ID] = i + 1
	}
	d.newPage()
	if err := h.page1(d, title); err != nil {
		return err
	}
	d.newPage()
	if err := h.page2(d); err != nil {
		return err
	}
	return pdf.writeTo(w)
}

func (d *handoutDoc) newPage() {
	d.pdf.AddPage()
	d.pages++
	d.y = d.margin
}

func (d *handoutDoc) width() float64 { return d.paper.Width - 2*d.margin }

// text writes wrapped text in [x, x+w] from d.y down and returns the y
// below it; it does not move d.y.
func (d *handoutDoc) text(s string, size float64, c color.RGBA, x, w, y float64) (float64, error) {
	lh := d.m.LineHeight(size)
	a, _ := d.m.Metrics(size)
	d.pdf.SetTextColor(c.R, c.G, c.B)
	if err := d.pdf.SetFontSize(size); err != nil {
		return y, err
	}
	for _, line := range d.m.Wrap(s, size, w) {
		d.pdf.SetXY(x, y+a)
		if err := d.pdf.Text(line); err != nil {
			return y, fmt.Errorf("charts: handout text: %w", err)
		}
		y += lh
	}
	return y, nil
}

// height returns the height text would take wrapped to w.
func (d *handoutDoc) height(s string, size, w float64) float64 {
	return d.m.BlockHeight(s, size, w)
}

// bottom is the lowest y text may reach on a page.
func (d *handoutDoc) bottom() float64 { return d.paper.Height - d.margin }

// fit starts a new page when h more points do not fit on this one.
func (d *handoutDoc) fit(h float64) {
	if d.y+h > d.bottom() && d.y > d.margin {
		d.newPage()
	}
}

// sourceLines are the numbered sources, as cited in the text.
func (h Handout) sourceLines() []string {
	out := make([]string, len(h.Data.Sources))
	for i, s := range h.Data.Sources {
		out[i] = fmt.Sprintf("[%d] %s", i+1, wording.SourceLine(s))
	}
	return out
}

// sourcesHeight is the height of the Sources heading and list.
func (h Handout) sourcesHeight(d *handoutDoc) float64 {
	total := d.m.LineHeight(11.5) + 6
	for _, l := range h.sourceLines() {
		total += d.height(l, hSmall, d.width())
	}
	return total
}

// writeSources writes the Sources heading and list from d.y.
func (h Handout) writeSources(d *handoutDoc) error {
	if err := d.heading("Sources"); err != nil {
		return err
	}
	var err error
	for _, l := range h.sourceLines() {
		if d.y, err = d.text(l, hSmall, d.pal.Muted, d.margin, d.width(), d.y); err != nil {
			return err
		}
	}
	return nil
}

// heading writes a section heading across the page.
func (d *handoutDoc) heading(s string) error {
	y, err := d.text(s, 11.5, d.pal.Text, d.margin, d.width(), d.y+4)
	d.y = y + 2
	return err
}

// cite returns a fact's text with its source number.
func (d *handoutDoc) cite(f model.Fact) string {
	if n, ok := d.sourceNumber[f.Source]; ok {
		return fmt.Sprintf("%s [%d]", f.Text, n)
	}
	return f.Text
}

// factsText lists facts as bullets, each with its source number.
func (d *handoutDoc) factsText(facts []model.Fact) []string {
	out := make([]string, len(facts))
	for i, f := range facts {
		out[i] = "• " + d.cite(f)
	}
	return out
}

func (h Handout) page1(d *handoutDoc, title string) error {
	y, err := d.text(title, 18, d.pal.Text, d.margin, d.width(), d.y)
	if err != nil {
		return err
	}
	date := h.Date.Format("2 January 2006")
	e := h.Data.Edition
	line := fmt.Sprintf("Career Compare handout, %s. Figures: %s, %s — %s.", date, e.Name, e.Period, e.Banner)
	if e.Caveat != "" {
		line += " " + e.Caveat
	}
	d.y, err = d.text(line, hBody, d.pal.Muted, d.margin, d.width(), y+2)
	if err != nil {
		return err
	}
	d.y += 6
	if err := d.heading("Key differences"); err != nil {
		return err
	}
	diffs := h.Data.Comparison.Differences
	for _, f := range []struct {
		tab  string
		fact model.Fact
	}{{"Education", diffs.Education}, {"Duties", diffs.Duties}, {"Skills", diffs.Skills}, {"Salary", diffs.Salary}, {"Outlook", diffs.Outlook}} {
		top := d.y
		if _, err := d.text(f.tab, hBody, d.pal.Muted, d.margin, 56, top); err != nil {
			return err
		}
		if d.y, err = d.text(d.cite(f.fact), hBody, d.pal.Text, d.margin+58, d.width()-58, top); err != nil {
			return err
		}
	}
	d.y += 6

	// The careers side by side, section by section, aligned.
	colW := (d.width() - 16) / 2
	xs := []float64{d.margin, d.margin + colW + 16}
	careers := []*model.Career{h.Left, h.Right}
	for i, c := range careers {
		col := d.pal.Career(h.Data.CareerIndex(c.ID))
		d.pdf.SetFillColor(col.R, col.G, col.B)
		d.pdf.RectFromUpperLeftWithStyle(xs[i], d.y+2, 9, 9, "F")
		if _, err := d.text(c.Name+" ("+c.Short+")", 11.5, d.pal.Text, xs[i]+13, colW-13, d.y); err != nil {
			return err
		}
	}
	d.y += 18
	if note := wording.StandInNote(h.Left, h.Right); note != "" {
		if d.y, err = d.text(note, hSmall, d.pal.Muted, d.margin, d.width(), d.y); err != nil {
			return err
		}
		d.y += 4
	}
	sections := []struct {
		name string
		get  func(*model.Career) []model.Fact
	}{
		{"Education", func(c *model.Career) []model.Fact {
			return append(append([]model.Fact(nil), c.Education...), c.Certification...)
		}},
		{"Duties", func(c *model.Career) []model.Fact { return c.Duties }},
		{"Workplaces", func(c *model.Career) []model.Fact { return c.Workplaces }},
		{"Skills", func(c *model.Career) []model.Fact { return c.Skills }},
	}
	for _, s := range sections {
		need := 0.0
		for _, c := range careers {
			h := 0.0
			for _, it := range d.factsText(s.get(c)) {
				h += d.height(it, hBody, colW) + 1.5
			}
			need = math.Max(need, h)
		}
		d.fit(need + d.m.LineHeight(9.5))
		if _, err := d.text(s.name, 9.5, d.pal.Muted, d.margin, d.width(), d.y); err != nil {
			return err
		}
		d.y += d.m.LineHeight(9.5)
		bottom := d.y
		for i, c := range careers {
			y := d.y
			items := d.factsText(s.get(c))
			if len(items) == 0 {
				items = []string{"(none named in this data)"}
			}
			for _, it := range items {
				if y, err = d.text(it, hBody, d.pal.Text, xs[i], colW, y); err != nil {
					return err
				}
				y += 1.5
			}
			bottom = math.Max(bottom, y)
		}
		d.y = bottom + 4
	}

	// Sources, numbered as cited above: here when they fit, else after the
	// ladder (page2 makes room for them).
	if d.y+h.sourcesHeight(d) <= d.bottom() {
		d.sourcesDone = true
		return h.writeSources(d)
	}
	return nil
}

// page2 draws both charts and the ladder natively, from the same code as
// the window and the picture exports.
func (h Handout) page2(d *handoutDoc) error {
	w := d.width()
	gap := 10.0
	avail := d.paper.Height - 2*d.margin - 2*gap
	if !d.sourcesDone {
		avail -= h.sourcesHeight(d) + gap
	}
	heights := []float64{avail * 0.34, avail * 0.34, avail * 0.32}
	specs := []charts.BarSpec{charts.SalarySpec(h.Comparison), charts.GrowthSpec(h.Comparison)}
	for i, spec := range specs {
		if err := d.chart(spec, w, heights[i]); err != nil {
			return err
		}
		d.y += heights[i] + gap
	}
	var err error
	if h.Ladder == nil {
		_, err = d.text("No credit ladder in this data.", hBody, d.pal.Muted, d.margin, w, d.y)
	} else {
		err = d.ladder(h.Ladder, h.Path, w, heights[2])
	}
	if err != nil || d.sourcesDone {
		return err
	}
	d.y += heights[2] + gap
	d.fit(h.sourcesHeight(d))
	return h.writeSources(d)
}

// pixelsFor picks the chart's size in chart pixels for a box of w×h points:
// wide enough that its type reads well when scaled to the page.
func pixelsFor(w, h float64) (charts.Size, float64) {
	const k = 0.62 // points per chart pixel
	return charts.Size{Width: int(w / k), Height: int(h / k), Scale: 1}, k
}

// painter draws a picture of w×h points at the current position.
func (d *handoutDoc) painter(w, h float64) (charts.Size, charts.Painter, error) {
	size, k := pixelsFor(w, h)
	p, err := charts.PDFPainter(d.pdf.GoPdf, d.margin, d.y, k)
	return size, p, err
}

func (d *handoutDoc) chart(spec charts.BarSpec, w, h float64) error {
	size, p, err := d.painter(w, h)
	if err == nil {
		_, err = charts.PaintBars(spec, size, charts.Light, p, io.Discard)
	}
	return err
}

func (d *handoutDoc) ladder(l *model.Ladder, path model.Path, w, h float64) error {
	size, p, err := d.painter(w, h)
	if err == nil {
		_, err = charts.PaintLadder(l, path, size, charts.Light, p, io.Discard)
	}
	return err
}
