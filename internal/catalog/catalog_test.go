package catalog

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"careercompare/model"
)

// pluralForms are the CLDR plural categories each language needs.
var pluralForms = map[model.Lang][]string{
	model.English: {"one", "other"},
	model.Spanish: {"many", "one", "other"},
}

// message is one catalogue entry: a text, or its plural forms.
type message map[string]string

// readCatalog flattens a catalogue file into message IDs.
func readCatalog(t *testing.T, lang model.Lang) map[string]message {
	t.Helper()
	b, err := os.ReadFile("active." + string(lang) + ".toml")
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := toml.Unmarshal(b, &doc); err != nil {
		t.Fatalf("active.%s.toml: %v", lang, err)
	}
	out := map[string]message{}
	var walk func(prefix string, v map[string]any)
	walk = func(prefix string, v map[string]any) {
		plural := message{}
		for k, x := range v {
			id := strings.TrimPrefix(prefix+"."+k, ".")
			switch x := x.(type) {
			case string:
				if slices.Contains([]string{"zero", "one", "two", "few", "many", "other"}, k) {
					plural[k] = x
				} else {
					out[id] = message{"": x}
				}
			case map[string]any:
				walk(id, x)
			default:
				t.Errorf("active.%s.toml: %s is a %T", lang, id, x)
			}
		}
		if len(plural) > 0 {
			out[prefix] = plural
		}
	}
	walk("", doc)
	return out
}

var placeholder = regexp.MustCompile(`\{\{\s*\.(\w+)\s*\}\}`)

func placeholders(m message) []string {
	set := map[string]bool{}
	for _, s := range m {
		for _, p := range placeholder.FindAllStringSubmatch(s, -1) {
			set[p[1]] = true
		}
	}
	var out []string
	for p := range set {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// TestCatalog_Complete: every message is in every language, with the same
// placeholders and the plural forms the language needs.
func TestCatalog_Complete(t *testing.T) {
	en, es := readCatalog(t, model.English), readCatalog(t, model.Spanish)
	if len(en) < 10 {
		t.Fatalf("only %d English messages", len(en))
	}
	for _, c := range []struct {
		lang     model.Lang
		msgs     map[string]message
		other    map[string]message
		otherTag model.Lang
	}{{model.English, en, es, model.Spanish}, {model.Spanish, es, en, model.English}} {
		for id, m := range c.msgs {
			o, ok := c.other[id]
			if !ok {
				t.Errorf("%s is in active.%s.toml, not in active.%s.toml", id, c.lang, c.otherTag)
				continue
			}
			if a, b := placeholders(m), placeholders(o); !slices.Equal(a, b) {
				t.Errorf("%s: placeholders %v in %s, %v in %s", id, a, c.lang, b, c.otherTag)
			}
			if _, text := m[""]; !text {
				for _, f := range pluralForms[c.lang] {
					if m[f] == "" {
						t.Errorf("%s in %s lacks the plural form %q", id, c.lang, f)
					}
				}
			} else if m[""] == "" {
				t.Errorf("%s in %s is empty", id, c.lang)
			}
		}
	}
}

// TestCatalog_Renders: every message says something in both languages
// with its placeholders filled, never a template error.
func TestCatalog_Renders(t *testing.T) {
	for _, lang := range model.Langs() {
		for id, m := range readCatalog(t, lang) {
			args := Args{}
			for _, p := range placeholders(m) {
				args[p] = "X" + p
			}
			for _, n := range []int{1, 3} {
				got := N(lang, id, n, args)
				if _, text := m[""]; text {
					got = T(lang, id, args)
				}
				if got == "" || strings.HasPrefix(got, "[") || strings.Contains(got, "{{") || strings.Contains(got, "<no value>") {
					t.Errorf("%s %s: %q", lang, id, got)
				}
			}
		}
	}
	if got := N(model.Spanish, "plan.terms", 1); got != "1 período" {
		t.Errorf("one term in Spanish: %q", got)
	}
	if got := N(model.Spanish, "plan.terms", 3); got != "3 períodos" {
		t.Errorf("three terms in Spanish: %q", got)
	}
}

// TestCatalog_UsedAndDefined: every message ID the code names exists, and
// every message is named somewhere in the code. An ID is named by a
// string literal equal to it (an argument of T or N, or an entry of a
// table); the first argument of T and N must be such a literal or a
// variable.
func TestCatalog_UsedAndDefined(t *testing.T) {
	defined := readCatalog(t, model.English)
	used := map[string]bool{}
	fset := token.NewFileSet()
	err := filepath.WalkDir("../..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") && path != "../.." || d.Name() == "testdata" || d.Name() == "dist") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.BasicLit:
				if x.Kind == token.STRING {
					if s, err := strconv.Unquote(x.Value); err == nil {
						if _, ok := defined[s]; ok {
							used[s] = true
						}
					}
				}
			case *ast.CallExpr:
				sel, ok := x.Fun.(*ast.SelectorExpr)
				if !ok || len(x.Args) < 2 || (sel.Sel.Name != "T" && sel.Sel.Name != "N") {
					return true
				}
				if pkg, ok := sel.X.(*ast.Ident); !ok || pkg.Name != "catalog" {
					return true
				}
				if lit, ok := x.Args[1].(*ast.BasicLit); ok {
					id, _ := strconv.Unquote(lit.Value)
					if _, ok := defined[id]; !ok {
						t.Errorf("%s: message %q is not in the catalogue", fset.Position(lit.Pos()), id)
					}
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for id := range defined {
		if !used[id] {
			t.Errorf("message %q is not used by the code", id)
		}
	}
}
