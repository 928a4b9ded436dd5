package oews

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"careercompare/model"
)

// fixtureWants are careers of every kind of row in the fixtures, and one
// that no table has.
func fixtureWants() []Want {
	return []Want{
		{"health-informatics", codeHIT + ".00"},
		{"managers", codeManagers},
		{"actors", codeActors},
		{"teachers", codeTeachers},
		{"buyers", "13-1021"},
		{"aides", "31-1122"},
		{"missing", "99-9999"},
	}
}

// TestRead_Fixtures reads the national workbook, the state zip and the
// metropolitan zip together, and checks every kind of row and marker.
func TestRead_Fixtures(t *testing.T) {
	f := buildFixtures(t)
	w, r, err := Read(context.Background(), []string{f.national, f.stateZip, f.metroZip}, fixtureWants(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if w.Release != (model.Text{EN: "May 2025", ES: "mayo de 2025"}) || w.TopAnnual != 0 || w.TopHourly != 0 {
		t.Errorf("release %v, top codes %v %v", w.Release, w.TopAnnual, w.TopHourly)
	}
	var names []string
	for _, p := range w.Places {
		names = append(names, p.Kind+" "+p.Area+" "+p.Name+" "+p.State)
	}
	wantNames := []string{
		"nation 99 U.S. ", "state 1 Alabama AL", "territory 66 Guam GU", "state 27 Minnesota MN", "territory 72 Puerto Rico PR",
		// An area's name says its states: only states and territories keep
		// their postal code.
		"metro 20260 Duluth, MN-WI ", "metro 33460 Minneapolis-St. Paul-Bloomington, MN-WI ",
		"nonmetro 2700001 Northwest Minnesota nonmetropolitan area ",
	}
	if !reflect.DeepEqual(names, wantNames) {
		t.Errorf("places:\n%s\nwant\n%s", strings.Join(names, "\n"), strings.Join(wantNames, "\n"))
	}
	var careers []string
	for _, c := range w.Careers {
		careers = append(careers, strings.Join([]string{c.Career, c.Occupation, c.Title, map[bool]string{true: "hourly"}[c.Hourly], map[bool]string{true: "annual"}[c.Annual]}, "|"))
	}
	wantCareers := []string{
		"health-informatics|29-9021|Health Information Technologists and Medical Registrars||",
		"managers|11-9111|Medical and Health Services Managers||",
		"actors|27-2011|Actors|hourly|",
		"teachers|25-2021|Elementary School Teachers, Except Special Education||annual",
		"buyers|13-1020|Buyers and Purchasing Agents||",
		"aides|31-1120|Home Health and Personal Care Aides||",
	}
	if !reflect.DeepEqual(careers, wantCareers) {
		t.Errorf("careers:\n%s\nwant\n%s", strings.Join(careers, "\n"), strings.Join(wantCareers, "\n"))
	}
	pay := func(area string) [][]string {
		p, ok := w.Place(area)
		if !ok {
			t.Fatalf("no place %s", area)
		}
		rows := make([][]string, len(p.Pay))
		for i, r := range p.Pay {
			rows[i] = strings.Fields(r)
		}
		return rows
	}
	for name, c := range map[string]struct {
		area string
		row  int
		want []string
	}{
		"national numbers":             {"99", 0, []string{"41250", "39120", "49100", "67310", "87400", "112130"}},
		"top-coded p90":                {"99", 1, []string{"562700", "69680", "89140", "117960", "158140", "#"}},
		"hourly only: hourly wages":    {"99", 2, []string{"51530", "14.19", "17.1", "23.33", "38.22", "60.93"}},
		"annual only: annual wages":    {"99", 3, []string{"1364670", "45510", "52420", "63680", "79470", "101310"}},
		"detailed row, not broad":      {"99", 4, []string{"476780", "46040", "56250", "71950", "93200", "115730"}},
		"broad only":                   {"99", 5, []string{"3988140", "26000", "29300", "34900", "37500", "42380"}},
		"commas in numbers":            {"1", 1, []string{"7020", "61290", "77630", "102760", "131860", "172660"}},
		"territory, no estimates":      {"66", 0, []string{"**", "*", "*", "*", "*", "*"}},
		"rough employment estimate":    {"27", 0, []string{"1090", "42910", "55230", "70100", "88300", "109420", "rough-jobs"}},
		"a blank RSE: not rough":       {"33460", 0, []string{"760", "45220", "57010", "72350", "90230", "111880"}},
		"nonmetro, no p90 estimate":    {"2700001", 0, []string{"40", "35000", "41000", "52000", "61000", "*", "rough-jobs"}},
		"territory, second occupation": {"72", 1, []string{"2590", "34300", "41480", "52280", "67450", "96360"}},
	} {
		t.Run(name, func(t *testing.T) {
			rows := pay(c.area)
			if c.row >= len(rows) || !reflect.DeepEqual(rows[c.row], c.want) {
				t.Errorf("pay of %s: %q, want row %d %q", c.area, rows, c.row, c.want)
			}
		})
	}
	if rows := pay("72"); len(rows[0]) != 0 {
		t.Errorf("Puerto Rico has no row of 29-9021, got %q", rows[0])
	}
	if rows := pay("20260"); len(rows) != 2 || len(rows[0]) != 0 {
		t.Errorf("Duluth has a row of 11-9111 only, got %q", rows)
	}
	if r.Areas != [5]int{1, 2, 2, 2, 1} {
		t.Errorf("areas per kind %v", r.Areas)
	}
	text := r.String()
	for _, want := range []string{
		"OEWS May 2025: its top code (what \"#\" stands for) is not known here",
		"national_M2025_dl.xlsx, sheet \"national_M2025_dl\" (release from the file name national_M2025_dl.xlsx)",
		"oesm25st.zip/state_M2025_dl.xlsx, sheet \"state_M2025_dl\"",
		"oesm25ma.zip/BOS_M2025_dl.xlsx",
		"Areas: 1 nation, 2 states, 2 territories, 2 metropolitan, 1 nonmetropolitan (8 in all).",
		"29-9021    Health Information Technologists and Medical Registrars (career health-informatics): figures in 6 of 8 areas; no wage estimate (*) in 1, no employment estimate (**) in 1, at or above the top code (#) in 0; rough estimates (relative standard error over 20%) in 2",
		"11-9111    Medical and Health Services Managers (career managers): figures in 6 of 8 areas; no wage estimate (*) in 0, no employment estimate (**) in 0, at or above the top code (#) in 3; rough estimates (relative standard error over 20%) in 1",
		"the tables have no row of 13-1021: the wages are those of its broad occupation 13-1020",
		"the tables publish 31-1120 only as a group of occupations (O_GROUP broad), not as a detailed occupation",
		"99-9999    career missing: not in the tables read",
		"1 rows of an area and occupation already read were left out",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the report lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "buyers): figures in 1 of 8 areas; no wage") && strings.Contains(text, "only as a group of occupations (O_GROUP broad), not as a detailed occupation: its wages are the group's\n             the tables have no row of 13-1021") {
		t.Errorf("13-1020 has a detailed row: it is not said to be a group only")
	}
}

// TestRead_ColumnsInAnotherOrder: the columns are found by name, in any
// order and case, with extra columns and without the optional ones.
func TestRead_ColumnsInAnotherOrder(t *testing.T) {
	dir := t.TempDir()
	header := []string{"occ_title", "Extra", "a_pct90", "A_PCT75", "A_MEDIAN", "A_PCT25", "A_PCT10", "H_PCT90", "H_PCT75", "H_MEDIAN", "H_PCT25", "H_PCT10",
		"MEAN_PRSE", "EMP_PRSE", "TOT_EMP", "OCC_CODE", "AREA_TYPE", "AREA_TITLE", "AREA"}
	path := dir + "/state_M2024_dl.xlsx"
	writeBook(t, path, "state_M2024_dl", header, []rec{
		place("27", "Minnesota", 2, "MN").occ(codeHIT, "Health Information Technologists and Medical Registrars", "detailed", 1090, 5.3, 3.9, 42910, 55230, 70100, 88300, 109420).with("Extra", "x"),
	})
	w, r, err := Read(context.Background(), []string{path}, []Want{{"hit", codeHIT}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := w.Places[0].Pay[0]; got != "1090 42910 55230 70100 88300 109420" {
		t.Errorf("pay %q", got)
	}
	if w.Places[0].State != "" || w.TopAnnual != 239200 || w.TopHourly != 115 || r.Release != "May 2024" {
		t.Errorf("state %q, top codes %v %v, release %q", w.Places[0].State, w.TopAnnual, w.TopHourly, r.Release)
	}
	if !strings.Contains(r.String(), "the tables publish 29-9021 only as a group of occupations (O_GROUP not named)") {
		t.Errorf("a table without O_GROUP: %s", r)
	}
}
