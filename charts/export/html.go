package export

import (
	"bytes"
	_ "embed" // the page's template
	"fmt"
	"html/template"
	"io"
	"strings"
	"sync"

	"careercompare/charts"
	"careercompare/internal/catalog"
	"careercompare/model/wording"
)

// handoutHTML is the template of the HTML handout: every text goes in
// through html/template, which escapes it for where it stands.
//
//go:embed handout.html.tmpl
var handoutHTML string

// htmlTemplate is the parsed template, parsed at its first use.
var htmlTemplate = sync.OnceValues(func() (*template.Template, error) {
	return template.New("handout").Option("missingkey=error").Parse(handoutHTML)
})

// Sizes of the HTML handout's pictures, in CSS pixels: no wider than the
// text of a printed page (Letter or A4 in its margins), so that they print
// at their size, with no type under htmlMinText (8.25 points in print).
const (
	htmlPictureWidth = 680
	htmlLadderHeight = 300
	htmlMinText      = 11.0
	// htmlMinPlot is the least height of a chart's plot: about 2 inches
	// in print.
	htmlMinPlot = 190
)

// htmlPage is what the template shows: the handout's content, its
// pictures as labelled SVG, and the page's own words.
type htmlPage struct {
	Lang, Title, PageSize string
	Student, Date         string
	Figures               []string
	Warning               string
	NextSteps, Plan       []string
	Diffs                 []htmlFact
	DiffsNote             string
	Careers               [2]htmlCareer
	StandIns              string
	Sections              []htmlSection
	Charts                []htmlChart
	Ladder                *htmlLadder
	Sources               []htmlSource
	Words                 htmlWords
}

// htmlWords are the headings, captions and column names of the page.
type htmlWords struct {
	NextSteps, Plan, KeyDifferences, SideBySide, SideBySideCaption, Topic string
	ColBar, ColValue, ColMeasure, ColWhose, ColRange, ColSource           string
	Ladder, Rungs, Entries, About, Sources                                string
}

// htmlFact is a fact, its label where it has one, the number of its
// source (0 for none) and its language when that is not the page's.
type htmlFact struct {
	Label, Text, Lang string
	Cites             []int
}

// htmlCareer heads a career's column: its name and colour (CSS).
type htmlCareer struct{ Name, Colour string }

// htmlSection is one kind of fact of both careers.
type htmlSection struct {
	Name  string
	Items [2][]htmlFact
}

// htmlChart is a bar chart: its picture, the same figures as a table, and
// its notes. Whose and Range tell whether the table has those columns.
type htmlChart struct {
	ID, Heading, Caption string
	SVG                  template.HTML
	Whose, Range         bool
	// CountName heads the column of the bars' second measure, "" for
	// none.
	CountName string
	// layout is where the picture's parts are, for tests.
	layout *charts.BarLayout
	Rows   []htmlBar
	Notes  []string
}

// htmlBar is a bar of a chart as a row of its table.
type htmlBar struct {
	Label, Value, Measure, Count, Whose, Range, Source string
}

// htmlLadder is the credit ladder: its picture, then the same in words.
type htmlLadder struct {
	SVG            template.HTML
	Rungs, Entries []htmlMark
	About, Footer  []string
}

// htmlMark is a rung or an entry point, with the planned path's label.
type htmlMark struct{ Text, Here string }

// htmlSource is a numbered source; its address, when it has one, is a
// link between the text before and after it.
type htmlSource struct {
	N                      int
	Before, Address, After string
}

// writeHTML writes the accessible HTML handout: one self-contained page
// that loads nothing (inline CSS, the pictures as inline SVG, no script),
// with the content of the PDF handout.
func (h Handout) writeHTML(w io.Writer) error {
	t, err := htmlTemplate()
	if err != nil {
		return fmt.Errorf("export: HTML template: %w", err)
	}
	page, err := newHTMLPage(h, newContent(h))
	if err != nil {
		return err
	}
	if err := t.Execute(w, page); err != nil {
		return fmt.Errorf("export: write HTML: %w", err)
	}
	return nil
}

// newHTMLPage lays the content out for the template and draws its
// pictures.
func newHTMLPage(h Handout, c *content) (*htmlPage, error) {
	p := &htmlPage{
		Lang: string(c.lang), Title: c.title, PageSize: "letter", Student: c.student, Date: c.date,
		Figures: c.figures, Warning: c.warning, NextSteps: c.nextSteps, Plan: c.plan,
		StandIns: c.standIns,
	}
	if h.Paper.Name == A4.Name {
		p.PageSize = "A4"
	}
	p.Words = htmlWords{
		NextSteps: c.say("handout.nextSteps"), Plan: c.say("handout.plan"), KeyDifferences: c.say("handout.keyDifferences"),
		SideBySide: c.say("html.sideBySide"), Topic: c.say("html.topic"),
		SideBySideCaption: c.say("html.sideBySideCaption", catalog.Args{"Left": h.Left.Name.In(c.lang), "Right": h.Right.Name.In(c.lang)}),
		ColBar:            c.say("html.colBar"), ColValue: c.say("html.colValue"), ColMeasure: c.say("html.colMeasure"),
		ColWhose: c.say("html.colWhose"), ColRange: c.say("html.colRange"), ColSource: c.say("html.colSource"),
		Ladder: c.say("ladder.heading"), Rungs: c.say("html.rungs"), Entries: c.say("html.entries"),
		About: c.say("ladder.aboutNumbers"), Sources: c.say("handout.sources"),
	}
	p.DiffsNote = c.diffsNote
	for _, d := range c.diffs {
		p.Diffs = append(p.Diffs, htmlFact{Label: d.label, Text: d.text, Lang: string(d.lang), Cites: d.cites})
	}
	for i, k := range c.careers {
		p.Careers[i] = htmlCareer{Name: k.name, Colour: fmt.Sprintf("#%02x%02x%02x", k.colour.R, k.colour.G, k.colour.B)}
	}
	for _, s := range c.sections {
		hs := htmlSection{Name: s.name}
		for i, items := range s.items {
			for _, it := range items {
				hs.Items[i] = append(hs.Items[i], htmlFact{Text: it.text, Lang: string(it.lang), Cites: it.cites})
			}
		}
		p.Sections = append(p.Sections, hs)
	}
	headings := map[string]string{charts.ChartSalary: c.say("tab.salary"), charts.ChartGrowth: c.say("section.growth")}
	// Each chart's own notes under it; those the charts share once, under
	// the last.
	own, shared := splitNotes(c.bars)
	for i, spec := range c.bars {
		ch, err := htmlBars(c, spec, headings[spec.Name])
		if err != nil {
			return nil, err
		}
		ch.Notes = own[i]
		if i == len(c.bars)-1 {
			ch.Notes = append(ch.Notes, shared...)
		}
		p.Charts = append(p.Charts, ch)
	}
	if c.ladder != nil && h.Ladder != nil {
		l, err := htmlLadderOf(h, c)
		if err != nil {
			return nil, err
		}
		p.Ladder = l
	}
	for _, s := range c.sources {
		hs := htmlSource{N: s.n, Before: s.text}
		if s.address != "" {
			if before, after, ok := strings.Cut(s.text, s.address); ok {
				hs.Before, hs.Address, hs.After = before, s.address, after
			}
		}
		p.Sources = append(p.Sources, hs)
	}
	return p, nil
}

