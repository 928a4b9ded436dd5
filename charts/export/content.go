package export

import (
	"fmt"
	"image/color"
	"slices"
	"strconv"
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
	// diffsNote says which key differences Career Compare put together
	// from the careers' facts; "" when the data wrote them all.
	diffsNote string
	careers   [2]careerHead
	standIns  string
	sections  []section
	// bars are the salary and growth charts. Their notes are written as
	// the handout's own text under the picture, not into it.
	bars    []charts.BarSpec
	ladder  *ladderText // nil when the comparison has no ladder
	sources []source
}

// ladderText is the credit ladder in words: the notes written under its
// picture and, for the HTML handout, its marks and entry points, with
// where the planned path starts and ends.
type ladderText struct {
	title   string
	desc    string // what the picture shows, for its text alternative
	about   []string
	footer  []string
	rungs   []mark // from the bottom
	entries []mark
}

// notes are the lines under the ladder's picture: "About these numbers",
// how the app read the source, then its source and edition.
func (l *ladderText) notes(c *content) []string {
	return append(append([]string{c.say("ladder.aboutNumbers")}, l.about...), l.footer...)
}

// mark is a rung or an entry point in words, and the planned path's
// label when the path starts or ends there ("Start here"), else "".
type mark struct {
	text, here string
}

