package oews

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestValue: values as BLS writes them, and what they become in the data
// file.
func TestValue(t *testing.T) {
	for name, c := range map[string]struct{ in, want, err string }{
		"whole number":         {"67310", "67310", ""},
		"commas":               {"1,364,670", "1364670", ""},
		"hourly wage":          {"32.36", "32.36", ""},
		"binary float noise":   {"31.350000000000001", "31.35", ""},
		"spaces":               {" 2.1 ", "2.1", ""},
		"no wage estimate":     {"*", "*", ""},
		"no employment":        {"**", "**", ""},
		"at or above top code": {"#", "#", ""},
		"blank":                {"", "", ""},
		"tilde":                {"~", "", "is ~"},
		"negative":             {"-1", "", `is "-1"`},
		"text":                 {"n/a", "", `is "n/a"`},
		"dollar sign":          {"$5", "", `is "$5"`},
		"infinity":             {"Inf", "", `is "Inf"`},
	} {
		t.Run(name, func(t *testing.T) {
			got, err := value(c.in)
			switch {
			case c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)):
				t.Errorf("value(%q): error %v, want %q", c.in, err, c.err)
			case c.err == "" && (err != nil || got != c.want):
				t.Errorf("value(%q) = %q, %v; want %q", c.in, got, err, c.want)
			}
		})
	}
}

// TestReleaseOf: the release from the workbook's name, its sheet's, or
// its zip's, and where it was read.
func TestReleaseOf(t *testing.T) {
	for name, c := range map[string]struct {
		base, zip, sheet string
		year             int
		from, err        string
	}{
		"file name":                {"state_M2025_dl.xlsx", "", "state_M2025_dl", 2025, "the file name state_M2025_dl.xlsx", ""},
		"a browser's copy":         {"MSA_M2024_dl (1).xlsx", "", "Sheet1", 2024, "the file name MSA_M2024_dl (1).xlsx", ""},
		"sheet name":               {"wages.xlsx", "", "national_M2026_dl", 2026, `the sheet name "national_M2026_dl"`, ""},
		"zip name":                 {"wages.xlsx", "oesm25ma.zip", "Sheet1", 2025, "the zip's name oesm25ma.zip", ""},
		"lower case":               {"bos_m2025_dl.xlsx", "", "", 2025, "the file name bos_m2025_dl.xlsx", ""},
		"name and sheet disagree":  {"state_M2025_dl.xlsx", "", "state_M2024_dl", 0, "", `the file's name says May 2025, its sheet "state_M2024_dl" May 2024`},
		"nowhere":                  {"wages.xlsx", "downloads.zip", "Sheet1", 0, "", "the release is not known"},
		"a year that is no M year": {"state_2025.xlsx", "", "Sheet1", 0, "", "the release is not known"},
	} {
		t.Run(name, func(t *testing.T) {
			y, from, err := releaseOf(input{name: c.base, base: c.base, zipBase: c.zip}, c.sheet)
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Errorf("error %v, want %q", err, c.err)
				}
				return
			}
			if err != nil || y != c.year || from != c.from {
				t.Errorf("%d from %q (%v), want %d from %q", y, from, err, c.year, c.from)
			}
		})
	}
}

// TestDimensionRows: the rows a sheet's dimension names.
func TestDimensionRows(t *testing.T) {
	for head, want := range map[string]int{
		`<worksheet><dimension ref="A1:AF140001"/><sheetData>`: 140001,
		`<worksheet><dimension ref="A1"/>`:                     1,
		`<worksheet><sheetData>`:                               0,
		`<worksheet><dimension ref="A1:AF`:                     0,
		`<worksheet><dimension ref="nonsense"/>`:               0,
	} {
		if got := dimensionRows([]byte(head)); got != want {
			t.Errorf("dimensionRows(%q) = %d, want %d", head, got, want)
		}
	}
}

// TestRead_Progress: the progress goes from 0 to the total, the
// workbooks' sizes, never back.
func TestRead_Progress(t *testing.T) {
	f := buildFixtures(t)
	var total int64
	for _, p := range []string{f.national, filepath.Join(f.dir, "st", "state_M2025_dl.xlsx"), filepath.Join(f.dir, "ma", "MSA_M2025_dl.xlsx"), filepath.Join(f.dir, "ma", "BOS_M2025_dl.xlsx")} {
		st, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		total += st.Size()
	}
	var calls [][2]int64
	_, _, err := Read(context.Background(), []string{f.national, f.stateZip, f.metroZip}, []Want{{"hit", codeHIT}}, func(done, all int64) {
		calls = append(calls, [2]int64{done, all})
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(calls) < 4 || calls[len(calls)-1] != [2]int64{total, total} {
		t.Fatalf("progress %v, want it to end at %d of %d", calls, total, total)
	}
	for i, c := range calls {
		if c[1] != total || c[0] < 0 || c[0] > total || i > 0 && c[0] < calls[i-1][0] {
			t.Fatalf("progress %v goes back or beyond the total %d", calls, total)
		}
	}
}

// TestBallast: the ballast tops a small live heap up to ballastSize, and
// a heap already that large (the window's) gets none.
func TestBallast(t *testing.T) {
	runtime.GC()
	if b := ballast(); b <= 0 || b > ballastSize {
		t.Errorf("ballast of a small heap: %d bytes", b)
	}
	big := make([]byte, 2*ballastSize)
	runtime.GC()
	if b := ballast(); b != 0 {
		t.Errorf("ballast beside %d MB live: %d bytes", len(big)>>20, b)
	}
	runtime.KeepAlive(big)
}
