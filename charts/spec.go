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
	// Code is the official code of a career that is itself an official
	// occupation, e.g. "SOC 29-9021", written under its name; "" for none.
	Code string
	// Measure says what the value is, e.g. "median annual salary, May 2012".
	Measure string
	// ShowMeasure writes the measure under the bar: where it is not the
	// one the chart's title names for all.
	ShowMeasure bool
	// Occupation says, in words, whose figure it is when that is not the
	// career itself: "Figure of: medical records and health information
	// technicians"; "" when the data says nothing more.
	Occupation string
	// Whose is the occupation of Occupation alone, for a table's column,
	// e.g. "medical records and health information technicians".
	Whose string
	// Value is nil when the data has no figure: drawn as Text ("no data",
	// or why the source has none).
	Value *float64
	// Text is the value as labelled on the bar, e.g. "$34,160", "≥
	// $239,200".
	Text string
	// TopCoded marks a value that is the source's top code: the bar is
	// drawn to it with a mark that it goes on.
	TopCoded bool
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
	// Group, when set, names the career of bars that stand together (the
	// nation's and a place's pay of one career): the group's name is
	// written once under them, and each bar's Label under it.
	Group string
	// Place marks the bar of a place beside its nation's: drawn in a
	// lighter shade of the career's colour.
	Place bool
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
	Name string
	// Title says what the bars measure, e.g. "Median annual pay, May
	// 2024"; Subtitle what else a reader must know first.
	Title    string
	Subtitle string
	// Warning, when set, is stamped under the subtitle, e.g. "2012 figures
	// from a college's promotional article".
	Warning string
	Unit    string
	Bars    []Bar
	// RefLine, when set, is drawn as a dashed line across the plot.
	RefLine *float64
	// Notes are printed under the chart: sources, footnotes, caveats, each
	// said once.
	Notes []string
	// Shared is how many of the last Notes are the same for every chart
	// of the comparison (the edition and its caveat): a handout says them
	// once a page.
	Shared int
	// CountName names the bars' second measure, e.g. "Openings a year",
	// for a table's column; "" when the bars have none.
	CountName string
	// UnlikeTag labels an unlike bar, under its measure.
	UnlikeTag string
	// NamesNote, written under the chart when a name had to be shortened
	// under its bar, gives every name whole.
	NamesNote string
	// Compact lays the chart out for a projector: tight margins, a title
	// of one line, one line of name under each bar (see Presenting).
	Compact bool
}

// Presenting is the chart for a projector: the plot before all else. Its
// subtitle, warning, measures and whose figures they are go into its
// notes (which a window writes under the picture), each name gets one
// line under its bar (whole in the notes), and the layout is compact.
func (spec BarSpec) Presenting() BarSpec {
	out := spec
	out.Compact, out.Subtitle, out.Warning = true, "", ""
	var first []string
	for _, s := range []string{spec.Subtitle, spec.Warning} {
		if s != "" {
			first = append(first, s)
		}
	}
	out.Bars = append([]Bar(nil), spec.Bars...)
	var whose []string
	for i, b := range out.Bars {
		if b.Occupation != "" {
			whose = append(whose, b.Label+" — "+b.Occupation)
		}
		if b.ShowMeasure {
			whose = append(whose, b.Label+" — "+spec.MeasureText(b))
		}
		out.Bars[i].Occupation, out.Bars[i].ShowMeasure = "", false
	}
	if len(whose) > 0 {
		first = append(first, strings.Join(whose, "; ")+".")
	}
	out.Notes = append(first, spec.Notes...)
	out.Shared = spec.Shared
	return out
}

// SalarySpec describes the salary chart of two careers in lang: its title
// names what the bars measure, once; a figure of another kind than its
// neighbours is marked unlike and says its measure under it; each bar
// says whose figure it is; a spread is drawn where the data has one; the
// footnote is tied to the bars it applies to.
func SalarySpec(c model.Comparison, lang model.Lang) BarSpec {
	ds := c.Data
	bars, figs, _ := compared(lang, c,
		func(k model.Career) model.Figure { return k.Salary },
		func(r *model.Reference) model.Figure { return r.Salary })
	markUnlike(bars, figs)
	var placeNotes []string
	if c.Place != nil && ds.Wages != nil {
		bars, figs, placeNotes = placeBars(lang, c, bars, figs)
	}
	spec := newBarSpec(lang, c)
	spec.Name, spec.Unit, spec.Bars = ChartSalary, model.UnitUSD, bars
	spec.Title = catalog.T(lang, "chart.salaryTitle")
	if m := commonMeasure(spec.Bars); m != "" {
		spec.Title = capitalize(m)
	}
	if c.Place != nil && ds.Wages != nil {
		spec.Title = catalog.T(lang, "chart.salaryPlaceTitle", catalog.Args{"Place": c.Place.Name})
	}
	spread := false
	for _, b := range spec.Bars {
		if b.Unlike {
			spec.Subtitle = catalog.T(lang, "chart.salaryUnlike")
		}
		spread = spread || b.Spread != nil
	}
	var notes []string
	if n := sourceNote(lang, ds, bars, figs); n != "" {
		notes = append(notes, n)
	}
	if spread {
		notes = append(notes, catalog.T(lang, "chart.spreadNote"))
	}
	notes = append(notes, topCodedNote(lang, bars)...)
	notes = append(notes, placeNotes...)
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
	footer(lang, c, &spec, notes)
	return spec
}

// lastYear is the last year a period names, e.g. 2022 in "2012–2022".
var lastYear = regexp.MustCompile(`(\d{4})\D*$`)

// GrowthSpec describes the job-growth chart of two careers in lang, with
// the all-occupations growth as a labelled bar and a dashed reference line
// and each career's openings a year under its bar. A projection whose
// period ended before the comparison's date says so.
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
	commonMeasure(spec.Bars)
	for i := range spec.Bars {
		// The title says what the bars measure; a bar says its own only
		// where it differs from the others'.
		spec.Bars[i].ShowMeasure = spec.Bars[i].ShowMeasure && !spec.Bars[i].Reference()
	}
	spec.Title = catalog.T(lang, "chart.growthTitle", catalog.Args{"Period": period})
	spec.Subtitle = catalog.T(lang, "chart.growthSubtitle")
	if ref != nil && ref.Value != nil {
		spec.RefLine = ref.Value
		spec.Subtitle = catalog.T(lang, "chart.growthSubtitleRef", catalog.Args{"Reference": referenceWords(lang, ds), "Value": wording.FormatValue(*ref.Value, model.UnitPercent)})
	}
	if ended(c, period) {
		spec.Subtitle = strings.TrimSuffix(spec.Subtitle, ".") + ". " + catalog.T(lang, "chart.growthEnded", catalog.Args{"Year": strconv.Itoa(ds.Edition.Year), "Period": period})
	}
	addOpenings(lang, c, &spec)
	// The data's notes on outlook (what "much faster than average" means,
	// job counts) are on the Outlook tab and in the handout; the chart
	// says where its figures come from and which edition they are.
	var notes []string
	if n := sourceNote(lang, ds, bars, figs); n != "" {
		notes = append(notes, n)
	}
	footer(lang, c, &spec, notes)
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

// referenceWords names the all-occupations bar inside a sentence: "all
// occupations", also where the table calls it "Total, all occupations".
func referenceWords(lang model.Lang, ds *model.Dataset) string {
	name := strings.ToLower(ds.Reference.Name.In(lang))
	for _, total := range []string{"total, ", "total "} {
		name = strings.TrimPrefix(name, total)
	}
	return name
}
