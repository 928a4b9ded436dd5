package officialdata_test

import (
	"bytes"
	"context"
	"errors"
	"image/png"
	"strings"
	"testing"

	"careercompare/charts"
	"careercompare/charts/export"
	"careercompare/model"
	"careercompare/officialdata"
	"careercompare/officialdata/officialtest"
)

// imported builds the data of codes from the O*NET fixture and a workbook,
// writes it as a data file and loads that file as the app does.
func imported(t *testing.T, workbook string, codes ...string) (*model.Dataset, *officialdata.Report) {
	t.Helper()
	ctx := context.Background()
	d, err := officialdata.Open(ctx, officialtest.ONetDir(t), workbook)
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

// TestBuild_EndToEnd imports the three stand-ins of the BLS 2024–34
// edition: the file validates, every fact is sourced, both charts and the
// handout draw.
func TestBuild_EndToEnd(t *testing.T) {
	ds, report := imported(t, officialtest.Workbook2434(t), "29-9021", "11-9111", "29-2072")
	if report.ONet != "O*NET 30.1 Database" || report.BLS != "BLS Employment Projections 2024–34" || report.Both() != 3 || !report.Reference {
		t.Errorf("report:\n%s", report)
	}
	if ds.Edition.Name.EN != "O*NET 30.1 and BLS 2024–34 (imported)" || ds.Edition.Period.EN != "2024–2034" || ds.Edition.Year != 2024 || ds.Edition.Imported == "" {
		t.Errorf("edition %+v", ds.Edition)
	}
	onet, _ := ds.Source(officialdata.SourceONet)
	for _, want := range []string{"O*NET 30.1 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license",
		"O*NET® is a trademark of USDOL/ETA.", "Career Compare has modified all or some of this information", "selected", "shortened",
		"USDOL/ETA has not approved, endorsed, or tested these modifications."} {
		if !strings.Contains(onet.Note.EN, want) {
			t.Errorf("the O*NET source's note lacks %q", want)
		}
	}
	if onet.Short.EN != "O*NET 30.1 Database, USDOL/ETA, CC BY 4.0" || onet.Address != "https://www.onetcenter.org/database.html" {
		t.Errorf("O*NET source %+v", onet)
	}
	if bls, _ := ds.Source(officialdata.SourceBLS); bls.Address != "https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm" {
		t.Errorf("BLS source %+v", bls)
	}
	hi, _ := ds.Career("soc-29-9021")
	him, _ := ds.Career("soc-11-9111")
	if hi == nil || him == nil || ds.Comparison.Left != hi.ID || ds.Comparison.Right != him.ID {
		t.Fatalf("careers %v, comparison %s vs %s", ds.Careers, ds.Comparison.Left, ds.Comparison.Right)
	}
	// An imported career is the occupation itself: its code, no stand-in.
	if hi.Name.EN != "Health Information Technologists and Medical Registrars" || !hi.Occupation.IsZero() || hi.Code != "29-9021" || hi.Ladder != "" {
		t.Errorf("career %+v", hi)
	}
	if *hi.Salary.Value != 67310 || *him.Salary.Value != 117960 || *hi.Growth.Value != 14.8 || hi.Salary.Period.EN != "May 2024" || hi.Growth.Measure.EN != "percent job growth 2024–34" {
		t.Errorf("figures %+v %+v", hi.Salary, hi.Growth)
	}
	if r := ds.Reference; r == nil || *r.Salary.Value != 49500 || *r.Growth.Value != 3.1 {
		t.Errorf("reference %+v", ds.Reference)
	}
	text := func(facts []model.Fact) string {
		var s []string
		for _, f := range facts {
			s = append(s, f.Text.EN)
		}
		return strings.Join(s, "\n")
	}
	for what, c := range map[string]struct {
		facts []model.Fact
		want  []string
	}{
		"education": {hi.Education, []string{"Typical education needed for entry: Associate's degree.", "Associate's Degree (or other 2-year degree) 46%", "O*NET Job Zone 3 of 5: Medium Preparation Needed."}},
		// The most relevant core task first; supplemental tasks left out.
		"duties": {hi.Duties, []string{"Apply knowledge of health care", "Below, its 6 core tasks, the most relevant first, as O*NET's task ratings rank them (of 8 tasks in all).",
			"Abstract clinical data from patient records"}},
		"skills":  {hi.Skills, []string{"Reading Comprehension — O*NET rates its importance 4.00 of 5 and the level needed 4.12 of 7."}},
		"outlook": {hi.OutlookNotes, []string{"Employment: 41,900 jobs in 2024; 48,100 projected for 2034 (+6,200).", "About 3,200 openings a year, on average, over 2024–34."}},
	} {
		got := text(c.facts)
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s lacks %q:\n%s", what, w, got)
			}
		}
		for _, f := range c.facts {
			if f.Source != officialdata.SourceONet && f.Source != officialdata.SourceBLS {
				t.Errorf("%s: %q has source %q", what, f.Text.EN, f.Source)
			}
		}
	}
	if got := text(hi.Duties); strings.Contains(got, "Train staff") || len(hi.Duties) > 2+officialdata.MaxDuties || len(hi.Skills) != officialdata.MaxSkills {
		t.Errorf("%d duties (a supplemental task?), %d skills:\n%s", len(hi.Duties), len(hi.Skills), got)
	}
	if !strings.HasPrefix(hi.Duties[2].Text.EN, "Abstract clinical data") {
		t.Errorf("the most relevant core task is not first: %q", hi.Duties[2].Text.EN)
	}
	// No key differences are written: the app computes them for every
	// pair, from what the old sentences stated, which the careers hold.
	if !ds.Comparison.Differences.IsZero() {
		t.Errorf("written differences %+v", ds.Comparison.Differences)
	}
	if hi.Typical == nil || hi.Typical.Education.EN != "Associate's degree" || hi.Typical.Source != officialdata.SourceBLS || him.Typical.Education.EN != "Bachelor's degree" || him.Typical.Experience.EN != "Less than 5 years" {
		t.Errorf("typical entry %+v %+v", hi.Typical, him.Typical)
	}
	if o := hi.Openings; o == nil || *o.Value != 3200 || o.Unit != model.UnitJobs || o.Measure.EN != "openings a year, on average, 2024–34" {
		t.Errorf("openings %+v", hi.Openings)
	}
	if o := ds.Reference.Openings; o == nil || o.Has() || o.Absent.EN != "BLS publishes no openings figure" {
		t.Errorf("the fixture's total row has no openings, yet %+v", o)
	}
	if ds.MissingSpanish() == 0 {
		t.Error("imported English texts are not counted as lacking Spanish")
	}
	// Both charts and the handout draw, with the figures of both careers.
	cmp, err := ds.DefaultComparison()
	if err != nil {
		t.Fatal(err)
	}
	if cmp.Ladder != nil {
		t.Error("an imported career has a credit ladder")
	}
	for _, chart := range []string{charts.ChartSalary, charts.ChartGrowth} {
		var buf bytes.Buffer
		p := export.Picture{Chart: chart, Format: charts.PNG, Size: charts.Size{Width: 900, Height: 600, Scale: 1}, Theme: charts.Light, Lang: model.English, Comparison: cmp}
		if err := p.Write(&buf); err != nil {
			t.Fatalf("%s chart: %v", chart, err)
		}
		if img, err := png.Decode(&buf); err != nil || img.Bounds().Dx() != 900 {
			t.Errorf("%s chart: %v", chart, err)
		}
	}
	spec := charts.SalarySpec(cmp, model.English)
	if len(spec.Bars) != 3 || spec.Bars[2].Text != "$49,500" {
		t.Errorf("salary bars %+v", spec.Bars)
	}
	var pdf bytes.Buffer
	if err := (export.Handout{Comparison: cmp, Lang: model.English, Paper: export.Letter}).Write(&pdf); err != nil || !bytes.HasPrefix(pdf.Bytes(), []byte("%PDF")) {
		t.Errorf("handout: %v", err)
	}
}

