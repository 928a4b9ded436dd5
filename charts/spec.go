package charts

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"careercompare/internal/catalog"
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
	// Occupation says, in words, whose figure it is when that is not the
	// career itself: "Figure of: medical records and health information
	// technicians"; "" when the data says nothing more.
	Occupation string
	// Whose is the occupation of Occupation alone, for a table's column,
	// e.g. "medical records and health information technicians".
	Whose string
	// Value is nil when the data has no figure: drawn as "no data".
	Value *float64
	// Text is the value as labelled on the bar, e.g. "$34,160".
	Text string
	// Spread, when set, is the 10th and 90th percentile, drawn as a range
	// beside the bar with both ends labelled.
	Spread *[2]float64
	// Unlike marks a figure of another kind than its neighbours (a
	// starting salary beside medians): drawn outlined and hatched, and
	// labelled, so that it cannot be read as like for like.
	Unlike bool
	// Footnote marks the bars that the chart's footnote applies to.
	Footnote bool
	// Count is a second measure of the bar's career, written under its
	// name, e.g. "about 3,200 openings a year" beside a growth percent: a
	// small occupation can grow fast and still offer few jobs. "" for
	// none.
	Count string
	// Career is the career's position in the data (its colour), or -1 for
	// the all-occupations reference.
	Career int
	// Source describes where the figure comes from, for hover and export.
	Source string
}

// Reference reports whether the bar is the all-occupations reference.
func (b Bar) Reference() bool { return b.Career < 0 }

// BarSpec is everything a bar chart shows, derived from the model, in one
// language.
type BarSpec struct {
	// Name is a short file-name-friendly name, e.g. "salary".
	Name     string
	Title    string
	Subtitle string
	// Warning, when set, is stamped under the subtitle, e.g. "2012 figures
	// from a college's promotional article".
	Warning string
	Unit    string
	Bars    []Bar
	// RefLine, when set, is drawn as a dashed line across the plot.
	RefLine *float64
	// Notes are printed under the chart: sources, footnotes, caveats.
	Notes []string
	// CountName names the bars' second measure, e.g. "Openings a year",
	// for a table's column; "" when the bars have none.
	CountName string
	// UnlikeTag labels an unlike bar, under its measure.
	UnlikeTag string
}

// figureSource is where a figure comes from, with its edition.
func figureSource(lang model.Lang, ds *model.Dataset, f model.Figure) string {
	s := ds.SourceLabel(lang, f.Source)
	if e := f.Edition.In(lang); e != "" {
		s += " (" + e + ")"
	}
	return s
}

func barFor(lang model.Lang, ds *model.Dataset, label string, career int, f model.Figure) Bar {
	b := Bar{Label: label, Measure: wording.Measure(lang, f), Value: f.Value, Career: career, Text: wording.Figure(lang, f),
		Footnote: f.Footnote, Source: figureSource(lang, ds, f)}
	if f.Spread != nil && f.Value != nil {
		b.Spread = &[2]float64{f.Spread.P10, f.Spread.P90}
	}
	if o := f.Occupation.In(lang); o != "" {
		b.Occupation, b.Whose = catalog.T(lang, "chart.figureOf", catalog.Args{"Occupation": o}), o
	}
	return b
}

// compared returns one figure of each career and of the all-occupations
// reference (when the data has one), and a bar for each.
func compared(lang model.Lang, c model.Comparison, fig func(model.Career) model.Figure, refFig func(*model.Reference) model.Figure) (bars []Bar, figs []model.Figure, ref *model.Figure) {
	ds := c.Data
	for _, k := range c.Careers() {
		f := fig(*k)
		b := barFor(lang, ds, k.Name.In(lang), ds.CareerIndex(k.ID), f)
		if b.Occupation == "" && !k.Occupation.IsZero() {
			b.Occupation, b.Whose = catalog.T(lang, "chart.figureOf", catalog.Args{"Occupation": k.Occupation.In(lang)}), k.Occupation.In(lang)
		}
		figs, bars = append(figs, f), append(bars, b)
	}
	if ds.Reference != nil {
		r := refFig(ds.Reference)
		ref = &r
		figs = append(figs, r)
		bars = append(bars, barFor(lang, ds, ds.Reference.Name.In(lang), -1, r))
	}
	return bars, figs, ref
}

