package export

import (
	"fmt"
	"image/color"
	"io"
	"strings"

	"github.com/signintech/gopdf"

	"careercompare/charts"
	"careercompare/internal/catalog"
	"careercompare/model"
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

// Handout is the one-file counseling handout of a comparison, in one
// language: the plan and the key differences on the first page, the two
// careers side by side, both charts, the credit ladder with the planned
// path, the footnote and every source. It is a PDF, or an accessible HTML
// page with the same content (html.go).
type Handout struct {
	model.Comparison
	Lang  model.Lang
	Paper Paper
	// Student and NextSteps make the handout the student's own: the
	// student's name and a few lines the counselor typed (courses, a
	// campus visit). They are written into the handout and nowhere else.
	Student, NextSteps string
	// Format is charts.HTML for the accessible HTML page; any other
	// value writes the PDF.
	Format charts.Format
}

// ChartHandout names the handout where the command line and the export
// dialog name a chart.
const ChartHandout = "handout"

// DefaultName implements File. A handout in Spanish is named
// "handout-es-…", so that the family's copy never replaces the English
// one of the same session.
func (h Handout) DefaultName() string {
	name := ChartHandout
	if h.Lang != "" && h.Lang != model.English {
		name += "-" + string(h.Lang)
	}
	if h.Format == charts.HTML {
		return FileName(name, h.Left, h.Right, charts.HTML.Ext())
	}
	return FileName(name, h.Left, h.Right, charts.PDF.Ext())
}

// Type sizes of the handout, in points: nothing is smaller than hSmall.
const (
	hMargin  = 40.0
	hTitle   = 18.0
	hHeading = 12.0
	hPlan    = 10.0
	hBody    = 9.5
	hSmall   = 8.0
	// hPicturePoints is the size of a chart pixel on the page: the
	// pictures are laid out at 1/k of their box so that their type reads
	// well, and no text of theirs is smaller than hSmall.
	hPicturePoints = 0.62
)

// handoutDoc is a PDF being laid out from the top of a page down.
type handoutDoc struct {
	pdf       *pdfDoc
	m         *charts.Measurer
	c         *content
	paper     Paper
	margin, y float64
	page      int
	pages     int // the number of pages, for "Page 1 of 2"; 0 on the first pass
	pal       charts.Palette
	// charts are the bar charts as placed, for tests.
	charts []placedChart
}

// Write implements File: it writes the HTML page, or lays the handout out
// and writes the PDF to w. It lays a PDF out twice: the first time to
// count its pages.
func (h Handout) Write(w io.Writer) error {
	if h.Data == nil || h.Left == nil || h.Right == nil {
		return fmt.Errorf("export: the handout needs data and two careers")
	}
	if h.Format == charts.HTML {
		return h.writeHTML(w)
	}
	c := newContent(h)
	d, err := h.layout(c, 0)
	if err != nil {
		return err
	}
	if d, err = h.layout(c, d.page); err != nil {
		return err
	}
	return d.pdf.writeTo(w)
}

func (h Handout) layout(c *content, pages int) (*handoutDoc, error) {
	paper := h.Paper
	if paper.Width == 0 {
		paper = Letter
	}
	pdf, err := newPDF(paper.Width, paper.Height)
	if err != nil {
		return nil, err
	}
	m, err := charts.NewMeasurer()
	if err != nil {
		return nil, err
	}
	pdf.SetInfo(gopdf.PdfInfo{Title: c.title, Subject: c.say("handout.subject"), Creator: "Career Compare", Producer: "Career Compare (gopdf)", CreationDate: h.Date})
	d := &handoutDoc{pdf: pdf, m: m, c: c, paper: paper, margin: hMargin, pages: pages, pal: charts.PaletteFor(charts.Light)}
	d.newPage()
	if err := d.front(); err != nil {
		return nil, err
	}
	if err := h.pictures(d); err != nil {
		return nil, err
	}
	if err := d.sources(); err != nil {
		return nil, err
	}
	return d, nil
}

// newPage starts a page with its number at the foot.
func (d *handoutDoc) newPage() {
	d.pdf.AddPage()
	d.page++
	d.y = d.margin
	if d.pages > 0 {
		foot := d.c.say("handout.page", catalog.Args{"Page": d.page, "Pages": d.pages})
		_, _ = d.text(foot, hSmall, d.pal.Muted, d.margin, d.width(), d.paper.Height-d.margin+12)
	}
}

func (d *handoutDoc) width() float64 { return d.paper.Width - 2*d.margin }

// text writes wrapped text in [x, x+w] from y down and returns the y below
// it; it does not move d.y.
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
			return y, fmt.Errorf("export: handout text: %w", err)
		}
		y += lh
	}
	return y, nil
}

