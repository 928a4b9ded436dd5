package oews

import (
	"archive/zip"
	"bytes"
	"careercompare/officialdata/officialtest"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// The fixtures are built at test time from the layout the OEWS field
// descriptions document (no real OEWS file is kept here).

// oewsHeader is the header row of the May 2024 and May 2025 tables.
func oewsHeader() []string {
	return []string{"AREA", "AREA_TITLE", "AREA_TYPE", "PRIM_STATE", "NAICS", "NAICS_TITLE", "I_GROUP", "OWN_CODE",
		"OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "EMP_PRSE", "JOBS_1000", "LOC_QUOTIENT", "PCT_TOTAL", "PCT_RPT",
		"H_MEAN", "A_MEAN", "MEAN_PRSE", "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90",
		"A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90", "ANNUAL", "HOURLY"}
}

// rec is one row of a table, by column name; a column left out is blank.
type rec map[string]any

// place is the start of a row of an area, across all industries and
// ownerships.
func place(area any, title string, kind int, state string) rec {
	return rec{"AREA": area, "AREA_TITLE": title, "AREA_TYPE": kind, "PRIM_STATE": state,
		"NAICS": "000000", "NAICS_TITLE": "Cross-industry", "I_GROUP": "cross-industry", "OWN_CODE": 1235}
}

// with is a copy of r with the pairs name, value of kv set.
func (r rec) with(kv ...any) rec {
	out := rec{}
	for k, v := range r {
		out[k] = v
	}
	for i := 0; i+1 < len(kv); i += 2 {
		out[kv[i].(string)] = kv[i+1]
	}
	return out
}

// occ is a copy of r of an occupation with its employment, relative
// standard errors and annual wages (the hourly ones derived, as BLS does,
// for 2,080 hours a year).
func (r rec) occ(code, title, group string, emp, empRSE, meanRSE any, wages ...any) rec {
	out := r.with("OCC_CODE", code, "OCC_TITLE", title, "O_GROUP", group, "TOT_EMP", emp, "EMP_PRSE", empRSE, "MEAN_PRSE", meanRSE, "PCT_RPT", 50)
	names := []string{"PCT10", "PCT25", "MEDIAN", "PCT75", "PCT90"}
	for i, w := range wages {
		out["A_"+names[i]] = w
		if v, ok := w.(int); ok {
			out["H_"+names[i]] = math.Round(float64(v)/2080*100) / 100
		} else {
			out["H_"+names[i]] = w
		}
	}
	return out
}

// writeBook writes a table as an xlsx workbook of one sheet at path.
func writeBook(t testing.TB, path, sheet string, header []string, rows []rec) {
	t.Helper()
	writeRows(t, path, sheet, header, len(rows), func(n int) rec { return rows[n] })
}

// writeRows writes a workbook of one sheet at path: the header, then
// count rows made by row, streamed.
func writeRows(t testing.TB, path, sheet string, header []string, count int, row func(n int) rec) {
	t.Helper()
	x := excelize.NewFile()
	defer x.Close()
	if err := x.SetSheetName("Sheet1", sheet); err != nil {
		t.Fatal(err)
	}
	sw, err := x.NewStreamWriter(sheet)
	if err != nil {
		t.Fatal(err)
	}
	cells := make([]any, len(header))
	for i, h := range header {
		cells[i] = h
	}
	if err := sw.SetRow("A1", cells); err != nil {
		t.Fatal(err)
	}
	for n := range count {
		r := row(n)
		for i, h := range header {
			cells[i] = r[strings.ToUpper(h)]
			if v, ok := r[h]; ok {
				cells[i] = v
			}
		}
		cell, _ := excelize.CoordinatesToCellName(1, n+2)
		if err := sw.SetRow(cell, cells); err != nil {
			t.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := x.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}

// The careers of the fixtures and their occupations.
const (
	codeHIT      = "29-9021" // Health Information Technologists and Medical Registrars
	codeManagers = "11-9111" // Medical and Health Services Managers
	codeActors   = "27-2011" // hourly only
	codeTeachers = "25-2021" // annual only
	codeBuyers   = "13-1020" // broad and detailed rows of one code
	codeAides    = "31-1120" // broad only
)

// fixtures are the paths of the small OEWS fixtures: the national
// workbook as such, the state table in its zip, the metropolitan and
// nonmetropolitan tables in theirs, with field_descriptions.xlsx.
type fixtures struct {
	national, stateZip, metroZip, dir string
}

func buildFixtures(t testing.TB) fixtures {
	t.Helper()
	dir := t.TempDir()
	us := place(99, "U.S.", 1, "US")
	national := []rec{
		us.occ("00-0000", "All Occupations", "total", 151853870, 0.1, 0.1, 31950, 37470, 49500, 79190, 124110),
		us.occ(codeHIT, "Health Information Technologists and Medical Registrars", "detailed", 41250, 2.1, 0.8, 39120, 49100, 67310, 87400, 112130),
		us.occ(codeManagers, "Medical and Health Services Managers", "detailed", 562700, 1.1, 0.6, 69680, 89140, 117960, 158140, "#"),
		us.occ(codeActors, "Actors", "detailed", 51530, 9.8, 6.5, "*", "*", "*", "*", "*").with("H_PCT10", 14.19, "H_PCT25", 17.1, "H_MEDIAN", 23.33, "H_PCT75", 38.22, "H_PCT90", 60.93, "HOURLY", "TRUE"),
		us.occ(codeTeachers, "Elementary School Teachers, Except Special Education", "detailed", 1364670, 0.7, 0.3, 45510, 52420, 63680, 79470, 101310).with("H_PCT10", nil, "H_PCT25", nil, "H_MEDIAN", nil, "H_PCT75", nil, "H_PCT90", nil, "ANNUAL", true),
		us.occ(codeBuyers, "Buyers and Purchasing Agents (broad)", "broad", 999990, 9.9, 9.9, 1, 2, 3, 4, 5),
		us.occ(codeBuyers, "Buyers and Purchasing Agents", "detailed", 476780, 0.8, 0.4, 46040, 56250, 71950, 93200, 115730),
		us.occ(codeAides, "Home Health and Personal Care Aides", "broad", 3988140, 0.9, 0.3, 26000, 29300, 34900, 37500, 42380),
	}
	minnesota := place("27", "Minnesota", 2, "MN")
	alabama := place(1, "Alabama", 2, "AL")
	guam := place(66, "Guam", 3, "GU")
	puertoRico := place(72, "Puerto Rico", 3, "PR")
	state := []rec{
		alabama.occ(codeHIT, "Health Information Technologists and Medical Registrars", "detailed", 540, 12.4, 4.1, 30340, 37320, 47980, 60760, 78490).with("PCT_RPT", "~"),
		alabama.occ(codeManagers, "Medical and Health Services Managers", "detailed", "7,020", 4.8, 2.2, "61,290", 77630, 102760, 131860, 172660),
		guam.occ(codeHIT, "Health Information Technologists and Medical Registrars", "detailed", "**", "**", "*", "*", "*", "*", "*", "*"),
		minnesota.occ("00-0000", "All Occupations", "total", 2918830, 0.4, 0.3, 36330, 44750, 60180, 90830, 130540),
		minnesota.occ(codeHIT, "Health Information Technologists and Medical Registrars", "detailed", 1090, 25.3, 3.9, 42910, 55230, 70100, 88300, 109420),
		minnesota.occ(codeManagers, "Medical and Health Services Managers", "detailed", 11530, 3.9, 21.5, 79100, 99010, 125050, 167240, "#"),
		puertoRico.occ(codeManagers, "Medical and Health Services Managers", "detailed", 2590, 6.1, 2.3, 34300, 41480, 52280, 67450, 96360),
	}
	msp := place(33460, "Minneapolis-St. Paul-Bloomington, MN-WI", 4, "MN")
	duluth := place(20260, "Duluth, MN-WI", 4, "MN")
	metro := []rec{
		msp.occ(codeHIT, "Health Information Technologists and Medical Registrars", "detailed", 760, nil, 4.4, 45220, 57010, 72350, 90230, 111880),
		duluth.occ(codeManagers, "Medical and Health Services Managers", "detailed", 430, 14.2, 5.3, 77120, 95040, 118060, 150000, "#"),
	}
	northwest := place(2700001, "Northwest Minnesota nonmetropolitan area", 6, "MN")
	nonmetro := []rec{
		northwest.occ(codeHIT, "Health Information Technologists and Medical Registrars", "detailed", 40, 42.1, 8.2, 35000, 41000, 52000, 61000, "*"),
		northwest.occ(codeManagers, "Medical and Health Services Managers", "detailed", 180, 18.7, 3.4, 70000, 88000, 104000, 131000, 166000),
	}
	f := fixtures{dir: dir}
	f.national = filepath.Join(dir, "national_M2025_dl.xlsx")
	writeBook(t, f.national, "national_M2025_dl", oewsHeader(), national)
	sub := func(name string) string {
		d := filepath.Join(dir, name)
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	st, ma := sub("st"), sub("ma")
	descriptions := fieldDescriptions(t, filepath.Join(st, "field_descriptions.xlsx"))
	writeBook(t, filepath.Join(st, "state_M2025_dl.xlsx"), "state_M2025_dl", oewsHeader(), state)
	f.stateZip = filepath.Join(dir, "oesm25st.zip")
	officialtest.ZipFiles(t, f.stateZip, "", filepath.Join(st, "state_M2025_dl.xlsx"), descriptions)
	writeBook(t, filepath.Join(ma, "MSA_M2025_dl.xlsx"), "MSA_M2025_dl", oewsHeader(), metro)
	writeBook(t, filepath.Join(ma, "BOS_M2025_dl.xlsx"), "BOS_M2025_dl", oewsHeader(), nonmetro)
	f.metroZip = filepath.Join(dir, "oesm25ma.zip")
	officialtest.ZipFiles(t, f.metroZip, "", filepath.Join(ma, "MSA_M2025_dl.xlsx"), filepath.Join(ma, "BOS_M2025_dl.xlsx"), descriptions)
	return f
}

// fieldDescriptions writes a workbook shaped as the field descriptions
// in every OEWS zip: a title, notes, then a table of fields.
func fieldDescriptions(t testing.TB, path string) string {
	t.Helper()
	const title = "May 2025 OEWS Estimates"
	rows := []rec{
		{title: "Field", "": "Field Description"},
		{title: "AREA", "": "U.S. (99), state FIPS code, Metropolitan Statistical Area (MSA) or New England City and Town Area (NECTA) code, or OEWS-specific nonmetropolitan area code"},
		{title: "OCC_CODE", "": "The 6-digit Standard Occupational Classification (SOC) code or OEWS-specific code for the occupation"},
		{title: "*  = indicates that a wage estimate is not available"},
		{title: "#  = indicates a wage equal to or greater than $115.00 per hour or $239,200 per year"},
	}
	writeBook(t, path, "Field Descriptions", []string{title, ""}, rows)
	return path
}

// bigTable writes an OEWS table of areas × occupations rows, each area's
// rows with the two careers' occupations among others, as the state
// (about 37,000 rows) and metropolitan (about 140,000) tables are shaped.
func bigTable(t testing.TB, path, sheet string, areas, occupations, kind int) {
	t.Helper()
	writeRows(t, path, sheet, oewsHeader(), areas*occupations, func(n int) rec {
		a, o := n/occupations, n%occupations
		code := fmt.Sprintf("%05d", 10000+a*20)
		title := fmt.Sprintf("Metropolitan area number %d of the benchmark, ST-ST", a)
		if kind == 2 {
			code, title = fmt.Sprintf("%d", a+1), fmt.Sprintf("State number %d", a+1)
		}
		occ := fmt.Sprintf("%02d-%04d", 11+o/100, 1011+o%100*10)
		switch o {
		case 7:
			occ = codeHIT
		case occupations / 2:
			occ = codeManagers
		}
		wage := 30000 + (a*7919+o*104729)%90000
		r := place(code, title, kind, "ST").occ(occ, fmt.Sprintf("Occupation %d of the benchmark, with a title as long as many", o), "detailed",
			10+(a*31+o*17)%90000, 3.1+float64(o%50)/10, 1.2+float64(a%30)/10, wage, wage+5000, wage+11000, wage+19000, wage+30000)
		r = r.with("JOBS_1000", 3.456, "LOC_QUOTIENT", 0.93, "PCT_TOTAL", 0.01, "H_MEAN", float64(wage)/2080, "A_MEAN", wage+12000)
		if o%13 == 0 {
			r = r.with("A_PCT90", "#", "H_PCT90", "#")
		}
		if o%29 == 0 {
			r = r.with("TOT_EMP", "**", "EMP_PRSE", "**")
		}
		return r
	})
}

// sharedStrings rewrites the workbook at path, whose strings excelize's
// stream writer wrote inline in the sheet, with its strings in a shared
// strings table instead, as Excel and most writers save them: the same
// table in the other form an OEWS download may have.
func sharedStrings(t testing.TB, path string) {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	parts := map[string][]byte{}
	var names []string
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
		parts[f.Name], names = b, append(names, f.Name)
	}
	index := map[string]int{}
	var table bytes.Buffer
	inline := regexp.MustCompile(`<c r="([A-Z]+[0-9]+)" t="inlineStr"><is><t>([^<]*)</t></is></c>`)
	parts[sheetPart] = inline.ReplaceAllFunc(parts[sheetPart], func(m []byte) []byte {
		sub := inline.FindSubmatch(m)
		i, ok := index[string(sub[2])]
		if !ok {
			i = len(index)
			index[string(sub[2])] = i
			fmt.Fprintf(&table, "<si><t>%s</t></si>", sub[2])
		}
		return fmt.Appendf(nil, `<c r="%s" t="s"><v>%d</v></c>`, sub[1], i)
	})
	parts["xl/sharedStrings.xml"] = fmt.Appendf(nil, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+"\n"+
		`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>`, len(index), len(index), table.Bytes())
	names = append(names, "xl/sharedStrings.xml")
	parts["[Content_Types].xml"] = bytes.Replace(parts["[Content_Types].xml"], []byte("</Types>"),
		[]byte(`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`), 1)
	parts["xl/_rels/workbook.xml.rels"] = bytes.Replace(parts["xl/_rels/workbook.xml.rels"], []byte("</Relationships>"),
		[]byte(`<Relationship Id="rIdShared" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`), 1)
	out, err := os.Create(path + ".tmp")
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(out)
	for _, n := range names {
		w, err := zw.Create(n)
		if err == nil {
			_, err = w.Write(parts[n])
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	out.Close()
	if err := os.Rename(path+".tmp", path); err != nil {
		t.Fatal(err)
	}
}
