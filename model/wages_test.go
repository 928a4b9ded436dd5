package model

import (
	"strings"
	"testing"
)

// TestLoad_Wages: a data file's wages by place are checked as every other
// part is, each problem at its line and field.
func TestLoad_Wages(t *testing.T) {
	base := string(mustJSON(t, BLS2434Edition))
	wages := `"wages": {"source": "bls-ooh", "release": "May 2025",
 "careers": [{"career": "health-informatics", "occupation": "29-9021", "title": "Health Information Technologists and Medical Registrars"}],
 "places": [
{"area": "99", "name": "U.S.", "kind": "nation", "pay": ["41250 39120 49100 67310 87400 112130"]},
{"area": "27", "name": "Minnesota", "kind": "state", "state": "MN", "pay": ["1090 42910 55230 70100 88300 109420 rough-jobs"]},
{"area": "66", "name": "Guam", "kind": "territory", "pay": ["** * * * * *"]},
{"area": "33460", "name": "Minneapolis", "kind": "metro", "pay": [""]}
]}`
	with := func(w string) []byte {
		i := strings.LastIndex(base, "}")
		return []byte(base[:i] + ",\n" + w + "\n}\n")
	}
	ds, err := Load("w.json", with(wages))
	if err != nil {
		t.Fatalf("good wages: %v", err)
	}
	mn, _ := ds.Wages.Place("27")
	pay, ok := ds.Wages.Pay(mn, "health-informatics")
	if !ok || !pay.Found || !pay.RoughJobs || pay.RoughPay || pay.Values[PayMedian].N != 70100 || pay.Values[PayEmployment].N != 1090 {
		t.Errorf("Minnesota's pay %+v", pay)
	}
	if got := ds.Wages.Find("minn"); len(got) != 2 {
		t.Errorf("find minn: %d places", len(got))
	}
	for name, c := range map[string]struct{ from, to, want string }{
		"unknown career": {`"career": "health-informatics"`, `"career": "nurses"`, `wages.careers[0].career: no career with id "nurses" in careers`},
		"unknown kind":   {`"kind": "metro"`, `"kind": "city"`, `wages.places[3].kind: kind "city" must be one of nation, state, territory, metro, nonmetro`},
		"twice an area":  {`"area": "66"`, `"area": "27"`, `wages.places[2].area: area "27" is listed twice`},
		"a value":        {`1090 42910`, `1090 4x910`, `wages.places[1].pay[0]: value 2, p10: "4x910" is neither a number of 0 or more nor one of BLS's markers *, ** and #`},
		"a short row":    {`41250 39120 49100 67310 87400 112130`, `41250 39120`, `wages.places[0].pay[0]: a row has 6 values (employment, p10, p25, median, p75, p90), then maybe "rough-jobs" and "rough-pay"; this one has 2 values`},
		"too many rows":  {`"pay": [""]`, `"pay": ["", ""]`, `wages.places[3].pay: 2 rows, but wages.careers names 1 careers`},
		"no such source": {`"source": "bls-ooh", "release"`, `"source": "oews", "release"`, `wages.source: no source with id "oews" in sources`},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := Load("w.json", with(strings.Replace(wages, c.from, c.to, 1)))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got %v, want a problem %q", err, c.want)
			}
			if err != nil && !strings.HasPrefix(err.Error(), "w.json:") {
				t.Errorf("the problem does not name the file and line: %v", err)
			}
		})
	}
}

// TestLoad_Pairs: differences written for more pairs name two careers of
// the file, each pair once, with at least one difference.
func TestLoad_Pairs(t *testing.T) {
	base := string(mustJSON(t, BLS2434Edition))
	with := func(pairs string) []byte {
		i := strings.LastIndex(base, "}")
		return []byte(base[:i] + ",\n" + `"pairs": [` + pairs + "]\n}\n")
	}
	good := `{"left": "medical-records-specialists", "right": "health-information-management", "differences": {"salary": {"text": "Written for this pair.", "source": "bls-ooh"}}}`
	ds, err := Load("p.json", with(good))
	if err != nil {
		t.Fatalf("a good pair: %v", err)
	}
	if d, ok := ds.Written("health-information-management", "medical-records-specialists"); !ok || d.Salary.Text.EN != "Written for this pair." {
		t.Errorf("the pair's written differences, in either order: %+v, %v", d, ok)
	}
	for name, c := range map[string]struct{ pairs, want string }{
		"no such career":              {`{"left": "nurses", "right": "health-information-management", "differences": {"salary": {"text": "x", "source": "bls-ooh"}}}`, `pairs[0].left: no career with id "nurses" in careers`},
		"itself":                      {`{"left": "health-informatics", "right": "health-informatics", "differences": {"salary": {"text": "x", "source": "bls-ooh"}}}`, `pairs[0].right: compares career "health-informatics" with itself`},
		"the comparison's pair again": {`{"left": "health-information-management", "right": "health-informatics", "differences": {"salary": {"text": "x", "source": "bls-ooh"}}}`, `pairs[0]: the pair "health-information-management" and "health-informatics" already has its differences in comparison`},
		"no difference":               {`{"left": "medical-records-specialists", "right": "health-informatics"}`, `pairs[0].differences: names no difference`},
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := Load("p.json", with(c.pairs)); err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got %v, want %q", err, c.want)
			}
		})
	}
}
