package oews

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"careercompare/model"
	"careercompare/officialdata"
)

// edition2434 is the built-in BLS 2024–34 edition with its careers'
// codes set (as the lead will set them) and, where spreadless names
// them, its salary figures' spreads taken off.
func edition2434(t *testing.T, spreadless ...string) *model.Dataset {
	t.Helper()
	ds, err := model.LoadEdition(model.BLS2434Edition)
	if err != nil {
		t.Fatal(err)
	}
	codes := map[string]string{"health-informatics": codeHIT, "health-information-management": codeManagers, "medical-records-specialists": "29-2072"}
	for i := range ds.Careers {
		c := &ds.Careers[i]
		c.Code = codes[c.ID]
		for _, id := range spreadless {
			if c.ID == id {
				c.Salary.Spread = nil
			}
		}
	}
	return ds
}

// nationalM2024 writes a national table of May 2024 whose rows are the
// built-in edition's figures, with the rows given in place of theirs.
func nationalM2024(t *testing.T, rows ...rec) string {
	t.Helper()
	us := place(99, "U.S.", 1, "US")
	all := []rec{
		us.occ(codeHIT, "Health Information Technologists and Medical Registrars", "detailed", 41250, 2.1, 0.8, 39120, 49100, 67310, 87400, 112130),
		us.occ(codeManagers, "Medical and Health Services Managers", "detailed", 562700, 1.1, 0.6, 69680, 89140, 117960, 158140, 219080),
		us.occ("29-2072", "Medical Records Specialists", "detailed", 186800, 1.5, 0.5, 35780, 41080, 50250, 63140, 80950),
	}
	for _, r := range rows {
		for i := range all {
			if all[i]["OCC_CODE"] == r["OCC_CODE"] {
				all[i] = r
			}
		}
	}
	path := filepath.Join(t.TempDir(), "national_M2024_dl.xlsx")
	writeBook(t, path, "national_M2024_dl", oewsHeader(), all)
	return path
}

// TestAttach_Spreads: a salary figure without a spread gets the national
// 10th and 90th percentiles where the figure is of the release's year,
// and says why not otherwise.
func TestAttach_Spreads(t *testing.T) {
	us := place(99, "U.S.", 1, "US")
	f := buildFixtures(t)
	for name, c := range map[string]struct {
		paths []string
		rows  []rec
		want  string
		set   bool
	}{
		"same year":       {want: "career health-informatics: salary spread $39,120–$112,130 from the national table", set: true},
		"another year":    {paths: []string{f.national}, want: "salary left without a spread: the salary figure is of 2024, the OEWS wages of May 2025: not the same year"},
		"no nation":       {paths: []string{f.stateZip}, want: "left without a spread: the tables read have no national row (the national table, e.g. national_M2025_dl.xlsx)"},
		"p90 top-coded":   {rows: []rec{us.occ(codeHIT, "Health Information Technologists and Medical Registrars", "detailed", 41250, 2.1, 0.8, 39120, 49100, 67310, 87400, "#")}, want: `the national row gives the 10th and 90th percentiles as 39,120 and "#", not as numbers`},
		"hourly only":     {rows: []rec{us.occ(codeHIT, "Health Information Technologists and Medical Registrars", "detailed", 41250, 2.1, 0.8, 39120, 49100, 67310, 87400, 112130).with("HOURLY", "TRUE")}, want: "BLS publishes the wages of 29-9021 by the hour only"},
		"outside range":   {rows: []rec{us.occ(codeHIT, "Health Information Technologists and Medical Registrars", "detailed", 41250, 2.1, 0.8, 70000, 80000, 90000, 95000, 99000)}, want: "the salary figure $67,310 is outside the national 10th–90th percentiles $70,000–$99,000"},
		"median differs":  {rows: []rec{us.occ(codeHIT, "Health Information Technologists and Medical Registrars", "detailed", 41250, 2.1, 0.8, 39120, 49100, 67300, 87400, 112130)}, want: "salary spread $39,120–$112,130 from the national table (OEWS's national median is $67,300, the figure's $67,310)", set: true},
		"no national row": {paths: []string{f.metroZip}, want: "the tables read have no national row"},
	} {
		t.Run(name, func(t *testing.T) {
			paths := c.paths
			if paths == nil {
				// A row given replaces the fixture's row of its code.
				paths = []string{nationalM2024(t, c.rows...)}
			}
			ds := edition2434(t, "health-informatics")
			w, r, err := Read(context.Background(), paths, Wants(ds), nil)
			if err != nil {
				t.Fatal(err)
			}
			spreads, err := Attach(ds, w, NewSource(r))
			if err != nil {
				t.Fatal(err)
			}
			if len(spreads) != 1 || !strings.Contains(spreads[0].String(), c.want) || spreads[0].Set != c.set {
				t.Fatalf("spreads %v, want %q", spreads, c.want)
			}
			k, _ := ds.Career("health-informatics")
			if got := k.Salary.Spread != nil; got != c.set {
				t.Errorf("spread %v", k.Salary.Spread)
			}
			if c.set && !strings.HasSuffix(k.Salary.Note.ES, "Percentiles 10 y 90: OEWS de BLS, mayo de 2024, nacional.") {
				t.Errorf("note %q", k.Salary.Note)
			}
			if _, err := Marshal(ds); err != nil {
				t.Errorf("the data does not pass the loader: %v", err)
			}
		})
	}
}

