package officialdata_test

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"careercompare/officialdata"
	"careercompare/officialdata/officialtest"
)

// part is one entry of a hostile workbook: its content, or, with raw set,
// compressed bytes and a declared size that need not be true.
type part struct {
	name     string
	data     []byte
	raw      []byte
	declared uint64
}

// rezip writes the parts of the 2024–34 fixture workbook to a new file,
// with the parts in replace instead of those of the same name, and more
// added at the end.
func rezip(t *testing.T, replace map[string]part, more ...part) string {
	t.Helper()
	zr, err := zip.OpenReader(officialtest.Workbook2434(t))
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var parts []part
	for _, f := range zr.File {
		if p, ok := replace[f.Name]; ok {
			parts = append(parts, p)
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		parts = append(parts, part{name: f.Name, data: b})
	}
	parts = append(parts, more...)
	path := filepath.Join(t.TempDir(), "occupation.xlsx")
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(out)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) { return flate.NewWriter(w, flate.BestSpeed) })
	for _, p := range parts {
		var w io.Writer
		if p.raw != nil {
			w, err = zw.CreateRaw(&zip.FileHeader{Name: p.name, Method: zip.Deflate, CompressedSize64: uint64(len(p.raw)), UncompressedSize64: p.declared})
			if err == nil {
				_, err = w.Write(p.raw)
			}
		} else if w, err = zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: method(p.data)}); err == nil {
			_, err = w.Write(p.data)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// method stores a tiny part, as a zip tool would, and compresses others.
func method(data []byte) uint16 {
	if len(data) < 64 {
		return zip.Store
	}
	return zip.Deflate
}

// deflated is n bytes of b repeated, compressed.
func deflated(t *testing.T, b []byte, n int) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, flate.BestSpeed)
	for written := 0; written < n; written += len(b) {
		w.Write(b)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// sheetPart is the part of the fixture's sheet "Table 1.2", its second.
const sheetPart = "xl/worksheets/sheet2.xml"

// sheetXML is a worksheet whose sheetData holds rows.
func sheetXML(rows string) []byte {
	return []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` + rows + `</sheetData></worksheet>`)
}

// headerRow is the header row of the 2024–34 table, as row 1 of a sheet.
func headerRow() string {
	var b strings.Builder
	b.WriteString(`<row r="1">`)
	for i, h := range []string{"2024 National Employment Matrix title", "2024 National Employment Matrix code", "Employment, 2024", "Employment, 2034",
		"Employment change, percent, 2024–34", "Occupational openings, 2024–34 annual average", "Median annual wage, dollars, 2024", "Typical education needed for entry"} {
		fmt.Fprintf(&b, `<c r="%c1" t="inlineStr"><is><t>%s</t></is></c>`, 'A'+i, h)
	}
	return b.String() + `</row>`
}

// TestHostile_Workbooks: a workbook that is damaged, not a workbook, or
// built to exhaust memory or time gets one line naming the file (and the
// cell or row), quickly.
func TestHostile_Workbooks(t *testing.T) {
	spaces := bytes.Repeat([]byte(" "), 1<<16)
	header := headerRow()
	dir := t.TempDir()
	notZip := filepath.Join(dir, "text.xlsx")
	os.WriteFile(notZip, []byte("Occupation\tCode\n"), 0o644)
	whole, _ := os.ReadFile(officialtest.Workbook2434(t))
	truncated := filepath.Join(dir, "truncated.xlsx")
	os.WriteFile(truncated, whole[:len(whole)/2], 0o644)
	huge := filepath.Join(dir, "huge.xlsx")
	if f, err := os.Create(huge); err == nil {
		f.Truncate(officialdata.MaxWorkbook + 1) // sparse: no disk used
		f.Close()
	}
	var many []part
	for i := range 3000 {
		many = append(many, part{name: fmt.Sprintf("xl/media/x%d.bin", i), data: []byte{1}})
	}
	for name, c := range map[string]struct {
		path func() string
		want string
	}{
		"missing":   {func() string { return filepath.Join(dir, "none.xlsx") }, "none.xlsx: no such file"},
		"folder":    {func() string { return dir }, ": not a file; it should be the BLS workbook"},
		"too large": {func() string { return huge }, "huge.xlsx: the file is 33 MB, larger than the limit of 32 MB"},
		"not a zip": {func() string { return notZip }, "text.xlsx: not a readable .xlsx workbook (not a valid zip file)"},
		"truncated": {func() string { return truncated }, "truncated.xlsx: not a readable .xlsx workbook"},
		"zip bomb, 300 MB of spaces in the sheet": {func() string {
			return rezip(t, map[string]part{sheetPart: {name: sheetPart, raw: deflated(t, spaces, 300<<20), declared: 300 << 20}})
		}, "occupation.xlsx: the workbook unpacks to more than 128 MB"},
		"zip bomb, a sheet said to be 8 GB": {func() string {
			return rezip(t, map[string]part{sheetPart: {name: sheetPart, raw: deflated(t, spaces, 1<<20), declared: 8 << 30}})
		}, "occupation.xlsx: the workbook unpacks to more than 128 MB (its part \"xl/worksheets/sheet2.xml\" alone to 8192 MB)"},
		"zip bomb that lies about its size": {func() string {
			return rezip(t, map[string]part{sheetPart: {name: sheetPart, raw: deflated(t, spaces, 200<<20), declared: 1000}})
		}, `occupation.xlsx: not a readable .xlsx workbook (its part "xl/worksheets/sheet2.xml" is damaged: not a valid zip file)`},
		"huge styles": {func() string {
			return rezip(t, map[string]part{"xl/styles.xml": {name: "xl/styles.xml", raw: deflated(t, spaces, 40<<20), declared: 40 << 20}})
		}, `occupation.xlsx: its part "xl/styles.xml" unpacks to 40 MB, more than the limit of 16 MB for a part other than a sheet`},
		"too many parts": {func() string { return rezip(t, nil, many...) }, "parts, more than the limit of 2000; it is not the BLS table"},
		"too many rows": {func() string {
			var rows strings.Builder
			rows.WriteString(header)
			for i := 2; i <= officialdata.MaxTableRows+10; i++ {
				fmt.Fprintf(&rows, `<row r="%d"><c r="A%d"><v>1</v></c></row>`, i, i)
			}
			return rezip(t, map[string]part{sheetPart: {name: sheetPart, data: sheetXML(rows.String())}})
		}, `occupation.xlsx: sheet "Table 1.2": the sheet has more than 20,000 rows`},
		"a row a million rows down": {func() string {
			return rezip(t, map[string]part{sheetPart: {name: sheetPart, data: sheetXML(header + `<row r="1000000"><c r="A1000000"><v>1</v></c></row>`)}})
		}, `sheet "Table 1.2": the sheet has more than 20,000 rows`},
		"a cell of 5,000 characters": {func() string {
			return rezip(t, map[string]part{sheetPart: {name: sheetPart, data: sheetXML(header + `<row r="2"><c r="C2" t="inlineStr"><is><t>` + strings.Repeat("é", 5000) + `</t></is></c></row>`)}})
		}, `occupation.xlsx: sheet "Table 1.2", cell C2: the cell holds 5000 characters`},
		"a cell beyond the last column": {func() string {
			return rezip(t, map[string]part{sheetPart: {name: sheetPart, data: sheetXML(header + `<row r="2"><c r="ZZZZ2"><v>1</v></c></row>`)}})
		}, `occupation.xlsx: sheet "Table 1.2", row 2:`},
		"broken XML": {func() string {
			return rezip(t, map[string]part{"xl/workbook.xml": {name: "xl/workbook.xml", data: []byte("<workbook><sheets><sheet name=")}})
		}, "occupation.xlsx: "},
	} {
		t.Run(name, func(t *testing.T) {
			path := c.path()
			start := time.Now()
			_, err := officialdata.OpenBLS(context.Background(), path)
			t.Log(err)
			if err == nil || !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "\n") {
				t.Errorf("error %v, want one line with %q", err, c.want)
			}
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("took %v", d)
			}
		})
	}
}

// TestHostile_NoTempFilesLeft: a workbook read, well or not, leaves no
// temporary file of excelize behind.
func TestHostile_NoTempFilesLeft(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	big := strings.Repeat("<!-- padding -->", 1<<20/16*20) // 20 MB: unpacked to a temporary file
	path := rezip(t, map[string]part{sheetPart: {name: sheetPart, data: sheetXML(headerRow() + big)}})
	if _, err := officialdata.OpenBLS(context.Background(), path); err == nil || !strings.Contains(err.Error(), "no occupation rows") {
		t.Fatalf("a sheet without rows: %v", err)
	}
	entries, _ := os.ReadDir(tmp)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "excelize-") {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}