// htmlBars draws a bar chart as labelled SVG, without its notes (they
// follow it as text), and words its bars as the rows of a table.
func htmlBars(c *content, spec charts.BarSpec, heading string) (htmlChart, error) {
	ch := htmlChart{ID: spec.Name, Heading: heading, Notes: spec.Notes, CountName: spec.CountName,
		Caption: c.say("html.dataCaption", catalog.Args{"Title": spec.Title})}
	for _, b := range spec.Bars {
		row := htmlBar{Label: b.Label, Value: b.Text, Measure: spec.MeasureText(b), Count: b.Count, Whose: b.Whose, Source: b.Source}
		if b.Unlike && spec.UnlikeTag != "" {
			row.Measure = c.say("html.measureUnlike", catalog.Args{"Measure": row.Measure, "Tag": spec.UnlikeTag})
		}
		if b.Spread != nil {
			row.Range = c.say("html.range", catalog.Args{"Low": wording.FormatValue(b.Spread[0], spec.Unit), "High": wording.FormatValue(b.Spread[1], spec.Unit)})
		}
		ch.Whose = ch.Whose || row.Whose != ""
		ch.Range = ch.Range || row.Range != ""
		ch.Rows = append(ch.Rows, row)
	}
	pic := spec
	pic.Notes = nil
	var buf bytes.Buffer
	// As tall as its labels need for the plot to have its room, no fixed
	// box.
	size := charts.Size{Width: htmlPictureWidth, Scale: 1, MinText: htmlMinText, MinPlot: htmlMinPlot}
	h, err := charts.BarsHeight(pic, size)
	if err != nil {
		return ch, fmt.Errorf("export: %s chart: %w", spec.Name, err)
	}
	size.Height = h
	ch.layout, err = charts.RenderBars(pic, size, charts.Light, charts.SVG, &buf)
	if err != nil {
		return ch, fmt.Errorf("export: %s chart: %w", spec.Name, err)
	}
	svg, err := charts.LabelSVG(buf.Bytes(), spec.Name, spec.Title, c.say("html.barsDesc", catalog.Args{"Bars": strings.Join(spec.BarWords(c.lang), "; ")}))
	if err != nil {
		return ch, fmt.Errorf("export: %s chart: %w", spec.Name, err)
	}
	ch.SVG = template.HTML(svg) // drawn by charts, every text escaped there and in LabelSVG
	return ch, nil
}

// htmlLadderOf draws the ladder with the planned path as labelled SVG, and
// gives its marks, entry points and notes in words.
func htmlLadderOf(h Handout, c *content) (*htmlLadder, error) {
	lt := c.ladder
	words := charts.LadderWords{Lang: h.Lang, Tags: charts.CareerTags(h.Comparison, h.Lang)}
	m, err := charts.NewMeasurer()
	if err != nil {
		return nil, err
	}
	// The ladder gets the height its type needs at htmlMinText.
	ll := charts.LayoutLadder(h.Ladder, h.Path, words, htmlPictureWidth, htmlLadderHeight, 1, htmlMinText, charts.Light, m)
	size := charts.Size{Width: htmlPictureWidth, Height: max(htmlLadderHeight, ll.Needed), Scale: 1, MinText: htmlMinText}
	var buf bytes.Buffer
	if _, err := charts.RenderLadder(h.Ladder, h.Path, words, size, charts.Light, charts.SVG, &buf); err != nil {
		return nil, fmt.Errorf("export: ladder: %w", err)
	}
	svg, err := charts.LabelSVG(buf.Bytes(), "ladder", lt.title, lt.desc)
	if err != nil {
		return nil, fmt.Errorf("export: ladder: %w", err)
	}
	out := &htmlLadder{SVG: template.HTML(svg), About: lt.about, Footer: lt.footer} // drawn by charts, escaped there
	for _, r := range lt.rungs {
		out.Rungs = append(out.Rungs, htmlMark{r.text, r.here})
	}
	for _, e := range lt.entries {
		out.Entries = append(out.Entries, htmlMark{e.text, e.here})
	}
	return out, nil
}
