package model

// Fuzz tests. `go test ./model/` runs their seed corpus (testdata/fuzz/...
// and the f.Add calls) as ordinary tests; scripts/fuzz.sh runs each target
// with random inputs for a while.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

var fuzzProblem = regexp.MustCompile(`^fuzz\.json:\d+: \S.*: .+`)

// FuzzLoad loads any bytes: the loader never panics, and returns either a
// dataset or problems, each one line FILE:LINE: field: message. A dataset
// it returns, written out again, loads again to the same dataset.
func FuzzLoad(f *testing.F) {
	for _, e := range Editions() {
		b, err := EditionJSON(e.ID)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(minimalDoc(2)))
	f.Add([]byte(minimalDoc(1)))
	f.Add([]byte(`{"schema": 1, "careers": [[]], "x": {"y": null}}`))
	f.Add([]byte("\xef\xbb\xbf{\"a\\u0000b\": \"\\ud83d\\ude00\"}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ds, err := Load("fuzz.json", data)
		if err != nil {
			if ds != nil {
				t.Fatal("a dataset and an error")
			}
			var ps Problems
			if !errors.As(err, &ps) {
				t.Fatalf("error is %T, not Problems: %v", err, err)
			}
			if len(ps) == 0 || len(ps) > MaxProblems+1 {
				t.Fatalf("%d problems", len(ps))
			}
			lines := strings.Split(err.Error(), "\n")
			if len(lines) != len(ps) {
				t.Fatalf("%d problems on %d lines:\n%s", len(ps), len(lines), err)
			}
			for _, l := range lines {
				if !fuzzProblem.MatchString(l) {
					t.Fatalf("malformed problem %q", l)
				}
			}
			return
		}
		if ds == nil {
			t.Fatal("no dataset and no error")
		}
		out := encode(t, ds)
		again, err := Load("fuzz.json", out)
		if err != nil {
			t.Fatalf("a loaded dataset, written out, does not load again: %v\n%s", err, out)
		}
		if !bytes.Equal(encode(t, again), out) {
			t.Fatalf("a loaded dataset, written out and loaded again, differs:\n%s\n%s", out, encode(t, again))
		}
	})
}

// TestEncodeDataset proves the fuzz test's writer: the built-in editions
// written out load to the same datasets.
func TestEncodeDataset(t *testing.T) {
	for _, e := range Editions() {
		ds, err := LoadEdition(e.ID)
		if err != nil {
			t.Fatal(err)
		}
		again, err := Load("again.json", encode(t, ds))
		if err != nil {
			t.Fatalf("%s written out: %v", e.ID, err)
		}
		if !reflect.DeepEqual(normalize(t, ds), normalize(t, again)) {
			t.Errorf("%s written out and loaded again differs", e.ID)
		}
	}
}

// normalize writes out and reads back, so that empty and absent lists
// compare equal.
func normalize(t testing.TB, ds *Dataset) string { return string(encode(t, ds)) }

