package export

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"careercompare/charts"
	"careercompare/internal/catalog"
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
	Lang   model.Lang
	model.Comparison
}

var (
	_ File = Picture{}
	_ File = Handout{}
)

// FileName returns a default export file name such as
// "salary-health-informatics-vs-health-information-management.png".
func FileName(chart string, left, right *model.Career, ext string) string {
	return fmt.Sprintf("%s-%s-vs-%s.%s", chart, fileSlug(left), fileSlug(right), ext)
}

// fileSlug names a career in a file name: its id, or for a career that is
// an official occupation (imported, its id a code) its name, in lower-case
// words joined by hyphens, at most about 40 characters: "registered-nurses".
func fileSlug(k *model.Career) string {
	if k.Code == "" || !k.Occupation.IsZero() {
		return k.ID
	}
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(k.Name.EN) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		default:
			dash = true
		}
	}
	s := b.String()
	if len(s) > 40 {
		if i := strings.LastIndexByte(s[:40], '-'); i > 0 {
			s = s[:i]
		}
		for _, w := range []string{"-and", "-or", "-of", "-the"} {
			s = strings.TrimSuffix(s, w)
		}
	}
	if s == "" {
		return k.ID
	}
	return s
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
		spec := charts.SalarySpec(p.Comparison, p.Lang)
		if p.Chart == charts.ChartGrowth {
			spec = charts.GrowthSpec(p.Comparison, p.Lang)
		}
		_, err = charts.PaintBars(spec, p.Size, p.Theme, paint, w)
	case charts.ChartLadder:
		if p.Ladder == nil {
			return errors.New("no credit ladder in this data for the compared careers")
		}
		words := charts.LadderWords{Lang: p.Lang, Plan: true, Notes: true, Tags: charts.CareerTags(p.Comparison, p.Lang), Footer: ladderFooter(p.Comparison, p.Lang)}
		_, err = charts.PaintLadder(p.Ladder, p.Path, words, p.Size, p.Theme, paint, w)
	default:
		return fmt.Errorf("export: unknown chart %q (use salary, growth or ladder)", p.Chart)
	}
	if err != nil || doc == nil {
		return err
	}
	return doc.writeTo(out)
}

// ladderFooter is what a ladder picture in a file says under it: its
// source, the edition, and the edition's warning.
func ladderFooter(c model.Comparison, lang model.Lang) []string {
	lines := []string{catalog.T(lang, "chart.source", catalog.Args{"Source": c.Data.SourceLabel(lang, c.Ladder.Source)})}
	e := c.Data.Edition
	lines = append(lines, catalog.T(lang, "chart.edition", catalog.Args{"Edition": e.Name.In(lang)}))
	if w := e.Warning.In(lang); w != "" {
		lines = append(lines, w)
	}
	return lines
}
