package officialdata

import (
	"testing"

	"careercompare/internal/catalog"
	"careercompare/model"
)

// TestBLSCategory: each of BLS's categories of typical entry education,
// related work experience and on-the-job training has its Spanish, however
// the workbook writes its apostrophes, hyphens, case and spaces; its
// English stays as the workbook writes it; another text stays English.
func TestBLSCategory(t *testing.T) {
	for name, c := range map[string]struct{ in, es string }{
		"doctoral":       {"Doctoral or professional degree", "Doctorado o título profesional"},
		"master's":       {"Master's degree", "Maestría"},
		"bachelor's":     {"Bachelor's degree", "Licenciatura (título universitario de cuatro años)"},
		"curly":          {"Bachelor’s degree", "Licenciatura (título universitario de cuatro años)"},
		"associate's":    {"Associate's degree", "Título de asociado"},
		"postsecondary":  {"Postsecondary nondegree award", "Certificado postsecundario sin título universitario"},
		"some college":   {"Some college, no degree", "Algunos estudios universitarios, sin título"},
		"high school":    {"High school diploma or equivalent", "Diploma de escuela secundaria (high school) o equivalente"},
		"no credential":  {"No formal educational credential", "Ningún diploma o título formal"},
		"5 or more":      {"5 years or more", "5 años o más"},
		"less than 5":    {"Less than 5 years", "Menos de 5 años"},
		"none":           {"None", "Ninguna"},
		"spaced":         {" none ", "Ninguna"},
		"internship":     {"Internship/residency", "Pasantía o residencia"},
		"apprenticeship": {"Apprenticeship", "Programa de aprendiz (apprenticeship)"},
		"long-term":      {"Long-term on-the-job training", "Capacitación en el trabajo a largo plazo"},
		"hyphen":         {"Long‑term on‑the‑job training", "Capacitación en el trabajo a largo plazo"},
		"moderate-term":  {"Moderate-term on-the-job training", "Capacitación en el trabajo a mediano plazo"},
		"short-term":     {"Short-term on-the-job training", "Capacitación en el trabajo a corto plazo"},
		"unknown":        {"See How to Become One", ""},
		"unavailable":    {"—", ""},
	} {
		if got := blsCategory(c.in); got.EN != c.in || got.ES != c.es {
			t.Errorf("%s: %+v, want Spanish %q", name, got, c.es)
		}
	}
}

// TestSay: a message in both languages, a model.Text argument in each
// language's form, and a plural by its count.
func TestSay(t *testing.T) {
	got := say("imported.education.entry", catalog.Args{"Education": blsCategory("Associate's degree")})
	if want := (model.Text{EN: "Typical education needed for entry: Associate's degree.", ES: "Educación típica necesaria para empezar: Título de asociado."}); got != want {
		t.Errorf("say: %+v", got)
	}
	for n, want := range map[int]model.Text{1: {EN: "its only task", ES: "su única tarea"}, 7: {EN: "its 7 tasks", ES: "sus 7 tareas"}} {
		if got := sayN("imported.tasks.all", n); got != want {
			t.Errorf("sayN %d: %+v", n, got)
		}
	}
}
