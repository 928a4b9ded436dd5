package officialdata_test

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"careercompare/model"
	"careercompare/officialdata"
	"careercompare/officialdata/officialtest"
)

// texts lists every model.Text of a dataset by its path, e.g.
// "Careers[2].Salary.Measure".
func texts(ds *model.Dataset) map[string]model.Text {
	out := map[string]model.Text{}
	textType := reflect.TypeFor[model.Text]()
	var walk func(path string, v reflect.Value)
	walk = func(path string, v reflect.Value) {
		switch {
		case v.Type() == textType:
			out[path] = v.Interface().(model.Text)
		case v.Kind() == reflect.Pointer:
			if !v.IsNil() {
				walk(path, v.Elem())
			}
		case v.Kind() == reflect.Slice:
			for i := range v.Len() {
				walk(fmt.Sprintf("%s[%d]", path, i), v.Index(i))
			}
		case v.Kind() == reflect.Struct:
			for i := range v.NumField() {
				walk(strings.TrimPrefix(path+"."+v.Type().Field(i).Name, "."), v.Field(i))
			}
		}
	}
	walk("", reflect.ValueOf(ds).Elem())
	return out
}

// TestImport_Spanish: every text the import writes of its own (the
// edition, the sources' notes, the figures' measures, periods, editions,
// notes and reasons, the reference's name, BLS's categories of entry
// education, the facts it states) has a Spanish form that is not its
// English; O*NET's titles, descriptions and tasks stay English only.
func TestImport_Spanish(t *testing.T) {
	// Where O*NET's and BLS's own words are: an occupation's title and its
	// abbreviation, and its duties (O*NET's description and tasks, around
	// the note the import writes before the tasks, checked below). Names
	// the same in both languages: a source's title, short name and
	// publisher.
	sourcesOwn := regexp.MustCompile(`^Careers\[\d+\]\.(Name|Short|Duties\[\d+\]\.Text)$`)
	sameNames := regexp.MustCompile(`^Sources\[\d+\]\.(Title|Short|Publisher)$`)
	for name, ds := range map[string]*model.Dataset{
		"31.0 and 2025–35: groups, a capped and a missing wage, one download only": first(import31(t, "29-9021", "11-9111", "29-2072", "29-1023", "27-2011",
			"29-2011", "21-1011", "31-1121", "15-1299.08", "55-1011", "43-6013", "45-3031")),
		"30.1 and 2024–34": first(imported(t, officialtest.Workbook2434(t), "29-9021", "11-9111", "43-6013", "29-2036")),
		"30.1 and 2023–33": first(imported(t, officialtest.Workbook2333(t), "29-9021", "11-9111")),
	} {
		t.Run(name, func(t *testing.T) {
			all := texts(ds)
			checked := 0
			for path, x := range all {
				switch {
				case !model.NeedsSpanish(x.EN) || sourcesOwn.MatchString(path):
				case sameNames.MatchString(path):
					if x.ES != x.EN {
						t.Errorf("%s: a name, %q, is %q in Spanish", path, x.EN, x.ES)
					}
				case x.ES == "" && path == "Edition.Translation":
				case x.ES == "" || x.ES == x.EN:
					t.Errorf("%s: %q has no Spanish of its own (%q)", path, x.EN, x.ES)
				default:
					checked++
				}
			}
			if checked < 20*len(ds.Careers) {
				t.Errorf("only %d texts checked of %d careers", checked, len(ds.Careers))
			}
			if tr := ds.Edition.Translation; tr.EN != "" || !strings.Contains(tr.ES, "O*NET") {
				t.Errorf("translation %+v", tr)
			}
			// Each career's duties have one Spanish fact, the note before
			// the tasks or that O*NET has none; the rest is O*NET's.
			for _, k := range ds.Careers {
				n := 0
				for _, f := range k.Duties {
					if f.Text.ES != "" {
						n++
					}
				}
				if n != 1 {
					t.Errorf("%s: %d duties in Spanish:\n%s", k.ID, n, facts(k.Duties))
				}
			}
		})
	}
}

