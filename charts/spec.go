package charts

import (
	"fmt"
	"strings"

	"careercompare/model"
	"careercompare/model/wording"
)

// Bar is one bar of a bar chart: a career's figure, or the all-occupations
// reference.
type Bar struct {
	// Label names what the bar is about, e.g. "Health Informatics".
	Label string
	// Measure says what the value is, e.g. "median annual salary, May 2012".
	Measure string
	// Value is nil when the data has no figure: drawn as "no data".
	Value *float64
	// Text is the value as labelled on the bar, e.g. "$34,160".
	Text string
	// Career is the career's position in the data (its colour), or -1 for
	// the all-occupations reference.
	Career int
	// Source describes where the figure comes from, for hover and export.
	Source string
}

// Reference reports whether the bar is the all-occupations reference.
func (b Bar) Reference() bool { return b.Career < 0 }

// BarSpec is everything a bar chart shows, derived from the model.
type BarSpec struct {
	// Name is a short file-name-friendly name, e.g. "salary".
	Name     string
	Title    string
	Subtitle string
	Unit     string
	Bars     []Bar
	// RefLine, when set, is drawn as a dashed line across the plot.
	RefLine *float64
	// Notes are printed under the chart: sources, footnotes, caveats.
	Notes []string
}

// measureText joins a figure's measure and period unless the measure already
// names the period.
func measureText(f model.Figure) string {
	m := f.Measure
	if f.Period != "" && !strings.Contains(m, firstWord(f.Period)) {
		m += ", " + f.Period
	}
	return m
}

func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	if len(w) > 4 {
		return w[:4]
	}
	return w
}

func barFor(ds *model.Dataset, label string, career int, f model.Figure) Bar {
	b := Bar{Label: label, Measure: measureText(f), Value: f.Value, Career: career, Text: wording.Figure(f)}
	b.Source = ds.SourceLabel(f.Source)
	if f.Edition != "" {
		b.Source += " (" + f.Edition + ")"
	}
	return b
}

type figureOf func(model.Career) model.Figure

// compared returns one figure of each career and of the all-occupations
// reference (when the data has one), and a bar for each.
func compared(ds *model.Dataset, left, right *model.Career, fig figureOf, refFig func(*model.Reference) model.Figure) (bars []Bar, figs []model.Figure, ref *model.Figure) {
	figs = []model.Figure{fig(*left), fig(*right)}
	bars = []Bar{
		barFor(ds, left.Name, ds.CareerIndex(left.ID), figs[0]),
		barFor(ds, right.Name, ds.CareerIndex(right.ID), figs[1]),
	}
	if ds.Reference != nil {
		r := refFig(ds.Reference)
		ref = &r
		figs = append(figs, r)
		bars = append(bars, barFor(ds, ds.Reference.Name, -1, r))
	}
	return bars, figs, ref
}

// sourceNote says where the bars' figures come from, in one line, naming
// each source once.
func sourceNote(ds *model.Dataset, bars []Bar, figures []model.Figure) string {
	type group struct {
		who  []string
		text string
	}
	var groups []*group
	for i, f := range figures {
		if f.Value == nil {
			continue
		}
		text := ds.SourceLabel(f.Source)
		if f.Edition != "" {
			text += " (" + f.Edition + ")"
		}
		var g *group
		for _, x := range groups {
			if x.text == text {
				g = x
			}
		}
		if g == nil {
			g = &group{text: text}
			groups = append(groups, g)
		}
		g.who = append(g.who, shortName(ds, bars[i]))
	}
	if len(groups) == 1 {
		return "Source: " + groups[0].text + "."
	}
	parts := make([]string, len(groups))
	for i, g := range groups {
		parts[i] = strings.Join(g.who, ", ") + " — " + g.text
	}
	return "Sources: " + strings.Join(parts, "; ") + "."
}

func shortName(ds *model.Dataset, b Bar) string {
	if b.Career >= 0 && b.Career < len(ds.Careers) {
		return ds.Careers[b.Career].Short
	}
	return b.Label
}

