package officialdata_test

import (
	"bufio"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"careercompare/internal/loudskip"
	"careercompare/officialdata"
	"careercompare/officialdata/officialtest"
)

// realDownloads unpacks the real official downloads kept beside the
// project (shared/reference/real-downloads, found in a folder above this
// one) into a temporary folder, or skips loudly where they are absent.
func realDownloads(t *testing.T) string {
	t.Helper()
	const archive = "shared/reference/real-downloads/real-downloads.tar.xz"
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	for ; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, archive)); err == nil {
			break
		}
		if filepath.Dir(dir) == dir {
			loudskip.Skip(t, "no %s in a folder above the project: the real downloads are not here", archive)
		}
	}
	out := t.TempDir()
	if b, err := exec.Command("tar", "xJf", filepath.Join(dir, archive), "-C", out).CombinedOutput(); err != nil {
		loudskip.Skip(t, "cannot unpack %s with tar (xz): %v %s", archive, err, b)
	}
	return out
}

// to303 rewrites a real download of the layout before 30.3 in the layout
// of 30.3 and later, as O*NET did: Skills.txt's rows of 2.A.* to Essential
// Skills.txt and of 2.B.* to Transferable Skills.txt; the rows of 2.D.1 of
// Education, Training, and Experience.txt (and its Categories) to
// Education.txt, those of 3.A.* to Training and Experience.txt; and the
// Read Me naming release 31.0.
func to303(t *testing.T, src, dir string) string {
	t.Helper()
	copyDir(t, src, dir, "Skills.txt", "Education, Training, and Experience.txt", "Education, Training, and Experience Categories.txt", "Read Me.txt")
	split(t, filepath.Join(src, "Skills.txt"), map[string]string{"2.A.": filepath.Join(dir, "Essential Skills.txt"), "2.B.": filepath.Join(dir, "Transferable Skills.txt")})
	split(t, filepath.Join(src, "Education, Training, and Experience.txt"), map[string]string{"2.D.1": filepath.Join(dir, "Education.txt"), "3.A.": filepath.Join(dir, "Training and Experience.txt")})
	split(t, filepath.Join(src, "Education, Training, and Experience Categories.txt"), map[string]string{"2.D.1": filepath.Join(dir, "Education Categories.txt"), "3.A.": filepath.Join(dir, "Training and Experience Categories.txt")})
	os.WriteFile(filepath.Join(dir, "Read Me.txt"), []byte("O*NET 31.0 Database\r\nAugust 2026 Release\r\n(rebuilt by a test from the real 27.0 files)\r\n"), 0o644)
	return dir
}

// split writes the header of the text file src to each file of out, and
// each row to the file whose Element ID prefix it has.
func split(t *testing.T, src string, out map[string]string) {
	t.Helper()
	f, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	sc.Scan()
	header := sc.Text()
	col := -1
	for i, h := range strings.Split(header, "\t") {
		if h == "Element ID" {
			col = i
		}
	}
	files := map[string]*strings.Builder{}
	for prefix := range out {
		files[prefix] = &strings.Builder{}
		files[prefix].WriteString(header + "\r\n")
	}
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		for prefix, b := range files {
			if col >= 0 && col < len(fields) && strings.HasPrefix(fields[col], prefix) {
				b.WriteString(sc.Text() + "\r\n")
			}
		}
	}
	for prefix, path := range out {
		if err := os.WriteFile(path, []byte(files[prefix].String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestImport_RealDownloads: the real 2024–34 workbook and real O*NET 27.0
// files, rewritten in the 31.0 layout and zipped, import as the issue
// asks; the real older workbooks are named as such.
func TestImport_RealDownloads(t *testing.T) {
	real := realDownloads(t)
	ctx := context.Background()
	zipPath := officialtest.Zip(t, to303(t, filepath.Join(real, "onet", "db_27_0_text"), filepath.Join(t.TempDir(), "db_31_0_text")), filepath.Join(t.TempDir(), "db_31_0_text.zip"))
	d, err := officialdata.Open(ctx, zipPath, filepath.Join(real, "occupation.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	if d.ONet.Layout.Name != "releases 30.3 and later" || d.ONet.Release != "31.0" || d.BLS.Period() != "2024–34" || d.BLS.Occupations() != 832 {
		t.Errorf("read %q %q, %s with %d occupations", d.ONet.Layout.Name, d.ONet.Release, d.BLS.Period(), d.BLS.Occupations())
	}
	ds, report, err := d.Build(ctx, []string{"29-9021", "11-9111", "29-1023", "29-2011", "21-1011", "31-1121", "29-1141"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := officialdata.Marshal(ds); err != nil {
		t.Fatal(err)
	}
	t.Log(report)
	hi, _ := ds.Career("soc-29-9021")
	if !strings.HasPrefix(hi.Duties[1].Text.EN, "O*NET has not rated this occupation's tasks") || facts(hi.Skills) != "O*NET has no skill ratings for this occupation." {
		t.Errorf("29-9021:\n%s\n%s", facts(hi.Duties), facts(hi.Skills))
	}
	// A license: in O*NET's words where its description says one, else
	// the sources say nothing of it (not "none").
	if rn, _ := ds.Career("soc-29-1141"); !strings.Contains(facts(rn.Certification), "“Licensing or registration required.”") {
		t.Errorf("29-1141's certification: %s", facts(rn.Certification))
	}
	if !strings.Contains(facts(hi.Certification), "do not say which license or certification") {
		t.Errorf("29-9021's certification: %s", facts(hi.Certification))
	}
	if o, _ := ds.Career("soc-29-1023"); o.Salary.Value == nil || *o.Salary.Value != 239200 || !o.Salary.TopCoded {
		t.Errorf("29-1023 salary %+v", o.Salary)
	}
	for id, group := range map[string]string{"soc-29-2011": "29-2010", "soc-21-1011": "21-1018", "soc-31-1121": "31-1120"} {
		if k, _ := ds.Career(id); !strings.Contains(k.Salary.Occupation.EN, "BLS figures of the group "+group) || !k.Salary.Has() {
			t.Errorf("%s: %+v", id, k.Salary)
		}
	}
	if _, err := officialdata.ParseCodes("29-2011,21-1011,00-0000"); err == nil {
		t.Error("00-0000 accepted")
	}
	for file, want := range map[string]string{"occupation-2019-29.xlsx": "this is the 2019–29 edition", "occupation-2016-26.xlsx": "this is the 2016–26 edition"} {
		_, err := officialdata.OpenBLS(ctx, filepath.Join(real, "bls-older", file))
		wantError(t, err, want, "use the 2023–33 edition or newer")
	}
}
