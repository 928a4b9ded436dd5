package model

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"careercompare/internal/loudskip"
	"time"
)

// problemLine is the form of every line of a Problems error.
var problemLine = regexp.MustCompile(`^[^\n]+:\d+: \S.*: .+$`)

// hostileCase is one bad file: either the default file with old replaced by
// new (the problem's line is the change's plus delta), or a whole doc (the
// problem's line is delta).
type hostileCase struct {
	old, new string
	doc      []byte
	delta    int
	field    string
	message  string
}

// rep joins n copies of what f makes of 0 … n-1 with sep.
func rep(n int, sep string, f func(i int) string) string {
	parts := make([]string, n)
	for i := range parts {
		parts[i] = f(i)
	}
	return strings.Join(parts, sep)
}

// minimalDoc is a valid file with n careers, one per line, so that its
// lines are known: careers start on line 5.
func minimalDoc(n int) string {
	careers := rep(n, ",\n", func(i int) string {
		return fmt.Sprintf(`{"id": "c%d", "name": "C%d", "short": "C%d", "salary": {"value": %d, "unit": "usd", "measure": "m", "source": "s"}, "growth": {"value": 1, "unit": "percent", "measure": "m", "source": "s"}}`, i, i, i, 40000+i)
	})
	diff := `{"text": "t", "source": "s"}`
	return `{"schema": 1,
"edition": {"id": "e", "name": "E", "period": "p", "banner": "b", "year": 2024},
"sources": [{"id": "s", "title": "S"}],
"careers": [
` + careers + `
],
"comparison": {"left": "c0", "right": "c1", "differences": {"education": ` + diff + `, "duties": ` + diff + `, "skills": ` + diff + `, "salary": ` + diff + `, "outlook": ` + diff + `}}
}
`
}

func TestHostile_MinimalDocLoads(t *testing.T) {
	for _, n := range []int{MinCareers, MaxCareers} {
		if _, err := Load("min.json", []byte(minimalDoc(n))); err != nil {
			t.Errorf("%d careers: %v", n, err)
		}
	}
}

