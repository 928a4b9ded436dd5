package cli

import (
	"archive/zip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"careercompare/model"
	"careercompare/officialdata/officialtest"

	"github.com/xuri/excelize/v2"
)

// oewsTable writes an OEWS table of the documented layout at path: a
// row of each occupation in each area, areas as AREA, AREA_TITLE,
// AREA_TYPE, PRIM_STATE.
func oewsTable(t *testing.T, path, sheet string, areas [][4]any, codes ...string) string {
	t.Helper()
	x := excelize.NewFile()
	defer x.Close()
	if err := x.SetSheetName("Sheet1", sheet); err != nil {
		t.Fatal(err)
	}
	header := []any{"AREA", "AREA_TITLE", "AREA_TYPE", "PRIM_STATE", "NAICS", "I_GROUP", "OWN_CODE", "OCC_CODE", "OCC_TITLE", "O_GROUP",
		"TOT_EMP", "EMP_PRSE", "MEAN_PRSE", "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90",
		"A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90", "ANNUAL", "HOURLY"}
	rows := [][]any{header}
	for _, a := range areas {
		for i, code := range codes {
			rows = append(rows, []any{a[0], a[1], a[2], a[3], "000000", "cross-industry", 1235, code, "Occupation " + code, "detailed",
				1000 + i, 4.2, 2.1, 5.5, 10.5, 20.5, 30.5, 40.5, 11000, 21000, 41000, 61000, 81000 + i, nil, nil})
		}
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := x.SetSheetRow(sheet, cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	if err := x.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// oewsZip puts files into a zip at path, as BLS's zips hold its tables.
func oewsZip(t *testing.T, path string, files ...string) string {
	t.Helper()
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	zw := zip.NewWriter(out)
	for _, f := range files {
		w, _ := zw.Create(filepath.Base(f))
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(b)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestCLI_ImportWages: wages by place into an import, then into an
// existing data file; every bad input is one line and writes nothing.
func TestCLI_ImportWages(t *testing.T) {
	onet, workbook := officialtest.Fixtures(t)
	dir := t.TempDir()
	national := oewsTable(t, filepath.Join(dir, "national_M2024_dl.xlsx"), "national_M2024_dl", [][4]any{{99, "U.S.", 1, "US"}}, "29-9021", "11-9111")
	stateDir := filepath.Join(dir, "st")
	os.Mkdir(stateDir, 0o755)
	state := oewsZip(t, filepath.Join(dir, "oesm24st.zip"), oewsTable(t, filepath.Join(stateDir, "state_M2024_dl.xlsx"), "state_M2024_dl",
		[][4]any{{27, "Minnesota", 2, "MN"}, {66, "Guam", 3, "GU"}}, "29-9021", "11-9111"))
	out := filepath.Join(dir, "x.json")
	code, stdout, stderr := runCLI(t, "import", "--onet", onet, "--bls", workbook, "--soc", "29-9021,11-9111", "--oews", national, "--oews", state, "--out", out)
	if code != 0 || stderr != "" {
		t.Fatalf("import: %d %s", code, stderr)
	}
	for _, want := range []string{"Matched 2 of 2", "OEWS May 2024:", "Areas: 1 nation, 1 states, 1 territories, 0 metropolitan, 0 nonmetropolitan (3 in all).",
		"29-9021    Occupation 29-9021 (career soc-29-9021): figures in 3 of 3 areas", "career soc-11-9111: salary", "Wrote " + out} {
		if !strings.Contains(stdout, want) {
			t.Errorf("the report lacks %q:\n%s", want, stdout)
		}
	}
	ds, err := model.LoadFile(out)
	if err != nil || ds.Wages == nil || len(ds.Wages.Places) != 3 || ds.Wages.Source != "bls-oews-2024" {
		t.Fatalf("the data file's wages: %v %+v", err, ds)
	}
	if code, stdout, _ := runCLI(t, "validate", out); code != 0 || !strings.Contains(stdout, out+": valid") {
		t.Errorf("validate: %d %s", code, stdout)
	}
	// Into the file just written, from the comma-separated tables, to
	// standard output.
	code, stdout, stderr = runCLI(t, "import", "--data", out, "--oews", national+","+state)
	if code != 0 || !strings.Contains(stderr, "OEWS May 2024") {
		t.Fatalf("import --data: %d %s", code, stderr)
	}
	if again, err := model.Load("stdout", []byte(stdout)); err != nil || len(again.Sources) != len(ds.Sources) {
		t.Errorf("import --data: %v, sources %d, want %d", err, len(again.Sources), len(ds.Sources))
	}
	before := []byte("my own data, not to be touched")
	mine := filepath.Join(dir, "mine.json")
	os.WriteFile(mine, before, 0o644)
	broken := filepath.Join(dir, "oesm24nat.zip")
	b, _ := os.ReadFile(state)
	os.WriteFile(broken, b[:len(b)/2], 0o644)
	for name, c := range map[string]struct {
		args []string
		want string
	}{
		"no tables":            {[]string{"--data", out}, "import: --data and --edition add wages: give the OEWS tables with --oews"},
		"data and import":      {[]string{"--data", out, "--onet", onet, "--oews", national}, "import: --data and --edition add wages to a data file: give them with --oews and --out only"},
		"data and edition":     {[]string{"--data", out, "--edition", model.BLS2434Edition, "--oews", national}, "import: give --data or --edition, not both"},
		"an edition sans code": {[]string{"--edition", model.ArticleEdition, "--oews", national}, "import: --oews: no career of the data names its occupation's code"},
		"no such edition":      {[]string{"--edition", "x", "--oews", national}, `import: --edition: no built-in edition "x"`},
		"broken zip":           {[]string{"--data", out, "--oews", broken}, "import: --oews: " + broken + ": the file is damaged or cut short"},
		"broken, with import":  {[]string{"--onet", onet, "--bls", workbook, "--soc", "29-9021,11-9111", "--oews", broken}, "oesm24nat.zip: the file is damaged or cut short"},
		"a workbook not OEWS":  {[]string{"--data", out, "--oews", workbook}, "occupation.xlsx: sheet"},
	} {
		t.Run(name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, append(append([]string{"import"}, c.args...), "--out", mine)...)
			if code != 1 || stdout != "" || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, c.want) {
				t.Errorf("exit %d, stdout %q, stderr %q; want one line with %q", code, stdout, stderr, c.want)
			}
			if got, _ := os.ReadFile(mine); string(got) != string(before) {
				t.Error("a failed import changed the --out file")
			}
		})
	}
	// Where it writes is checked before the tables are read.
	if code, _, stderr := runCLI(t, "import", "--data", out, "--oews", broken, "--out", filepath.Join(dir, "no-such-folder", "x.json")); code != 1 || !strings.Contains(stderr, "no folder") {
		t.Errorf("--out in a folder that does not exist: exit %d, %q", code, stderr)
	}
	if code, stdout, _ := runCLI(t, "import", "--help"); code != 0 || !strings.Contains(stdout, "--oews FILES") || !strings.Contains(stdout, "https://www.bls.gov/oes/tables.htm") {
		t.Errorf("import --help: %d %q", code, stdout)
	}
}
