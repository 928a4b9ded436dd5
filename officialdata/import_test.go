package officialdata_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"careercompare/model"
	"careercompare/officialdata"
	"careercompare/officialdata/officialtest"
)

// importFrom builds the data of codes from an O*NET download and a
// workbook, writes it as a data file and loads that file as the app does.
func importFrom(t *testing.T, onet, workbook string, codes ...string) (*model.Dataset, *officialdata.Report) {
	t.Helper()
	ctx := context.Background()
	d, err := officialdata.Open(ctx, onet, workbook)
	if err != nil {
		t.Fatal(err)
	}
	ds, report, err := d.Build(ctx, codes)
	if err != nil {
		t.Fatal(err)
	}
	b, err := officialdata.Marshal(ds)
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := model.Load("imported.json", b)
	if err != nil {
		t.Fatal(err)
	}
	return loaded, report
}

// import31 imports codes from the 31.0 zip and the 2025–35 workbook.
func import31(t *testing.T, codes ...string) (*model.Dataset, *officialdata.Report) {
	t.Helper()
	return importFrom(t, officialtest.ONet31Zip(t), officialtest.Workbook2535(t), codes...)
}

// facts is the English text of facts, one a line.
func facts(list []model.Fact) string {
	var s []string
	for _, f := range list {
		s = append(s, f.Text.EN)
	}
	return strings.Join(s, "\n")
}

func career(t *testing.T, ds *model.Dataset, id string) *model.Career {
	t.Helper()
	k, ok := ds.Career(id)
	if !ok {
		t.Fatalf("no career %s", id)
	}
	return k
}

// TestImport_NotRatedTasks: O*NET has not rated 29-9021's tasks (type n/a,
// no ratings), nor its skills or education; the facts and the report say
// so, list its tasks as O*NET gives them, and call none core or most
// relevant; the file writes no key differences.
func TestImport_NotRatedTasks(t *testing.T) {
	ds, report := import31(t, "29-9021", "11-9111", "29-2072")
	hi, him := career(t, ds, "soc-29-9021"), career(t, ds, "soc-11-9111")
	duties := facts(hi.Duties)
	for _, w := range []string{"O*NET has not rated this occupation's tasks: below, the first 6 of its 7 tasks, as O*NET lists them, not ranked.",
		"Maintain the integrity of patient records"} {
		if !strings.Contains(duties, w) {
			t.Errorf("duties lack %q:\n%s", w, duties)
		}
	}
	for _, k := range []*model.Career{hi, career(t, ds, "soc-29-2072")} {
		for _, f := range append(append([]model.Fact{}, k.Duties...), k.Skills...) {
			if l := strings.ToLower(f.Text.EN); strings.Contains(l, "most relevant") || strings.Contains(l, " core") {
				t.Errorf("%s: a task O*NET has not rated is called core or most relevant: %q", k.ID, f.Text.EN)
			}
		}
	}
	if hi.Duties[2].Text.EN != "Maintain the integrity of patient records, using information systems and quality checks." {
		t.Errorf("not O*NET's order: %q", hi.Duties[2].Text.EN)
	}
	if got := facts(hi.Skills); got != "O*NET has no skill ratings for this occupation." {
		t.Errorf("skills %q", got)
	}
	if edu := facts(hi.Education); !strings.Contains(edu, "O*NET has no education levels for this occupation") || !strings.Contains(edu, "Associate's degree") {
		t.Errorf("education %q", edu)
	}
	// The rated occupation: its core tasks, the most relevant first.
	if d := facts(him.Duties); !strings.Contains(d, "Below, its 3 core tasks, the most relevant first, as O*NET's task ratings rank them (of 4 tasks in all).\nDevelop and manage the budget") {
		t.Errorf("rated duties:\n%s", d)
	}
	for _, w := range []string{"29-9021    Health Information Technologists and Medical Registrars — O*NET and BLS",
		"O*NET has 7 tasks, not rated (task type n/a): listed in O*NET's order; no skill ratings; no education levels; job zone 3",
		"O*NET has 4 tasks, 4 rated (3 core, 1 supplemental); 7 skill ratings; education levels; job zone 5"} {
		if !strings.Contains(report.String(), w) {
			t.Errorf("the report lacks %q:\n%s", w, report)
		}
	}
	if m := report.Matches[0]; m.ONet.Tasks != 7 || m.ONet.Rated != 0 || m.ONet.Skills != 0 || m.ONet.Education {
		t.Errorf("coverage %+v", m.ONet)
	}
	if c := ds.Comparison; c.Left != "soc-29-9021" || c.Right != "soc-11-9111" || !c.Differences.IsZero() {
		t.Errorf("comparison %+v: the app computes key differences, the import writes none", c)
	}
	onet, _ := ds.Source(officialdata.SourceONet)
	if strings.Contains(onet.Note.EN, "most relevant core tasks") || !strings.Contains(onet.Note.EN, "else its first tasks in O*NET's order") {
		t.Errorf("the O*NET note does not say what was selected: %q", onet.Note.EN)
	}
}

