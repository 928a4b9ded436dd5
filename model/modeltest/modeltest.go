// Package modeltest gives tests of other packages the comparisons they
// draw: a built-in edition's default pair, with or without a planned path.
package modeltest

import (
	_ "embed"
	"encoding/json"
	"testing"

	"careercompare/model"
)

// Edition is a built-in edition's default comparison, nothing planned.
func Edition(t testing.TB, id string) model.Comparison {
	t.Helper()
	ds, err := model.LoadEdition(id)
	if err != nil {
		t.Fatal(err)
	}
	c, err := ds.DefaultComparison()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// Default is the article edition's default comparison, nothing planned.
func Default(t testing.TB) model.Comparison { return Edition(t, model.ArticleEdition) }

// Planned is the default comparison with a transfer student's path to the
// bachelor's planned: 40 credits earned, 15 a term, 4 terms a year.
func Planned(t testing.TB) model.Comparison {
	t.Helper()
	c := Default(t)
	in := model.PlanInput{Entry: "transfer-students", Goal: 2, Earned: 40, PerTerm: 15, TermsPerYear: 4}
	p, err := c.Ladder.Plan(in)
	if err != nil {
		t.Fatal(err)
	}
	c.Path = model.Path{PlanInput: in, Plan: p}
	return c
}

//go:embed testdata/imported-5.json
var importedFive string

// ImportedFive is a data file of five careers shaped like one the import
// writes from the official downloads (test values, not BLS's figures):
// Registered Nurses, Software Developers, Health Information
// Technologists, Orthodontists (a top-coded wage) and Actors (no median
// wage).
func ImportedFive(t testing.TB) *model.Dataset {
	t.Helper()
	ds, err := model.Load("imported-5.json", []byte(importedFive))
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// LongNames is a comparison of two imported careers with long official
// titles, as long as a data file's name may usefully be (120
// characters): Grinding, Lapping, Polishing, and Buffing Machine Tool
// Setters… (51-4033) and Adult Basic Education… Instructors (25-3011),
// with the figures of the imported five's first two careers.
func LongNames(t testing.TB) model.Comparison {
	t.Helper()
	ds := ImportedFive(t)
	names := []struct{ name, short, code string }{
		{"Grinding, Lapping, Polishing, and Buffing Machine Tool Setters, Operators, and Tenders, Metal and Plastic (a test name.)", "GLPBMTSOTMP", "51-4033"},
		{"Adult Basic Education, Adult Secondary Education, and English as a Second Language Instructors (a test name, 119 chars)", "ABEASEESLI", "25-3011"},
	}
	for i, n := range names {
		k := &ds.Careers[i]
		k.Name, k.Short, k.Code = model.Say(n.name), model.Say(n.short), n.code
	}
	return model.Compare(ds, &ds.Careers[0], &ds.Careers[1])
}

// WithWages is the BLS 2024–34 edition's default comparison with wages
// by state and area brought in, shaped like BLS's OEWS May 2025 tables
// (test values, not BLS's figures): the nation, Minnesota, the
// Minneapolis metro area, a nonmetropolitan area where the technologists'
// estimate is rough and its 90th percentile is not published, and Guam,
// where BLS publishes no estimate of either.
func WithWages(t testing.TB) model.Comparison {
	t.Helper()
	c := Edition(t, model.BLS2434Edition)
	ds := c.Data
	ds.Sources = append(ds.Sources, model.Source{ID: "bls-oews-2025", Title: model.Say("Occupational Employment and Wage Statistics, May 2025 (test values)"),
		Short: model.Say("BLS OEWS"), Publisher: model.Say("U.S. Bureau of Labor Statistics"), Address: "https://www.bls.gov/oes/tables.htm"})
	ds.Wages = &model.Wages{Source: "bls-oews-2025", Release: model.Text{EN: "May 2025", ES: "mayo de 2025"},
		Careers: []model.WageCareer{
			{Career: "health-informatics", Occupation: "29-9021", Title: "Health Information Technologists and Medical Registrars"},
			{Career: "health-information-management", Occupation: "11-9111", Title: "Medical and Health Services Managers"},
		},
		Places: []model.Place{
			{Area: "99", Name: "U.S.", Kind: model.PlaceNation, Pay: []string{"41250 39120 49100 67310 87400 112130", "562700 69680 89140 117960 158140 219080"}},
			{Area: "27", Name: "Minnesota", Kind: model.PlaceState, State: "MN", Pay: []string{"1090 42910 55230 70100 88300 109420", "11530 79100 99010 125050 167240 #"}},
			{Area: "33460", Name: "Minneapolis-St. Paul-Bloomington, MN-WI", Kind: model.PlaceMetro, Pay: []string{"760 45220 57010 72350 90230 111880", "8020 81200 101300 128400 170100 #"}},
			{Area: "2700001", Name: "Northwest Minnesota nonmetropolitan area", Kind: model.PlaceNonmetro, Pay: []string{"40 35000 41000 52000 61000 * rough-jobs rough-pay", "180 70000 88000 104000 131000 166000"}},
			{Area: "66", Name: "Guam", Kind: model.PlaceTerritory, State: "GU", Pay: []string{"** * * * * *", ""}},
		},
	}
	// Through a data file and its checks, as a counselor's file would be.
	b, err := json.Marshal(ds)
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := model.Load("with-wages.json", b)
	if err != nil {
		t.Fatal(err)
	}
	l, r, err := loaded.Pair()
	if err != nil {
		t.Fatal(err)
	}
	return model.Compare(loaded, l, r)
}
