package export

import (
	"fmt"
	"io"

	"github.com/signintech/gopdf"

	"careercompare/charts"
)

// pdfFont is the family name of charts.FontTTF inside a PDF.
const pdfFont = "roboto"

// pdfDoc is a PDF with the chart font embedded and current.
type pdfDoc struct{ *gopdf.GoPdf }

// newPDF starts a PDF of pages pageW×pageH points with the chart font.
func newPDF(pageW, pageH float64) (*pdfDoc, error) {
	pdf := &gopdf.GoPdf{}
	pdf.Start(gopdf.Config{Unit: gopdf.UnitPT, PageSize: gopdf.Rect{W: pageW, H: pageH}})
	if err := pdf.AddTTFFontData(pdfFont, charts.FontTTF); err != nil {
		return nil, fmt.Errorf("export: embed font in PDF: %w", err)
	}
	if err := pdf.SetFont(pdfFont, "", 10); err != nil {
		return nil, fmt.Errorf("export: PDF font: %w", err)
	}
	return &pdfDoc{pdf}, nil
}

func (d *pdfDoc) writeTo(w io.Writer) error {
	if _, err := d.GoPdf.WriteTo(w); err != nil {
		return fmt.Errorf("export: write PDF: %w", err)
	}
	return nil
}
