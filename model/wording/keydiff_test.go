package wording_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"careercompare/model"
	"careercompare/model/modeltest"
	"careercompare/model/wording"
)

// datasets are every built-in edition and a five-career imported file.
func datasets(t *testing.T) map[string]*model.Dataset {
	t.Helper()
	out := map[string]*model.Dataset{"imported-5": modeltest.ImportedFive(t)}
	for _, e := range model.Editions() {
		ds, err := model.LoadEdition(e.ID)
		if err != nil {
			t.Fatal(err)
		}
		out[e.ID] = ds
	}
	return out
}

// mentions reports whether text names a career: its name, or its short
// name as a word of its own.
func mentions(text string, lang model.Lang, k *model.Career) bool {
	if strings.Contains(strings.ToLower(text), strings.ToLower(k.Name.In(lang))) {
		return true
	}
	short := regexp.QuoteMeta(k.Short.In(lang))
	return regexp.MustCompile(`(^|[^\pL])` + short + `($|[^\pL])`).MatchString(text)
}

// TestKeyDifference_EveryPair walks every ordered pair of careers of every
// built-in edition and of an imported file, in both languages: each key
// difference names no career but the two on screen, and the salary and
// outlook differences carry the two careers' own figures — computed ones
// always, written ones where they state figures (the article's, as the
// article words them, do not).
func TestKeyDifference_EveryPair(t *testing.T) {
	pairs := 0
	for name, ds := range datasets(t) {
		for i := range ds.Careers {
			for j := range ds.Careers {
				if i == j {
					continue
				}
				pairs++
				c := model.Compare(ds, &ds.Careers[i], &ds.Careers[j])
				for _, lang := range model.Langs() {
					t.Run(fmt.Sprintf("%s/%s-vs-%s/%s", name, c.Left.ID, c.Right.ID, lang), func(t *testing.T) {
						checkPair(t, c, lang)
					})
				}
			}
		}
	}
	if pairs < 2+6+2+20 {
		t.Fatalf("only %d pairs walked", pairs)
	}
}

func checkPair(t *testing.T, c model.Comparison, lang model.Lang) {
	for _, topic := range model.Topics() {
		kd := wording.KeyDifferenceOf(c, topic, lang)
		if strings.TrimSpace(kd.Text) == "" || len(kd.Sources) == 0 {
			t.Errorf("topic %d: empty or unsourced: %+v", topic, kd)
		}
		for k := range c.Data.Careers {
			other := &c.Data.Careers[k]
			if other != c.Left && other != c.Right && mentions(kd.Text, lang, other) {
				t.Errorf("topic %d names %s, not on screen: %q", topic, other.ID, kd.Text)
			}
		}
		for _, id := range kd.Sources {
			if _, ok := c.Data.Source(id); !ok {
				t.Errorf("topic %d cites %q, no source of the data", topic, id)
			}
		}
		var figs []model.Figure
		switch topic {
		case model.TopicSalary:
			figs = []model.Figure{c.Left.Salary, c.Right.Salary}
		case model.TopicOutlook:
			figs = []model.Figure{c.Left.Growth, c.Right.Growth}
		}
		if !kd.Computed && c.Data.Edition.ID == model.ArticleEdition {
			continue // the article's own words
		}
		if topic == model.TopicOutlook {
			// Growth with its size: the openings a year, where the data
			// has them.
			for _, k := range c.Careers() {
				if o := k.Openings; o != nil && o.Value != nil {
					figs = append(figs, *o)
				}
			}
		}
		for _, f := range figs {
			if f.Value != nil && !strings.Contains(kd.Text, wording.FormatValue(*f.Value, f.Unit)) {
				t.Errorf("topic %d does not carry %s: %q", topic, wording.FormatValue(*f.Value, f.Unit), kd.Text)
			}
		}
	}
}

// TestKeyDifference_WrittenOnlyForItsPair: the BLS 2024–34 edition's
// written differences are of Health Informatics and HIM, in either order;
// Medical Records Specialists vs HIM gets its own, computed, with its own
// figures — never the technologists' $67,310.
func TestKeyDifference_WrittenOnlyForItsPair(t *testing.T) {
	ds, err := model.LoadEdition(model.BLS2434Edition)
	if err != nil {
		t.Fatal(err)
	}
	hi, _ := ds.Career("health-informatics")
	him, _ := ds.Career("health-information-management")
	mrs, _ := ds.Career("medical-records-specialists")
	for _, c := range []model.Comparison{model.Compare(ds, hi, him), model.Compare(ds, him, hi)} {
		if kd := wording.KeyDifferenceOf(c, model.TopicSalary, model.English); kd.Computed || !strings.Contains(kd.Text, "$67,310") {
			t.Errorf("%s vs %s: not the written difference: %+v", c.Left.ID, c.Right.ID, kd)
		}
	}
	kd := wording.KeyDifferenceOf(model.Compare(ds, mrs, him), model.TopicSalary, model.English)
	want := "Median annual pay, May 2024: Medical Records Specialists, $50,250; Health Information Management, $117,960. The figure of Health Information Management is $67,710 higher: 2.3 times that of Medical Records Specialists."
	if !kd.Computed || !strings.HasPrefix(kd.Text, want) || strings.Contains(kd.Text, "$67,310") {
		t.Errorf("MRS vs HIM salary:\n got %q\nwant %q…", kd.Text, want)
	}
	if !strings.Contains(kd.Text, "All occupations: $49,500.") || !strings.Contains(kd.Text, "Medical and Health Services Managers (SOC 11-9111)") {
		t.Errorf("MRS vs HIM salary lacks all occupations or HIM's stand-in: %q", kd.Text)
	}
	edu := wording.KeyDifferenceOf(model.Compare(ds, mrs, him), model.TopicEducation, model.English)
	if want := "Typical education needed to start: Medical Records Specialists, Postsecondary nondegree award; Health Information Management, Bachelor's degree, with less than 5 years of related work experience."; edu.Text != want {
		t.Errorf("MRS vs HIM education:\n got %q\nwant %q", edu.Text, want)
	}
}