// write writes text across the page at d.y, first starting a new page
// when it does not fit, and moves d.y below it.
func (d *handoutDoc) write(s string, size float64, c color.RGBA) error {
	d.fit(d.m.BlockHeight(s, size, d.width()))
	y, err := d.text(s, size, c, d.margin, d.width(), d.y)
	d.y = y
	return err
}

// bottom is the lowest y text may reach on a page.
func (d *handoutDoc) bottom() float64 { return d.paper.Height - d.margin }

// fit starts a new page when h more points do not fit on this one.
func (d *handoutDoc) fit(h float64) {
	if d.y+h > d.bottom() && d.y > d.margin {
		d.newPage()
	}
}

// heading writes a section heading across the page, kept with the
// first lines below it.
func (d *handoutDoc) heading(s string) error {
	d.fit(d.m.LineHeight(hHeading) + 3*d.m.LineHeight(hBody))
	y, err := d.text(s, hHeading, d.pal.Text, d.margin, d.width(), d.y+6)
	d.y = y + 2
	return err
}

// front writes the first page: title, the student's name and date, the
// age and origin of the figures, next steps, the plan, the key
// differences, then the careers side by side.
func (d *handoutDoc) front() error {
	c := d.c
	if err := d.write(c.title, hTitle, d.pal.Text); err != nil {
		return err
	}
	line := c.date
	if c.student != "" {
		line = c.student + " · " + c.date
	}
	d.y += 2
	if err := d.write(line, hPlan, d.pal.Text); err != nil {
		return err
	}
	d.y += 2
	for _, f := range c.figures {
		if err := d.write(f, hSmall, d.pal.Muted); err != nil {
			return err
		}
	}
	if c.warning != "" {
		if err := d.write(c.warning, hPlan, d.pal.Warning); err != nil {
			return err
		}
	}
	if len(c.nextSteps) > 0 {
		if err := d.heading(c.say("handout.nextSteps")); err != nil {
			return err
		}
		for _, l := range c.nextSteps {
			if err := d.write("• "+l, hPlan, d.pal.Text); err != nil {
				return err
			}
		}
	}
	if len(c.plan) > 0 {
		if err := d.heading(c.say("handout.plan")); err != nil {
			return err
		}
		for i, l := range c.plan {
			col := d.pal.Text
			if i > 0 {
				col = d.pal.Muted
			}
			if err := d.write(l, hPlan, col); err != nil {
				return err
			}
		}
	}
	if err := d.heading(c.say("handout.keyDifferences")); err != nil {
		return err
	}
	const labelW = 70.0
	for _, x := range c.diffs {
		text := citeText(x.cited)
		d.fit(d.m.BlockHeight(text, hBody, d.width()-labelW))
		top := d.y
		if _, err := d.text(x.label, hBody, d.pal.Muted, d.margin, labelW-4, top); err != nil {
			return err
		}
		y, err := d.text(text, hBody, d.pal.Text, d.margin+labelW, d.width()-labelW, top)
		if err != nil {
			return err
		}
		d.y = y + 1
	}
	if c.diffsNote != "" {
		if err := d.write(c.diffsNote, hSmall, d.pal.Muted); err != nil {
			return err
		}
	}
	d.y += 6
	return d.sideBySide()
}