// withStandIn adds the stand-in note before the edition line.
func withStandIn(notes []string, careers ...*model.Career) []string {
	if n := wording.StandInNote(careers...); n != "" {
		return append(notes, n)
	}
	return notes
}

func editionLine(ds *model.Dataset) string {
	s := "Figures: " + ds.Edition.Name + "."
	if ds.Edition.Caveat != "" {
		s += " " + ds.Edition.Caveat
	}
	return s
}

// SalarySpec describes the salary chart of two careers. When the two figures
// measure different things the chart says so, and each bar names its measure.
func SalarySpec(c model.Comparison) BarSpec {
	ds, left, right := c.Data, c.Left, c.Right
	bars, figs, _ := compared(ds, left, right,
		func(c model.Career) model.Figure { return c.Salary },
		func(r *model.Reference) model.Figure { return r.Salary })
	sub := "Each bar says what it measures"
	if left.Salary.Measure != right.Salary.Measure {
		sub = "Not like for like: the bars measure different things"
	}
	notes := []string{sourceNote(ds, bars, figs)}
	for _, k := range c.Careers() {
		for _, n := range k.SalaryNotes {
			line := k.Short + ": " + n.Text
			if n.Interpretation != "" {
				line += " (" + n.Interpretation + ")"
			}
			notes = append(notes, line)
		}
	}
	for _, n := range ds.SalaryNotes {
		notes = append(notes, n.Text)
	}
	if ds.SalaryFootnote != nil {
		notes = append(notes, "* "+ds.SalaryFootnote.Text)
	}
	notes = append(withStandIn(notes, left, right), editionLine(ds))
	return BarSpec{
		Name:     "salary",
		Title:    "Salary: " + left.Name + " vs " + right.Name,
		Subtitle: sub,
		Unit:     model.UnitUSD,
		Bars:     bars,
		Notes:    notes,
	}
}

// GrowthSpec describes the job-growth chart of two careers, with the
// all-occupations growth as a labelled bar and a dashed reference line.
func GrowthSpec(c model.Comparison) BarSpec {
	ds, left, right := c.Data, c.Left, c.Right
	bars, figs, ref := compared(ds, left, right,
		func(c model.Career) model.Figure { return c.Growth },
		func(r *model.Reference) model.Figure { return r.Growth })
	period := left.Growth.Period
	if period == "" {
		period = ds.Edition.Period
	}
	sub := "Projected change in the number of jobs"
	spec := BarSpec{
		Name:  "growth",
		Title: "Job growth " + period + ": " + left.Name + " vs " + right.Name,
		Unit:  model.UnitPercent,
		Bars:  bars,
	}
	if ref != nil && ref.Value != nil {
		spec.RefLine = ref.Value
		sub += "; dashed line: " + strings.ToLower(ds.Reference.Name) + " average (" + wording.FormatValue(*ref.Value, model.UnitPercent) + ")"
	}
	spec.Subtitle = sub
	// The careers' own outlook notes (job counts, openings) are on the
	// Outlook tab and in the handout; the chart keeps what applies to all.
	spec.Notes = []string{sourceNote(ds, bars, figs)}
	for _, n := range ds.OutlookNotes {
		spec.Notes = append(spec.Notes, n.Text)
	}
	spec.Notes = append(withStandIn(spec.Notes, left, right), editionLine(ds))
	return spec
}

// FileName returns a default export file name such as
// "salary-health-informatics-vs-health-information-management.png".
func FileName(chart string, left, right *model.Career, ext string) string {
	return fmt.Sprintf("%s-%s-vs-%s.%s", chart, left.ID, right.ID, ext)
}

// Chart names, as the command line and file names spell them.
const (
	ChartSalary = "salary"
	ChartGrowth = "growth"
	ChartLadder = "ladder"
)

// ChartNames lists every chart in the order "all" exports them.
var ChartNames = []string{ChartSalary, ChartGrowth, ChartLadder}
