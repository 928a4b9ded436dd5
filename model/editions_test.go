package model

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func TestEditions_List(t *testing.T) {
	eds := Editions()
	if len(eds) != 3 || eds[0].ID != ArticleEdition || eds[1].ID != BLS2434Edition || eds[2].ID != BLSEdition {
		t.Fatalf("Editions() = %+v, want the article's first, then BLS 2024–34 and 2022–32", eds)
	}
	eds[0].ID = "changed"
	if Editions()[0].ID != ArticleEdition {
		t.Error("changing the returned slice changed the editions")
	}
	for _, e := range Editions() {
		ds, err := LoadEdition(e.ID)
		if err != nil {
			t.Fatalf("edition %s does not load: %v", e.ID, err)
		}
		if ds.Edition.ID != e.ID || ds.Edition.Name != e.Name {
			t.Errorf("file %s holds edition %q %q, the list says %q %q", e.File, ds.Edition.ID, ds.Edition.Name, e.ID, e.Name)
		}
		b, err := EditionJSON(e.ID)
		if err != nil || len(b) == 0 {
			t.Fatalf("EditionJSON(%s): %v", e.ID, err)
		}
		b[0] = 'x' // a copy: the next call must not see this
		if again, _ := EditionJSON(e.ID); again[0] != '{' {
			t.Error("EditionJSON returns shared bytes")
		}
	}
	if !bytes.Equal(mustJSON(t, ArticleEdition), DefaultJSON()) {
		t.Error("the article edition is not the default file")
	}
	def, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	art, err := LoadEdition(ArticleEdition)
	if err != nil || !reflect.DeepEqual(def, art) {
		t.Errorf("Default() and LoadEdition(article) differ: %v", err)
	}
}

func mustJSON(t *testing.T, id string) []byte {
	t.Helper()
	b, err := EditionJSON(id)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestEditions_Unknown(t *testing.T) {
	for _, id := range []string{"", "bls-2030-40", "../data/article-2012-22.json", "data/article-2012-22.json"} {
		if ds, err := LoadEdition(id); ds != nil || err == nil || !strings.Contains(err.Error(), "bls-2022-32") {
			t.Errorf("LoadEdition(%q) = %v, %v; want an error naming the editions", id, ds, err)
		}
		if b, err := EditionJSON(id); b != nil || err == nil {
			t.Errorf("EditionJSON(%q) = %d bytes, %v", id, len(b), err)
		}
	}
}

// TestEditions_ProblemsNameTheFile proves that a built-in file's problems
// would name it as "(built-in) data/<file>".
func TestEditions_ProblemsNameTheFile(t *testing.T) {
	data, line := mutate(t, mustJSON(t, BLSEdition), `"value": 58250,`, `"value": -1,`)
	_, err := Load("(built-in) "+BLSFile, data)
	want := fmt.Sprintf("(built-in) data/bls-2022-32.json:%d: careers[0].salary.value: ", line)
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("got %v, want %q…", err, want)
	}
}

// blsTable is the table of reference/bls-2022-32.md.
var blsTable = []struct {
	career, soc, occupation, page string
	salary, growth                float64
	jobs, change, openings        string
	education                     []string
}{
	{"health-informatics", "29-9021", "Health Information Technologists and Medical Registrars",
		"https://www.bls.gov/ooh/healthcare/health-information-technologists-and-medical-registrars.htm",
		58250, 16, "37,900", "+6,200", "3,100", []string{"associate's degree"}},
	{"health-information-management", "11-9111", "Medical and Health Services Managers",
		"https://www.bls.gov/ooh/management/medical-and-health-services-managers.htm",
		104830, 28, "509,500", "+144,700", "54,700", []string{"bachelor's degree", "less than 5 years"}},
}