// TestKeyDifference_Imported checks the cases real downloads bring: a
// wage BLS caps, one it does not publish, and a faster-growing occupation
// with fewer openings than a slower one.
func TestKeyDifference_Imported(t *testing.T) {
	ds := modeltest.ImportedFive(t)
	get := func(id string) *model.Career {
		k, ok := ds.Career(id)
		if !ok {
			t.Fatalf("no career %s", id)
		}
		return k
	}
	rn, sd, hit, orth, actors := get("soc-29-1141"), get("soc-15-1252"), get("soc-29-9021"), get("soc-29-1023"), get("soc-27-2011")
	for _, tc := range []struct {
		name        string
		left, right *model.Career
		topic       model.Topic
		lang        model.Lang
		want        []string
		not         []string
	}{
		{"top-coded", orth, hit, model.TopicSalary, model.English, []string{"Orthodontists, $239,200 or more", "The figure of Orthodontists is at least $171,890 higher"}, []string{"no data"}},
		{"not published", actors, rn, model.TopicSalary, model.English, []string{"Actors, BLS publishes no median", "Registered Nurses, $93,600"}, []string{"no data", "higher"}},
		{"growth is not size", rn, hit, model.TopicOutlook, model.English, []string{"Registered Nurses, 5%, about 189,100 openings a year", "15%, about 3,200 openings a year",
			"Health Information Technologists and Medical Registrars grows faster in percent, but Registered Nurses has more openings a year (189,100 against 3,200)"}, nil},
		{"same growth, same order", sd, hit, model.TopicOutlook, model.English, []string{"Software Developers, 15%, about 115,200 openings a year"}, []string{"grows faster"}},
		{"typical entry", rn, hit, model.TopicEducation, model.English, []string{"Registered Nurses, Bachelor's degree; Health Information Technologists and Medical Registrars, Associate's degree"}, nil},
		{"Spanish, English data marked", rn, sd, model.TopicDuties, model.Spanish, []string{"En qué consiste el trabajo, según las primeras palabras de cada lista de tareas — Registered Nurses: “Assess patient health problems"}, nil},
		{"Spanish, an official title is a name", rn, hit, model.TopicSalary, model.Spanish, []string{"Salario anual mediano, mayo de 2024: Registered Nurses, $93,600"}, nil},
		{"one side has no skill ratings", rn, sd, model.TopicSkills, model.English, []string{"Software Developers: O*NET has no skill ratings for this occupation, so the data cannot compare the two here. Registered Nurses: “Social Perceptiveness"}, []string{"same first skill"}},
		{"the most important skills", rn, orth, model.TopicSkills, model.English, []string{"The skills O*NET rates most important — Registered Nurses: Social Perceptiveness, Active Listening, Speaking; Orthodontists: Critical Thinking, Active Listening, Judgment and Decision Making. In common: Active Listening."}, []string{"Coordination", "of 7"}},
		{"no skill in common", orth, actors, model.TopicSkills, model.English, []string{"Actors: Speaking, Coordination, Monitoring. None of these in common"}, nil},
		{"neither has skill ratings", sd, hit, model.TopicSkills, model.English, []string{"Software Developers and Health Information Technologists and Medical Registrars: O*NET has no skill ratings for this occupation."}, []string{"same first skill"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			kd := wording.KeyDifferenceOf(model.Compare(ds, tc.left, tc.right), tc.topic, tc.lang)
			for _, w := range tc.want {
				if !strings.Contains(kd.Text, w) {
					t.Errorf("%q lacks %q", kd.Text, w)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(kd.Text, n) {
					t.Errorf("%q says %q", kd.Text, n)
				}
			}
			english := tc.lang == model.Spanish && !strings.Contains(tc.name, "is a name")
			if !kd.Computed || english != kd.English {
				t.Errorf("computed %v, English %v", kd.Computed, kd.English)
			}
		})
	}
}

// TestKeyDifference_PlaceYears: the place's pay beside the nation's says
// when the two are of different years, in both languages.
func TestKeyDifference_PlaceYears(t *testing.T) {
	c, ok := modeltest.WithWages(t).WithPlace("27")
	if !ok {
		t.Fatal("no Minnesota")
	}
	for lang, want := range map[model.Lang]string{
		model.English: "The national figures above are of May 2024, the place's of May 2025",
		model.Spanish: "Las cifras nacionales de arriba son de mayo de 2024 y las del lugar de mayo de 2025",
	} {
		if kd := wording.KeyDifferenceOf(c, model.TopicSalary, lang); !strings.Contains(kd.Text, want) {
			t.Errorf("%s: %q lacks %q", lang, kd.Text, want)
		}
	}
}