func TestHostile_Files(t *testing.T) {
	fact := `{"text": "t", "source": "article"}`
	rung := func(i int) string { return fmt.Sprintf(`{"credits": %d, "label": "%d"}`, i, i) }
	ladder := func(id string, rungs, entries int) string {
		return fmt.Sprintf(`{"id": %q, "title": "T", "unit": "credits", "source": "article", "rungs": [%s], "entries": [%s]},`,
			id, rep(rungs, ", ", rung), rep(entries, ", ", func(i int) string {
				return fmt.Sprintf(`{"id": "e%d", "label": "E", "credits": 0}`, i)
			}))
	}
	longKey := strings.Repeat("k", MaxKeyLen+1)
	cases := map[string]hostileCase{
		// Size and encoding.
		"too big":        {doc: append([]byte(`{"schema": 1, "x": "`), bytes.Repeat([]byte("a"), MaxFileSize)...), delta: 1, field: "syntax", message: "the limit is 8388608"},
		"UTF-16 LE":      {doc: []byte("\xff\xfe{\x00}\x00"), delta: 1, field: "syntax", message: "file is UTF-16 text; save it as UTF-8"},
		"UTF-16 BE":      {doc: []byte("\xfe\xff\x00{\x00}"), delta: 1, field: "syntax", message: "UTF-16"},
		"bad UTF-8 line": {doc: []byte("{\n\n\"schema\": \"\xc3\x28\"}"), delta: 3, field: "syntax", message: "not valid UTF-8"},
		"BOM only":       {doc: []byte("\xef\xbb\xbf"), delta: 1, field: "syntax", message: "unexpected end of file, a value was expected"},
		"two BOMs":       {doc: []byte("\xef\xbb\xbf\xef\xbb\xbf{}"), delta: 1, field: "syntax", message: `unexpected '\ufeff'`},
		// Syntax that other JSON readers accept or people write by hand.
		"trailing comma": {old: `"duties": [`, new: `"duties": [1,]`, field: "syntax", message: "unexpected ']', a value was expected"},
		"comment":        {old: `"short": "HI",`, new: `"short": "HI", // the short name`, field: "syntax", message: `unexpected '/', a quoted field name was expected`},
		"single quotes":  {old: `"short": "HI",`, new: `"short": 'HI',`, field: "syntax", message: `unexpected '\'', a value was expected`},
		"Infinity":       {old: `"value": 34160,`, new: `"value": Infinity,`, field: "syntax", message: "strings need quotes"},
		"minus only":     {old: `"value": 34160,`, new: `"value": -,`, field: "syntax", message: "malformed number"},
		"leading zero":   {old: `"value": 34160,`, new: `"value": 034160,`, field: "syntax", message: "leading zero"},
		"bare point":     {old: `"value": 34160,`, new: `"value": 34160.,`, field: "syntax", message: "digits expected after the point"},
		"bare exponent":  {old: `"value": 34160,`, new: `"value": 34160e,`, field: "syntax", message: "digits expected in the exponent"},
		"hex number":     {old: `"value": 34160,`, new: `"value": 0x8570,`, field: "syntax", message: `unexpected 'x' after field "value"`},
		"truncated":      {doc: []byte("{\n\"schema\": 1,\n\"sources\": [\n"), delta: 4, field: "syntax", message: "unexpected end of file, a value was expected"},
		"unclosed list":  {doc: []byte("{\"sources\": [1\n\n"), delta: 3, field: "syntax", message: "a closing ] was expected"},
		"missing colon":  {old: `"short": "HI",`, new: `"short" "HI",`, field: "syntax", message: `after field "short", a colon was expected`},
		"raw tab":        {old: `"short": "HI",`, new: "\"short\": \"H\tI\",", field: "syntax", message: "control character inside a string"},
		// Escapes.
		"short escape":       {old: `"short": "HI",`, new: `"short": "\u12",`, field: "syntax", message: `invalid \u escape`},
		"escape at the end":  {doc: []byte(`{"a": "\u00`), delta: 1, field: "syntax", message: `short \u escape`},
		"lone low surrogate": {old: `"short": "HI",`, new: `"short": "\udc00x",`, field: "syntax", message: "unpaired surrogate"},
		"bad surrogate pair": {old: `"short": "HI",`, new: `"short": "\ud800\u0041",`, field: "syntax", message: "invalid surrogate pair"},
		"escaped newline":    {doc: []byte("{\"a\": \"x\\\ny\"}"), delta: 1, field: "syntax", message: `invalid escape: a backslash before '\n' in a string`},
		"escaped é":          {old: `"short": "HI",`, new: `"short": "H\éI",`, field: "syntax", message: `a backslash before 'é'`},
		"escaped NUL":        {old: `"short": "HI",`, new: `"short": "H\u0000I",`, field: "careers[0].short", message: "control character (U+0000)"},
		"escaped line break": {old: `"short": "HI",`, new: `"short": "H\nI",`, field: "careers[0].short", message: "control character (U+000A)"},
		"direction override": {old: `"short": "HI",`, new: `"short": "H\u202eI",`, field: "careers[0].short", message: "invisible direction control (U+202E)"},
		"direction isolate":  {old: `"short": "HI",`, new: "\"short\": \"H\u2067I\",", field: "careers[0].short", message: "invisible direction control (U+2067)"},
		// Keys.
		"long key":          {old: `"short": "HI",`, new: `"short": "HI", "` + longKey + `": 1,`, field: "syntax", message: "is longer than 64 bytes"},
		"key with spaces":   {old: `"short": "HI",`, new: `"short": "HI", "a b: c": 1,`, field: `careers[0]."a b: c"`, message: "unknown field"},
		"key with newline":  {old: `"short": "HI",`, new: `"short": "HI", "a\nb": 1,`, field: `careers[0]."a\nb"`, message: "unknown field"},
		"empty key":         {old: `"short": "HI",`, new: `"short": "HI", "": 1,`, field: `careers[0].""`, message: "unknown field"},
		"dotted key":        {old: `"short": "HI",`, new: `"short": "HI", "salary.value": 1,`, field: `careers[0]."salary.value"`, message: "unknown field"},
		"duplicate odd key": {old: `"short": "HI",`, new: `"short": "HI", "a b": 1, "a b": 2,`, field: `careers[0]."a b"`, message: "duplicate key"},
		// Numbers.
		"long number":     {old: `"value": 34160,`, new: `"value": 34160.` + strings.Repeat("0", MaxNumberLen) + `,`, field: "syntax", message: "is longer than 40 characters"},
		"below float":     {old: `"value": 34160,`, new: `"value": -1e309,`, field: "syntax", message: "number -1e309 is out of range"},
		"schema fraction": {old: `"schema": 1,`, new: `"schema": 1.5,`, field: "schema", message: "expected a whole number"},
		"schema huge":     {old: `"schema": 1,`, new: `"schema": 1e12,`, field: "schema", message: "expected a whole number from -1000000000 to 1000000000, found 1e12"},
		"schema 2":        {old: `"schema": 1,`, new: `"schema": 2,`, field: "schema", message: "this app reads schema 1, the file says 2"},
		"year too old":    {old: `"year": 2012`, new: `"year": 1066`, field: "edition.year", message: "year 1066 is outside 1900 … 2200"},
		"year too new":    {old: `"year": 2012`, new: `"year": 20120`, field: "edition.year", message: "outside 1900 … 2200"},
		"year as text":    {old: `"year": 2012`, new: `"year": "2012"`, field: "edition.year", message: "expected number, found string"},
		"negative credits": {old: `{"credits": 0, "label": {"en": "0 Credits"`, new: `{"credits": -90, "label": {"en": "0 Credits"`,
			field: "ladders[0].rungs[0].credits", message: "credits -90 are outside 0 … 2000"},
		"too many credits": {old: `"credits": 228,`, new: `"credits": 2228,`,
			field: "ladders[0].rungs[3].credits", message: "credits 2228 are outside 0 … 2000"},
		"growth below -100%": {old: `"value": 22,`, new: `"value": -101,`, field: "careers[0].growth.value", message: "growth -101% is outside -100% … 1000%"},
		"reference unit":     {old: `"value": 11,` + "\n" + `      "unit": "percent",`, new: `"value": 11,` + "\n" + `      "unit": "usd",`, delta: 1, field: "reference.growth.unit", message: `unit must be "percent" here, found "usd"`},
		// Counts.
		"one career":        {doc: []byte(minimalDoc(1)), delta: 4, field: "careers", message: "a data file holds 2 to 50 careers, this one has 1"},
		"51 careers":        {doc: []byte(minimalDoc(MaxCareers + 1)), delta: 4, field: "careers", message: "this one has 51"},
		"501 items":         {old: `"salary_notes": [],`, new: `"salary_notes": [` + rep(maxItems+1, ",", func(int) string { return fact }) + `],`, field: "careers[0].salary_notes", message: "list has 501 items; the limit is 500"},
		"101 facts":         {old: `"salary_notes": [],`, new: `"salary_notes": [` + rep(MaxFacts+1, ",", func(int) string { return fact }) + `],`, field: "careers[0].salary_notes", message: "list has 101 facts; the limit is 100"},
		"101 closing facts": {old: `"closing": [`, new: `"closing": [` + rep(MaxFacts, ",", func(int) string { return fact }) + `,`, field: "closing", message: "list has 101 facts"},
		"51 rungs":          {old: `"ladders": [`, new: `"ladders": [` + ladder("big", MaxRungs+1, 0), field: "ladders[0].rungs", message: "a ladder has at most 50 rungs, this one has 51"},
		"one rung":          {old: `"ladders": [`, new: `"ladders": [` + ladder("small", 1, 0), field: "ladders[0].rungs", message: "a ladder needs at least two rungs"},
		"51 entries":        {old: `"ladders": [`, new: `"ladders": [` + ladder("wide", 2, MaxEntries+1), field: "ladders[0].entries", message: "at most 50 entry points, this one has 51"},
		"51 ladders":        {old: `"ladders": [`, new: `"ladders": [` + rep(MaxLadders+1-5, "", func(i int) string { return ladder(fmt.Sprintf("l%d", i), 2, 0) }), field: "ladders", message: "at most 50 ladders, this one has 51"},
		"too many values":   {old: `"salary_notes": [],`, new: `"salary_notes": [` + strings.Repeat("0,", MaxValues) + `0],`, field: "syntax", message: "more than 262144 values"},
		// Ids and texts quoted in messages are clipped.
		"long id": {old: `"id": "dol",`, new: `"id": "` + strings.Repeat("d", 5000) + `",`, field: "sources[2].id",
			message: `id "` + strings.Repeat("d", 40) + `"… must be 1-64 lower-case letters`},
		"long unit": {old: `"unit": "usd",`, new: `"unit": "` + strings.Repeat("€", 2000) + `",`, field: "careers[0].salary.unit",
			message: `found "` + strings.Repeat("€", 40) + `"…`},
		"multibyte text at the limit": {old: `"short": "HI",`, new: `"short": "` + strings.Repeat("é", MaxTextLen+1) + `",`, field: "careers[0].short", message: "text is 1001 characters long; the limit is 1000"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			data, line := tc.doc, tc.delta
			if data == nil {
				var at int
				data, at = mutate(t, DefaultJSON(), tc.old, tc.new)
				line += at
			}
			ps := loadProblems(t, "hostile.json", data)
			want := fmt.Sprintf("hostile.json:%d: %s: ", line, tc.field)
			for _, p := range ps {
				if strings.HasPrefix(p.String(), want) && strings.Contains(p.Message, tc.message) {
					return
				}
			}
			t.Errorf("want a problem %q…%q, got:\n%v", want, tc.message, clipLines(ps.Error()))
		})
	}
}

