// Package modeltest gives tests of other packages the comparisons they
// draw: a built-in edition's default pair, with or without a planned path.
package modeltest

import (
	_ "embed"
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
