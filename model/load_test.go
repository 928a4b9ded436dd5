package model

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// mutate replaces the first occurrence of old in the default data file and
// returns the new file and the line of the change.
func mutate(t *testing.T, src []byte, old, new string) ([]byte, int) {
	t.Helper()
	s := string(src)
	i := strings.Index(s, old)
	if i < 0 {
		t.Fatalf("default data has no %q", old)
	}
	return []byte(s[:i] + new + s[i+len(old):]), 1 + strings.Count(s[:i], "\n")
}

func TestLoad_Default(t *testing.T) {
	ds, err := Default()
	if err != nil {
		t.Fatalf("default data does not load: %v", err)
	}
	l, r, err := ds.Pair()
	if err != nil || l.Short.EN != "HI" || r.Short.EN != "HIM" {
		t.Fatalf("default pair = %v, %v, %v", l, r, err)
	}
	if ds.Reference == nil || ds.Reference.Salary.Has() {
		t.Error("the article has no all-occupations salary: it must be no data")
	}
}

func TestLoad_Problems(t *testing.T) {
	src := DefaultJSON()
	cases := map[string]struct {
		old, new string
		field    string
		message  string
		// lineDelta moves the expected line from the change to where the
		// problem is reported (a missing field is reported at its object).
		lineDelta int
	}{
		"unknown field":     {`"short": "HI",`, `"short": "HI", "colour": "red",`, "careers[0].colour", "unknown field", 0},
		"misspelt field":    {`"short": "HI",`, `"Short": "HI",`, "careers[0].Short", `did you mean "short"`, 0},
		"wrong type":        {`"value": 34160,`, `"value": "34160",`, "careers[0].salary.value", "expected number, found string", 0},
		"wrong list type":   {`"duties": [`, `"duties": {"a": 1}, "x": [`, "careers[0].duties", "expected a list, found object", 0},
		"duplicate key":     {`"short": "HI",`, `"short": "HI", "short": "X",`, "careers[0].short", "duplicate key (first given on line", 0},
		"negative salary":   {`"value": 34160,`, `"value": -34160,`, "careers[0].salary.value", "salary must not be negative", 0},
		"huge salary":       {`"value": 34160,`, `"value": 1e12,`, "careers[0].salary.value", "above the limit", 0},
		"growth range":      {`"value": 22,`, `"value": 5000,`, "careers[0].growth.value", "outside -100% … 1000%", 0},
		"duplicate id":      {`"id": "dol",`, `"id": "bls",`, "sources[2].id", `duplicate id "bls"`, 0},
		"bad id":            {`"id": "dol",`, `"id": "D O L",`, "sources[2].id", "lower-case letters", 0},
		"dangling source":   {`"source": "dol"`, `"source": "nope"`, "careers[1].education[1].source", `no source with id "nope"`, 0},
		"dangling ladder":   {`"ladder": "healthcare-management",`, `"ladder": "nowhere",`, "careers[0].ladder", `no ladder with id "nowhere"`, 0},
		"non-increasing":    {"\"credits\": 180,\n          \"label\"", "\"credits\": 80,\n          \"label\"", "ladders[0].rungs[2].credits", "credits must increase up the ladder: 80 follows 90", 0},
		"entry off rung":    {"\"credits\": 90,\n          \"interpretation\"", "\"credits\": 45,\n          \"interpretation\"", "ladders[0].entries[2].credits", "not at a rung", 0},
		"missing required":  {`"name": {"en": "Health Informatics", "es": "Informática de la salud"},`, ``, "careers[0].name", "missing required field", -2},
		"unknown pair":      {`"left": "health-informatics",`, `"left": "nursing",`, "comparison.left", `no career with id "nursing"`, 0},
		"self comparison":   {`"right": "health-information-management",`, `"right": "health-informatics",`, "comparison.right", "with itself", 0},
		"wrong unit":        {`"unit": "usd",`, `"unit": "eur",`, "careers[0].salary.unit", `unit must be "usd"`, 0},
		"control character": {`"short": "HI",`, `"short": "H\u0007I",`, "careers[0].short", "control character", 0},
		"long text":         {`"short": "HI",`, `"short": "` + strings.Repeat("x", MaxTextLen+1) + `",`, "careers[0].short", "the limit is 1000", 0},
		"syntax":            {`"short": "HI",`, `"short": "HI"`, "syntax", `after field "short", a comma or } was expected`, 0},
		"bare word":         {`"value": 34160,`, `"value": NaN,`, "syntax", "strings need quotes", 0},
		"out of range":      {`"value": 34160,`, `"value": 1e400,`, "syntax", "out of range", 0},
		"unclosed string":   {`"short": "HI",`, `"short": "HI,`, "syntax", "line break inside a string", 0},
		"deep nesting":      {`"salary_notes": [],`, `"salary_notes": ` + strings.Repeat("[", 40) + strings.Repeat("]", 40) + `,`, "syntax", "nesting deeper than 16", 0},
		"bad escape":        {`"short": "HI",`, `"short": "H\qI",`, "syntax", `invalid escape \q`, 0},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			data, line := mutate(t, src, tc.old, tc.new)
			ds, err := Load("my.json", data)
			if ds != nil || err == nil {
				t.Fatal("bad file loaded")
			}
			var ps Problems
			if !errors.As(err, &ps) {
				t.Fatalf("error is %T, want Problems", err)
			}
			want := fmt.Sprintf("my.json:%d: %s: ", line+tc.lineDelta, tc.field)
			for _, p := range ps {
				if strings.HasPrefix(p.String(), want) && strings.Contains(p.Message, tc.message) {
					return
				}
			}
			t.Errorf("want a problem %q…%q, got:\n%v", want, tc.message, err)
		})
	}
}

