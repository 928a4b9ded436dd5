package oews

import (
	"archive/zip"
	"bytes"
	"careercompare/officialdata/officialtest"
	"compress/flate"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// part is one entry of a rewritten zip: its content, or, with raw set,
// compressed bytes with a declared size and checksum that need not be
// true.
type part struct {
	name     string
	data     []byte
	raw      []byte
	declared uint64
	crc      uint32
}

// rewrite copies the zip at src to dst, with edit deciding each entry's
// part (nil leaves it out), and more parts added at the end.
func rewrite(t *testing.T, src, dst string, edit func(name string, data []byte) *part, more ...part) string {
	t.Helper()
	zr, err := zip.OpenReader(src)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var parts []part
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if p := edit(f.Name, b); p != nil {
			parts = append(parts, *p)
		}
	}
	writeZip(t, dst, append(parts, more...))
	return dst
}

// writeZip writes the parts as a zip at path.
func writeZip(t *testing.T, path string, parts []part) {
	t.Helper()
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	zw := zip.NewWriter(out)
	for _, p := range parts {
		var w io.Writer
		if p.raw != nil {
			w, err = zw.CreateRaw(&zip.FileHeader{Name: p.name, Method: zip.Deflate, CompressedSize64: uint64(len(p.raw)), UncompressedSize64: p.declared, CRC32: p.crc})
			if err == nil {
				_, err = w.Write(p.raw)
			}
		} else if w, err = zw.Create(p.name); err == nil {
			_, err = w.Write(p.data)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
}

// deflate compresses b.
func deflate(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, flate.BestCompression)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// keep leaves an entry as it is.
func keep(name string, data []byte) *part { return &part{name: name, data: data} }

// sheetPart is the name of the sheet part in the fixtures' workbooks.
const sheetPart = "xl/worksheets/sheet1.xml"

// TestRead_Problems: every wrong, damaged or hostile input is one line
// naming the file (and the row or cell where it applies), and nothing is
// returned.
func TestRead_Problems(t *testing.T) {
	f := buildFixtures(t)
	dir := t.TempDir()
	at := func(name string) string { return filepath.Join(dir, name) }
	write := func(name string, b []byte) string {
		if err := os.WriteFile(at(name), b, 0o644); err != nil {
			t.Fatal(err)
		}
		return at(name)
	}
	read := func(p string) []byte {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	us := place(99, "U.S.", 1, "US")
	hit := func(r rec) rec {
		return r.occ(codeHIT, "Health Information Technologists and Medical Registrars", "detailed", 41250, 2.1, 0.8, 39120, 49100, 67310, 87400, 112130)
	}
	table := func(name string, rows ...rec) string {
		writeBook(t, at(name), strings.TrimSuffix(name, ".xlsx"), oewsHeader(), rows)
		return at(name)
	}
	national := read(f.national)
	sheetOf := func(name string, data []byte) *part {
		if name == sheetPart {
			return &part{name: name, raw: deflate(t, data), declared: uint64(len(data)), crc: 1}
		}
		return keep(name, data)
	}
	spaces := bytes.Repeat([]byte(" "), 20<<20)
	anotherTable := at("occupation.xlsx")
	writeBook(t, anotherTable, "Table 1.2", []string{"Table 1.2 Occupational projections, 2024–34"}, []rec{
		{"Table 1.2 Occupational projections, 2024–34": "2024 National Employment Matrix title"},
	})
	noMedian := []string{}
	for _, h := range oewsHeader() {
		if h != "A_MEDIAN" {
			noMedian = append(noMedian, h)
		}
	}
	writeBook(t, at("national_M2024_dl.xlsx"), "national_M2024_dl", noMedian, []rec{hit(us)})
	descriptionsOnly := at("oesm25nat.zip")
	officialtest.ZipFiles(t, descriptionsOnly, "", filepath.Join(f.dir, "st", "field_descriptions.xlsx"))
	for name, c := range map[string]struct {
		paths []string
		want  []Want
		error string
	}{
		"no such file":         {[]string{at("none.zip")}, nil, "none.zip: no such file"},
		"a folder":             {[]string{dir}, nil, ": a folder; give BLS's zip"},
		"empty file":           {[]string{write("empty.zip", nil)}, nil, "empty.zip: the file is empty"},
		"a text file":          {[]string{write("notes.xlsx", []byte("AREA\tOCC_CODE\n"))}, nil, "notes.xlsx: neither a zip nor an .xlsx workbook"},
		"an old .xls":          {[]string{write("old.xls", []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"))}, nil, "old.xls: an old binary .xls workbook or an encrypted file"},
		"truncated zip":        {[]string{write("oesm25st.zip", read(f.stateZip)[:len(read(f.stateZip))*2/3])}, nil, "oesm25st.zip: the file is damaged or cut short (not a valid zip file); download it again"},
		"truncated workbook":   {[]string{write("cut_M2025_dl.xlsx", national[:len(national)/2])}, nil, "cut_M2025_dl.xlsx: the file is damaged or cut short"},
		"checksum of a part":   {[]string{rewrite(t, f.national, at("crc_M2025_dl.xlsx"), sheetOf)}, nil, `crc_M2025_dl.xlsx: the workbook is damaged (its part "xl/worksheets/sheet1.xml": checksum error); download it again`},
		"field descriptions":   {[]string{filepath.Join(f.dir, "st", "field_descriptions.xlsx")}, nil, `field_descriptions.xlsx: sheet "Field Descriptions", row 1: not an OEWS wage table: the first row has no columns AREA and OCC_CODE (it has "May 2025 OEWS Estimates")`},
		"zip of descriptions":  {[]string{descriptionsOnly}, nil, `oesm25nat.zip: the zip holds no OEWS table (a workbook such as state_M2025_dl.xlsx); it holds "field_descriptions.xlsx"`},
		"another BLS table":    {[]string{anotherTable}, nil, `occupation.xlsx: sheet "Table 1.2", row 1: not an OEWS wage table`},
		"a column missing":     {[]string{at("national_M2024_dl.xlsx")}, nil, `national_M2024_dl.xlsx: sheet "national_M2024_dl", row 1: the header row lacks the columns A_MEDIAN`},
		"zip bomb, declared":   {[]string{rewrite(t, f.national, at("bomb_M2025_dl.xlsx"), keep, part{name: "xl/worksheets/sheet9.xml", raw: deflate(t, spaces[:1000]), declared: 4 << 30})}, nil, `bomb_M2025_dl.xlsx: its sheet "xl/worksheets/sheet9.xml" unpacks to 4096 MB, more than the limit of 1024 MB`},
		"zip bomb, ratio":      {[]string{rewrite(t, f.national, at("ratio_M2025_dl.xlsx"), keep, part{name: "xl/worksheets/sheet9.xml", data: spaces})}, nil, "ratio_M2025_dl.xlsx: its part \"xl/worksheets/sheet9.xml\" unpacks to 20 MB from"},
		"a part lies":          {[]string{rewrite(t, f.national, at("lies_M2025_dl.xlsx"), keep, part{name: "xl/media/x.bin", raw: deflate(t, spaces[:5000]), declared: 100})}, nil, `lies_M2025_dl.xlsx: the workbook is damaged (its part "xl/media/x.bin": not a valid zip file)`},
		"a bomb in the zip":    {[]string{rewrite(t, f.stateZip, at("oesm24st.zip"), keep, part{name: "big_M2025_dl.xlsx", raw: deflate(t, spaces[:1000]), declared: 1 << 30})}, nil, "oesm24st.zip/big_M2025_dl.xlsx: the workbook unpacks to 1024 MB, more than the limit of 128 MB"},
		"not a number":         {[]string{table("abc_M2025_dl.xlsx", hit(us).with("A_MEDIAN", "abc"))}, nil, `abc_M2025_dl.xlsx: sheet "abc_M2025_dl", cell AB2: A_MEDIAN is "abc": neither a number of 0 or more nor one of BLS's markers *, ** and #`},
		"negative":             {[]string{table("neg_M2025_dl.xlsx", hit(us).with("TOT_EMP", -5))}, nil, "cell L2: TOT_EMP is \"-5\""},
		"~ in a wage":          {[]string{table("tilde_M2025_dl.xlsx", hit(us).with("A_PCT10", "~"))}, nil, "cell Z2: A_PCT10 is ~, BLS's mark of an occupation found in fewer than 0.5% of establishments"},
		"a flag not a flag":    {[]string{table("flag_M2025_dl.xlsx", hit(us).with("HOURLY", "maybe"))}, nil, `cell AF2: HOURLY is "maybe", neither TRUE nor FALSE`},
		"hourly and annual":    {[]string{table("both_M2025_dl.xlsx", hit(us).with("HOURLY", "TRUE", "ANNUAL", "TRUE"))}, nil, "cell AF2: both ANNUAL and HOURLY are TRUE"},
		"area type 5":          {[]string{table("type_M2025_dl.xlsx", hit(us).with("AREA_TYPE", 5))}, nil, `cell C2: the area type "5" is none of BLS's 1 (U.S.), 2 (state), 3 (territory), 4 (metropolitan), 6 (nonmetropolitan)`},
		"no area code":         {[]string{table("noarea_M2025_dl.xlsx", hit(us).with("AREA", nil))}, nil, "cell A2: the area code is empty"},
		"no area title":        {[]string{table("notitle_M2025_dl.xlsx", hit(us).with("AREA_TITLE", " "))}, nil, "cell B2: the area 99 has no title"},
		"industries only":      {[]string{table("nat4d_M2025_dl.xlsx", hit(us).with("NAICS", "621000", "I_GROUP", "4-digit"))}, nil, "nat4d_M2025_dl.xlsx: sheet \"nat4d_M2025_dl\": the table has only estimates of single industries (NAICS)"},
		"only a header":        {[]string{table("header_M2025_dl.xlsx")}, nil, "header_M2025_dl.xlsx: sheet \"header_M2025_dl\": the table has no rows under its header"},
		"two releases":         {[]string{f.national, table("state_M2024_dl.xlsx", hit(place(27, "Minnesota", 2, "MN")))}, nil, "is of May 2025, " + at("state_M2024_dl.xlsx") + " of May 2024; give the tables of one release"},
		"no release":           {[]string{table("wages.xlsx", hit(us))}, nil, `wages.xlsx: the release is not known: neither the file's name nor its sheet's ("wages") has BLS's M2025`},
		"an area in two files": {[]string{f.national, table("copy_M2025_dl.xlsx", hit(us))}, nil, "copy_M2025_dl.xlsx: sheet \"copy_M2025_dl\", cell A2: the area 99 (U.S.) is also in " + f.national},
		"a code not a code":    {[]string{f.national}, []Want{{"x", "29-90"}}, `career x: "29-90" is not an occupation code`},
		"a career twice":       {[]string{f.national}, []Want{{"x", codeHIT}, {"x", codeManagers}}, "career x is given twice"},
		"nothing wanted":       {[]string{f.national}, []Want{}, "no career with an occupation code"},
		"nothing found":        {[]string{f.national}, []Want{{"x", "99-9999"}, {"y", "99-9998"}}, "none of the careers' occupations (99-9999, 99-9998) is in the OEWS tables read"},
		"no file":              {nil, nil, "no OEWS table given"},
	} {
		t.Run(name, func(t *testing.T) {
			want := c.want
			if want == nil {
				want = []Want{{"hit", codeHIT}}
			}
			w, r, err := Read(context.Background(), c.paths, want, nil)
			if err == nil || w != nil || r != nil {
				t.Fatalf("no error: %v %v", w, r)
			}
			if msg := err.Error(); !strings.Contains(msg, c.error) || strings.Contains(msg, "\n") {
				t.Errorf("error\n%s\nwant one line with\n%s", msg, c.error)
			}
		})
	}
}

// TestRead_Cancel: a context canceled before or during the reading stops
// it with the context's error, and nothing is returned.
func TestRead_Cancel(t *testing.T) {
	f := buildFixtures(t)
	big := filepath.Join(t.TempDir(), "state_M2025_dl.xlsx")
	bigTable(t, big, "state_M2025_dl", 10, 600, 2)
	for name, c := range map[string]struct {
		paths  []string
		before bool
	}{
		"before":            {[]string{f.national, f.metroZip}, true},
		"among the rows":    {[]string{big}, false},
		"between workbooks": {[]string{f.national, big}, false},
	} {
		t.Run(name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if c.before {
				cancel()
			}
			w, r, err := Read(ctx, c.paths, []Want{{"hit", codeHIT}}, func(done, total int64) {
				if done > 0 {
					cancel()
				}
			})
			if !errors.Is(err, context.Canceled) || w != nil || r != nil {
				t.Errorf("error %v, want context.Canceled and nothing", err)
			}
		})
	}
}

// TestRead_LeavesNoTemporaryFiles: the workbooks unpacked from a zip and
// excelize's sheets are removed, whether the reading succeeds or fails.
func TestRead_LeavesNoTemporaryFiles(t *testing.T) {
	f := buildFixtures(t)
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	broken := filepath.Join(f.dir, "broken_M2025_dl.xlsx")
	if err := os.WriteFile(broken, []byte("PK\x03\x04 not a workbook"), 0o644); err != nil {
		t.Fatal(err)
	}
	for name, paths := range map[string][]string{
		"read":   {f.national, f.stateZip, f.metroZip},
		"failed": {f.stateZip, f.metroZip, broken},
	} {
		Read(context.Background(), paths, []Want{{"hit", codeHIT}}, nil)
		if left, _ := os.ReadDir(tmp); len(left) > 0 {
			t.Errorf("%s: left behind %v", name, left)
		}
	}
}