// TestAttach_RoundTrip: the data file with wages passes the strict
// loader, gives back the same wages and source, and attaching again
// replaces them; a bad attach leaves the data as it was.
func TestAttach_RoundTrip(t *testing.T) {
	f := buildFixtures(t)
	ds := edition2434(t)
	w, r, err := Read(context.Background(), []string{f.national, f.stateZip, f.metroZip}, Wants(ds), nil)
	if err != nil {
		t.Fatal(err)
	}
	before := len(ds.Sources)
	if _, err := Attach(ds, w, NewSource(r)); err != nil {
		t.Fatal(err)
	}
	b, err := Marshal(ds)
	if err != nil {
		t.Fatal(err)
	}
	back, err := model.Load("round trip", b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Wages, ds.Wages) {
		t.Errorf("wages after a round trip:\n%+v\nwant\n%+v", back.Wages, ds.Wages)
	}
	src, ok := back.Source("bls-oews-2025")
	if !ok || src.Title.EN != "Occupational Employment and Wage Statistics, May 2025" || src.Address != "https://www.bls.gov/oes/tables.htm" ||
		!strings.Contains(src.Note.EN, "national_M2025_dl.xlsx, state_M2025_dl.xlsx (in oesm25st.zip), MSA_M2025_dl.xlsx (in oesm25ma.zip), BOS_M2025_dl.xlsx (in oesm25ma.zip)") ||
		!strings.Contains(src.Note.EN, "kept only the careers' occupations (29-9021, 11-9111)") || src.Note.ES == "" {
		t.Errorf("source %+v", src)
	}
	if n := back.MissingSpanish(); n != 0 {
		t.Errorf("%d texts without Spanish in a built-in edition with wages", n)
	}
	// Attached again, of another release: one OEWS source, the new one.
	w2, r2, err := Read(context.Background(), []string{nationalM2024(t)}, Wants(back), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Attach(back, w2, NewSource(r2)); err != nil {
		t.Fatal(err)
	}
	if len(back.Sources) != before+1 || back.Wages.Source != "bls-oews-2024" {
		t.Errorf("sources after a second attach: %d (want %d), wages' %s", len(back.Sources), before+1, back.Wages.Source)
	}
	// Wages of a career the data has not: an error, and nothing changed.
	other := edition2434(t)
	other.Careers = other.Careers[1:]
	b0, _ := officialdata.Marshal(other)
	if _, err := Attach(other, w, NewSource(r)); err == nil || !strings.Contains(err.Error(), "career health-informatics, which the data has not") {
		t.Errorf("error %v", err)
	}
	if b1, _ := officialdata.Marshal(other); string(b0) != string(b1) {
		t.Error("a failed attach changed the data")
	}
}

// TestMarshal_Size: wages of two careers in every one of 600 areas, each
// with a row of both (more than real data has: small occupations have no
// row in many areas), written one place a line, grow the data file by at
// most 100 KB.
func TestMarshal_Size(t *testing.T) {
	var rows []rec
	add := func(p rec, i int) {
		rows = append(rows,
			p.occ(codeHIT, "Health Information Technologists and Medical Registrars", "detailed", 1000+i*37%90000, 12.4, 3.1, 39120+i, 49100+i, 67310+i, 87400+i, 112130+i),
			p.occ(codeManagers, "Medical and Health Services Managers", "detailed", 5000+i*53%90000, 4.8, 2.2, 69680+i, 89140+i, 117960+i, 158140+i, 219080+i))
	}
	add(place(99, "U.S.", 1, "US"), 0)
	n := 1
	for i := range 54 {
		add(place(fmt.Sprint(i+1), fmt.Sprintf("State of %d", i+1), 2+i/51, "ST"), n)
		n++
	}
	for i := range 395 {
		// Metropolitan areas' names are 11 to 40 characters long.
		add(place(fmt.Sprintf("%05d", 10180+i*20), fmt.Sprintf("Springfield-Shelbyville %03d, ST-ST", i), 4, "ST"), n)
		n++
	}
	for i := range 150 {
		add(place(fmt.Sprintf("%07d", 100001+i), fmt.Sprintf("Northwest %03d nonmetropolitan area", i), 6, "ST"), n)
		n++
	}
	path := filepath.Join(t.TempDir(), "all_M2025_dl.xlsx")
	writeBook(t, path, "all_M2025_dl", oewsHeader(), rows)
	ds := edition2434(t)
	without, err := Marshal(ds)
	if err != nil {
		t.Fatal(err)
	}
	w, r, err := Read(context.Background(), []string{path}, Wants(ds), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Attach(ds, w, NewSource(r)); err != nil {
		t.Fatal(err)
	}
	with, err := Marshal(ds)
	if err != nil {
		t.Fatal(err)
	}
	grew := len(with) - len(without)
	indented, err := officialdata.Marshal(ds)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d places: the data file grows by %d bytes (%.0f a place); indented as the rest of the file, it would grow by %d",
		len(w.Places), grew, float64(grew)/float64(len(w.Places)), len(indented)-len(without))
	if len(w.Places) != n || grew > 100<<10 {
		t.Errorf("%d places (want %d): the data file grows by %d bytes, more than 100 KB", len(w.Places), n, grew)
	}
}