// labelled is a text with a label before it, and its source number.
type labelled struct {
	label string
	cited
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

// cited is a fact with the numbers of its sources (none for none), and
// the language it is in when that is not the handout's (a data file's
// text without Spanish in a Spanish handout), else "".
type cited struct {
	text  string
	cites []int
	lang  model.Lang
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
	numbers := c.numberSources(ds)
	c.titleBlock(h)
	if h.Ladder != nil {
		c.plan = wording.PlanLines(lang, h.Ladder, h.Path)
	}
	c.diffs, c.diffsNote = keyDifferences(h.Comparison, c, numbers)
	pal := charts.PaletteFor(charts.Light)
	for i, k := range h.Careers() {
		c.careers[i] = careerHead{name: wording.CareerHead(lang, k), colour: pal.Career(ds.CareerIndex(k.ID))}
	}
	c.standIns = wording.StandInNote(lang, h.Left, h.Right)
	c.factSections(h, numbers)
	c.bars = []charts.BarSpec{charts.SalarySpec(h.Comparison, lang), charts.GrowthSpec(h.Comparison, lang)}
	if h.Ladder != nil {
		c.ladder = newLadderText(h, c)
	} else {
		// No ladder section: the title block says there is none.
		c.figures = append(c.figures, wording.NoLadder(lang, h.Data.Edition))
	}
	c.noteEnglish()
	return c
}

// numberSources lists the data's sources, numbered from 1 in the data's
// order, and returns each source id's number.
func (c *content) numberSources(ds *model.Dataset) map[string]int {
	numbers := map[string]int{}
	for i, s := range ds.Sources {
		numbers[s.ID] = i + 1
		src := source{n: i + 1, text: wording.SourceLine(c.lang, s)}
		if wording.Known(s.Address) && strings.HasPrefix(s.Address, "http") {
			src.address = s.Address
		}
		c.sources = append(c.sources, src)
	}
	return numbers
}

// titleBlock words what comes before the comparison: the title, whom it
// was prepared for and when, what the figures are and how old, the
// edition's warning, and the counselor's next steps.
func (c *content) titleBlock(h Handout) {
	lang, e := c.lang, h.Data.Edition
	c.title = c.say("handout.title", catalog.Args{"Left": h.Left.Name.In(lang), "Right": h.Right.Name.In(lang)})
	if s := strings.TrimSpace(h.Student); s != "" {
		c.student = c.say("handout.preparedFor", catalog.Args{"Student": s})
	}
	c.date = wording.Date(lang, h.Date)
	c.figures = append(c.figures, c.say("handout.figures", catalog.Args{"Edition": e.Name.In(lang), "About": strings.TrimSuffix(e.Banner.In(lang), ".")}))
	if age := wording.Age(lang, e, h.Date); age != "" {
		c.figures = append(c.figures, age)
	}
	if sup := wording.SupersededDoc(lang, e, h.Date); sup != "" && !model.OlderThanNewest(e) {
		c.figures = append(c.figures, sup)
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
}

// factSections sets the two careers' facts side by side, a section for
// each kind. A career without facts of a kind says the data name none;
// notes on pay and outlook are extra, left out when neither has any.
func (c *content) factSections(h Handout, numbers map[string]int) {
	lang, e := c.lang, h.Data.Edition
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
				sec.items[i] = append(sec.items[i], c.cite(f, numbers))
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
}

// cite is a fact in the handout's language with its sources' numbers,
// marked English where the data have no text in the handout's language.
func (c *content) cite(f model.Fact, numbers map[string]int) cited {
	ct := cited{text: f.Text.In(c.lang), cites: citeNumbers(numbers, f.Source)}
	if c.lang != model.English && !f.Text.Has(c.lang) {
		ct.lang = model.English
	}
	return ct
}

// newLadderText words the comparison's ladder and the path planned on it.
func newLadderText(h Handout, c *content) *ladderText {
	lang, l, in := h.Lang, h.Ladder, h.Path.PlanInput
	lt := &ladderText{title: wording.LadderTitle(lang, l), about: wording.LadderNotes(lang, l), footer: ladderFooter(h.Comparison, lang)}
	for j := range l.Rungs {
		m := mark{text: wording.RungExplain(lang, l, j)}
		if j == in.Goal {
			m.here = c.say("ladder.endHere")
		}
		lt.rungs = append(lt.rungs, m)
	}
	for _, e := range l.Entries {
		m := mark{text: c.say("html.entry", catalog.Args{"Label": wording.EntryChoice(lang, e), "Credits": wording.Credits(lang, l, e.Credits, "")})}
		if e.ID == in.Entry {
			m.here = c.say("ladder.startHere")
		}
		lt.entries = append(lt.entries, m)
	}
	args := catalog.Args{"Low": wording.Credits(lang, l, l.Rungs[0].Credits, ""), "High": wording.Credits(lang, l, l.Top(), "")}
	lt.desc = c.say("html.ladderDesc", args)
	if e, ok := l.Entry(in.Entry); ok && in.Goal >= 0 && in.Goal < len(l.Rungs) {
		lt.desc += " " + c.say("html.ladderDescPath", catalog.Args{"Entry": wording.EntryLabel(lang, *e), "From": wording.Credits(lang, l, e.Credits, ""),
			"Degree": l.Rungs[in.Goal].Ends.In(lang), "To": wording.Credits(lang, l, l.Rungs[in.Goal].Credits, "")})
	}
	return lt
}

// citeNumbers are the numbers of the sources with the given ids, leaving
// out ids that are no source.
func citeNumbers(numbers map[string]int, ids ...string) []int {
	var out []int
	for _, id := range ids {
		if n := numbers[id]; n > 0 && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// noteEnglish says, under the careers' heads, that the facts marked (EN)
// are in English, where the handout is not and a text of the data has
// no form in its language (the official downloads publish English).
func (c *content) noteEnglish() {
	for _, s := range c.sections {
		for _, items := range s.items {
			for _, it := range items {
				if it.lang == model.English {
					c.standIns = strings.TrimSpace(c.standIns + " " + c.say("handout.englishTexts"))
					return
				}
			}
		}
	}
}

// citeText is a fact with its source numbers, "[2]", "[2, 5]", and "(EN)"
// where it is in English in a handout of another language.
func citeText(t cited) string {
	if t.lang == model.English {
		t.text += " (EN)"
	}
	if len(t.cites) == 0 {
		return t.text
	}
	nums := make([]string, len(t.cites))
	for i, n := range t.cites {
		nums[i] = strconv.Itoa(n)
	}
	return fmt.Sprintf("%s [%s]", t.text, strings.Join(nums, ", "))
}

// keyDifferences are the key differences of the comparison's pair, each
// with its sources' numbers, and the note that says which Career Compare
// put together from the careers' facts.
func keyDifferences(cmp model.Comparison, c *content, numbers map[string]int) (diffs []labelled, note string) {
	ids := []string{"tab.education", "tab.duties", "tab.skills", "tab.salary", "tab.outlook"}
	var computed []string
	for i, topic := range model.Topics() {
		kd := wording.KeyDifferenceOf(cmp, topic, c.lang)
		text := kd.Text
		if kd.English {
			text += " " + c.say("text.untranslated")
		}
		diffs = append(diffs, labelled{c.say(ids[i]), cited{text: text, cites: citeNumbers(numbers, kd.Sources...)}})
		if kd.Computed {
			computed = append(computed, c.say(ids[i]))
		}
	}
	switch len(computed) {
	case 0:
		return diffs, ""
	case len(diffs):
		return diffs, c.say("keydiff.computed")
	}
	return diffs, c.say("keydiff.computedSome", catalog.Args{"Topics": strings.Join(computed, ", ")})
}
