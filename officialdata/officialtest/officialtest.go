// Package officialtest gives tests the fixtures of an import: the O*NET
// text files under officialdata/testdata, and BLS workbooks built
// at test time from their text descriptions there, so that no binary file
// is kept in the repository.
package officialtest

import (
	"archive/zip"
	"bufio"
	"io"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// Testdata is the folder of the fixtures.
func Testdata(t testing.TB) string {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("officialtest: cannot find its own folder")
	}
	return filepath.Join(filepath.Dir(file), "..", "testdata")
}

// ONetDir is the folder of the O*NET fixture, shaped like db_30_1_text:
// the layout of the releases before 30.3.
func ONetDir(t testing.TB) string { return filepath.Join(Testdata(t), "db_30_1_text") }

// ONet31Dir is the folder of the O*NET fixture shaped like db_31_0_text:
// the layout of release 30.3 and later.
func ONet31Dir(t testing.TB) string { return filepath.Join(Testdata(t), "db_31_0_text") }

// ONet31Zip zips the db_31_0_text fixture into a temporary folder as
// O*NET serves its download, db_31_0_text.zip holding the folder
// db_31_0_text, and returns the zip's path.
func ONet31Zip(t testing.TB) string {
	t.Helper()
	return Zip(t, ONet31Dir(t), filepath.Join(t.TempDir(), "db_31_0_text.zip"))
}

// Zip writes the files of the folder dir into a new zip at out, under a
// folder of dir's name, and returns out.
func Zip(t testing.TB, dir, out string) string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	files := make([]string, len(entries))
	for i, e := range entries {
		files[i] = filepath.Join(dir, e.Name())
	}
	return ZipFiles(t, out, filepath.Base(dir), files...)
}

// ZipFiles writes the files into a new zip at out, each by its base name
// under folder ("" for none, as BLS's zips hold their tables), and
// returns out.
func ZipFiles(t testing.TB, out, folder string, files ...string) string {
	t.Helper()
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zw := zip.NewWriter(f)
	for _, name := range files {
		w, err := zw.Create(path.Join(folder, filepath.Base(name)))
		if err != nil {
			t.Fatal(err)
		}
		in, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		_, err = io.Copy(w, in)
		in.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out
}

// Workbook2434 builds the workbook of the 2024–34 headers into a
// temporary folder and returns its path, named occupation.xlsx.
func Workbook2434(t testing.TB) string {
	t.Helper()
	return Workbook(t, filepath.Join(Testdata(t), "bls", "occupation-2024-34.tsv"), filepath.Join(t.TempDir(), "occupation.xlsx"))
}

// Workbook2535 builds the workbook of the 2025–35 headers (with capped and
// unavailable wages, summary rows and BLS's groups), as Workbook2434 does.
func Workbook2535(t testing.TB) string {
	t.Helper()
	return Workbook(t, filepath.Join(Testdata(t), "bls", "occupation-2025-35.tsv"), filepath.Join(t.TempDir(), "occupation.xlsx"))
}

// Workbook2333 builds the workbook of the 2023–33 headers, as Workbook2434
// does.
func Workbook2333(t testing.TB) string {
	t.Helper()
	return Workbook(t, filepath.Join(Testdata(t), "bls", "occupation-2023-33.tsv"), filepath.Join(t.TempDir(), "occupation.xlsx"))
}

// Workbook builds the workbook that the text description desc gives and
// writes it to out. In desc, a line "#sheet NAME" starts a sheet, other
// lines starting with "#" are comments, and every other line is a row of
// the sheet, its cells separated by tabs; a cell that reads as a number is
// written as a number, and "\n" in a cell is a line break.
func Workbook(t testing.TB, desc, out string) string {
	t.Helper()
	f, err := os.Open(desc)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	x := excelize.NewFile()
	defer x.Close()
	sheet, row := "", 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if name, ok := strings.CutPrefix(line, "#sheet "); ok {
			if sheet == "" {
				if err := x.SetSheetName("Sheet1", name); err != nil {
					t.Fatal(err)
				}
			} else if _, err := x.NewSheet(name); err != nil {
				t.Fatal(err)
			}
			sheet, row = name, 0
			continue
		}
		if strings.HasPrefix(line, "#") {
			continue
		}
		if sheet == "" {
			t.Fatalf("%s: a row before the first #sheet line", desc)
		}
		row++
		for i, cell := range strings.Split(line, "\t") {
			if cell == "" {
				continue
			}
			name, err := excelize.CoordinatesToCellName(i+1, row)
			if err != nil {
				t.Fatal(err)
			}
			var v any = strings.ReplaceAll(cell, `\n`, "\n")
			if n, err := strconv.ParseFloat(cell, 64); err == nil {
				v = n
			}
			if err := x.SetCellValue(sheet, name, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if err := x.SaveAs(out); err != nil {
		t.Fatal(err)
	}
	return out
}

// Fixtures are the O*NET folder and the 2024–34 workbook, built.
func Fixtures(t testing.TB) (onetDir, workbook string) {
	t.Helper()
	return ONetDir(t), Workbook2434(t)
}

// OEWSState is a table shaped like BLS's OEWS table of wages by state,
// state_M2025_dl.xlsx, built (test values): Minnesota and Guam.
func OEWSState(t testing.TB) string {
	t.Helper()
	return Workbook(t, filepath.Join(Testdata(t), "oews", "state_M2025_dl.tsv"), filepath.Join(t.TempDir(), "state_M2025_dl.xlsx"))
}