// TestImport_TaskKinds: core tasks without ratings and supplemental tasks
// only are each said as O*NET types them.
func TestImport_TaskKinds(t *testing.T) {
	ds, _ := import31(t, "21-1011", "43-6013")
	for id, want := range map[string]string{
		"soc-21-1011": "O*NET types its 2 tasks as core but has no ratings of them: below, its 2 core tasks in O*NET's order, not ranked.",
		"soc-43-6013": "O*NET types none of this occupation's tasks as core: below, its 2 supplemental tasks, the most relevant first, as its task ratings rank them.",
	} {
		if got := career(t, ds, id).Duties[1].Text.EN; got != want {
			t.Errorf("%s: %q", id, got)
		}
	}
}

// TestImport_CappedWage: BLS's ">=$239,200" is a figure of $239,200 that
// is that much or more, not "no data".
func TestImport_CappedWage(t *testing.T) {
	ds, report := import31(t, "29-1023", "29-9021")
	o := career(t, ds, "soc-29-1023")
	if s := o.Salary; s.Value == nil || *s.Value != 239200 || !s.TopCoded || !s.Absent.IsZero() || !strings.Contains(s.Note.EN, "BLS writes “>=$239,200”: the median is $239,200 or more") {
		t.Errorf("salary %+v", s)
	}
	if !report.Matches[0].WageCapped || !strings.Contains(report.String(), "BLS gives its median wage as its top code, “>=”: that much or more") {
		t.Errorf("report:\n%s", report)
	}
}

// TestImport_MissingWage: BLS's "—" is a figure without a value that says
// BLS publishes none, and why.
func TestImport_MissingWage(t *testing.T) {
	ds, report := import31(t, "27-2011", "29-9021")
	a := career(t, ds, "soc-27-2011")
	if s := a.Salary; s.Has() || s.TopCoded || s.Absent.EN != "BLS publishes no median" || !strings.Contains(s.Note.EN, "BLS's table writes “—” for this occupation's median annual wage: data unavailable") {
		t.Errorf("salary %+v", s)
	}
	if !strings.Contains(report.String(), "BLS publishes no median wage for it (“—”)") {
		t.Errorf("report:\n%s", report)
	}
	// A percent or openings cell of "—" says so too.
	path := rewrite2535(t, func(s string) string {
		return strings.Replace(s, "Actors\t27-2011\tLine item\t58.0\t62.0\t0\t0\t4.0\t6.9\t25.0\t6.5", "Actors\t27-2011\tLine item\t58.0\t62.0\t0\t0\t4.0\t—\t25.0\t—", 1)
	})
	ds, _ = importFrom(t, officialtest.ONet31Dir(t), path, "27-2011", "29-9021")
	a = career(t, ds, "soc-27-2011")
	if g, o := a.Growth, a.Openings; g.Has() || g.Absent.EN != "BLS publishes no projection" || o == nil || o.Has() || o.Absent.EN != "BLS publishes no openings figure" || !strings.Contains(o.Note.EN, "“—”") {
		t.Errorf("growth %+v, openings %+v", g, o)
	}
}

