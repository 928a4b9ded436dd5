package charts

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"careercompare/internal/catalog"
	"careercompare/model"
	"careercompare/model/wording"
)

// figureSource is where a figure comes from, with its edition where the
// source's name does not already say it.
func figureSource(lang model.Lang, ds *model.Dataset, f model.Figure) string {
	s := ds.SourceLabel(lang, f.Source)
	if e := f.Edition.In(lang); e != "" && !strings.Contains(s, e) {
		s += " (" + e + ")"
	}
	return s
}

func barFor(lang model.Lang, ds *model.Dataset, label string, career int, f model.Figure) Bar {
	b := Bar{Label: label, Measure: wording.Measure(lang, f), Value: f.Value, Career: career, Text: wording.Figure(lang, f),
		Footnote: f.Footnote, TopCoded: f.TopCoded && f.Value != nil, Source: figureSource(lang, ds, f)}
	if f.Spread != nil && f.Value != nil {
		b.Spread = &[2]float64{f.Spread.P10, f.Spread.P90}
	}
	if o := f.Occupation.In(lang); o != "" {
		b.Occupation, b.Whose = catalog.T(lang, "chart.figureOf", catalog.Args{"Occupation": o}), o
	}
	return b
}

// compared returns one figure of each career and of the all-occupations
// reference (when the data has one), and a bar for each. A career that
// is itself an official occupation has its code under its name; one with
// a stand-in says whose figures they are.
func compared(lang model.Lang, c model.Comparison, fig func(model.Career) model.Figure, refFig func(*model.Reference) model.Figure) (bars []Bar, figs []model.Figure, ref *model.Figure) {
	ds := c.Data
	for _, k := range c.Careers() {
		f := fig(*k)
		b := barFor(lang, ds, k.Name.In(lang), ds.CareerIndex(k.ID), f)
		switch {
		case b.Occupation == "" && !k.Occupation.IsZero():
			b.Occupation, b.Whose = catalog.T(lang, "chart.figureOf", catalog.Args{"Occupation": k.Occupation.In(lang)}), k.Occupation.In(lang)
		case k.Occupation.IsZero():
			b.Code = k.CodeName()
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

// commonMeasure is the measure every career bar with a value shares, for
// the chart's title, or "" when they measure different things; the bars
// whose measure is not it say theirs under them.
func commonMeasure(bars []Bar) string {
	common := ""
	for _, b := range bars {
		if b.Reference() || b.Value == nil {
			continue
		}
		if common != "" && b.Measure != common {
			common = ""
			break
		}
		common = b.Measure
	}
	for i := range bars {
		bars[i].ShowMeasure = bars[i].Measure != common && !(bars[i].Reference() && common != "")
	}
	return common
}

// sourceNote says where the bars' figures come from, in one line, naming
// each publication once: the pages of one handbook (titles that begin
// alike before a colon, of one publisher and edition) as the handbook.
func sourceNote(lang model.Lang, ds *model.Dataset, bars []Bar, figures []model.Figure) string {
	type group struct {
		who  []string
		text string
	}
	heads := map[string]int{}
	for _, f := range figures {
		if s, ok := ds.Source(f.Source); ok && strings.Contains(s.Title.In(lang), ":") {
			heads[publication(lang, ds, f)]++
		}
	}
	var groups []*group
	for i, f := range figures {
		if f.Value == nil && f.Absent.IsZero() {
			continue
		}
		text := figureSource(lang, ds, f)
		if p := publication(lang, ds, f); heads[p] > 1 {
			text = p
		}
		j := slices.IndexFunc(groups, func(g *group) bool { return g.text == text })
		if j < 0 {
			groups, j = append(groups, &group{text: text}), len(groups)
		}
		if who := shortName(lang, ds, bars[i]); !slices.Contains(groups[j].who, who) {
			groups[j].who = append(groups[j].who, who) // a career's nation and place bars are named once
		}
	}
	switch len(groups) {
	case 0:
		return ""
	case 1:
		return catalog.T(lang, "chart.source", catalog.Args{"Source": groups[0].text})
	}
	parts := make([]string, len(groups))
	for i, g := range groups {
		parts[i] = strings.Join(g.who, ", ") + " — " + g.text
	}
	return catalog.T(lang, "chart.sources", catalog.Args{"List": strings.Join(parts, "; ")})
}

// publication names the publication a figure's source is a page of: the
// head of its title before a colon ("Occupational Outlook Handbook"), its
// publisher and the figure's edition.
func publication(lang model.Lang, ds *model.Dataset, f model.Figure) string {
	s, ok := ds.Source(f.Source)
	if !ok {
		return f.Source
	}
	head, _, _ := strings.Cut(s.Title.In(lang), ":")
	return catalog.T(lang, "chart.handbook", catalog.Args{"Title": head, "Publisher": s.Publisher.In(lang), "Edition": f.Edition.In(lang)})
}

func shortName(lang model.Lang, ds *model.Dataset, b Bar) string {
	if b.Career >= 0 && b.Career < len(ds.Careers) {
		return ds.Careers[b.Career].Short.In(lang)
	}
	return b.Label
}

// footer ends a chart's notes with what every chart of the comparison
// says: the edition and its caveat.
func footer(lang model.Lang, c model.Comparison, spec *BarSpec, notes []string) {
	e := c.Data.Edition
	line := catalog.T(lang, "chart.edition", catalog.Args{"Edition": e.Name.In(lang)})
	if cv := e.Caveat.In(lang); cv != "" {
		line += " " + cv
	}
	spec.Notes, spec.Shared = append(notes, line), 1
}

// capitalize puts the first letter in upper case, for a measure that
// begins a title.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

func newBarSpec(lang model.Lang, c model.Comparison) BarSpec {
	var names []string
	for _, k := range c.Careers() {
		n := k.Name.In(lang)
		if code := k.CodeName(); code != "" && k.Occupation.IsZero() {
			n += " (" + code + ")"
		}
		names = append(names, n)
	}
	return BarSpec{Warning: c.Data.Edition.Warning.In(lang), UnlikeTag: catalog.T(lang, "chart.unlike"),
		NamesNote: catalog.T(lang, "chart.names", catalog.Args{"List": strings.Join(names, "; ")})}
}

// topCodedNote says what "≥" on a bar means, where a bar has it.
func topCodedNote(lang model.Lang, bars []Bar) []string {
	for _, b := range bars {
		if b.TopCoded {
			return []string{catalog.T(lang, "chart.topCoded")}
		}
	}
	return nil
}