// loadProblems loads a bad file and returns its problems, checking that each
// is one well-formed, reasonably short line.
func loadProblems(t *testing.T, name string, data []byte) Problems {
	t.Helper()
	ds, err := Load(name, data)
	if ds != nil || err == nil {
		t.Fatal("bad file loaded")
	}
	var ps Problems
	if !errors.As(err, &ps) {
		t.Fatalf("error is %T, want Problems: %v", err, err)
	}
	if len(ps) == 0 || len(ps) > MaxProblems+1 {
		t.Errorf("%d problems", len(ps))
	}
	for _, line := range strings.Split(ps.Error(), "\n") {
		if !problemLine.MatchString(line) || !strings.HasPrefix(line, name+":") {
			t.Errorf("malformed problem line %q", clipLines(line))
		}
		if len(line) > 600 {
			t.Errorf("problem line of %d bytes: %q", len(line), clipLines(line))
		}
	}
	return ps
}

func clipLines(s string) string {
	if len(s) > 2000 {
		return s[:2000] + "…"
	}
	return s
}

// TestHostile_ProblemCap proves that a file of many mistakes gets a report of
// bounded size that still counts them all.
func TestHostile_ProblemCap(t *testing.T) {
	extra := rep(MaxProblems+50, ", ", func(i int) string { return fmt.Sprintf(`"x%d": 1`, i) })
	data, line := mutate(t, DefaultJSON(), `"short": "HI",`, `"short": "HI", `+extra+`,`)
	ps := loadProblems(t, "many.json", data)
	if len(ps) != MaxProblems+1 {
		t.Fatalf("%d problems, want %d and a count of the rest", len(ps), MaxProblems+1)
	}
	last := ps[len(ps)-1].String()
	if want := fmt.Sprintf("many.json:%d: (document): 50 more problems not listed;", line); !strings.HasPrefix(last, want) {
		t.Errorf("last problem %q, want %q…", last, want)
	}
	// Exactly one over the cap is counted in the singular.
	extra = rep(MaxProblems+1, ", ", func(i int) string { return fmt.Sprintf(`"x%d": 1`, i) })
	data, _ = mutate(t, DefaultJSON(), `"short": "HI",`, `"short": "HI", `+extra+`,`)
	ps = loadProblems(t, "many.json", data)
	if m := ps[len(ps)-1].Message; !strings.HasPrefix(m, "1 more problem not listed") {
		t.Errorf("last message %q", m)
	}
}