func TestEditions_BLSFigures(t *testing.T) {
	ds, err := LoadEdition(BLSEdition)
	if err != nil {
		t.Fatal(err)
	}
	e := ds.Edition
	if e.Name.EN != "BLS 2022–32" || e.Period.EN != "2022–2032" || e.Year != 2022 {
		t.Errorf("edition = %+v", e)
	}
	if !strings.Contains(e.Caveat.EN, "2018 SOC") || !strings.Contains(e.Caveat.EN, "not comparable") || !strings.Contains(e.Caveat.EN, "2012–22") {
		t.Errorf("the caveat must say that the 2018 SOC makes these figures not comparable with 2012–22: %q", e.Caveat)
	}
	for _, want := range blsTable {
		c, ok := ds.Career(want.career)
		if !ok {
			t.Fatalf("no career %s", want.career)
		}
		if !strings.Contains(c.Occupation.EN, want.occupation) || !strings.Contains(c.Occupation.EN, "SOC "+want.soc) {
			t.Errorf("%s: occupation %q does not name the stand-in %s (SOC %s)", c.ID, c.Occupation, want.occupation, want.soc)
		}
		checkFigure(t, ds, c.ID+".salary", c.Salary, want.salary, UnitUSD, "median", "May 2022", want.page)
		checkFigure(t, ds, c.ID+".growth", c.Growth, want.growth, UnitPercent, "2022–32", "2022–2032", want.page)
		// The other official details are there, with the occupation's page.
		var details []Fact
		details = append(append(details, c.Education...), c.OutlookNotes...)
		for _, part := range append([]string{want.jobs, want.change, want.openings}, want.education...) {
			found := false
			for _, f := range details {
				s, _ := ds.Source(f.Source)
				found = found || strings.Contains(strings.ToLower(f.Text.EN), part) && s != nil && s.Address == want.page
			}
			if !found {
				t.Errorf("%s: no fact citing %s says %q", c.ID, want.page, part)
			}
		}
	}
	if ds.Reference == nil || ds.Reference.Name.EN != "All occupations" {
		t.Fatalf("reference = %+v", ds.Reference)
	}
	ted := "https://www.bls.gov/opub/ted/2023/"
	checkFigure(t, ds, "reference.salary", ds.Reference.Salary, 46310, UnitUSD, "median", "May 2022", ted)
	checkFigure(t, ds, "reference.growth", ds.Reference.Growth, 3, UnitPercent, "2022–32", "2022–2032", ted)
	if !strings.Contains(ds.Reference.Growth.Note.EN, "2.8") {
		t.Errorf("the all-occupations growth must say it is 2.8%% unrounded: %q", ds.Reference.Growth.Note)
	}
	if l, r, err := ds.Pair(); err != nil || l.ID != "health-informatics" || r.ID != "health-information-management" {
		t.Errorf("pair = %v, %v, %v", l, r, err)
	}
	if d := ds.Comparison.Differences.Salary.Text; !strings.Contains(d.EN, "median") || !strings.Contains(d.EN, "May 2022") || !strings.Contains(d.EN, "stands in") {
		t.Errorf("salary difference must say both are medians of May 2022 for stand-ins: %q", d)
	}
	// What a median is; the charts say once that these are stand-ins,
	// under each bar ("Figure of: …").
	if f := ds.SalaryFootnote; f == nil || !strings.Contains(f.Text.EN, "half") || !strings.Contains(f.Text.EN, "not a starting salary") {
		t.Errorf("salary footnote = %+v", f)
	}
}

func checkFigure(t *testing.T, ds *Dataset, name string, f Figure, value float64, unit, measure, period, address string) {
	t.Helper()
	if f.Value == nil || *f.Value != value {
		t.Errorf("%s = %v, want %v", name, f.Value, value)
	}
	if f.Unit != unit || !strings.Contains(f.Measure.EN, measure) || f.Period.EN != period {
		t.Errorf("%s: unit %q, measure %q, period %q; want %q, …%s…, %q", name, f.Unit, f.Measure, f.Period, unit, measure, period)
	}
	s, ok := ds.Source(f.Source)
	if !ok || s.Address != address || s.Publisher.EN != "U.S. Bureau of Labor Statistics" || s.Title.EN == "" || s.Year.EN == "" {
		t.Errorf("%s: source %q = %+v, want a BLS source at %s", name, f.Source, s, address)
	}
}

// figures returns every figure of a dataset with its path.
func figuresOf(ds *Dataset) map[string]Figure {
	out := map[string]Figure{}
	walk(reflect.ValueOf(ds).Elem(), "", func(path string, v reflect.Value) {
		if f, ok := v.Interface().(Figure); ok {
			out[path] = f
		}
	})
	return out
}

