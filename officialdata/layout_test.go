package officialdata_test

import (
	"archive/zip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"careercompare/officialdata"
	"careercompare/officialdata/officialtest"
)

// copyDir copies the files of src into a new folder dir, leaving out the
// files named in skip, and returns dir.
func copyDir(t *testing.T, src, dir string, skip ...string) string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
outer:
	for _, e := range entries {
		for _, s := range skip {
			if e.Name() == s {
				continue outer
			}
		}
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// wantError checks that err is one line holding every one of want.
func wantError(t *testing.T, err error, want ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error; want one with %q", want)
	}
	if strings.Contains(err.Error(), "\n") {
		t.Errorf("an error of more than one line: %q", err)
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q\nlacks %q", err, w)
		}
	}
}

// TestImport_ONet303Layout: today's download (30.3 and later: Essential
// and Transferable Skills, Education and its Categories) is read, and the
// report names its release, month and layout.
func TestImport_ONet303Layout(t *testing.T) {
	ds, report := importFrom(t, officialtest.ONet31Dir(t), officialtest.Workbook2535(t), "11-9111", "29-1023")
	if report.ONet != "O*NET 31.0 Database" || report.Month != "August 2026" || report.Layout != "releases 30.3 and later" || report.ReleaseFrom != "Read Me.txt" {
		t.Errorf("report %+v", report)
	}
	if !strings.Contains(report.String(), "O*NET: O*NET 31.0 Database, August 2026 release (release read from Read Me.txt), files in the layout of releases 30.3 and later, in ") {
		t.Errorf("report:\n%s", report)
	}
	him, _ := ds.Career("soc-11-9111")
	skills := facts(him.Skills)
	// Skills from both files: 2.A (Essential) and 2.B (Transferable).
	for _, w := range []string{"Reading Comprehension — O*NET rates its importance", "Time Management — O*NET rates its importance", "level needed"} {
		if !strings.Contains(skills, w) {
			t.Errorf("skills lack %q:\n%s", w, skills)
		}
	}
	if edu := facts(him.Education); !strings.Contains(edu, "Education level required, as the share of respondents who report it: Bachelor's Degree 48%; Master's Degree 38%") {
		t.Errorf("education from Education.txt:\n%s", edu)
	}
	if src, _ := ds.Source(officialdata.SourceONet); src.Year.EN != "August 2026 release" || src.Title.EN != "O*NET 31.0 Database" {
		t.Errorf("O*NET source %+v", src)
	}
}

// TestImport_ONetBefore303Layout: the layout of the releases before 30.3
// (Skills.txt; Education, Training, and Experience.txt) is still read.
func TestImport_ONetBefore303Layout(t *testing.T) {
	o, err := officialdata.OpenONet(context.Background(), officialtest.ONetDir(t))
	if err != nil {
		t.Fatal(err)
	}
	if o.Layout.Name != "releases before 30.3" || o.Release != "30.1" || o.Zip {
		t.Errorf("layout %q, release %q", o.Layout.Name, o.Release)
	}
}

// TestImport_ONetZip: the download's zip, as O*NET serves it, is read in
// place: given itself, or the folder that holds it; beside its unzipped
// folder, that folder is read.
func TestImport_ONetZip(t *testing.T) {
	ctx := context.Background()
	zipPath := officialtest.ONet31Zip(t)
	fromZip, report := importFrom(t, zipPath, officialtest.Workbook2535(t), "29-9021", "11-9111")
	fromDir, _ := importFrom(t, officialtest.ONet31Dir(t), officialtest.Workbook2535(t), "29-9021", "11-9111")
	if report.ONetDir != filepath.Join(zipPath, "db_31_0_text") || report.Layout != "releases 30.3 and later" || report.Month != "August 2026" {
		t.Errorf("report %+v", report)
	}
	a, _ := officialdata.Marshal(fromZip)
	b, _ := officialdata.Marshal(fromDir)
	if string(a) != string(b) {
		t.Error("the zip and its folder import differently")
	}
	o, err := officialdata.OpenONet(ctx, filepath.Dir(zipPath))
	if err != nil || !o.Zip || o.Release != "31.0" || o.Occupations() != 13 {
		t.Fatalf("the folder that holds the zip: %v", err)
	}
	// The zip and the folder it unzipped to, side by side: one download.
	parent := filepath.Dir(zipPath)
	copyDir(t, officialtest.ONet31Dir(t), filepath.Join(parent, "db_31_0_text"))
	if o, err = officialdata.OpenONet(ctx, parent); err != nil || o.Zip || filepath.Base(o.Dir) != "db_31_0_text" {
		t.Errorf("zip and folder side by side: %v", err)
	}
	// A zip of the files without a folder.
	flat := filepath.Join(t.TempDir(), "onet.zip")
	writeZip(t, flat, officialtest.ONet31Dir(t), "", 0)
	if o, err = officialdata.OpenONet(ctx, flat); err != nil || o.Dir != flat || o.Release != "31.0" {
		t.Errorf("a zip without a folder: %v", err)
	}
}