// adversarial inputs of about n bytes, each aimed at one part of the loader.
var adversarial = map[string]func(n int) []byte{
	"open brackets":   func(n int) []byte { return bytes.Repeat([]byte("["), n) },
	"nested objects":  func(n int) []byte { return bytes.Repeat([]byte(`{"a":`), n/5) },
	"tiny objects":    func(n int) []byte { return wrap("[", bytes.Repeat([]byte("{},"), n/3), "{}]") },
	"tiny lists deep": func(n int) []byte { return wrap("[[[[[", bytes.Repeat([]byte("[],"), n/3), "[]]]]]]") },
	"zeros":           func(n int) []byte { return wrap("[", bytes.Repeat([]byte("0,"), n/2), "0]") },
	"long string": func(n int) []byte {
		return wrap(`{"schema": 1, "closing": [{"text": "`, bytes.Repeat([]byte("é"), n/2), `"}]}`)
	},
	"unicode escapes": func(n int) []byte {
		return wrap(`{"closing": [{"text": "`, bytes.Repeat([]byte(`\u00e9`), n/6), `"}]}`)
	},
	"surrogate pairs": func(n int) []byte {
		return wrap(`{"closing": [{"text": "`, bytes.Repeat([]byte(`\ud83d\ude00`), n/12), `"}]}`)
	},
	"short escapes":    func(n int) []byte { return wrap(`{"closing": [{"text": "`, bytes.Repeat([]byte(`\\`), n/2), `"}]}`) },
	"long number":      func(n int) []byte { return bytes.Repeat([]byte("1"), n) },
	"long key":         func(n int) []byte { return wrap(`{"`, bytes.Repeat([]byte("k"), n), `": 1}`) },
	"duplicate keys":   func(n int) []byte { return wrap("{", bytes.Repeat([]byte(`"a":0,`), n/6), `"a":0}`) },
	"unknown keys":     func(n int) []byte { return unknownKeys(n) },
	"blank lines":      func(n int) []byte { return wrap("", bytes.Repeat([]byte("\n"), n), "{}") },
	"wrong-type items": func(n int) []byte { return wrap(`{"careers": [`, bytes.Repeat([]byte(`[1,2,3],`), n/8), `[]]}`) },
	"many facts": func(n int) []byte {
		return wrap(`{"salary_notes": [`, bytes.Repeat([]byte(`{"text": "t", "source": "s", "x": 1},`), n/37), `{}]}`)
	},
}

