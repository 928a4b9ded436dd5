package export

import (
	"errors"
	"fmt"
	"io"

	"careercompare/charts"
	"careercompare/model"
)

// File is one file to export: a Picture or a Handout.
type File interface {
	// DefaultName is the file's default name, e.g.
	// "salary-health-informatics-vs-health-information-management.png".
	DefaultName() string
	// Write draws the file into w.
	Write(w io.Writer) error
}

// Picture is one chart or the ladder, of a comparison, at a size, in a
// theme and a format.
type Picture struct {
	Chart  string // charts.ChartSalary, ChartGrowth or ChartLadder
	Format charts.Format
	Size   charts.Size
	Theme  charts.Theme
	model.Comparison
}

var (
	_ File = Picture{}
	_ File = Handout{}
)

// FileName returns a default export file name such as
// "salary-health-informatics-vs-health-information-management.png".
func FileName(chart string, left, right *model.Career, ext string) string {
	return fmt.Sprintf("%s-%s-vs-%s.%s", chart, left.ID, right.ID, ext)
}

// DefaultName implements File.
func (p Picture) DefaultName() string {
	if p.Chart == charts.ChartLadder && p.Ladder != nil {
		return "ladder-" + p.Ladder.ID + "." + p.Format.Ext()
	}
	return FileName(p.Chart, p.Left, p.Right, p.Format.Ext())
}

// Write implements File: it draws the picture into out. A PDF is one page
// of the picture's size, 0.75 points a pixel (96 dpi).
func (p Picture) Write(out io.Writer) error {
	if p.Data == nil {
		return errors.New("export: no data to draw")
	}
	w := out
	var doc *pdfDoc
	var paint charts.Painter
	var err error
	if p.Format == charts.PDF {
		pw, ph, err := p.Size.Pixels()
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		if doc, err = newPDF(float64(pw)*0.75, float64(ph)*0.75); err != nil {
			return err
		}
		doc.AddPage()
		if paint, err = charts.PDFPainter(doc.GoPdf, 0, 0, 0.75); err != nil {
			return err
		}
		w = io.Discard
	} else if paint, err = charts.PainterFor(p.Format); err != nil {
		return err
	}
	switch p.Chart {
	case charts.ChartSalary, charts.ChartGrowth:
		if p.Left == nil || p.Right == nil {
			return errors.New("export: choose two careers to compare")
		}
		spec := charts.SalarySpec(p.Comparison)
		if p.Chart == charts.ChartGrowth {
			spec = charts.GrowthSpec(p.Comparison)
		}
		_, err = charts.PaintBars(spec, p.Size, p.Theme, paint, w)
	case charts.ChartLadder:
		if p.Ladder == nil {
			return errors.New("export: this data has no credit ladder")
		}
		_, err = charts.PaintLadder(p.Ladder, p.Path, p.Size, p.Theme, paint, w)
	default:
		return fmt.Errorf("export: unknown chart %q (use salary, growth or ladder)", p.Chart)
	}
	if err != nil || doc == nil {
		return err
	}
	return doc.writeTo(out)
}