// markUnlike marks the career bars whose measure differs from that of the
// figures the footnote describes (or, without any, from the first bar's).
func markUnlike(bars []Bar, figs []model.Figure) {
	base := -1
	for i, b := range bars {
		if !b.Reference() && b.Footnote {
			base = i
			break
		}
	}
	if base < 0 {
		base = 0
	}
	for i := range bars {
		if !bars[i].Reference() && i != base && figs[i].Value != nil && figs[i].Measure.EN != figs[base].Measure.EN && !bars[i].Footnote {
			bars[i].Unlike = true
		}
	}
}

// sourceNote says where the bars' figures come from, in one line, naming
// each source once.
func sourceNote(lang model.Lang, ds *model.Dataset, bars []Bar, figures []model.Figure) string {
	type group struct {
		who  []string
		text string
	}
	var groups []*group
	for i, f := range figures {
		if f.Value == nil {
			continue
		}
		text := figureSource(lang, ds, f)
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
		g.who = append(g.who, shortName(lang, ds, bars[i]))
	}
	if len(groups) == 1 {
		return catalog.T(lang, "chart.source", catalog.Args{"Source": groups[0].text})
	}
	parts := make([]string, len(groups))
	for i, g := range groups {
		parts[i] = strings.Join(g.who, ", ") + " — " + g.text
	}
	return catalog.T(lang, "chart.sources", catalog.Args{"List": strings.Join(parts, "; ")})
}

func shortName(lang model.Lang, ds *model.Dataset, b Bar) string {
	if b.Career >= 0 && b.Career < len(ds.Careers) {
		return ds.Careers[b.Career].Short.In(lang)
	}
	return b.Label
}

// footer ends a chart's notes: the stand-in occupations and the edition.
func footer(lang model.Lang, c model.Comparison, notes []string) []string {
	if n := wording.StandInNote(lang, c.Left, c.Right); n != "" {
		notes = append(notes, n)
	}
	e := c.Data.Edition
	line := catalog.T(lang, "chart.edition", catalog.Args{"Edition": e.Name.In(lang)})
	if cv := e.Caveat.In(lang); cv != "" {
		line += " " + cv
	}
	return append(notes, line)
}

func title(lang model.Lang, id string, c model.Comparison, args catalog.Args) string {
	if args == nil {
		args = catalog.Args{}
	}
	args["Left"], args["Right"] = c.Left.Name.In(lang), c.Right.Name.In(lang)
	return catalog.T(lang, id, args)
}

func newBarSpec(lang model.Lang, c model.Comparison) BarSpec {
	return BarSpec{Warning: c.Data.Edition.Warning.In(lang), UnlikeTag: catalog.T(lang, "chart.unlike")}
}

// SalarySpec describes the salary chart of two careers in lang. A figure of
// another kind than its neighbours is marked unlike; each bar names its
// measure and whose figure it is; a spread is drawn where the data has one;
// the footnote is tied to the bars it applies to.
func SalarySpec(c model.Comparison, lang model.Lang) BarSpec {
	ds := c.Data
	bars, figs, _ := compared(lang, c,
		func(k model.Career) model.Figure { return k.Salary },
		func(r *model.Reference) model.Figure { return r.Salary })
	markUnlike(bars, figs)
	spec := newBarSpec(lang, c)
	spec.Name, spec.Unit, spec.Bars = ChartSalary, model.UnitUSD, bars
	spec.Title = title(lang, "chart.salaryTitle", c, nil)
	spec.Subtitle = catalog.T(lang, "chart.salarySubtitle")
	spread := false
	for _, b := range bars {
		if b.Unlike {
			spec.Subtitle = catalog.T(lang, "chart.salaryUnlike")
		}
		spread = spread || b.Spread != nil
	}
	notes := []string{sourceNote(lang, ds, bars, figs)}
	if spread {
		notes = append(notes, catalog.T(lang, "chart.spreadNote"))
	}
	if f := ds.SalaryFootnote; f != nil {
		var tied []string
		for _, b := range bars {
			if b.Footnote && !b.Reference() {
				tied = append(tied, shortName(lang, ds, b))
			}
		}
		if len(tied) > 0 && len(tied) < len(c.Careers()) {
			notes = append(notes, catalog.T(lang, "chart.footnoteTied", catalog.Args{"Bars": strings.Join(tied, ", "), "Text": f.Text.In(lang)}))
		} else {
			notes = append(notes, "* "+f.Text.In(lang))
		}
	}
	spec.Notes = footer(lang, c, notes)
	return spec
}