// TestBuild_OlderEdition imports from the 2023–33 workbook, whose headers
// differ: the edition, its periods and its figures follow the file.
func TestBuild_OlderEdition(t *testing.T) {
	ds, report := imported(t, officialtest.Workbook2333(t), "11-9111", "29-9021")
	him, _ := ds.Career("soc-11-9111")
	if report.BLS != "BLS Employment Projections 2023–33" || ds.Edition.Name.EN != "O*NET 30.1 and BLS 2023–33 (imported)" || ds.Edition.Year != 2023 {
		t.Errorf("edition %q, report %q", ds.Edition.Name.EN, report.BLS)
	}
	if *him.Salary.Value != 110680 || *him.Growth.Value != 29 || him.Salary.Period.EN != "May 2023" || him.Growth.Measure.EN != "percent job growth 2023–33" || him.Growth.Period.EN != "2023–2033" {
		t.Errorf("figures %+v %+v", him.Salary, him.Growth)
	}
	if !strings.Contains(him.OutlookNotes[0].Text.EN, "562,700 jobs in 2023") || *ds.Reference.Growth.Value != 4 {
		t.Errorf("outlook %q, reference %+v", him.OutlookNotes[0].Text.EN, ds.Reference.Growth)
	}
}

// TestBuild_OneSource: an occupation in one download only gets what that
// one has and "no data" for the rest, and the report says so.
func TestBuild_OneSource(t *testing.T) {
	ds, report := imported(t, officialtest.Workbook2434(t), "43-6013", "29-2036")
	onetOnly, _ := ds.Career("soc-43-6013")
	blsOnly, _ := ds.Career("soc-29-2036")
	if onetOnly.Salary.Has() || onetOnly.Growth.Has() || !strings.Contains(onetOnly.Salary.Note.EN, "no row for 43-6013") || len(onetOnly.Skills) == 0 {
		t.Errorf("O*NET only: %+v", onetOnly)
	}
	if !blsOnly.Salary.Has() || blsOnly.Name.EN != "Medical dosimetrists" || !strings.HasPrefix(blsOnly.Duties[0].Text.EN, "No data: the O*NET 30.1 Database has no occupation 29-2036.00") {
		t.Errorf("BLS only: %+v", blsOnly)
	}
	// O*NET types 43-6013's tasks n/a, without ratings: its tasks are
	// listed as O*NET gives them, and a fact says so.
	if len(onetOnly.Duties) != 5 || !strings.HasPrefix(onetOnly.Duties[1].Text.EN, "O*NET has not rated this occupation's tasks") {
		t.Errorf("duties without core tasks: %+v", onetOnly.Duties)
	}
	if report.Both() != 0 || !strings.Contains(report.String(), "43-6013    Medical Secretaries and Administrative Assistants — O*NET only: no BLS figures (no data)") ||
		!strings.Contains(report.String(), "29-2036    Medical dosimetrists — BLS only") {
		t.Errorf("report:\n%s", report)
	}
	if onetOnly.Openings != nil || onetOnly.Typical != nil || blsOnly.Openings == nil || blsOnly.Typical == nil {
		t.Errorf("openings and typical entry: %+v %+v / %+v %+v", onetOnly.Openings, onetOnly.Typical, blsOnly.Openings, blsOnly.Typical)
	}
}

