package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"careercompare/model"
	"careercompare/officialdata/officialtest"
)

// TestCLI_Import: import, validate, export the handout, as docs/data.md
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
		"summary row":   {[]string{"--onet", onet, "--bls", workbook, "--soc", "00-0000,29-9021"}, "import: --soc: 00-0000 is the total of all occupations in BLS's table, not an occupation"},
		"one code":      {[]string{"--onet", onet, "--bls", workbook, "--soc", "29-9021"}, "import: --soc: give 2 to 50 occupation codes, not 1"},
		"bad code":      {[]string{"--onet", onet, "--bls", workbook, "--soc", "29-9021,x"}, `import: --soc: "x" is not an occupation code`},
		"unknown code":  {[]string{"--onet", onet, "--bls", workbook, "--soc", "29-9021,99-9999"}, "import: the occupation 99-9999 is in neither download"},
		"no folder":     {[]string{"--onet", filepath.Join(dir, "none"), "--bls", workbook, "--soc", "29-9021,11-9111"}, "none: no such folder"},
		"wrong folder":  {[]string{"--onet", dir, "--bls", workbook, "--soc", "29-9021,11-9111"}, "not the O*NET text download: it has none of its files"},
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

// TestCLI_ImportZip: the O*NET download's zip, as O*NET serves it, and the
// 2025–35 workbook; the report names release, month and layout, and what
// O*NET has of each occupation.
func TestCLI_ImportZip(t *testing.T) {
	out := filepath.Join(t.TempDir(), "x.json")
	code, stdout, stderr := runCLI(t, "import", "--onet", officialtest.ONet31Zip(t), "--bls", officialtest.Workbook2535(t), "--soc", "29–9021,11-9111,29-2011", "--out", out)
	if code != 0 || stderr != "" {
		t.Fatalf("import: %d %s", code, stderr)
	}
	for _, want := range []string{"O*NET 31.0 Database, August 2026 release (release read from Read Me.txt), files in the layout of releases 30.3 and later, in ",
		"db_31_0_text.zip", "BLS Employment Projections 2025–35, median wages of May 2025",
		"O*NET has 7 tasks, not rated (task type n/a): listed in O*NET's order; no skill ratings; no education levels",
		"29-2011    Medical and Clinical Laboratory Technologists — O*NET, and BLS figures of the group 29-2010, Clinical laboratory technologists and technicians"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("the report lacks %q:\n%s", want, stdout)
		}
	}
	if code, _, stderr := runCLI(t, "validate", out); code != 0 {
		t.Errorf("validate: %s", stderr)
	}
}

// TestCLI_ImportOutFolder: --out into a folder that does not exist fails
// in one line before anything is read (the downloads given here do not
// exist either: that they are not named shows nothing was read).
func TestCLI_ImportOutFolder(t *testing.T) {
	dir := t.TempDir()
	for name, c := range map[string]struct {
		out, want string
	}{
		"no folder": {filepath.Join(dir, "nodir", "x.json"), "import: --out " + filepath.Join(dir, "nodir", "x.json") + ": no folder " + filepath.Join(dir, "nodir") + " to write it in"},
		"a folder":  {dir, "import: --out " + dir + " is a folder; give the data file's name"},
	} {
		t.Run(name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, "import", "--onet", filepath.Join(dir, "none.zip"), "--bls", filepath.Join(dir, "none.xlsx"), "--soc", "29-9021,11-9111", "--out", c.out)
			if code != 1 || stdout != "" || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, c.want) {
				t.Errorf("exit %d, stdout %q, stderr %q; want one line with %q", code, stdout, stderr, c.want)
			}
		})
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("left behind: %v", entries)
	}
}

// TestCLI_ExportCareers: export --careers picks the pair of a file of
// many careers; that pair is the one every export draws.
func TestCLI_ExportCareers(t *testing.T) {
	onet, workbook := officialtest.Fixtures(t)
	dir := t.TempDir()
	data := filepath.Join(dir, "x.json")
	if code, _, stderr := runCLI(t, "import", "--onet", onet, "--bls", workbook, "--soc", "29-9021,11-9111,29-2072", "--out", data); code != 0 {
		t.Fatalf("import: %s", stderr)
	}
	html, svg := filepath.Join(dir, "h.html"), filepath.Join(dir, "s.svg")
	for _, args := range [][]string{{"--format", "html", "--out", html}, {"--chart", "salary", "--format", "svg", "--out", svg}} {
		if code, _, stderr := runCLI(t, append([]string{"export", "--data", data, "--careers", "soc-29-2072,soc-11-9111"}, args...)...); code != 0 {
			t.Fatalf("export %v: %s", args, stderr)
		}
	}
	for _, path := range []string{html, svg} {
		b, _ := os.ReadFile(path)
		if !strings.Contains(string(b), "Medical Records Specialists") || strings.Contains(string(b), "Health Information Technologists") {
			t.Errorf("%s does not compare the pair asked for", filepath.Base(path))
		}
	}
	for name, c := range map[string]struct {
		careers, want string
	}{
		"unknown id": {"soc-29-2072,nurse", `export: --careers: no career "nurse" in the data; its careers are: soc-29-9021, soc-11-9111, soc-29-2072`},
		"one id":     {"soc-29-2072", "give two career ids separated by a comma, e.g. --careers soc-29-9021,soc-11-9111"},
		"same twice": {"soc-29-2072,soc-29-2072", "give two different careers"},
	} {
		t.Run(name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "export", "--data", data, "--careers", c.careers, "--out", filepath.Join(dir, "no.png"))
			if code != 1 || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, c.want) {
				t.Errorf("exit %d, stderr %q; want %q", code, stderr, c.want)
			}
		})
	}
	if code, stdout, _ := runCLI(t, "export", "--help"); code != 0 || !strings.Contains(stdout, "--careers ID,ID") {
		t.Errorf("export --help does not say --careers: %q", stdout)
	}
}