// rewrite2535 builds the 2025–35 workbook with its description edited.
func rewrite2535(t *testing.T, edit func(string) string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(officialtest.Testdata(t), "bls", "occupation-2025-35.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	desc := filepath.Join(dir, "desc.tsv")
	if err := os.WriteFile(desc, []byte(edit(string(b))), 0o644); err != nil {
		t.Fatal(err)
	}
	return officialtest.Workbook(t, desc, filepath.Join(dir, "occupation.xlsx"))
}

// TestImport_SummaryRows: BLS's total and groups are not occupations.
func TestImport_SummaryRows(t *testing.T) {
	for codes, want := range map[string]string{
		"00-0000,29-9021": "00-0000 is the total of all occupations in BLS's table, not an occupation",
		"29-9021,29-0000": "29-0000 is a major group of occupations (a summary row of BLS's table), not an occupation",
	} {
		_, err := officialdata.ParseCodes(codes)
		wantError(t, err, want)
	}
	ctx := context.Background()
	d, err := officialdata.Open(ctx, officialtest.ONet31Dir(t), officialtest.Workbook2535(t))
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = d.Build(ctx, []string{"21-1010", "29-9021"})
	wantError(t, err, "21-1010 (Counselors) is a summary row of the BLS table, the total of several occupations, not one occupation: choose the occupations it sums, e.g. 21-1012")
	for _, oc := range officialdata.Occupations(d.ONet, d.BLS) {
		if strings.HasSuffix(oc.Code, "0000") || oc.Code == "21-1010" || oc.Code == "21-1000" {
			t.Errorf("a summary row is offered: %+v", oc)
		}
	}
}

// TestImport_BLSGroups: an O*NET occupation that BLS publishes only within
// a group gets the group's figures, each labelled as the group's, and the
// report says so.
func TestImport_BLSGroups(t *testing.T) {
	ds, report := import31(t, "29-2011", "21-1011", "31-1121", "15-1299.08", "55-1011")
	for id, want := range map[string]string{
		"soc-29-2011":     "BLS figures of the group 29-2010, Clinical laboratory technologists and technicians",
		"soc-21-1011":     "BLS figures of the group 21-1018, Substance abuse, behavioral disorder, and mental health counselors",
		"soc-31-1121":     "BLS figures of the group 31-1120, Home health and personal care aides",
		"onet-15-1299-08": "BLS figures of 15-1299, Computer occupations, all other",
	} {
		k := career(t, ds, id)
		if k.Salary.Occupation.EN != want || k.Growth.Occupation.EN != want || k.Openings == nil || k.Openings.Occupation.EN != want || !k.Salary.Has() {
			t.Errorf("%s: salary %+v, growth %+v", id, k.Salary, k.Growth)
		}
		for _, f := range append(append([]model.Fact{}, k.OutlookNotes...), k.Education[0]) {
			if !strings.Contains(f.Text.EN, "(BLS publishes this for ") {
				t.Errorf("%s: a fact of the group not marked: %q", id, f.Text.EN)
			}
		}
		if !k.Occupation.IsZero() {
			t.Errorf("%s names a stand-in: %q", id, k.Occupation.EN)
		}
	}
	lab := career(t, ds, "soc-29-2011")
	if *lab.Salary.Value != 62000 || lab.Code != "29-2011" || lab.Typical.Education.EN != "Bachelor's degree" {
		t.Errorf("29-2011: %+v", lab)
	}
	air := career(t, ds, "soc-55-1011")
	if air.Salary.Has() || !strings.Contains(air.Salary.Note.EN, "has no row for 55-1011 or a group of it") {
		t.Errorf("55-1011: %+v", air.Salary)
	}
	for _, w := range []string{"29-2011    Medical and Clinical Laboratory Technologists — O*NET, and BLS figures of the group 29-2010, Clinical laboratory technologists and technicians: BLS publishes no figures of its own for 29-2011",
		"21-1011    Substance Abuse and Behavioral Disorder Counselors — O*NET, and BLS figures of the group 21-1018",
		"55-1011    Air Crew Officers — O*NET only: no BLS figures (no data)"} {
		if !strings.Contains(report.String(), w) {
			t.Errorf("the report lacks %q:\n%s", w, report)
		}
	}
	if m := report.Matches[0]; m.Group != "29-2010" || m.GroupTitle != "Clinical laboratory technologists and technicians" || !m.InBLS {
		t.Errorf("match %+v", m)
	}
	d, _ := officialdata.Open(context.Background(), officialtest.ONet31Dir(t), officialtest.Workbook2535(t))
	groups := map[string]string{}
	for _, oc := range officialdata.Occupations(d.ONet, d.BLS) {
		groups[oc.Code] = oc.Group
	}
	if groups["29-2011"] != "29-2010" || groups["21-1014"] != "21-1018" || groups["15-1299.08"] != "15-1299" || groups["29-9021"] != "" || groups["55-1011"] != "" {
		t.Errorf("groups offered %v", groups)
	}
}

// TestImport_NotStandIns: imported careers are the occupations themselves:
// their code, no stand-in, their name once; the BLS source's short name
// does not repeat the edition that each figure names.
func TestImport_NotStandIns(t *testing.T) {
	ds, _ := import31(t, "29-9021", "11-9111")
	for _, k := range ds.Careers {
		if !k.Occupation.IsZero() || k.Code == "" || strings.Contains(k.Name.EN, k.Code) {
			t.Errorf("%s: occupation %q, code %q, name %q", k.ID, k.Occupation.EN, k.Code, k.Name.EN)
		}
	}
	bls, _ := ds.Source(officialdata.SourceBLS)
	hi := career(t, ds, "soc-29-9021")
	if bls.Short.EN != "BLS Employment Projections (occupation.xlsx, Table 1.2)" || hi.Salary.Edition.EN != "2025–35 edition" {
		t.Errorf("source %q, edition %q", bls.Short.EN, hi.Salary.Edition.EN)
	}
}

// TestImport_BLS2535: the 2025–35 edition, with its year-literal headers,
// is read: its years, its openings in jobs, its total's openings.
func TestImport_BLS2535(t *testing.T) {
	ds, report := import31(t, "29-9021", "11-9111")
	hi := career(t, ds, "soc-29-9021")
	if report.BLS != "BLS Employment Projections 2025–35" || report.WageYear != 2025 || ds.Edition.Name.EN != "O*NET 31.0 and BLS 2025–35 (imported)" || ds.Edition.Period.EN != "2025–2035" {
		t.Errorf("edition %q, report %+v", ds.Edition.Name.EN, report)
	}
	if *hi.Salary.Value != 68020 || *hi.Growth.Value != 16 || hi.Salary.Period.EN != "May 2025" || hi.Growth.Measure.EN != "percent job growth 2025–35" {
		t.Errorf("figures %+v %+v", hi.Salary, hi.Growth)
	}
	if o := hi.Openings; o == nil || *o.Value != 3300 || o.Unit != model.UnitJobs || o.Measure.EN != "openings a year, on average, 2025–35" || o.Period.EN != "2025–2035" || o.Source != officialdata.SourceBLS {
		t.Errorf("openings %+v", hi.Openings)
	}
	if r := ds.Reference; r == nil || *r.Openings.Value != 18_900_000 || *r.Salary.Value != 50980 || *r.Growth.Value != 3.5 {
		t.Errorf("reference %+v", ds.Reference)
	}
	if ty := hi.Typical; ty == nil || ty.Education.EN != "Associate's degree" || ty.Experience.EN != "None" || ty.Training.EN != "None" || ty.Source != officialdata.SourceBLS {
		t.Errorf("typical %+v", hi.Typical)
	}
	if got := facts(hi.OutlookNotes); got != "Employment: 42,500 jobs in 2025; 49,300 projected for 2035 (+6,800).\nAbout 3,300 openings a year, on average, over 2025–35." {
		t.Errorf("outlook notes %q", got)
	}
}

// TestImport_OlderBLSEditions: BLS's own workbooks of older editions are
// named as such, with what to download instead.
func TestImport_OlderBLSEditions(t *testing.T) {
	ctx := context.Background()
	for name, c := range map[string]struct {
		desc string
		want string
	}{
		"2019–29": {"#sheet Table 1.2\nTable 1.2 Employment by detailed occupation, 2019 and projected 2029\n" +
			"2019 National Employment Matrix title\t2019 National Employment Matrix code\tOccupation type\tEmployment, 2019\tEmployment, 2029\tEmployment change, numeric, 2019-29\tEmployment change, percent, 2019-29\tOccupational openings, 2019-29 annual average\n" +
			"Total, all occupations\t00-0000\tSummary\t162795.6\t168834.7\t6039.2\t3.7\t17454.3\n",
			`this is the 2019–29 edition of BLS's occupation.xlsx ("Table 1.2 Employment by detailed occupation, 2019 and projected 2029"), whose table has other columns; use the 2023–33 edition or newer: download occupation.xlsx again from https://www.bls.gov/emp/ind-occ-matrix/occupation.xlsx`},
		"2016–26": {"#sheet Table 1.2\nTable 1.2 Employment by detailed occupation, 2016 and projected 2026\n" +
			"2016 National Employment Matrix title and code\t\tOccupation type\tEmployment\t\t\t\tChange, 2016-26\n\t\t\tNumber\t\tPercent distribution\n\t\t\t2016\t2026\t2016\t2026\tNumber\tPercent\n" +
			"Total, all occupations\t00-0000\tSummary\t156063.8\t167582.3\n",
			"this is the 2016–26 edition of BLS's occupation.xlsx"},
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			desc := filepath.Join(dir, "desc.tsv")
			os.WriteFile(desc, []byte(c.desc), 0o644)
			_, err := officialdata.OpenBLS(ctx, officialtest.Workbook(t, desc, filepath.Join(dir, "occupation.xlsx")))
			wantError(t, err, c.want)
		})
	}
}

// TestImport_CodeDashes: a code copied from a web page, with an en dash,
// a non-breaking hyphen or a minus sign, is read; a wrong code names its
// wrong character by its code point.
func TestImport_CodeDashes(t *testing.T) {
	codes, err := officialdata.ParseCodes("29–9021, 11‑9111; 29−2072.00\u00a015-1299.08")
	if err != nil || strings.Join(codes, " ") != "29-9021 11-9111 29-2072 15-1299.08" {
		t.Errorf("codes %q, %v", codes, err)
	}
	for field, want := range map[string]string{
		"29-9O21,11-9111": `"29-9O21" is not an occupation code such as 29-9021 (SOC) or 29-9021.00 (O*NET-SOC): its character 5, “O” (U+004F, a letter), should be a digit`,
		"29~9021,11-9111": `its character 3, “~” (U+007E, a punctuation mark or symbol), should be a hyphen, -`,
		"29-902,11-9111":  `"29-902" is not an occupation code such as 29-9021 (SOC) or 29-9021.00 (O*NET-SOC): it is cut short after 6 characters`,
		"29-9021.001,x":   `it is 11 characters long`,
	} {
		_, err := officialdata.ParseCodes(field)
		wantError(t, err, want)
	}
}