func wrap(head string, body []byte, tail string) []byte {
	return append(append([]byte(head), body...), tail...)
}

func unknownKeys(n int) []byte {
	var b bytes.Buffer
	b.WriteString("{")
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, `"k%d":0,`, i)
	}
	b.WriteString(`"z":0}`)
	return b.Bytes()
}

// cost loads data and returns the time and the bytes allocated.
func cost(data []byte) (time.Duration, uint64) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	_, _ = Load("adversarial.json", data)
	d := time.Since(start)
	runtime.ReadMemStats(&after)
	return d, after.TotalAlloc - before.TotalAlloc
}

// TestHostile_LinearCost proves that no input makes the loader allocate
// more than linear memory: for each kind of adversarial input, 32 times the
// size allocates at most about 32 times as much, and memory stays within a
// small multiple of the file size. Time is measured, not asserted, by
// BenchmarkHostile (a busy machine makes any wall-clock limit flaky).
func TestHostile_LinearCost(t *testing.T) {
	if testing.Short() {
		loudskip.Skip(t, "loads several 8 MB files (-short)")
	}
	const small, big = 256 << 10, MaxFileSize - 64
	for name, gen := range adversarial {
		t.Run(name, func(t *testing.T) {
			s, b := gen(small), gen(big)
			if len(b) > MaxFileSize || len(b) < MaxFileSize/2 {
				t.Fatalf("generated %d bytes", len(b))
			}
			loadProblems(t, "adversarial.json", b)
			best := func(data []byte) (time.Duration, uint64) {
				bt, ba := cost(data)
				if d, a := cost(data); d < bt {
					bt, ba = d, a
				}
				return bt, ba
			}
			ts, as := best(s)
			tb, ab := best(b)
			t.Logf("256 KB: %v, %d KB; 8 MB: %v, %d KB", ts, as>>10, tb, ab>>10)
			if limit := uint64(12*len(b)) + 48<<20; ab > limit {
				t.Errorf("8 MB input allocates %d MB, more than %d MB", ab>>20, limit>>20)
			}
			if ab > 48*as+16<<20 {
				t.Errorf("memory grows faster than the input: %d KB for 256 KB, %d KB for 8 MB", as>>10, ab>>10)
			}
		})
	}
}

// BenchmarkHostile loads each kind of adversarial input at 256 KB and at
// 8 MB: the time per byte of the two says whether the cost is linear
// (compare their ns/op with -benchtime; a quadratic cost would grow 1024
// times, a linear one 32 times).
func BenchmarkHostile(b *testing.B) {
	for name, gen := range adversarial {
		for _, size := range []int{256 << 10, MaxFileSize - 64} {
			data := gen(size)
			b.Run(fmt.Sprintf("%s/%dKB", name, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					_, _ = Load("adversarial.json", data)
				}
			})
		}
	}
}
