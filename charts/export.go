package charts

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/signintech/gopdf"
	chart "github.com/wcharczuk/go-chart/v2"
)

// Chart names, as the command line and file names spell them.
const (
	ChartSalary = "salary"
	ChartGrowth = "growth"
	ChartLadder = "ladder"
	// ChartHandout is the PDF handout with everything.
	ChartHandout = "handout"
)

// ChartNames lists every chart in the order "all" exports them.
var ChartNames = []string{ChartSalary, ChartGrowth, ChartLadder}

// Job is one picture to export: which chart, how big, in which theme and
// format, of the comparison the embedded Handout holds (data, careers,
// ladder and selection; paper and date for the handout itself).
type Job struct {
	Chart  string
	Format Format
	Size   Size
	Theme  Theme
	Handout
}

// DefaultName returns the job's default file name, e.g.
// "salary-health-informatics-vs-health-information-management.png".
func (j Job) DefaultName() string {
	if j.Chart == ChartHandout {
		return FileName("handout", j.Left, j.Right, "pdf")
	}
	if j.Chart == ChartLadder && j.Ladder != nil {
		return "ladder-" + j.Ladder.ID + "." + j.Format.Ext()
	}
	return FileName(j.Chart, j.Left, j.Right, j.Format.Ext())
}

// Write draws the job's picture (or the handout) into out.
func (j Job) Write(out io.Writer) error {
	w := out
	if j.Data == nil {
		return errors.New("charts: no data to draw")
	}
	if j.Chart == ChartHandout {
		return j.Handout.Write(w)
	}
	var rp chart.RendererProvider
	var pdf *gopdf.GoPdf
	if j.Format == PDF {
		// One chart on a page of its own size: 0.75 points a pixel (96 dpi).
		pw, ph, err := j.Size.Pixels()
		if err != nil {
			return fmt.Errorf("charts: %w", err)
		}
		if pdf, err = newPDF(float64(pw)*0.75, float64(ph)*0.75); err != nil {
			return err
		}
		pdf.AddPage()
		m, err := NewMeasurer()
		if err != nil {
			return err
		}
		rp, w = pdfProvider(pdf, m, 0, 0, 0.75), io.Discard
	} else {
		var err error
		if rp, err = provider(j.Format); err != nil {
			return err
		}
	}
	var err error
	switch j.Chart {
	case ChartSalary, ChartGrowth:
		if j.Left == nil || j.Right == nil {
			return errors.New("charts: choose two careers to compare")
		}
		spec := SalarySpec(j.Data, j.Left, j.Right)
		if j.Chart == ChartGrowth {
			spec = GrowthSpec(j.Data, j.Left, j.Right)
		}
		_, err = renderBars(spec, j.Size, j.Theme, rp, w)
	case ChartLadder:
		if j.Ladder == nil {
			return errors.New("charts: this data has no credit ladder")
		}
		_, err = renderLadder(j.Ladder, j.Selection, j.Size, j.Theme, rp, w)
	default:
		return fmt.Errorf("charts: unknown chart %q (use salary, growth or ladder)", j.Chart)
	}
	if err != nil || pdf == nil {
		return err
	}
	if _, err := pdf.WriteTo(out); err != nil {
		return fmt.Errorf("charts: write PDF: %w", err)
	}
	return nil
}

// WriteFile writes the file at path through a temporary file in the same
// folder that is renamed over path only once it is complete: an existing
// file is never left empty or half written, and a failure leaves no file.
func WriteFile(path string, write func(io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriterSize(tmp, 64<<10)
	if err = write(bw); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = bw.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	// CreateTemp makes the file private; a picture is an ordinary file.
	if err = os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
