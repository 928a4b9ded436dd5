// Package officialtest gives tests the fixtures of an import: the O*NET
// text files under internal/officialdata/testdata, and BLS workbooks built
// at test time from their text descriptions there, so that no binary file
// is kept in the repository.
package officialtest

import (
	"bufio"
	"os"
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

// ONetDir is the folder of the O*NET fixture, shaped like db_30_1_text.
func ONetDir(t testing.TB) string { return filepath.Join(Testdata(t), "db_30_1_text") }

// Workbook2434 builds the workbook of the 2024–34 headers into a
// temporary folder and returns its path, named occupation.xlsx.
func Workbook2434(t testing.TB) string {
	t.Helper()
	return Workbook(t, filepath.Join(Testdata(t), "bls", "occupation-2024-34.tsv"), filepath.Join(t.TempDir(), "occupation.xlsx"))
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
