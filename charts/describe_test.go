package charts

import (
	"strings"
	"testing"

	"careercompare/model"
	"careercompare/model/modeltest"
)

// TestDescribe: a chart in words says its title, every bar as the HTML
// handout says it, and what the picture writes besides — the article's
// warning, the subtitle, the notes — in both languages.
func TestDescribe(t *testing.T) {
	for _, lang := range model.Langs() {
		for _, spec := range []BarSpec{SalarySpec(modeltest.Default(t), lang), GrowthSpec(modeltest.Default(t), lang)} {
			d := spec.Describe(lang)
			want := append([]string{spec.Title, spec.Subtitle, spec.Warning}, spec.BarWords(lang)...)
			for _, w := range append(want, spec.Notes...) {
				if !strings.Contains(d, w) {
					t.Errorf("%s %s: the words lack %q:\n%s", lang, spec.Name, w, d)
				}
			}
			if spec.Warning == "" {
				t.Errorf("%s %s: the article's chart has no warning to say", lang, spec.Name)
			}
		}
	}
}