// writeZip zips the files of dir into out, under prefix, and as many
// more tiny files as files says.
func writeZip(t *testing.T, out, dir, prefix string, files int) {
	t.Helper()
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zw := zip.NewWriter(f)
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		b, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		w, err := zw.Create(prefix + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		w.Write(b)
	}
	for i := range files {
		w, _ := zw.Create(fmt.Sprintf("%sextra/%d.txt", prefix, i))
		w.Write([]byte{'x'})
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestImport_ONetZipLimits: a zip that is not a zip, too large, of too
// many files, or built to unpack to too much is refused in one line.
func TestImport_ONetZipLimits(t *testing.T) {
	dir := t.TempDir()
	notZip := filepath.Join(dir, "db_31_0_text.zip")
	os.WriteFile(notZip, []byte("not a zip"), 0o644)
	huge := filepath.Join(dir, "huge.zip")
	if f, err := os.Create(huge); err == nil {
		f.Truncate(officialdata.MaxONetZip + 1) // sparse: no disk used
		f.Close()
	}
	many := filepath.Join(dir, "many.zip")
	writeZip(t, many, officialtest.ONet31Dir(t), "db_31_0_text/", 2100)
	bomb := filepath.Join(dir, "bomb.zip")
	rawZip(t, bomb, "db_31_0_text/Occupation Data.txt", deflated(t, []byte("x"), 1<<20), 2<<30)
	liar := filepath.Join(dir, "liar.zip")
	writeLiar(t, liar)
	for name, c := range map[string]struct {
		path string
		want []string
	}{
		"not a zip":      {notZip, []string{"db_31_0_text.zip: not a readable zip file"}},
		"too large":      {huge, []string{"huge.zip: the file is 129 MB, larger than the limit of 128 MB for the O*NET text download's zip"}},
		"too many files": {many, []string{"many.zip: the zip has 2113 files, more than the limit of 2000"}},
		"zip bomb":       {bomb, []string{"bomb.zip: the zip unpacks to more than 1024 MB", `"db_31_0_text/Occupation Data.txt" alone to 2048 MB`}},
		"lying sizes":    {liar, []string{"Occupation Data.txt: the file is damaged in the zip"}},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := officialdata.OpenONet(context.Background(), c.path)
			wantError(t, err, c.want...)
		})
	}
}

// rawZip writes a zip of one file whose compressed bytes are raw and whose
// declared size is declared.
func rawZip(t *testing.T, out, name string, raw []byte, declared uint64) {
	t.Helper()
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zw := zip.NewWriter(f)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Deflate, CompressedSize64: uint64(len(raw)), UncompressedSize64: declared})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(raw)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
}

// writeLiar writes the 31.0 fixture as a zip whose Occupation Data.txt
// unpacks to far more than its directory says.
func writeLiar(t *testing.T, out string) {
	t.Helper()
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zw := zip.NewWriter(f)
	src := officialtest.ONet31Dir(t)
	entries, _ := os.ReadDir(src)
	for _, e := range entries {
		b, _ := os.ReadFile(filepath.Join(src, e.Name()))
		if e.Name() == "Occupation Data.txt" {
			body := append(b, []byte(strings.Repeat("11-9111.00\tT\tD\r\n", 1<<16))...)
			raw := deflated(t, body, len(body))
			w, err := zw.CreateRaw(&zip.FileHeader{Name: "db_31_0_text/" + e.Name(), Method: zip.Deflate, CompressedSize64: uint64(len(raw)), UncompressedSize64: uint64(len(b))})
			if err != nil {
				t.Fatal(err)
			}
			w.Write(raw)
			continue
		}
		w, _ := zw.Create("db_31_0_text/" + e.Name())
		w.Write(b)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestImport_NeitherLayout: a folder of neither layout gets one message
// that names the files each layout has; a download missing files of its
// layout names them; files of both layouts in one folder are refused.
func TestImport_NeitherLayout(t *testing.T) {
	ctx := context.Background()
	partial := copyDir(t, officialtest.ONet31Dir(t), filepath.Join(t.TempDir(), "db_31_0_text"), "Education Categories.txt", "Transferable Skills.txt")
	mixed := copyDir(t, officialtest.ONetDir(t), filepath.Join(t.TempDir(), "onet"))
	copyDir(t, officialtest.ONet31Dir(t), mixed)
	for name, c := range map[string]struct {
		dir  string
		want []string
	}{
		"neither": {t.TempDir(), []string{"not the O*NET text download: it has none of its files (releases 30.3 and later have ",
			`"Essential Skills.txt", "Transferable Skills.txt", "Education.txt", "Education Categories.txt"`,
			`releases before 30.3 have "Occupation Data.txt", "Task Statements.txt", "Task Ratings.txt", "Skills.txt", "Education, Training, and Experience.txt"`,
			"https://www.onetcenter.org/database.html"}},
		"files missing": {partial, []string{`db_31_0_text: an O*NET text download of releases 30.3 and later, but it has no "Transferable Skills.txt", "Education Categories.txt"`}},
		"both layouts":  {mixed, []string{"it holds the files of two O*NET layouts, releases 30.3 and later", "releases before 30.3", "Unzip each into a folder of its own"}},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := officialdata.OpenONet(ctx, c.dir)
			wantError(t, err, c.want...)
		})
	}
}

