package export

import (
	"io"
	"math"

	"careercompare/charts"
)

// Sizes of the pictures on the handout's page, in points. Their notes
// (sources, footnote, edition) are written as the handout's own text under
// them, where they wrap at the page's width and never crowd the picture.
// A chart is as tall as it needs for its plot to have hMinPlot and its
// share of the picture; the ladder as tall as its type needs.
const (
	hMinPlot      = 150.0 // about 2 inches: read at a glance
	hLadderHeight = 190.0
)

// pictures draws both charts and the ladder natively, from the same code
// as the window and the picture exports, each with its notes under it. The
// notes both charts share (the edition) are said once a page.
func (h Handout) pictures(d *handoutDoc) error {
	w, gap := d.width(), 12.0
	heights := make([]float64, len(d.c.bars))
	for i, spec := range d.c.bars {
		spec.Notes = nil
		size, _, err := d.painter(w, 0)
		if err != nil {
			return err
		}
		size.MinPlot = int(math.Ceil(hMinPlot / hPicturePoints))
		ph, err := charts.BarsHeight(spec, size)
		if err != nil {
			return err
		}
		heights[i] = float64(ph) * hPicturePoints
	}
	own, shared := splitNotes(d.c.bars)
	for i, spec := range d.c.bars {
		last := i == len(d.c.bars)-1
		d.fit(heights[i] + d.notesHeight(spec.Notes))
		// The shared notes go under this chart when the next one will not
		// follow it on this page.
		sayShared := last || !d.fits(heights[i]+d.notesHeight(own[i])+gap+heights[i+1]+d.notesHeight(d.c.bars[i+1].Notes))
		notes := own[i]
		if sayShared {
			notes = append(append([]string(nil), own[i]...), shared...)
		}
		if err := h.chart(d, spec, heights[i], notes); err != nil {
			return err
		}
		d.y += gap
	}
	return h.ladderPicture(d)
}

// splitNotes parts the charts' notes into each chart's own and those
// they all say (the edition, a source they share), in order.
func splitNotes(specs []charts.BarSpec) (own [][]string, shared []string) {
	count := map[string]int{}
	for _, sp := range specs {
		for _, n := range sp.Notes {
			count[n]++
		}
	}
	own = make([][]string, len(specs))
	for i, sp := range specs {
		for _, n := range sp.Notes {
			switch {
			case count[n] < len(specs):
				own[i] = append(own[i], n)
			case i == 0:
				shared = append(shared, n)
			}
		}
	}
	return own, shared
}

// notesHeight is the height of notes written under a picture.
func (d *handoutDoc) notesHeight(notes []string) float64 {
	total := 0.0
	for _, n := range notes {
		total += d.m.BlockHeight(n, hSmall, d.width())
	}
	return total
}

// fits reports whether h more points fit on this page.
func (d *handoutDoc) fits(h float64) bool { return d.y+h <= d.bottom() }

// chart draws a bar chart at the given height, its notes under it.
func (h Handout) chart(d *handoutDoc, spec charts.BarSpec, height float64, notes []string) error {
	spec.Notes = nil
	d.fit(height + d.notesHeight(notes))
	size, p, err := d.painter(d.width(), height)
	if err != nil {
		return err
	}
	size.MinPlot = int(math.Ceil(hMinPlot / hPicturePoints))
	l, err := charts.PaintBars(spec, size, charts.Light, p, io.Discard)
	if err != nil {
		return err
	}
	d.charts = append(d.charts, placedChart{spec: spec, layout: l, notes: notes, page: d.page})
	d.y += height
	for _, n := range notes {
		if err := d.write(n, hSmall, d.pal.Muted); err != nil {
			return err
		}
	}
	return nil
}

// placedChart is a chart as the handout placed it, for tests.
type placedChart struct {
	spec   charts.BarSpec
	layout *charts.BarLayout
	notes  []string
	page   int
}

// ladderPicture draws the ladder with the planned path, as tall as its
// type needs, its notes under it.
func (h Handout) ladderPicture(d *handoutDoc) error {
	if h.Ladder == nil || d.c.ladder == nil {
		return nil // the title block says there is none
	}
	w := d.width()
	notes := d.c.ladder.notes(d.c)
	words := charts.LadderWords{Lang: h.Lang, Tags: charts.CareerTags(h.Comparison, h.Lang)}
	// The ladder's type never goes under 8 points: it gets the height it
	// needs at that size.
	height := hLadderHeight
	size, _, err := d.painter(w, height)
	if err != nil {
		return err
	}
	ll := charts.LayoutLadder(h.Ladder, h.Path, words, size.Width, size.Height, 1, size.MinText, charts.Light, d.m)
	height = max(height, float64(ll.Needed)*hPicturePoints)
	d.fit(height + d.notesHeight(notes))
	size, p, err := d.painter(w, height)
	if err != nil {
		return err
	}
	if _, err := charts.PaintLadder(h.Ladder, h.Path, words, size, charts.Light, p, io.Discard); err != nil {
		return err
	}
	d.y += height
	for _, n := range notes {
		if err := d.write(n, hSmall, d.pal.Muted); err != nil {
			return err
		}
	}
	d.y += 12
	return nil
}

// painter draws a picture of w×h points at the current position, at a
// size whose smallest type is hSmall on the page.
func (d *handoutDoc) painter(w, h float64) (charts.Size, charts.Painter, error) {
	k := hPicturePoints
	size := charts.Size{Width: int(w / k), Height: max(int(h/k), charts.MinHeight), Scale: 1, MinText: hSmall / k}
	p, err := charts.PDFPainter(d.pdf.GoPdf, d.margin, d.y, k)
	return size, p, err
}