func TestLoad_EveryProblem(t *testing.T) {
	src := DefaultJSON()
	data, l1 := mutate(t, src, `"value": 34160,`, `"value": -1,`)
	data, l2 := mutate(t, data, `"id": "dol",`, `"id": "bls",`)
	data, l3 := mutate(t, data, `"short": "HIM",`, `"short": "HIM", "extra": true,`)
	_, err := Load("f.json", data)
	var ps Problems
	if !errors.As(err, &ps) || len(ps) < 3 {
		t.Fatalf("want every problem, got %v", err)
	}
	for i, want := range []string{
		fmt.Sprintf("f.json:%d: sources[2].id:", l2),
		fmt.Sprintf("f.json:%d: careers[0].salary.value:", l1),
		fmt.Sprintf("f.json:%d: careers[1].extra:", l3),
	} {
		found := false
		for _, p := range ps {
			found = found || strings.HasPrefix(p.String(), want)
		}
		if !found {
			t.Errorf("problem %d %q not reported in:\n%v", i, want, err)
		}
	}
}

func TestLoad_Edges(t *testing.T) {
	src := DefaultJSON()
	if _, err := Load("bom.json", append([]byte{0xEF, 0xBB, 0xBF}, src...)); err != nil {
		t.Errorf("a byte-order mark must be tolerated: %v", err)
	}
	bad := append([]byte(nil), src...)
	bad = append(bad[:100:100], append([]byte{0xff, 0xfe}, src[100:]...)...)
	if _, err := Load("latin1.json", bad); err == nil || !strings.Contains(err.Error(), "latin1.json:") || !strings.Contains(err.Error(), "not valid UTF-8") {
		t.Errorf("invalid UTF-8: %v", err)
	}
	for name, doc := range map[string]string{
		"empty":       "",
		"array":       "[]",
		"null":        "null",
		"trailing":    "{} {}",
		"empty obj":   "{}",
		"bad unicode": `{"schema": "\ud800"}`,
	} {
		if ds, err := Load(name, []byte(doc)); err == nil || ds != nil {
			t.Errorf("%s: loaded", name)
		} else if !strings.HasPrefix(err.Error(), name+":") {
			t.Errorf("%s: error does not name the file: %v", name, err)
		}
	}
	big := make([]byte, MaxFileSize+1)
	if _, err := Load("big.json", big); err == nil || !strings.Contains(err.Error(), "limit") {
		t.Errorf("oversized file: %v", err)
	}
}