// TestImport_TwoDownloads: a folder that holds two downloads names both
// and asks for one.
func TestImport_TwoDownloads(t *testing.T) {
	parent := t.TempDir()
	copyDir(t, officialtest.ONetDir(t), filepath.Join(parent, "db_30_1_text"))
	copyDir(t, officialtest.ONet31Dir(t), filepath.Join(parent, "db_31_0_text"))
	_, err := officialdata.OpenONet(context.Background(), parent)
	wantError(t, err, `2 O*NET downloads here ("db_30_1_text", "db_31_0_text"): choose one of them`)
	// A folder and another release's zip.
	other := t.TempDir()
	copyDir(t, officialtest.ONetDir(t), filepath.Join(other, "db_30_1_text"))
	officialtest.Zip(t, officialtest.ONet31Dir(t), filepath.Join(other, "db_31_0_text.zip"))
	_, err = officialdata.OpenONet(context.Background(), other)
	wantError(t, err, `2 O*NET downloads here ("db_30_1_text", "db_31_0_text")`)
}

// TestImport_Taxonomy2010: a release on the O*NET-SOC 2010 taxonomy (25.0
// and older) is named as such, with why its codes do not match BLS's.
func TestImport_Taxonomy2010(t *testing.T) {
	ctx := context.Background()
	readMe := func(text string) string {
		dir := copyDir(t, officialtest.ONetDir(t), filepath.Join(t.TempDir(), "onet"))
		os.WriteFile(filepath.Join(dir, "Read Me.txt"), []byte(text), 0o644)
		return dir
	}
	codes2010 := copyDir(t, officialtest.ONetDir(t), filepath.Join(t.TempDir(), "onet"))
	b, _ := os.ReadFile(filepath.Join(codes2010, "Occupation Data.txt"))
	os.WriteFile(filepath.Join(codes2010, "Occupation Data.txt"), []byte(strings.ReplaceAll(string(b), "29-2072.00", "29-2071.00")), 0o644)
	named := copyDir(t, officialtest.ONetDir(t), filepath.Join(t.TempDir(), "db_25_0_text"))
	for name, c := range map[string]struct {
		dir  string
		want string // "" when accepted
	}{
		"18.1 by its Read Me":      {readMe("O*NET 18.1 Database\r\nFebruary 2014 Release\r\n"), "this is the O*NET 18.1 Database, on the O*NET-SOC 2010 taxonomy"},
		"25.0 by its folder":       {named, "this is the O*NET 25.0 Database, on the O*NET-SOC 2010 taxonomy"},
		"no release, by its codes": {codes2010, "this is the O*NET Database, on the O*NET-SOC 2010 taxonomy"},
		"25.1, the first of 2019":  {readMe("O*NET 25.1 Database\r\nNovember 2020 Release\r\n"), ""},
	} {
		t.Run(name, func(t *testing.T) {
			o, err := officialdata.OpenONet(ctx, c.dir)
			if c.want == "" {
				if err != nil || o.Release != "25.1" {
					t.Errorf("refused: %v", err)
				}
				return
			}
			wantError(t, err, c.want, "its occupation codes differ from the SOC 2018 codes of BLS's tables",
				"29-2071 Medical Records and Health Information Technicians became 29-2072 and 29-9021", "use O*NET 25.1 (November 2020) or later")
		})
	}
}