// lastYear is the last year a period names, e.g. 2022 in "2012–2022".
var lastYear = regexp.MustCompile(`(\d{4})\D*$`)

// GrowthSpec describes the job-growth chart of two careers in lang, with
// the all-occupations growth as a labelled bar and a dashed reference line.
// A projection whose period ended before the comparison's date says so.
func GrowthSpec(c model.Comparison, lang model.Lang) BarSpec {
	ds := c.Data
	bars, figs, ref := compared(lang, c,
		func(k model.Career) model.Figure { return k.Growth },
		func(r *model.Reference) model.Figure { return r.Growth })
	period := c.Left.Growth.Period.In(lang)
	if period == "" {
		period = ds.Edition.Period.In(lang)
	}
	spec := newBarSpec(lang, c)
	spec.Name, spec.Unit, spec.Bars = ChartGrowth, model.UnitPercent, bars
	spec.Title = title(lang, "chart.growthTitle", c, catalog.Args{"Period": period})
	spec.Subtitle = catalog.T(lang, "chart.growthSubtitle")
	if ref != nil && ref.Value != nil {
		spec.RefLine = ref.Value
		spec.Subtitle = catalog.T(lang, "chart.growthSubtitleRef", catalog.Args{"Reference": strings.ToLower(ds.Reference.Name.In(lang)), "Value": wording.FormatValue(*ref.Value, model.UnitPercent)})
	}
	if ended(c, period) {
		spec.Subtitle = strings.TrimSuffix(spec.Subtitle, ".") + ". " + catalog.T(lang, "chart.growthEnded", catalog.Args{"Year": strconv.Itoa(ds.Edition.Year), "Period": period})
	}
	addOpenings(lang, c, &spec)
	// The careers' own outlook notes (job counts) are on the Outlook tab
	// and in the handout; the chart keeps what applies to all.
	notes := []string{sourceNote(lang, ds, bars, figs)}
	for _, n := range ds.OutlookNotes {
		notes = append(notes, n.Text.In(lang))
	}
	spec.Notes = footer(lang, c, notes)
	return spec
}

// addOpenings writes each career's openings a year under its growth bar,
// where the data has them for either career: growth in percent hides how
// many jobs there are. A career without the figure says so.
func addOpenings(lang model.Lang, c model.Comparison, spec *BarSpec) {
	if c.Left.Openings == nil && c.Right.Openings == nil {
		return
	}
	spec.CountName = catalog.T(lang, "chart.openingsName")
	for i, k := range c.Careers() {
		o := k.Openings
		if o == nil || o.Value == nil {
			spec.Bars[i].Count = catalog.T(lang, "chart.openingsNone")
			continue
		}
		spec.Bars[i].Count = catalog.T(lang, "chart.openings", catalog.Args{"Openings": wording.FormatValue(*o.Value, model.UnitJobs)})
	}
}

// ended reports whether a projection's period ended before the date of the
// comparison.
func ended(c model.Comparison, period string) bool {
	m := lastYear.FindStringSubmatch(period)
	if m == nil || c.Date.IsZero() {
		return false
	}
	y, _ := strconv.Atoi(m[1])
	return time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC).Before(c.Date)
}

// Chart names, as the command line and file names spell them.
const (
	ChartSalary = "salary"
	ChartGrowth = "growth"
	ChartLadder = "ladder"
)

// ChartNames lists every chart in the order "all" exports them.
var ChartNames = []string{ChartSalary, ChartGrowth, ChartLadder}
