package model

import (
	"bufio"
	"fmt"
	"os"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestEdition2434_Reference checks every figure of the BLS 2024–34 edition
// against the table in testdata/bls-2024-34.tsv, read off the official
// pages, as the seed facts are checked against the article: each value,
// spread and source page, and each fact figure somewhere in the career's
// facts, with the edition's period, pay year and release date on every
// figure.
func TestEdition2434_Reference(t *testing.T) {
	ds, err := LoadEdition(BLS2434Edition)
	if err != nil {
		t.Fatal(err)
	}
	if ds.Edition.Released != "2025-08-28" || ds.Edition.Year != 2024 || ds.Edition.Period.EN != "2024–2034" {
		t.Errorf("edition %+v: want released 2025-08-28, year 2024, period 2024–2034", ds.Edition)
	}
	f, err := os.Open("testdata/bls-2024-34.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rows++
		col := strings.Split(line, "\t")
		who, kind := col[0], col[1]
		var fig Figure
		var facts []Fact
		switch {
		case who == "reference" && ds.Reference != nil:
			fig = map[string]Figure{"salary": ds.Reference.Salary, "growth": ds.Reference.Growth}[kind]
			facts = []Fact{{Text: ds.Reference.Growth.Note}, {Text: ds.Reference.Salary.Note}}
		default:
			c, ok := ds.Career(who)
			if !ok {
				t.Errorf("no career %s", who)
				continue
			}
			fig = map[string]Figure{"salary": c.Salary, "growth": c.Growth}[kind]
			if kind == "openings" && c.Openings != nil {
				fig = *c.Openings
			}
			for _, list := range [][]Fact{c.Education, c.Certification, c.Duties, c.Workplaces, c.Skills, c.SalaryNotes, c.OutlookNotes} {
				facts = append(facts, list...)
			}
			facts = append(facts, Fact{Text: c.Salary.Note}, Fact{Text: c.Growth.Note})
		}
		if kind == "typical" {
			c, _ := ds.Career(who)
			if ty := c.Typical; ty == nil || ty.Education.EN != col[2] || ty.Experience.EN != col[3] || ty.Training.EN != col[4] {
				t.Errorf("%s typical entry %+v, want %q, %q, %q", who, ty, col[2], col[3], col[4])
			} else if s, ok := ds.Source(ty.Source); !ok || s.Address != col[5] {
				t.Errorf("%s typical entry: source %q, want the page %s", who, ty.Source, col[5])
			}
			continue
		}
		if kind == "fact" {
			if !containsText(facts, strings.ToLower(col[2])) {
				t.Errorf("%s: no fact says %q", who, col[2])
			}
			continue
		}
		want, _ := strconv.ParseFloat(col[2], 64)
		if fig.Value == nil || *fig.Value != want {
			t.Errorf("%s %s = %v, want %v", who, kind, fig.Value, want)
		}
		if col[3] != "" {
			p10, _ := strconv.ParseFloat(col[3], 64)
			p90, _ := strconv.ParseFloat(col[4], 64)
			if fig.Spread == nil || fig.Spread.P10 != p10 || fig.Spread.P90 != p90 || fig.Spread.Unit != fig.Unit {
				t.Errorf("%s %s spread %+v, want %v…%v", who, kind, fig.Spread, p10, p90)
			}
		}
		if s, ok := ds.Source(fig.Source); !ok || s.Address != col[5] {
			t.Errorf("%s %s: source %q, want the page %s", who, kind, fig.Source, col[5])
		}
		period := map[string]string{"salary": "May 2024", "growth": "2024–2034", "openings": "2024–2034"}[kind]
		if fig.Period.EN != period || !strings.Contains(fig.Edition.EN, "2024–34 edition, released August 28, 2025") {
			t.Errorf("%s %s: period %q, edition %q; want %s and the release date", who, kind, fig.Period, fig.Edition, period)
		}
	}
	if rows < 25 {
		t.Fatalf("only %d rows read", rows)
	}
	if len(ds.Careers) != 3 || ds.Careers[2].Name.EN != "Medical Records Specialists" || ds.Careers[2].Code != "29-2072" {
		t.Errorf("the pickers do not offer Medical Records Specialists (SOC 29-2072): %d careers", len(ds.Careers))
	}
	// Medical Records Specialists is the occupation itself: it has no
	// stand-in.
	if o := ds.Careers[2].Occupation; !o.IsZero() {
		t.Errorf("Medical Records Specialists has a stand-in %q", o)
	}
}

// builtInTexts returns every text of the built-in editions, by where it is.
func builtInTexts(t *testing.T) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, e := range Editions() {
		ds, err := LoadEdition(e.ID)
		if err != nil {
			t.Fatal(err)
		}
		var walk func(v reflect.Value, path string)
		walk = func(v reflect.Value, path string) {
			switch {
			case v.Type() == textType:
				tx := v.Interface().(Text)
				out[e.ID] = append(out[e.ID], path+"="+tx.EN, path+"="+tx.ES)
			case v.Kind() == reflect.String:
				out[e.ID] = append(out[e.ID], path+"="+v.String())
			case v.Kind() == reflect.Pointer:
				if !v.IsNil() {
					walk(v.Elem(), path)
				}
			case v.Kind() == reflect.Slice:
				for i := range v.Len() {
					walk(v.Index(i), fmt.Sprintf("%s[%d]", path, i))
				}
			case v.Kind() == reflect.Struct:
				for i := range v.NumField() {
					walk(v.Field(i), path+"."+v.Type().Field(i).Name)
				}
			}
		}
		walk(reflect.ValueOf(ds).Elem(), e.ID)
		out[e.ID] = append(out[e.ID], "EditionInfo="+e.Name.EN, "EditionInfo="+e.About.EN, "EditionInfo="+e.About.ES)
	}
	return out
}

