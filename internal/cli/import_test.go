package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"careercompare/internal/officialdata/officialtest"
	"careercompare/model"
)

// TestCLI_Import: import, validate, export the handout, as the README
// says.
func TestCLI_Import(t *testing.T) {
	onet, workbook := officialtest.Fixtures(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "x.json")
	code, stdout, stderr := runCLI(t, "import", "--onet", onet, "--bls", workbook, "--soc", "29-9021,11-9111,29-2072", "--out", out)
	if code != 0 || stderr != "" {
		t.Fatalf("import: %d %s", code, stderr)
	}
	for _, want := range []string{"O*NET: O*NET 30.1 Database", "4 occupations", "BLS: BLS Employment Projections 2024–34, median wages of May 2024", `sheet "Table 1.2"`,
		"Matched 3 of 3 occupations in both downloads", "29-9021    Health Information Technologists and Medical Registrars — O*NET and BLS", "Texts are in English", "Wrote " + out} {
		if !strings.Contains(stdout, want) {
			t.Errorf("the report lacks %q:\n%s", want, stdout)
		}
	}
	code, stdout, stderr = runCLI(t, "validate", out)
	if code != 0 || !strings.Contains(stdout, out+": valid") || !strings.Contains(stdout, "texts have no Spanish form") {
		t.Errorf("validate: %d %q %q", code, stdout, stderr)
	}
	pdf := filepath.Join(dir, "handout.pdf")
	if code, _, stderr := runCLI(t, "export", "--data", out, "--format", "pdf", "--out", pdf); code != 0 {
		t.Fatalf("export: %d %s", code, stderr)
	}
	if b, err := os.ReadFile(pdf); err != nil || !strings.HasPrefix(string(b), "%PDF") {
		t.Errorf("handout: %v", err)
	}
	// Without --out: the data file on standard output, the report on
	// standard error.
	code, stdout, stderr = runCLI(t, "import", "--onet", onet, "--bls", workbook, "--soc", "29-2072 29-9021")
	if code != 0 || !strings.Contains(stderr, "Matched 2 of 2") {
		t.Fatalf("import to stdout: %d %s", code, stderr)
	}
	if _, err := model.Load("stdout", []byte(stdout)); err != nil {
		t.Errorf("standard output is not a valid data file: %v", err)
	}
	if code, stdout, _ := runCLI(t, "import", "--help"); code != 0 || !strings.Contains(stdout, "https://www.onetcenter.org/database.html") {
		t.Errorf("import --help: %d %q", code, stdout)
	}
	if code, stdout, _ := runCLI(t, "--help"); code != 0 || !strings.Contains(stdout, "careercompare import --onet DIR --bls occupation.xlsx --soc CODES") {
		t.Errorf("--help does not name import: %q", stdout)
	}
}

// TestCLI_ImportProblems: every bad input is one line on standard error
// and an exit 1, and the file named by --out is left as it was.
func TestCLI_ImportProblems(t *testing.T) {
	onet, workbook := officialtest.Fixtures(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "mine.json")
	before := []byte("my own data, not to be touched")
	os.WriteFile(out, before, 0o644)
	broken := filepath.Join(dir, "broken.xlsx")
	b, _ := os.ReadFile(workbook)
	os.WriteFile(broken, b[:len(b)/3], 0o644)
	for name, c := range map[string]struct {
		args []string
		want string
	}{
		"no flags":      {nil, "import: --onet, --bls, --soc are required"},
		"one code":      {[]string{"--onet", onet, "--bls", workbook, "--soc", "29-9021"}, "import: --soc: give 2 to 50 occupation codes, not 1"},
		"bad code":      {[]string{"--onet", onet, "--bls", workbook, "--soc", "29-9021,x"}, `import: --soc: "x" is not an occupation code`},
		"unknown code":  {[]string{"--onet", onet, "--bls", workbook, "--soc", "29-9021,99-9999"}, "import: the occupation 99-9999 is in neither download"},
		"no folder":     {[]string{"--onet", filepath.Join(dir, "none"), "--bls", workbook, "--soc", "29-9021,11-9111"}, "none: no such folder"},
		"wrong folder":  {[]string{"--onet", dir, "--bls", workbook, "--soc", "29-9021,11-9111"}, "not the O*NET text download"},
		"no workbook":   {[]string{"--onet", onet, "--bls", filepath.Join(dir, "none.xlsx"), "--soc", "29-9021,11-9111"}, "none.xlsx: no such file"},
		"broken":        {[]string{"--onet", onet, "--bls", broken, "--soc", "29-9021,11-9111"}, "broken.xlsx: not a readable .xlsx workbook"},
		"text for xlsx": {[]string{"--onet", onet, "--bls", filepath.Join(onet, "Skills.txt"), "--soc", "29-9021,11-9111"}, "Skills.txt: not a readable .xlsx workbook"},
	} {
		t.Run(name, func(t *testing.T) {
			args := append([]string{"import"}, c.args...)
			args = append(args, "--out", out)
			code, stdout, stderr := runCLI(t, args...)
			if code != 1 || stdout != "" || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, c.want) {
				t.Errorf("exit %d, stdout %q, stderr %q; want one line with %q", code, stdout, stderr, c.want)
			}
			if got, _ := os.ReadFile(out); string(got) != string(before) {
				t.Error("a failed import changed the --out file")
			}
		})
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("left behind in the folder: %v", entries)
	}
}
