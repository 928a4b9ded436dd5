package export

import (
	"fmt"
	"image/color"
	"strings"

	"careercompare/charts"
	"careercompare/internal/catalog"
	"careercompare/model"
	"careercompare/model/wording"
)

// content is what the handout says, in its language: the PDF and the HTML
// handout are drawn from the same value, so that they say the same.
type content struct {
	lang      model.Lang
	title     string
	student   string   // "Prepared for …", or ""
	date      string   // "December 1, 2026"
	figures   []string // how old the figures are and where from
	warning   string   // e.g. "2012 figures from a college's promotional article"
	nextSteps []string
	plan      []string // the planned path in words, nil without a plan
	diffs     []labelled
	careers   [2]careerHead
	standIns  string
	sections  []section
	sources   []source
}

// labelled is a text with a label before it, and its source number.
type labelled struct {
	label, text string
	cite        int
}

// careerHead is the heading of a career's column.
type careerHead struct {
	name   string
	colour color.RGBA
}

// section is one kind of fact of the two careers, side by side.
type section struct {
	name  string
	items [2][]cited
}

// cited is a fact with the number of its source (0 for none).
type cited struct {
	text string
	cite int
}

// source is one numbered source.
type source struct {
	n       int
	text    string
	address string
}

// say is a message of the handout in its language.
func (c *content) say(id string, args ...catalog.Args) string { return catalog.T(c.lang, id, args...) }

// newContent words a handout.
func newContent(h Handout) *content {
	lang, ds := h.Lang, h.Data
	c := &content{lang: lang}
	numbers := map[string]int{}
	for i, s := range ds.Sources {
		numbers[s.ID] = i + 1
		src := source{n: i + 1, text: wording.SourceLine(lang, s)}
		if wording.Known(s.Address) && strings.HasPrefix(s.Address, "http") {
			src.address = s.Address
		}
		c.sources = append(c.sources, src)
	}
	cite := func(f model.Fact) cited { return cited{f.Text.In(lang), numbers[f.Source]} }

	c.title = c.say("handout.title", catalog.Args{"Left": h.Left.Name.In(lang), "Right": h.Right.Name.In(lang)})
	if s := strings.TrimSpace(h.Student); s != "" {
		c.student = c.say("handout.preparedFor", catalog.Args{"Student": s})
	}
	c.date = wording.Date(lang, h.Date)
	e := ds.Edition
	c.figures = append(c.figures, c.say("handout.figures", catalog.Args{"Edition": e.Name.In(lang), "About": strings.TrimSuffix(e.Banner.In(lang), ".")}))
	if age := wording.Age(lang, e, h.Date); age != "" {
		c.figures = append(c.figures, age)
	}
	if cv := e.Caveat.In(lang); cv != "" {
		c.figures = append(c.figures, cv)
	}
	if lang != model.English && e.Translation.Has(lang) {
		c.figures = append(c.figures, e.Translation.In(lang))
	}
	c.warning = e.Warning.In(lang)
	for _, l := range strings.Split(h.NextSteps, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			c.nextSteps = append(c.nextSteps, l)
		}
	}
	if h.Ladder != nil {
		c.plan = wording.PlanLines(lang, h.Ladder, h.Path)
	}
	d := ds.Comparison.Differences
	for _, x := range []struct {
		id string
		f  model.Fact
	}{{"tab.education", d.Education}, {"tab.duties", d.Duties}, {"tab.skills", d.Skills}, {"tab.salary", d.Salary}, {"tab.outlook", d.Outlook}} {
		ct := cite(x.f)
		c.diffs = append(c.diffs, labelled{c.say(x.id), ct.text, ct.cite})
	}
	pal := charts.PaletteFor(charts.Light)
	for i, k := range h.Careers() {
		c.careers[i] = careerHead{name: k.Name.In(lang) + " (" + k.Short.In(lang) + ")", colour: pal.Career(ds.CareerIndex(k.ID))}
	}
	c.standIns = wording.StandInNote(lang, h.Left, h.Right)
	none := e.NoneNamed.In(lang)
	if none == "" {
		none = c.say("facts.noneNamed")
	}
	for _, s := range []struct {
		id  string
		get func(*model.Career) []model.Fact
	}{
		{"section.education", func(k *model.Career) []model.Fact {
			return append(append([]model.Fact(nil), k.Education...), k.Certification...)
		}},
		{"section.duties", func(k *model.Career) []model.Fact { return k.Duties }},
		{"section.workplaces", func(k *model.Career) []model.Fact { return k.Workplaces }},
		{"section.skills", func(k *model.Career) []model.Fact { return k.Skills }},
		{"section.salary", func(k *model.Career) []model.Fact { return k.SalaryNotes }},
		{"section.outlook", func(k *model.Career) []model.Fact { return k.OutlookNotes }},
	} {
		sec := section{name: c.say(s.id)}
		empty := true
		for i, k := range h.Careers() {
			for _, f := range s.get(k) {
				sec.items[i] = append(sec.items[i], cite(f))
			}
			empty = empty && len(sec.items[i]) == 0
		}
		extra := s.id == "section.salary" || s.id == "section.outlook"
		if empty && extra {
			continue // a career's notes on pay and outlook are extra; nothing to show
		}
		for i := range sec.items {
			if len(sec.items[i]) == 0 && !extra {
				sec.items[i] = []cited{{text: none}}
			}
		}
		c.sections = append(c.sections, sec)
	}
	return c
}

// citeText is a fact with its source number, "[2]".
func citeText(t cited) string {
	if t.cite == 0 {
		return t.text
	}
	return fmt.Sprintf("%s [%d]", t.text, t.cite)
}