// newness is every word that calls figures new or up to date, in English
// and Spanish.
var newness = regexp.MustCompile(`(?i)\b(newer|newest|latest|current|currently|up[- ]to[- ]date|más recientes?|actual(es)?|vigente|al día)\b`)

// TestEditions_NoOlderCallsItselfNew: only the newest edition the app
// ships may call anything newer or current, and nothing calls an edition
// current beyond its release.
func TestEditions_NoOlderCallsItselfNew(t *testing.T) {
	for id, texts := range builtInTexts(t) {
		for _, s := range texts {
			m := newness.FindString(s)
			if m == "" {
				continue
			}
			// The newest edition says it is the newest this app ships; it
			// never claims to be the current one.
			if id == NewestEdition && strings.Contains(strings.ToLower(s), "edition this app has") || strings.Contains(s, "la edición más reciente que tiene esta aplicación") {
				continue
			}
			t.Errorf("%s: %q calls something %q", id, s, m)
		}
	}
}

// TestEditions_FasterThanAverageSays3: BLS's "much faster than average" is
// said with the 3% of all occupations it is measured against.
func TestEditions_FasterThanAverageSays3(t *testing.T) {
	found := 0
	for id, texts := range builtInTexts(t) {
		for _, s := range texts {
			l := strings.ToLower(s)
			if strings.Contains(l, "much faster than average") || strings.Contains(l, "mucho más rápido que el promedio") {
				found++
				if id != ArticleEdition && !strings.Contains(s, "3%") {
					t.Errorf("%s: %q says faster than average without the 3%%", id, s)
				}
			}
		}
	}
	if found == 0 {
		t.Error("no text says \"much faster than average\"")
	}
}

// TestEditions_EveryTextInSpanish: the built-in editions carry Spanish for
// every text that has words.
func TestEditions_EveryTextInSpanish(t *testing.T) {
	for _, e := range Editions() {
		ds, err := LoadEdition(e.ID)
		if err != nil {
			t.Fatal(err)
		}
		if n := ds.MissingSpanish(); n != 0 {
			t.Errorf("%s: %d texts have no Spanish", e.ID, n)
		}
		if e.About.ES == "" || ds.Edition.Name.In(Spanish) == "" {
			t.Errorf("%s: no Spanish name or age", e.ID)
		}
	}
}

// TestEditions_AboutMatchesTheFile: the edition list's age of each edition
// names the pay period of its figures.
func TestEditions_AboutMatchesTheFile(t *testing.T) {
	for _, e := range Editions() {
		ds, _ := LoadEdition(e.ID)
		l, _, err := ds.Pair()
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(e.About.EN, "pay of "+l.Salary.Period.EN) {
			t.Errorf("%s: %q does not name the pay period %q", e.ID, e.About.EN, l.Salary.Period)
		}
		if e.Year != ds.Edition.Year || e.Released != ds.Edition.Released {
			t.Errorf("%s: the list says year %d, released %q; the file %d, %q", e.ID, e.Year, e.Released, ds.Edition.Year, ds.Edition.Released)
		}
	}
}

