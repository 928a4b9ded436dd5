package officialdata_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"careercompare/officialdata"
	"careercompare/officialdata/officialtest"
)

// copyONet copies the O*NET fixture into a new folder named name under a
// temporary folder, with edit applied to the file named file (if any).
func copyONet(t *testing.T, name, file string, edit func(string) string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	src := officialtest.ONetDir(t)
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if e.Name() == file {
			b = []byte(edit(string(b)))
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestONet_Release(t *testing.T) {
	ctx := context.Background()
	o, err := officialdata.OpenONet(ctx, officialtest.ONetDir(t))
	if err != nil {
		t.Fatal(err)
	}
	if o.Release != "30.1" || o.Name() != "O*NET 30.1 Database" || !strings.Contains(o.ReleaseFrom, "db_30_1_text") || o.Occupations() != 4 {
		t.Errorf("fixture: release %q from %q, %d occupations", o.Release, o.ReleaseFrom, o.Occupations())
	}
	// A Read Me.txt names the release and its month, whatever the folder.
	dir := copyONet(t, "onet", "", nil)
	readMe := "O*NET 30.2 Database\nFebruary 2026 Release\n---------------------\n"
	if err := os.WriteFile(filepath.Join(dir, "Read Me.txt"), []byte(readMe), 0o644); err != nil {
		t.Fatal(err)
	}
	if o, err = officialdata.OpenONet(ctx, dir); err != nil || o.Release != "30.2" || o.Month != "February 2026" || o.ReleaseFrom != "Read Me.txt" {
		t.Errorf("Read Me.txt: %v, release %q %q from %q", err, o.Release, o.Month, o.ReleaseFrom)
	}
	// Neither: the release is not named, and the report says so.
	os.Remove(filepath.Join(dir, "Read Me.txt"))
	if o, err = officialdata.OpenONet(ctx, dir); err != nil || o.Release != "" || o.Name() != "O*NET Database" {
		t.Errorf("no release: %v, %q", err, o.Name())
	}
	// The folder that holds the unzipped db_30_1_text folder will do.
	parent := filepath.Dir(copyONet(t, "db_30_1_text", "", nil))
	if o, err = officialdata.OpenONet(ctx, parent); err != nil || filepath.Base(o.Dir) != "db_30_1_text" {
		t.Errorf("parent folder: %v", err)
	}
}

func TestONet_Problems(t *testing.T) {
	ctx := context.Background()
	empty := t.TempDir()
	file := filepath.Join(empty, "Occupation Data.txt")
	os.WriteFile(file, []byte("x"), 0o644)
	for name, c := range map[string]struct {
		dir  string
		want string
	}{
		"missing folder": {filepath.Join(empty, "nowhere"), "nowhere: no such folder or file; give the O*NET text download: its zip (e.g. db_31_0_text.zip) or the folder it unzips to"},
		"a file":         {file, "Occupation Data.txt: not a folder or a zip"},
		"wrong folder":   {t.TempDir(), `not the O*NET text download: it has none of its files (releases 30.3 and later have "Occupation Data.txt", "Task Statements.txt"`},
		"bad code": {copyONet(t, "a", "Occupation Data.txt", func(s string) string { return strings.Replace(s, "29-9021.00", "29-9021", 1) }),
			`Occupation Data.txt:4: "29-9021" is not an O*NET-SOC code`},
		"wrong columns": {copyONet(t, "b", "Occupation Data.txt", func(s string) string { return strings.Replace(s, "\tDescription", "\tSummary", 1) }),
			`Occupation Data.txt:1: no column "Description" in the header`},
		"bad UTF-8": {copyONet(t, "c", "Occupation Data.txt", func(s string) string { return strings.Replace(s, "Medical Records", "Medical \xc0Records", 1) }),
			"Occupation Data.txt:3: the line is not UTF-8 text"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := officialdata.OpenONet(ctx, c.dir)
			if err == nil || !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "\n") {
				t.Errorf("error %v, want one line with %q", err, c.want)
			}
		})
	}
}

// TestONet_DetailProblems: a bad line in a file read for the chosen
// occupations stops the import with that file and line.
func TestONet_DetailProblems(t *testing.T) {
	ctx := context.Background()
	wb := officialtest.Workbook2434(t)
	for name, c := range map[string]struct {
		file string
		edit func(string) string
		want string
	}{
		"wrong field count": {"Task Statements.txt", func(s string) string { return strings.Replace(s, "\tCore\t40\t", "\tCore\t", 1) },
			"Task Statements.txt:2: 6 fields, but the header has 7 columns"},
		"overlong line": {"Skills.txt", func(s string) string {
			return strings.Replace(s, "Reading Comprehension", strings.Repeat("R", 20000), 1)
		},
			"Skills.txt:2: the line is longer than 16384 bytes"},
		"not a number": {"Skills.txt", func(s string) string { return strings.Replace(s, "\t4.00\t", "\tfour\t", 1) },
			`Skills.txt:2: column "Data Value": "four" is not a rating or a percent`},
		"bad job zone": {"Job Zones.txt", func(s string) string { return strings.Replace(s, "29-9021.00\t3", "29-9021.00\t9", 1) },
			`Job Zones.txt:4: column "Job Zone": "9" is not a job zone from 1 to 5`},
	} {
		t.Run(name, func(t *testing.T) {
			d, err := officialdata.Open(ctx, copyONet(t, "db_30_1_text", c.file, c.edit), wb)
			if err != nil {
				t.Fatal(err)
			}
			_, _, err = d.Build(ctx, []string{"29-9021", "11-9111"})
			if err == nil || !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "\n") {
				t.Errorf("error %v, want one line with %q", err, c.want)
			}
		})
	}
}