// TestImport_SpanishWording: the Spanish a parent reads of the 2025–35
// import, as the built-in editions say it.
func TestImport_SpanishWording(t *testing.T) {
	ds, _ := import31(t, "29-9021", "11-9111", "29-1023", "27-2011", "29-2011")
	es := func(x model.Text) string { return x.ES }
	hi, him := career(t, ds, "soc-29-9021"), career(t, ds, "soc-11-9111")
	for name, c := range map[string]struct{ got, want string }{
		"measure":     {es(hi.Salary.Measure), "salario anual mediano"},
		"period":      {es(hi.Salary.Period), "mayo de 2025"},
		"growth":      {es(hi.Growth.Measure), "crecimiento porcentual del empleo 2025–35"},
		"openings":    {es(hi.Openings.Measure), "vacantes al año, en promedio, 2025–35"},
		"edition":     {es(hi.Salary.Edition), "edición 2025–35"},
		"reference":   {es(ds.Reference.Name), "Total, todas las ocupaciones"},
		"name":        {es(ds.Edition.Name), "O*NET 31.0 y BLS 2025–35 (importados)"},
		"associate's": {es(hi.Typical.Education), "Título de asociado"},
		"bachelor's":  {es(him.Typical.Education), "Licenciatura (título universitario de cuatro años)"},
		"none":        {es(hi.Typical.Experience), "Ninguna"},
		"entry":       {es(hi.Education[0].Text), "Educación típica necesaria para empezar: Título de asociado. Experiencia laboral en una ocupación relacionada: Ninguna. Capacitación típica en el trabajo: Ninguna."},
		"zone":        {es(hi.Education[2].Text), "Zona de trabajo (Job Zone) 3 de 5 de O*NET: Preparación media necesaria."},
		"no skills":   {es(hi.Skills[0].Text), "O*NET no tiene calificaciones de habilidades para esta ocupación."},
		"tasks":       {es(hi.Duties[1].Text), "O*NET no ha calificado las tareas de esta ocupación: abajo, las primeras 6 de sus 7 tareas, como O*NET las lista, sin orden de importancia."},
		"employment":  {es(hi.OutlookNotes[0].Text), "Empleo: 42,500 empleos en 2025; 49,300 proyectados para 2035 (+6,800)."},
		"footnote":    {es(ds.SalaryFootnote.Text), "Mediana: la mitad de los trabajadores de la ocupación, de todos los niveles de experiencia, ganó más, y la otra mitad, menos. No es un salario inicial."},
		"absent":      {es(career(t, ds, "soc-27-2011").Salary.Absent), "el BLS no publica la mediana"},
		"top code":    {es(career(t, ds, "soc-29-1023").Salary.Note), "El BLS escribe “>=$239,200”: la mediana es de $239,200 o más, el salario más alto que publica su encuesta de empleadores (OEWS)."},
		"group":       {es(career(t, ds, "soc-29-2011").Salary.Occupation), "cifras del BLS del grupo 29-2010, Clinical laboratory technologists and technicians"},
	} {
		if c.got != c.want {
			t.Errorf("%s: %q, want %q", name, c.got, c.want)
		}
	}
	// O*NET's fixed levels of education are said in Spanish, their shares kept.
	levels := ""
	for _, f := range him.Education {
		if strings.Contains(f.Text.EN, "Education level required") {
			levels = es(f.Text)
		}
	}
	if !strings.Contains(levels, "Licenciatura") || strings.Contains(levels, "Bachelor's Degree") || !strings.Contains(levels, "%") {
		t.Errorf("O*NET's education levels in Spanish: %q", levels)
	}
	if s := es(him.Skills[0].Text); !strings.Contains(s, " — O*NET califica su importancia con ") || !strings.Contains(s, " de 5 y el nivel necesario con ") {
		t.Errorf("a skill in Spanish: %q", s)
	}
	for _, k := range ds.Careers {
		if !k.Salary.Footnote {
			t.Errorf("%s: the salary footnote does not apply to its salary", k.ID)
		}
	}
	if ds.Reference.Salary.Footnote || !strings.HasPrefix(ds.SalaryFootnote.Text.EN, "Median: half the workers") || ds.SalaryFootnote.Source != officialdata.SourceBLS {
		t.Errorf("footnote %+v, reference %+v", ds.SalaryFootnote, ds.Reference.Salary)
	}
	if n := ds.Edition.NoneNamed; !strings.Contains(n.EN, "ask the school") || !strings.Contains(n.ES, "pregunte a la escuela") {
		t.Errorf("none named: %+v", n)
	}
	orthodontists, actors := career(t, ds, "soc-29-1023"), career(t, ds, "soc-27-2011")
	for name, c := range map[string]struct{ got, want string }{
		"doctoral":   {es(orthodontists.Typical.Education), "Doctorado o título profesional"},
		"internship": {es(orthodontists.Typical.Training), "Pasantía o residencia"},
		"long-term":  {es(actors.Typical.Training), "Capacitación en el trabajo a largo plazo"},
	} {
		if c.got != c.want {
			t.Errorf("%s: %q, want %q", name, c.got, c.want)
		}
	}
}

// first is the dataset of an import.
func first[R any](ds *model.Dataset, _ R) *model.Dataset { return ds }