// TestEditions_NotMixed proves that no dataset mixes editions: every figure
// of the BLS edition cites an official BLS page, every figure of the
// article's edition cites the article or the BLS as the article names it.
func TestEditions_NotMixed(t *testing.T) {
	for _, tc := range []struct {
		id string
		// figures: salary and growth of two careers and the reference,
		// and in the BLS edition each career's openings a year.
		figures int
		ok      func(s *Source) bool
	}{
		{BLSEdition, 8, func(s *Source) bool {
			return strings.HasPrefix(s.Address, "https://www.bls.gov/") && s.Publisher.EN == "U.S. Bureau of Labor Statistics"
		}},
		{ArticleEdition, 6, func(s *Source) bool {
			return (s.ID == "article" || s.ID == "bls") && s.Address == "not stated in article"
		}},
	} {
		ds, err := LoadEdition(tc.id)
		if err != nil {
			t.Fatal(err)
		}
		figs := figuresOf(ds)
		if len(figs) != tc.figures {
			t.Errorf("%s: %d figures, want %d", tc.id, len(figs), tc.figures)
		}
		for path, f := range figs {
			s, _ := ds.Source(f.Source)
			if s == nil || !tc.ok(s) {
				t.Errorf("%s: %s cites %q, a source of another edition", tc.id, path, f.Source)
			}
		}
	}
	// The BLS edition takes no figure from the article: none of its
	// numbers appear in the BLS file's figures or differences.
	ds, _ := LoadEdition(BLSEdition)
	for _, old := range []string{"34,160", "34160", "55,000", "22%", "23%", "11%"} {
		for path, f := range figuresOf(ds) {
			if strings.Contains(f.Note.EN+f.Measure.EN, old) {
				t.Errorf("BLS edition %s mentions the article's %s", path, old)
			}
		}
		d := ds.Comparison.Differences
		for _, f := range []Fact{d.Education, d.Duties, d.Skills, d.Salary, d.Outlook} {
			if strings.Contains(f.Text.EN, old) {
				t.Errorf("BLS edition difference %q mentions the article's %s", f.Text, old)
			}
		}
	}
}

// TestEditions_SameDescriptions proves that what is not edition-specific —
// education and certification as the article gives them, duties,
// workplaces, skills, ladders, closing — is the same in both editions, with
// the same sources, so that every tab has content in either.
func TestEditions_SameDescriptions(t *testing.T) {
	art, err := LoadEdition(ArticleEdition)
	if err != nil {
		t.Fatal(err)
	}
	bls, err := LoadEdition(BLSEdition)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range art.Careers {
		b, ok := bls.Career(a.ID)
		if !ok {
			t.Fatalf("BLS edition has no career %s", a.ID)
		}
		if a.Name != b.Name || a.Short != b.Short || a.Ladder != b.Ladder {
			t.Errorf("%s: name, short or ladder differ", a.ID)
		}
		for name, lists := range map[string][2][]Fact{
			"education":     {a.Education, b.Education},
			"certification": {a.Certification, b.Certification},
			"duties":        {a.Duties, b.Duties},
			"workplaces":    {a.Workplaces, b.Workplaces},
			"skills":        {a.Skills, b.Skills},
		} {
			for _, f := range lists[0] {
				if !containsFact(lists[1], f) {
					t.Errorf("%s.%s: the BLS edition lacks %q (%s)", a.ID, name, f.Text, f.Source)
				}
			}
			if len(lists[1]) == 0 {
				if name != "certification" || len(lists[0]) != 0 {
					t.Errorf("%s.%s: empty in the BLS edition", a.ID, name)
				}
			}
		}
	}
	if !reflect.DeepEqual(art.Ladders, bls.Ladders) {
		t.Error("the ladders differ between the editions")
	}
	if !reflect.DeepEqual(art.Closing, bls.Closing) {
		t.Error("the closing differs between the editions")
	}
	for _, id := range []string{"article", "bls", "dol", "ehc"} {
		a, _ := art.Source(id)
		b, _ := bls.Source(id)
		if a == nil || b == nil || a.Title != b.Title || a.Publisher != b.Publisher || a.Address != b.Address {
			t.Errorf("source %s differs between the editions: %+v, %+v", id, a, b)
		}
	}
}