func TestBuild_Choices(t *testing.T) {
	ctx := context.Background()
	d, err := officialdata.Open(ctx, officialtest.ONetDir(t), officialtest.Workbook2434(t))
	if err != nil {
		t.Fatal(err)
	}
	for codes, want := range map[string]string{
		"29-9021":             "give 2 to 50 occupation codes, not 1",
		"29-9021,29-9021.00":  "the occupation 29-9021 is given twice",
		"29-9021,2990":        `"2990" is not an occupation code`,
		"29-9021 11-9111.00 ": "",
	} {
		got, err := officialdata.ParseCodes(codes)
		if want == "" && (err != nil || len(got) != 2 || got[1] != "11-9111") || want != "" && (err == nil || !strings.Contains(err.Error(), want)) {
			t.Errorf("ParseCodes(%q) = %v, %v; want %q", codes, got, err, want)
		}
	}
	if _, _, err := d.Build(ctx, []string{"29-9021", "99-9999"}); err == nil || !strings.Contains(err.Error(), "99-9999 is in neither download") {
		t.Errorf("an unknown code: %v", err)
	}
	occs := officialdata.Occupations(d.ONet, d.BLS)
	if len(occs) != 5 {
		t.Errorf("occupations %+v, want 5 (the summary rows left out)", occs)
	}
	found := officialdata.Search(occs, "MEDICAL records")
	if len(found) != 1 || found[0].Code != "29-2072" || !found[0].InONet || !found[0].InBLS || found[0].Title != "Medical Records Specialists" {
		t.Errorf("search by title: %+v", found)
	}
	if found := officialdata.Search(occs, "29–90"); len(found) != 1 || found[0].Code != "29-9021" {
		t.Errorf("search by code: %+v", found)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, _, err := d.Build(cancelled, []string{"29-9021", "11-9111"}); !errors.Is(err, context.Canceled) {
		t.Errorf("a cancelled import: %v", err)
	}
}