// TestEditions_OlderThanNewest: only what is older than the newest
// built-in edition is offered the newest instead — never the newest
// itself, a file of the same year or a newer one (a counselor's import of
// 2025–35), nor a file that does not say its year.
func TestEditions_OlderThanNewest(t *testing.T) {
	for _, tc := range []struct {
		name string
		e    Edition
		want bool
	}{
		{"the article", Edition{Year: 2012, Warning: Say("2012 figures from a college's promotional article")}, true},
		{"BLS 2022–32", Edition{Year: 2022}, true},
		{"BLS 2024–34", Edition{Year: 2024}, false},
		{"a file imported from 2024–34", Edition{Year: 2024, Imported: "O*NET 31.0 Database and BLS Employment Projections 2024–34"}, false},
		{"a file imported from 2025–35", Edition{Year: 2025, Imported: "O*NET 31.0 Database and BLS Employment Projections 2025–35"}, false},
		{"a file without a year", Edition{}, false},
	} {
		if got := OlderThanNewest(tc.e); got != tc.want {
			t.Errorf("%s: OlderThanNewest = %v, want %v", tc.name, got, tc.want)
		}
	}
	for _, e := range Editions() {
		ds, _ := LoadEdition(e.ID)
		if got, want := OlderThanNewest(ds.Edition), e.ID != NewestEdition; got != want {
			t.Errorf("built-in %s: OlderThanNewest = %v, want %v", e.ID, got, want)
		}
	}
}

func TestLoad_Spread(t *testing.T) {
	src := mustJSON(t, BLS2434Edition)
	anchor := `"spread": {"p10": 39120, "p90": 112130, "unit": "usd"}`
	cases := map[string]struct{ new, field, message string }{
		"p10 above value":  {`"spread": {"p10": 70000, "p90": 112130, "unit": "usd"}`, "careers[0].salary.spread.p10", "from 0 to the figure's value"},
		"negative p10":     {`"spread": {"p10": -5, "p90": 112130, "unit": "usd"}`, "careers[0].salary.spread.p10", "from 0 to the figure's value"},
		"p90 below value":  {`"spread": {"p10": 39120, "p90": 60000, "unit": "usd"}`, "careers[0].salary.spread.p90", "at least the figure's value"},
		"other unit":       {`"spread": {"p10": 39120, "p90": 112130, "unit": "percent"}`, "careers[0].salary.spread.unit", "must be the figure's"},
		"missing p90":      {`"spread": {"p10": 39120, "unit": "usd"}`, "careers[0].salary.spread.p90", "missing required field"},
		"p90 not a number": {`"spread": {"p10": 39120, "p90": "lots", "unit": "usd"}`, "careers[0].salary.spread.p90", "expected number"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			data, line := mutate(t, src, anchor, tc.new)
			_, err := Load("bls.json", data)
			ps, ok := err.(Problems)
			if !ok {
				t.Fatalf("got %v, want problems", err)
			}
			want := fmt.Sprintf("bls.json:%d: %s: ", line, tc.field)
			for _, p := range ps {
				if strings.HasPrefix(p.String(), want) && strings.Contains(p.Message, tc.message) {
					return
				}
			}
			t.Errorf("want %q…%q, got:\n%v", want, tc.message, err)
		})
	}
}

func TestLoad_Text(t *testing.T) {
	src := DefaultJSON()
	anchor := `"short": "HIM",`
	cases := map[string]struct{ new, field, message string }{
		"unknown language": {`"short": {"en": "HIM", "fr": "GIS"},`, "careers[1].short.fr", "unknown language"},
		"no English":       {`"short": {"es": "GIS"},`, "careers[1].short.en", "missing required field"},
		"not text":         {`"short": {"en": "HIM", "es": 5},`, "careers[1].short.es", "expected text, found number"},
		"a list":           {`"short": ["HIM"],`, "careers[1].short", `expected text or {"en": …, "es": …}`},
		"long Spanish":     {`"short": {"en": "HIM", "es": "` + strings.Repeat("x", MaxTextLen+1) + `"},`, "careers[1].short.es", "the limit is 1000"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			data, line := mutate(t, src, anchor, tc.new)
			_, err := Load("t.json", data)
			ps, ok := err.(Problems)
			if !ok {
				t.Fatalf("got %v, want problems", err)
			}
			want := fmt.Sprintf("t.json:%d: %s: ", line, tc.field)
			for _, p := range ps {
				if strings.HasPrefix(p.String(), want) && strings.Contains(p.Message, tc.message) {
					return
				}
			}
			t.Errorf("want %q…%q, got:\n%v", want, tc.message, err)
		})
	}
	// Both forms load, and say themselves in each language.
	data, _ := mutate(t, src, anchor, `"short": {"en": "HIM", "es": "GIS"},`)
	ds, err := Load("t.json", data)
	if err != nil {
		t.Fatal(err)
	}
	if s := ds.Careers[1].Short; s.In(English) != "HIM" || s.In(Spanish) != "GIS" || ds.Careers[0].Short.In(Spanish) != "HI" {
		t.Errorf("texts %+v %+v", s, ds.Careers[0].Short)
	}
}