func containsFact(facts []Fact, f Fact) bool {
	for _, g := range facts {
		if g == f {
			return true
		}
	}
	return false
}

// TestEditions_EveryFigureNamesItsSource checks every figure and fact of both
// editions names a source with a title, a publisher and a year.
func TestEditions_EveryFigureNamesItsSource(t *testing.T) {
	for _, e := range Editions() {
		ds, err := LoadEdition(e.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range ds.Sources {
			if s.Title.EN == "" || s.Publisher.EN == "" || s.Year.EN == "" || s.Address == "" {
				t.Errorf("%s: source %s lacks a title, publisher, year or address", e.ID, s.ID)
			}
		}
		walk(reflect.ValueOf(ds).Elem(), "", func(path string, v reflect.Value) {
			var src string
			switch x := v.Interface().(type) {
			case Fact:
				src = x.Source
			case Figure:
				src = x.Source
			default:
				return
			}
			if _, ok := ds.Source(src); !ok {
				t.Errorf("%s: %s cites no known source", e.ID, path)
			}
		})
	}
}

func TestExample3Careers(t *testing.T) {
	ds, err := LoadFile("../docs/example-3-careers.json")
	if err != nil {
		t.Fatalf("the example does not load:\n%v", err)
	}
	if len(ds.Careers) != 3 {
		t.Fatalf("example has %d careers, want 3", len(ds.Careers))
	}
	if ds.Edition.ID != BLSEdition {
		t.Errorf("example edition %q, want it based on %s", ds.Edition.ID, BLSEdition)
	}
	c, ok := ds.Career("medical-records-specialists")
	if !ok {
		t.Fatal("no medical-records-specialists career")
	}
	if !strings.Contains(c.Occupation.EN, "SOC 29-2072") {
		t.Errorf("occupation = %q", c.Occupation)
	}
	page := "https://www.bls.gov/ooh/healthcare/medical-records-specialists.htm"
	checkFigure(t, ds, "mrs.salary", c.Salary, 47180, UnitUSD, "median", "May 2022", page)
	checkFigure(t, ds, "mrs.growth", c.Growth, 8, UnitPercent, "2022–32", "2022–2032", page)
	if !containsText(c.Education, "postsecondary nondegree award") {
		t.Errorf("education = %+v", c.Education)
	}
	// The two careers it shares with the BLS edition have the same figures.
	bls, _ := LoadEdition(BLSEdition)
	for _, b := range bls.Careers {
		c, ok := ds.Career(b.ID)
		if !ok || !sameFigure(c.Salary, b.Salary) || !sameFigure(c.Growth, b.Growth) || c.Occupation != b.Occupation {
			t.Errorf("example career %s differs from the BLS edition", b.ID)
		}
	}
	if !reflect.DeepEqual(ds.Reference, bls.Reference) {
		t.Error("example all-occupations figures differ from the BLS edition")
	}
}

// sameFigure compares figures but for their notes.
func sameFigure(a, b Figure) bool {
	a.Note, b.Note = Say(""), Say("")
	return reflect.DeepEqual(a, b)
}

func containsText(facts []Fact, part string) bool {
	for _, f := range facts {
		if strings.Contains(strings.ToLower(f.Text.EN), part) {
			return true
		}
	}
	return false
}

// walk calls fn for every value inside v, depth first, with its field path:
// each struct, list and text, and each pointer's target in place of the
// pointer.
func walk(v reflect.Value, path string, fn func(path string, v reflect.Value)) {
	if v.Kind() == reflect.Pointer {
		if !v.IsNil() {
			walk(v.Elem(), path, fn)
		}
		return
	}
	fn(path, v)
	switch v.Kind() {
	case reflect.Slice:
		for i := range v.Len() {
			walk(v.Index(i), fmt.Sprintf("%s[%d]", path, i), fn)
		}
	case reflect.Struct:
		for _, f := range fieldsOf(v.Type()) {
			walk(v.Field(f.index), join(path, f.name), fn)
		}
	}
}