// encode writes a dataset as a data file: required fields always, others
// only when not empty (the json tags say which).
func encode(t testing.TB, ds *Dataset) []byte {
	t.Helper()
	b, err := json.Marshal(ds)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// FuzzParseTree checks the position-tracking parser against encoding/json:
// what it accepts is JSON with the same values, every line is in the file
// and in order, and what it refuses that encoding/json accepts is refused
// for one of the loader's limits.
func FuzzParseTree(f *testing.F) {
	for _, s := range []string{
		`{"a": [1, -0.5e+3, true, false, null, "x\u00e9\ud83d\ude00\n"], "a": {}}`,
		"[\n1,\n2\n]", `"\/\b\f\n\r\t\\\""`, `1e400`, `1e-400`, `"\ud800"`, `[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]`,
		"\xef\xbb\xbf{}", `{"` + strings.Repeat("k", 65) + `": 1}`, "0.1000000000000000055511151231257827021181583404541015625",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		root, err := parseTree(data)
		body := trimBOM(data)
		if err != nil {
			var se *syntaxError
			if !errors.As(err, &se) || se.line < 1 || se.msg == "" || strings.Contains(se.msg, "\n") {
				t.Fatalf("bad error %#v", err)
			}
			if json.Valid(body) && utf8.Valid(body) && len(data) <= MaxFileSize {
				for _, limit := range []string{"nesting deeper", "more than", "longer than", "out of range", "surrogate"} {
					if strings.Contains(se.msg, limit) {
						return
					}
				}
				t.Fatalf("valid JSON refused: %v", err)
			}
			return
		}
		if !json.Valid(body) {
			t.Fatalf("invalid JSON accepted: %q", data)
		}
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.UseNumber()
		var v any
		if err := dec.Decode(&v); err != nil {
			t.Fatal(err)
		}
		lines := 1 + bytes.Count(body, []byte("\n"))
		last, count := 1, 0
		if err := checkLines(root, 1, &last, lines, &count); err != nil {
			t.Fatal(err)
		}
		if count > MaxValues {
			t.Fatalf("%d values", count)
		}
		if err := sameValue(root, v); err != nil {
			t.Fatal(err)
		}
	})
}

// checkLines checks that every line of a tree is in the file and that lines
// never decrease through the document, and counts the values and bounds
// their depth.
func checkLines(n *node, depth int, last *int, lines int, count *int) error {
	*count++
	if n.line < *last || n.line > lines {
		return fmt.Errorf("value on line %d after line %d, in a file of %d lines", n.line, *last, lines)
	}
	*last = n.line
	if (n.kind == kindArray || n.kind == kindObject) && depth > MaxDepth {
		return fmt.Errorf("depth %d", depth)
	}
	for _, item := range n.items {
		if err := checkLines(item, depth+1, last, lines, count); err != nil {
			return err
		}
	}
	for _, m := range n.members {
		if len(m.key) > MaxKeyLen || m.line < *last || m.line > m.val.line {
			return fmt.Errorf("key %q on line %d after line %d, its value on line %d", m.key, m.line, *last, m.val.line)
		}
		if err := checkLines(m.val, depth+1, last, lines, count); err != nil {
			return err
		}
	}
	return nil
}

// sameValue compares a parsed node with what encoding/json made of it.
func sameValue(n *node, v any) error {
	switch n.kind {
	case kindNull:
		if v != nil {
			return fmt.Errorf("null, encoding/json %v", v)
		}
	case kindBool:
		if b, ok := v.(bool); !ok || b != n.boolean {
			return fmt.Errorf("%v, encoding/json %v", n.boolean, v)
		}
	case kindNumber:
		num, ok := v.(json.Number)
		if !ok || string(num) != n.str {
			return fmt.Errorf("%s, encoding/json %v", n.str, v)
		}
		if f, err := strconv.ParseFloat(string(num), 64); err != nil || f != n.num || math.IsInf(n.num, 0) {
			return fmt.Errorf("number %s read as %v", num, n.num)
		}
	case kindString:
		if s, ok := v.(string); !ok || s != n.str {
			return fmt.Errorf("%q, encoding/json %q", n.str, v)
		}
	case kindArray:
		a, ok := v.([]any)
		if !ok || len(a) != len(n.items) {
			return fmt.Errorf("list of %d, encoding/json %v", len(n.items), v)
		}
		for i, item := range n.items {
			if err := sameValue(item, a[i]); err != nil {
				return err
			}
		}
	case kindObject:
		m, ok := v.(map[string]any)
		if !ok {
			return fmt.Errorf("object, encoding/json %v", v)
		}
		// encoding/json keeps the last of duplicate keys.
		lastOf := map[string]*node{}
		for _, mem := range n.members {
			lastOf[mem.key] = mem.val
		}
		if len(lastOf) != len(m) {
			return fmt.Errorf("%d keys, encoding/json %d", len(lastOf), len(m))
		}
		for k, val := range lastOf {
			want, ok := m[k]
			if !ok {
				return fmt.Errorf("key %q unknown to encoding/json", k)
			}
			if err := sameValue(val, want); err != nil {
				return err
			}
		}
	}
	return nil
}

