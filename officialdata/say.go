package officialdata

import (
	"strings"

	"careercompare/internal/catalog"
	"careercompare/model"
)

// say is message id of the app's catalogue in English and in Spanish,
// its placeholders filled from args: every text the import writes of its
// own is said so. An argument that is a model.Text is filled in each
// language with its form in that language; O*NET's and BLS's own texts
// (titles, skill names) are passed as they are, in English.
func say(id string, args ...catalog.Args) model.Text { return sayN(id, nil, args...) }

// sayN is say for a message whose form follows a count n ("its 1 task",
// "its 7 tasks"); {{.Count}} is n. A nil n is no count.
func sayN(id string, n any, args ...catalog.Args) model.Text {
	in := func(lang model.Lang) string {
		filled := catalog.Args{}
		for _, a := range args {
			for k, v := range a {
				if t, ok := v.(model.Text); ok {
					v = t.In(lang)
				}
				filled[k] = v
			}
		}
		if n == nil {
			return catalog.T(lang, id, filled)
		}
		return catalog.N(lang, id, n, filled)
	}
	return model.Text{EN: in(model.English), ES: in(model.Spanish)}
}

// same is a name that is the same in both languages: a title or a
// publisher as the source writes it ("U.S. Bureau of Labor Statistics").
func same(s string) model.Text { return model.Text{EN: s, ES: s} }

// sentences joins texts, each a sentence or more, with a space between,
// in each language.
func sentences(texts ...model.Text) model.Text {
	var en, es []string
	for _, t := range texts {
		if !t.IsZero() {
			en, es = append(en, t.EN), append(es, t.In(model.Spanish))
		}
	}
	return model.Text{EN: strings.Join(en, " "), ES: strings.Join(es, " ")}
}

// shortenText is a text shortened to at most n characters in each
// language.
func shortenText(t model.Text, n int) model.Text {
	t.EN = shorten(t.EN, n)
	if t.ES != "" {
		t.ES = shorten(t.ES, n)
	}
	return t
}

// blsCategory is one of BLS's fixed categories of typical entry education,
// related work experience and on-the-job training, in English as the
// table writes it and in Spanish; a text that is none of them stays as
// BLS writes it, in English.
func blsCategory(s string) model.Text {
	id := categoryID(s)
	if id == "" {
		return model.Say(s)
	}
	t := say(id)
	t.EN = s
	return t
}

// categoryID is the catalogue's message of a BLS category, "" for
// another text. Case, apostrophes and spacing do not matter.
func categoryID(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(strings.NewReplacer("’", "'", "‘", "'").Replace(hyphens(s))), " "))
	switch s {
	case "doctoral or professional degree":
		return "imported.category.doctoral"
	case "master's degree":
		return "imported.category.masters"
	case "bachelor's degree":
		return "imported.category.bachelors"
	case "associate's degree":
		return "imported.category.associates"
	case "postsecondary nondegree award":
		return "imported.category.postsecondary"
	case "some college, no degree":
		return "imported.category.someCollege"
	case "high school diploma or equivalent":
		return "imported.category.highSchool"
	case "no formal educational credential":
		return "imported.category.noCredential"
	case "5 years or more":
		return "imported.category.fiveOrMore"
	case "less than 5 years":
		return "imported.category.lessThanFive"
	case "none":
		return "imported.category.none"
	case "internship/residency":
		return "imported.category.internship"
	case "apprenticeship":
		return "imported.category.apprenticeship"
	case "long-term on-the-job training":
		return "imported.category.longTerm"
	case "moderate-term on-the-job training":
		return "imported.category.moderateTerm"
	case "short-term on-the-job training":
		return "imported.category.shortTerm"
	}
	return ""
}

// onetName is an O*NET education level or Job Zone name (its short form,
// before " - "; the zone's after "Job Zone Four: ") in both languages:
// O*NET's fixed lists, which Career Compare translates; a name not among
// them stays English, as O*NET writes it.
func onetName(name string) model.Text {
	key := strings.ToLower(strings.Join(strings.Fields(strings.NewReplacer("’", "'").Replace(name)), " "))
	id, ok := map[string]string{
		"less than a high school diploma":             "imported.onetLevel.lessThanHighSchool",
		"high school diploma":                         "imported.onetLevel.highSchool",
		"post-secondary certificate":                  "imported.onetLevel.postSecondaryCertificate",
		"some college courses":                        "imported.onetLevel.someCollege",
		"associate's degree (or other 2-year degree)": "imported.onetLevel.associates",
		"bachelor's degree":                           "imported.onetLevel.bachelors",
		"post-baccalaureate certificate":              "imported.onetLevel.postBaccalaureate",
		"master's degree":                             "imported.onetLevel.masters",
		"post-master's certificate":                   "imported.onetLevel.postMasters",
		"first professional degree":                   "imported.onetLevel.firstProfessional",
		"doctoral degree":                             "imported.onetLevel.doctoral",
		"post-doctoral training":                      "imported.onetLevel.postDoctoral",
		"little or no preparation needed":             "imported.onetLevel.zone1",
		"some preparation needed":                     "imported.onetLevel.zone2",
		"medium preparation needed":                   "imported.onetLevel.zone3",
		"considerable preparation needed":             "imported.onetLevel.zone4",
		"extensive preparation needed":                "imported.onetLevel.zone5",
	}[key]
	if !ok {
		return model.Say(name)
	}
	t := say(id)
	t.EN = name
	return t
}
