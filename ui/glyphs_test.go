package ui

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"golang.org/x/image/font/sfnt"

	"careercompare/model"
	"careercompare/model/wording"
)

// TestGlyphs_Bundled: every character the window can show of ours (the
// strings of this package, its message catalogues, the built-in data,
// figures as shown) is in a font that Fyne bundles, the ones it tries before any font of the OS. A
// character missing from them depends on what the OS happens to have: under
// Wine, with no such font, the banner's "▸" was drawn as a replacement
// character. The app is built with no_emoji (scripts/buildtags), which
// leaves Fyne's emoji font out: then only the text and symbol fonts count.
func TestGlyphs_Bundled(t *testing.T) {
	var fonts []*sfnt.Font
	bundledFonts := []fyne.Resource{theme.DefaultTextFont(), theme.DefaultSymbolFont()}
	if emoji := theme.DefaultEmojiFont(); emoji != nil { // nil when built with no_emoji
		bundledFonts = append(bundledFonts, emoji)
	}
	for _, r := range bundledFonts {
		f, err := sfnt.Parse(r.Content())
		if err != nil {
			t.Fatal(err)
		}
		fonts = append(fonts, f)
	}
	var buf sfnt.Buffer
	bundled := func(r rune) bool {
		for _, f := range fonts {
			if i, err := f.GlyphIndex(&buf, r); err == nil && i != 0 {
				return true
			}
		}
		return false
	}

	texts := map[string]string{} // text → where it is
	files, _ := filepath.Glob("*.go")
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || name == "glyphs.go" { // glyphs.go names the one it replaces
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if s, err := strconv.Unquote(lit.Value); err == nil {
					texts[s] = name
				}
			}
			return true
		})
	}
	// The window's messages, in both languages.
	data, _ := filepath.Glob(filepath.Join("..", "model", "data", "*.json"))
	cats, _ := filepath.Glob(filepath.Join("..", "internal", "catalog", "*.toml"))
	data = append(data, cats...)
	for _, name := range data {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		texts[string(b)] = name
	}
	if len(files) == 0 || len(data) == 0 || len(cats) == 0 {
		t.Fatalf("no sources found: %d Go files, %d data files and catalogues", len(files), len(data))
	}
	for _, v := range []float64{-3, 2.5, 22} {
		texts[onScreen(wording.FormatValue(v, model.UnitPercent))] = "wording.FormatValue"
		texts[onScreen(wording.FormatValue(v*1000, model.UnitUSD))] = "wording.FormatValue"
	}
	top := model.Figure{Value: model.Float(239200), Unit: model.UnitUSD, TopCoded: true}
	for _, lang := range model.Langs() {
		texts[wording.NoData(lang)] = "wording.NoData"
		texts[onScreen(wording.Figure(lang, top))] = "wording.Figure"
	}

	missing := map[rune]string{}
	for s, where := range texts {
		for _, r := range s {
			if unicode.IsGraphic(r) && r != ' ' && !bundled(r) {
				missing[r] = where
			}
		}
	}
	for r, where := range missing {
		t.Errorf("%q (U+%04X, in %s) is in no font Fyne bundles: on screen it depends on the OS's fonts", r, r, where)
	}
}