// sideBySide writes the two careers' facts in two columns, a section
// at a time, with the careers' names heading the columns on each page.
func (d *handoutDoc) sideBySide() error {
	c := d.c
	cols := d.columns()
	// The heads, the stand-ins and the first section go on one page, so
	// that no page ends with the columns' heads alone.
	first := 0.0
	for _, k := range c.careers {
		first = max(first, d.m.BlockHeight(k.name, hHeading, cols.width-13)+2)
	}
	if c.standIns != "" {
		first += d.m.BlockHeight(c.standIns, hSmall, d.width()) + 2
	}
	if len(c.sections) > 0 {
		first += d.sectionNeed(c.sections[0], cols)
	}
	d.fit(max(40, first))
	if err := d.columnHeads(cols); err != nil {
		return err
	}
	if c.standIns != "" {
		if err := d.write(c.standIns, hSmall, d.pal.Muted); err != nil {
			return err
		}
		d.y += 2
	}
	for _, s := range c.sections {
		if err := d.section(s, cols); err != nil {
			return err
		}
	}
	return nil
}

// columns are the two columns of the careers' facts: their width and
// where each starts.
type columns struct {
	width float64
	x     [2]float64
}

func (d *handoutDoc) columns() columns {
	w := (d.width() - 16) / 2
	return columns{width: w, x: [2]float64{d.margin, d.margin + w + 16}}
}

// sectionNeed is the room a section wants before its page is changed:
// its name and its longer column, or a page's worth.
func (d *handoutDoc) sectionNeed(s section, cols columns) float64 {
	n := 0.0
	for _, items := range s.items {
		h := 0.0
		for _, it := range items {
			h += d.m.BlockHeight("• "+citeText(it), hBody, cols.width) + 1.5
		}
		n = max(n, h)
	}
	return min(n, d.bottom()-d.margin-40) + d.m.LineHeight(hBody) + 4
}

// columnHeads writes the careers' names over the columns, each with its
// colour, so that a family reading page 2 knows which column is which.
func (d *handoutDoc) columnHeads(cols columns) error {
	head := 0.0
	for i, k := range d.c.careers {
		d.pdf.SetFillColor(k.colour.R, k.colour.G, k.colour.B)
		d.pdf.RectFromUpperLeftWithStyle(cols.x[i], d.y+3, 9, 9, "F")
		y, err := d.text(k.name, hHeading, d.pal.Text, cols.x[i]+13, cols.width-13, d.y)
		if err != nil {
			return err
		}
		head = max(head, y)
	}
	d.y = head + 2
	return nil
}

// section writes one kind of fact, its name over both columns, on a new
// page (with the columns' heads again) when it does not fit this one.
func (d *handoutDoc) section(s section, cols columns) error {
	page := d.page
	d.fit(d.sectionNeed(s, cols))
	if d.page != page {
		if err := d.columnHeads(cols); err != nil {
			return err
		}
	}
	if _, err := d.text(s.name, hBody, d.pal.Muted, d.margin, d.width(), d.y+2); err != nil {
		return err
	}
	d.y += d.m.LineHeight(hBody) + 2
	bottom := d.y
	for i, items := range s.items {
		y := d.y
		for _, it := range items {
			var err error
			if y, err = d.text("• "+citeText(it), hBody, d.pal.Text, cols.x[i], cols.width, y); err != nil {
				return err
			}
			y += 1.5
		}
		bottom = max(bottom, y)
	}
	d.y = bottom + 4
	return nil
}

// sourcesHeight is the height of the Sources heading and list.
func (d *handoutDoc) sourcesHeight() float64 {
	total := d.m.LineHeight(hHeading) + 8
	for _, s := range d.c.sources {
		total += d.m.BlockHeight(fmt.Sprintf("[%d] %s", s.n, s.text), hSmall, d.width())
	}
	return total
}

// sources writes the Sources heading and the numbered list.
func (d *handoutDoc) sources() error {
	d.fit(d.sourcesHeight())
	if err := d.heading(d.c.say("handout.sources")); err != nil {
		return err
	}
	for _, s := range d.c.sources {
		if err := d.write(fmt.Sprintf("[%d] %s", s.n, s.text), hSmall, d.pal.Muted); err != nil {
			return err
		}
	}
	return nil
}
