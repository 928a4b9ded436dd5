// Package catalog holds every sentence the app says of its own (menus,
// dialogs, chart and handout wording, the planner), in English and Spanish,
// as message catalogues of go-i18n (active.en.toml, active.es.toml): one
// message ID per text, whole sentences with named placeholders, plurals by
// the CLDR rules of each language. The texts of a data file are not here:
// they carry their own Spanish (model.Text). A language is its code, "en"
// or "es", of any string type (model.Lang): the catalogue imports nothing
// of the app, so that every layer can use it.
package catalog

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
	"github.com/jeandeaual/go-locale"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

//go:embed active.*.toml
var files embed.FS

// english is the language every message has, said where another lacks one.
const english = "en"

// Args are the values of a message's named placeholders.
type Args = map[string]any

// localizers holds, for each language, the function that builds its
// localizer the first time it is asked for, from the embedded catalogues:
// the language's own and English, which stands in for a message it lacks.
// A window in English never parses the Spanish catalogue.
// It is written once, when the package starts, and only read after.
var localizers = func() map[string]func() *i18n.Localizer {
	out := map[string]func() *i18n.Localizer{}
	names, _ := fs.Glob(files, "active.*.toml")
	for _, name := range names {
		l := strings.TrimSuffix(strings.TrimPrefix(name, "active."), ".toml")
		out[l] = sync.OnceValue(func() *i18n.Localizer {
			b := i18n.NewBundle(language.English)
			b.RegisterUnmarshalFunc("toml", toml.Unmarshal)
			load := []string{english}
			if l != english {
				load = append(load, l)
			}
			for _, file := range load {
				// The files are compiled in and tested; a broken one shows
				// as message IDs on screen, never as a crash.
				_, _ = b.LoadMessageFileFS(files, "active."+file+".toml")
			}
			return i18n.NewLocalizer(b, l, english)
		})
	}
	return out
}()

func localize(lang, id string, count any, args []Args) string {
	get, ok := localizers[lang]
	if !ok {
		get = localizers[english]
	}
	lz := get()
	data := Args{}
	for _, a := range args {
		for k, v := range a {
			data[k] = v
		}
	}
	if count != nil {
		if _, set := data["Count"]; !set {
			data["Count"] = count
		}
	}
	s, err := lz.Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: data, PluralCount: count})
	if err != nil || s == "" {
		return fmt.Sprintf("[%s]", id)
	}
	return s
}

// T returns message id in lang, its placeholders filled from args. A
// message that lang lacks is said in English.
func T[L ~string](lang L, id string, args ...Args) string {
	return localize(string(lang), id, nil, args)
}

// N returns message id in the plural form that count n takes in lang
// ("1 term", "3 terms"; "1 trimestre", "3 trimestres"); {{.Count}} is n
// unless args set it.
func N[L ~string](lang L, id string, n any, args ...Args) string {
	return localize(string(lang), id, n, args)
}

// SystemLang is the language of the system the app runs on: Spanish when
// its locale is es-*, else English ("es", "en").
func SystemLang() string {
	tag, err := locale.GetLocale()
	if err == nil && (tag == "es" || strings.HasPrefix(strings.ToLower(tag), "es-") || strings.HasPrefix(strings.ToLower(tag), "es_")) {
		return "es"
	}
	return english
}
