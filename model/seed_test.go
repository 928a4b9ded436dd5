package model

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// seedItem is one bullet of testdata/seed-facts.md, continuation lines joined.
type seedItem struct {
	section string
	line    int
	text    string
}

func readSeed(t *testing.T) []seedItem {
	t.Helper()
	f, err := os.Open("testdata/seed-facts.md")
	if err != nil {
		t.Fatalf("open seed facts: %v", err)
	}
	defer f.Close()
	var items []seedItem
	section := ""
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "## "):
			section = strings.Fields(strings.TrimPrefix(line, "## "))[0]
		case strings.HasPrefix(line, "- "):
			items = append(items, seedItem{section: section, line: n, text: strings.TrimPrefix(line, "- ")})
		case strings.HasPrefix(line, "  ") && len(items) > 0 && strings.TrimSpace(line) != "":
			items[len(items)-1].text += " " + strings.TrimSpace(line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(items) < 30 {
		t.Fatalf("seed facts: only %d bullets read", len(items))
	}
	return items
}

var normalizer = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "-", " ", "—", " ", "–", " ", "…", " ")

// norm lower-cases text and keeps only letters, digits, $, % and single
// spaces, so that punctuation and capitals do not matter.
func norm(s string) string {
	s = strings.ToLower(normalizer.Replace(s))
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '$', r == '%', r == '\'':
			b.WriteRune(r)
		default:
			b.WriteRune(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

var (
	careerPrefix = regexp.MustCompile(`^(HI|HIM): (.*)$`)
	attribution  = regexp.MustCompile(`^(.*?)\s*\(([^()]*)\)\s*(.*)$`)
)

var seedSources = map[string]string{
	"article":                               "article",
	"BLS, per article":                      "bls",
	"U.S. Department of Labor, per article": "dol",
	"Explore Health Careers, per article":   "ehc",
}

// splitAttribution separates a trailing "(source)" from a fact.
func splitAttribution(s string) (body, source, rest string) {
	// Only the last parenthesis is an attribution: "(HIT)" inside is text.
	i := strings.LastIndex(s, "(")
	if i < 0 {
		return strings.TrimSpace(s), "article", ""
	}
	m := attribution.FindStringSubmatch(s[i:])
	if m == nil {
		return strings.TrimSpace(s), "article", ""
	}
	inner := m[2]
	first, _, _ := strings.Cut(inner, ";")
	if _, known := seedSources[first]; !known {
		return strings.TrimSpace(s), "article", ""
	}
	return strings.TrimSpace(s[:i]), inner, m[3]
}

func careerFor(t *testing.T, ds *Dataset, short string) *Career {
	t.Helper()
	for i := range ds.Careers {
		if ds.Careers[i].Short.EN == short {
			return &ds.Careers[i]
		}
	}
	t.Fatalf("no career %s in the default data", short)
	return nil
}

// hasFact reports whether facts hold text (normalised) from source.
func hasFact(facts []Fact, text, source string) error {
	want := norm(text)
	for _, f := range facts {
		if norm(f.Text.EN) == want {
			if f.Source != source {
				return fmt.Errorf("fact %q has source %q, the seed says %q", f.Text, f.Source, source)
			}
			return nil
		}
	}
	return fmt.Errorf("no fact %q", text)
}

// TestSeedFacts walks every line of seed-facts.md and checks that the
// default data set holds it, with its source.
func TestSeedFacts(t *testing.T) {
	ds, err := Default()
	if err != nil {
		t.Fatalf("default data: %v", err)
	}
	art, ok := ds.Source("article")
	if !ok || art.Title.EN != "Health IT Jobs: Health Informatics vs Health Information Management" {
		t.Fatalf("article source missing or mistitled: %+v", art)
	}
	for _, want := range []string{"Kristina Ericksen", "Collegis Education", "Rasmussen College"} {
		if !strings.Contains(art.Publisher.EN, want) {
			t.Errorf("article source publisher %q lacks %q", art.Publisher, want)
		}
	}
	if !strings.Contains(art.Note.EN, "ad content") || art.Year.EN != "not stated in article" || art.Address != "not stated in article" {
		t.Errorf("article source must say it is ad content and has no date or address: %+v", art)
	}
	for _, it := range readSeed(t) {
		t.Run(fmt.Sprintf("line%d", it.line), func(t *testing.T) {
			var err error
			switch it.section {
			case "Education", "Duties", "Workplaces", "Skills":
				err = checkTextFact(t, ds, it)
			case "Salary":
				err = checkSalary(t, ds, it.text)
			case "Outlook":
				err = checkOutlook(t, ds, it.text)
			case "Credit":
				err = checkLadders(ds, it.text)
			case "Closing":
				body, source, _ := splitAttribution(it.text)
				err = hasFact(ds.Closing, body, seedSources[source])
			default:
				err = fmt.Errorf("section %q is not checked", it.section)
			}
			if err != nil {
				t.Errorf("seed-facts.md:%d: %v\n  seed: %s", it.line, err, it.text)
			}
		})
	}
}

func checkTextFact(t *testing.T, ds *Dataset, it seedItem) error {
	m := careerPrefix.FindStringSubmatch(it.text)
	if m == nil {
		return fmt.Errorf("no HI:/HIM: prefix")
	}
	c := careerFor(t, ds, m[1])
	body, source, _ := splitAttribution(m[2])
	var facts []Fact
	switch it.section {
	case "Education":
		facts = append(append(facts, c.Education...), c.Certification...)
	case "Duties":
		facts = c.Duties
	case "Workplaces":
		facts = c.Workplaces
	case "Skills":
		facts = c.Skills
	}
	return hasFact(facts, body, seedSources[source])
}

var money = regexp.MustCompile(`\$([\d,]+)`)

func checkSalary(t *testing.T, ds *Dataset, text string) error {
	if strings.HasPrefix(text, "Footnote: ") {
		if ds.SalaryFootnote == nil || norm(ds.SalaryFootnote.Text.EN) != norm(strings.TrimPrefix(text, "Footnote: ")) {
			return fmt.Errorf("salary footnote differs: %+v", ds.SalaryFootnote)
		}
		return nil
	}
	m := careerPrefix.FindStringSubmatch(text)
	if m == nil {
		body, source, _ := splitAttribution(text)
		return hasFact(ds.SalaryNotes, body, seedSources[source])
	}
	c := careerFor(t, ds, m[1])
	body, inner, rest := splitAttribution(m[2])
	first, _, _ := strings.Cut(inner, ";")
	mm := money.FindStringSubmatch(body)
	if mm == nil {
		// A statement without a number, e.g. six figures with a master's.
		if strings.Contains(inner, "no number") && c.Salary.Value != nil && *c.Salary.Value >= 100000 {
			return fmt.Errorf("the article gives no number, the data has %v", *c.Salary.Value)
		}
		return hasFact(c.SalaryNotes, body, seedSources[first])
	}
	want, _ := strconv.ParseFloat(strings.ReplaceAll(mm[1], ",", ""), 64)
	f := c.Salary
	if f.Value == nil || *f.Value != want {
		return fmt.Errorf("%s salary is %v, the seed says %v", c.Short, f.Value, want)
	}
	if f.Source != seedSources[first] {
		return fmt.Errorf("%s salary source is %q, the seed says %q", c.Short, f.Source, seedSources[first])
	}
	switch {
	case strings.Contains(body, "median"):
		if !strings.Contains(f.Measure.EN, "median") {
			return fmt.Errorf("%s salary measure %q is not a median", c.Short, f.Measure)
		}
	case strings.Contains(body, "start"):
		if !strings.Contains(f.Measure.EN, "starting") || strings.Contains(f.Measure.EN, "median") {
			return fmt.Errorf("%s salary measure %q is not a starting salary", c.Short, f.Measure)
		}
	}
	if strings.Contains(rest, "different measure") && strings.Contains(f.Measure.EN, "median") {
		return fmt.Errorf("%s salary must not be called a median", c.Short)
	}
	if _, known, ok := strings.Cut(inner, "known from elsewhere: "); ok {
		for _, part := range strings.Split(known, ", ") {
			if !strings.Contains(norm(f.Edition.EN), norm(part)) {
				return fmt.Errorf("%s salary edition %q lacks %q", c.Short, f.Edition, part)
			}
		}
	}
	return nil
}

var growthPart = regexp.MustCompile(`(HI|HIM|All occupations): \+(\d+)%`)

func checkOutlook(t *testing.T, ds *Dataset, text string) error {
	parts := growthPart.FindAllStringSubmatch(text, -1)
	if parts == nil {
		body, source, _ := splitAttribution(text)
		return hasFact(ds.OutlookNotes, body, seedSources[source])
	}
	_, inner, _ := strings.Cut(text, "(BLS")
	inner = "BLS" + strings.TrimSuffix(inner, ")")
	for _, p := range parts {
		want, _ := strconv.ParseFloat(p[2], 64)
		var f Figure
		if p[1] == "All occupations" {
			if ds.Reference == nil {
				return fmt.Errorf("no all-occupations reference")
			}
			f = ds.Reference.Growth
		} else {
			f = careerFor(t, ds, p[1]).Growth
		}
		if f.Value == nil || *f.Value != want {
			return fmt.Errorf("%s growth is %v, the seed says %v", p[1], f.Value, want)
		}
		if f.Unit != UnitPercent || !strings.HasSuffix(f.Period.EN, "2022") || !strings.Contains(f.Measure.EN, "2012–22") {
			return fmt.Errorf("%s growth must be percent through 2022: %+v", p[1], f)
		}
		// "known from elsewhere; the article names no source for these"
		if f.Source != "article" {
			return fmt.Errorf("%s growth: the article names no source, the data says %q", p[1], f.Source)
		}
		for _, piece := range strings.Split(inner, ", known from elsewhere; ") {
			if !strings.Contains(norm(f.Edition.EN), norm(piece)) {
				return fmt.Errorf("%s growth edition %q lacks %q", p[1], f.Edition, piece)
			}
		}
	}
	return nil
}

var (
	ladderMark  = regexp.MustCompile(`(\d+) credits — `)
	otherLadder = regexp.MustCompile(`"(\w+)" (\d+)/(\d+)/(\d+)`)
)

func checkLadders(ds *Dataset, text string) error {
	if strings.HasPrefix(text, `"chart-credential-laddering-healthcare-management"`) {
		l, ok := ds.Ladder("healthcare-management")
		if !ok || !l.InComparison {
			return fmt.Errorf("no healthcare-management ladder in the comparison")
		}
		body, interp, _ := strings.Cut(text, "(Interpretation: ")
		idx := ladderMark.FindAllStringSubmatchIndex(body, -1)
		if len(idx) != len(l.Rungs) {
			return fmt.Errorf("ladder has %d rungs, the seed %d", len(l.Rungs), len(idx))
		}
		for i, m := range idx {
			end := len(body)
			if i+1 < len(idx) {
				end = idx[i+1][0]
			}
			label := body[m[2]:m[3]] + " Credits"
			r := l.Rungs[i]
			if r.Label.EN != label {
				return fmt.Errorf("rung %d is %q, the seed %q", i, r.Label, label)
			}
			for _, clause := range strings.Split(strings.TrimRight(body[m[1]:end], "; ."), "; ") {
				kind, what, _ := strings.Cut(clause, ": ")
				switch kind {
				case "start here":
					for _, who := range strings.Split(what, ", ") {
						if !hasEntry(l, r.Credits, who) {
							return fmt.Errorf("no entry %q at %s", who, label)
						}
					}
				case "end here":
					if norm(r.Ends.EN) != norm(what) {
						return fmt.Errorf("%s ends %q, the seed %q", label, r.Ends, what)
					}
				default:
					return fmt.Errorf("unread clause %q", clause)
				}
			}
		}
		if !strings.Contains(interp, "48 are the master's program's own credits") ||
			!strings.Contains(l.Rungs[3].Interpretation.EN, "master's program's own 48 credits") {
			return fmt.Errorf("the 48-credit rung must be marked as an interpretation: %q", l.Rungs[3].Interpretation)
		}
		if l.Unit.EN != "quarter credits" || !strings.Contains(l.UnitInterpretation.EN, "quarter credits") {
			return fmt.Errorf("quarter credits must be marked as an interpretation: %q / %q", l.Unit, l.UnitInterpretation)
		}
		return nil
	}
	others := otherLadder.FindAllStringSubmatch(text, -1)
	if len(others) != 4 {
		return fmt.Errorf("unread ladder line")
	}
	for _, o := range others {
		l, ok := ds.Ladder(o[1])
		if !ok {
			return fmt.Errorf("no ladder %q", o[1])
		}
		if l.InComparison || !strings.Contains(l.Note.EN, "not part of this comparison") || !strings.Contains(l.Note.EN, "meaning is not stated") {
			return fmt.Errorf("ladder %q must be marked as not part of this comparison, id unexplained", l.ID)
		}
		if len(l.Rungs) != 3 {
			return fmt.Errorf("ladder %q has %d rungs, want 3", l.ID, len(l.Rungs))
		}
		for i, r := range l.Rungs {
			want, _ := strconv.ParseFloat(o[2+i], 64)
			if r.Credits != want || r.Label.EN != o[2+i]+" Credits" {
				return fmt.Errorf("ladder %q rung %d is %v %q, the seed %v", l.ID, i, r.Credits, r.Label, want)
			}
		}
		if !hasEntry(l, 0, "high-school grads") || !hasEntry(l, 0, "transfer students") || !hasEntry(l, l.Rungs[1].Credits, "second-degree pursuers") {
			return fmt.Errorf("ladder %q entries differ from the seed", l.ID)
		}
		if norm(l.Rungs[1].Ends.EN) != "associate's degree" || norm(l.Rungs[2].Ends.EN) != "bachelor's degree" {
			return fmt.Errorf("ladder %q degrees differ from the seed", l.ID)
		}
	}
	return nil
}

func hasEntry(l *Ladder, credits float64, who string) bool {
	for _, e := range l.Entries {
		if e.Credits == credits && norm(e.Label.EN) == norm(who) {
			return true
		}
	}
	return false
}
