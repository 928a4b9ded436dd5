package charts

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"careercompare/model"
	"careercompare/model/modeltest"
)

// ladderGoldenDir holds the golden ladder pictures.
const ladderGoldenDir = "testdata/golden-ladder"

// ladderCase is one ladder picture of the golden test.
type ladderCase struct {
	ladder *model.Ladder
	path   model.Path
	words  LadderWords
	size   Size
	theme  Theme
}

// ladderPaths are the paths every ladder is drawn with, by name: none; the
// plan of modeltest.Planned (a transfer student with 40 credits, to the
// third rung), where it applies; and another entry to the top rung,
// planned from nothing earned.
func ladderPaths(t testing.TB, l *model.Ladder) map[string]model.Path {
	t.Helper()
	out := map[string]model.Path{"none": model.NoPath()}
	planned := modeltest.Planned(t).Path.PlanInput
	other := model.PlanInput{Entry: l.Entries[len(l.Entries)-1].ID, Goal: len(l.Rungs) - 1, PerTerm: 12, TermsPerYear: 3}
	for name, in := range map[string]model.PlanInput{"planned": planned, "other": other} {
		p, err := l.Plan(in)
		if err != nil {
			// The entry and goal chosen, the planner's answer pending.
			p = nil
		}
		out[name] = model.Path{PlanInput: in, Plan: p}
	}
	return out
}

// ladderFileWords are the words of a ladder file: the plan, the notes, the
// careers' tags and a footer.
func ladderFileWords(c model.Comparison, l *model.Ladder, lang model.Lang) LadderWords {
	c.Ladder = l
	return LadderWords{Lang: lang, Plan: true, Notes: true, Tags: CareerTags(c, lang),
		Footer: []string{model.Text{EN: "Source: the golden test's footer.", ES: "Fuente: el pie de la prueba."}.In(lang)}}
}

// ladderCases are the pictures of the golden test, by golden file name:
// every ladder of every built-in edition (the ladders the careers name and
// the other programs') at 600×400, 1200×800 and 1920×1080, with each path
// of ladderPaths, in both languages, as a file writes it. The editions
// share their ladders (a college's programs do not change with BLS's
// edition), so an edition whose ladder and tags are those of an earlier
// one shares its golden file; one whose differ gets its own, named with
// the edition. Besides, the careers' ladder as the window draws it at
// large text — narrow, where degrees stand above each other and credit
// labels go a line lower, and short — and in the dark theme.
func ladderCases(t testing.TB) map[string][]ladderCase {
	t.Helper()
	out := map[string][]ladderCase{}
	type seen struct {
		ladder model.Ladder
		tags   [2][]LadderTag
	}
	first := map[string]seen{}
	sizes := []Size{{Width: 600, Height: 400, Scale: 1}, {Width: 1200, Height: 800, Scale: 1}, {Width: 1920, Height: 1080, Scale: 1}}
	for _, e := range model.Editions() {
		ds, err := model.LoadEdition(e.ID)
		if err != nil {
			t.Fatal(err)
		}
		c, err := ds.DefaultComparison()
		if err != nil {
			t.Fatal(err)
		}
		if len(c.Ladders()) == 0 {
			t.Fatalf("%s: the default careers name no ladder", e.ID)
		}
		for i := range ds.Ladders {
			l := &ds.Ladders[i]
			prefix := l.ID
			s := seen{ladder: *l, tags: [2][]LadderTag{ladderFileWords(c, l, model.English).Tags, ladderFileWords(c, l, model.Spanish).Tags}}
			if f, ok := first[l.ID]; !ok {
				first[l.ID] = s
			} else if !reflect.DeepEqual(f, s) {
				prefix = e.ID + "-" + l.ID
			}
			for pname, path := range ladderPaths(t, l) {
				for _, size := range sizes {
					for _, lang := range model.Langs() {
						name := fmt.Sprintf("%s-%s-%s-%s", prefix, sizeName(size), pname, lang)
						out[name] = append(out[name], ladderCase{ladder: l, path: path, words: ladderFileWords(c, l, lang), size: size, theme: Light})
					}
				}
			}
		}
	}
	c := modeltest.Default(t)
	paths := ladderPaths(t, c.Ladder)
	for _, lang := range model.Langs() {
		window := LadderWords{Lang: lang, Tags: CareerTags(c, lang)}
		for _, pname := range []string{"none", "planned"} {
			for sname, size := range map[string]Size{
				"narrow": {Width: 420, Height: 600, Scale: 1, MinText: 11},
				"large":  {Width: 600, Height: 400, Scale: 1, TextScale: 2, MinText: 11},
			} {
				name := fmt.Sprintf("window-%s-%s-%s-%s", c.Ladder.ID, sname, pname, lang)
				out[name] = append(out[name], ladderCase{ladder: c.Ladder, path: paths[pname], words: window, size: size, theme: Light})
			}
		}
		name := fmt.Sprintf("dark-%s-1200x800-planned-%s", c.Ladder.ID, lang)
		size := Size{Width: 1200, Height: 800, Scale: 1}
		out[name] = append(out[name], ladderCase{ladder: c.Ladder, path: paths["planned"], words: ladderFileWords(c, c.Ladder, lang), size: size, theme: Dark})
	}
	return out
}

// TestLadder_Golden draws every picture of ladderCases as SVG and compares
// it with its golden file in testdata/golden-ladder; a picture that
// differs is written beside it as NAME.failed.svg for a look, and -update
// (the flag of TestBars_Golden) rewrites the golden files.
func TestLadder_Golden(t *testing.T) {
	cases := ladderCases(t)
	if *update {
		if err := os.MkdirAll(ladderGoldenDir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for name, cs := range cases {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(ladderGoldenDir, name+".svg")
			for i, c := range cs {
				var buf bytes.Buffer
				if _, err := RenderLadder(c.ladder, c.path, c.words, c.size, c.theme, SVG, &buf); err != nil {
					t.Fatal(err)
				}
				if *update && i == 0 {
					if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (go test ./charts -run Golden -update writes it)", err)
				}
				if !bytes.Equal(buf.Bytes(), want) {
					failed := filepath.Join(ladderGoldenDir, name+".failed.svg")
					if err := os.WriteFile(failed, buf.Bytes(), 0o644); err != nil {
						t.Error(err)
					}
					t.Fatalf("%s (drawing %d of %d) differs from its golden picture: the new one is %s (-update takes it)", name, i+1, len(cs), failed)
				}
			}
		})
	}
}

// TestLadder_GoldenCovers: the golden pictures take in every built-in
// edition's every ladder, plans that apply, and no golden file is left
// over from a case that is gone.
func TestLadder_GoldenCovers(t *testing.T) {
	cases := ladderCases(t)
	drawn, planned := map[string]bool{}, 0
	for _, cs := range cases {
		for _, c := range cs {
			drawn[c.ladder.ID] = true
			if c.path.Plan != nil {
				planned++
			}
		}
	}
	for _, e := range model.Editions() {
		ds, err := model.LoadEdition(e.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range ds.Ladders {
			if !drawn[l.ID] {
				t.Errorf("%s: ladder %s is drawn by no golden case", e.ID, l.ID)
			}
		}
	}
	if planned == 0 {
		t.Error("no golden case has a planned path")
	}
	files, err := filepath.Glob(filepath.Join(ladderGoldenDir, "*.svg"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		name := filepath.Base(f)
		if filepath.Ext(name[:len(name)-len(".svg")]) == ".failed" {
			continue
		}
		if _, ok := cases[name[:len(name)-len(".svg")]]; !ok {
			t.Errorf("%s is the golden picture of no case (remove it)", f)
		}
	}
}