// FuzzPlan plans any input on the built-in ladders: the planner never
// panics, refuses bad input with a PlanError, and its plans add up.
func FuzzPlan(f *testing.F) {
	ds, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(uint8(0), uint8(0), "", 1, 0.0, 15.0, 4.0)
	f.Add(uint8(0), uint8(1), "", 2, 40.0, 15.0, 4.0)
	f.Add(uint8(0), uint8(0), "masters-degree-pursuers", 3, 0.0, 12.0, 2.0)
	f.Add(uint8(1), uint8(2), "", 2, 89.5, 7.5, 3.0)
	f.Add(uint8(0), uint8(0), "transfer-students", 1, math.NaN(), math.Inf(1), -1.0)
	f.Fuzz(func(t *testing.T, ladder, entryIndex uint8, entry string, goal int, earned, perTerm, terms float64) {
		l := &ds.Ladders[int(ladder)%len(ds.Ladders)]
		if entry == "" {
			entry = l.Entries[int(entryIndex)%len(l.Entries)].ID
		}
		in := PlanInput{Entry: entry, Goal: goal, Earned: earned, PerTerm: perTerm, TermsPerYear: terms}
		p, err := l.Plan(in)
		if err != nil {
			var pe *PlanError
			if p != nil || !errors.As(err, &pe) || pe.Message == "" {
				t.Fatalf("Plan(%+v) = %+v, %v", in, p, err)
			}
			switch pe.Field {
			case "entry", "goal", "earned", "pace", "terms":
			default:
				t.Fatalf("error names field %q", pe.Field)
			}
			return
		}
		if err := checkPlan(l, in, p); err != nil {
			t.Fatalf("Plan(%+v) = %+v: %v", in, p, err)
		}
	})
}

// checkPlan checks that a plan adds up.
func checkPlan(l *Ladder, in PlanInput, p *Plan) error {
	e, _ := l.Entry(in.Entry)
	switch {
	case p.Start != e.Credits || p.Position != p.Start+in.Earned || p.Goal != l.Rungs[in.Goal].Credits:
		return errors.New("start, position or goal wrong")
	case p.Remaining != p.Goal-p.Position:
		return errors.New("remaining is not goal - position")
	case p.Remaining < 0 || p.Terms < 0:
		return errors.New("negative remaining or terms")
	// The planner rounds away float noise of up to 1e-9 of a term.
	case float64(p.Terms)*in.PerTerm < p.Remaining-1e-9*in.PerTerm*(1+1e-9):
		return fmt.Errorf("%d terms of %g credits do not cover %g", p.Terms, in.PerTerm, p.Remaining)
	case p.Terms > 0 && float64(p.Terms-1)*in.PerTerm >= p.Remaining:
		return fmt.Errorf("%d terms of %g credits: one fewer would do for %g", p.Terms, in.PerTerm, p.Remaining)
	case p.Years != float64(p.Terms)/in.TermsPerYear:
		return errors.New("years is not terms / terms per year")
	case (p.Remaining == 0) != (len(p.Steps) == 0):
		return errors.New("steps without credits to go, or none with")
	}
	for i, s := range p.Steps {
		if s.Rung > in.Goal || s.Credits != l.Rungs[s.Rung].Credits || s.Credits <= p.Position || s.Needed != s.Credits-p.Position {
			return fmt.Errorf("step %d %+v is off the path", i, s)
		}
		if i > 0 {
			prev := p.Steps[i-1]
			if s.Rung <= prev.Rung || s.Credits <= prev.Credits || s.Needed <= prev.Needed || s.Terms < prev.Terms {
				return fmt.Errorf("step %d %+v does not follow %+v", i, s, prev)
			}
		}
	}
	if n := len(p.Steps); n > 0 && (p.Steps[n-1].Rung != in.Goal || p.Steps[n-1].Terms != p.Terms) {
		return fmt.Errorf("last step %+v is not the goal", p.Steps[n-1])
	}
	return nil
}
