package oews

import (
	"context"
	"fmt"
	"regexp"
	"runtime"
	"runtime/metrics"
	"strconv"

	"careercompare/model"
	"careercompare/officialdata"
)

// Read reads the OEWS tables in paths — BLS's zips or the workbooks in
// them, of one release — and keeps the wages of the occupations wanted in
// every area. progress, when not nil, is called now and then on the
// calling goroutine with the bytes done of the total, the workbooks'
// sizes; ctx cancels the reading between rows and while the parts are
// checked. Any problem is one error naming the file and, where it
// applies, the row or cell, and nothing is returned.
//
// The wages' Source is left empty: Attach sets it.
func Read(ctx context.Context, paths []string, want []Want, progress func(done, total int64)) (*model.Wages, *Report, error) {
	codes, err := wantCodes(want)
	if err != nil {
		return nil, nil, err
	}
	if len(paths) == 0 {
		return nil, nil, fmt.Errorf("no OEWS table given")
	}
	ins, closeAll, err := inputs(paths)
	if err != nil {
		return nil, nil, err
	}
	defer closeAll()
	var total int64
	for _, in := range ins {
		total += in.size
	}
	if progress == nil {
		progress = func(int64, int64) {}
	}
	// See ballastSize: the block is held, never used, until Read returns.
	ballast := make([]byte, ballast())
	defer runtime.KeepAlive(ballast)
	acc := newCollector()
	report := &Report{}
	var done int64
	for _, in := range ins {
		tick := func(f float64) { progress(done+int64(f*float64(in.size)), total) }
		f, err := readBook(ctx, in, codes, acc, tick)
		if err != nil {
			return nil, nil, err
		}
		if len(report.Files) > 0 && f.Year != report.Files[0].Year {
			first := report.Files[0]
			return nil, nil, fmt.Errorf("the tables are of different releases: %s is of May %d, %s of May %d; give the tables of one release", first.Name, first.Year, f.Name, f.Year)
		}
		report.Files = append(report.Files, f)
		done += in.size
	}
	places := acc.places()
	w, occs, err := acc.build(want, places)
	if err != nil {
		return nil, nil, err
	}
	year := report.Files[0].Year
	w.Release = model.Text{EN: fmt.Sprintf("May %d", year), ES: fmt.Sprintf("mayo de %d", year)}
	w.TopAnnual, w.TopHourly = TopCodes(year)
	report.Year, report.Release, report.TopAnnual, report.TopHourly = year, w.Release.EN, w.TopAnnual, w.TopHourly
	report.Occupations, report.Duplicates, report.Blanks = occs, acc.duplicates, acc.blanks
	for _, a := range places {
		report.Areas[kindIndex(a.kind)]++
	}
	progress(total, total)
	return w, report, nil
}

// ballast is the size of the block that tops the live heap up to
// ballastSize.
func ballast() int {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		return ballastSize
	}
	return int(max(0, ballastSize-int64(sample[0].Value.Uint64())))
}

// readBook reads one workbook into the collector: its zip directory is
// checked first, then its parts are unpacked to nothing beside the
// reading of its rows, and a damaged part refuses the whole workbook.
func readBook(ctx context.Context, in input, codes map[string]bool, acc *collector, tick func(float64)) (File, error) {
	if err := ctx.Err(); err != nil {
		return File{}, fmt.Errorf("%s: %w", in.name, err)
	}
	b, err := openZip(in)
	if err != nil {
		return File{}, err
	}
	defer b.close()
	if err := b.checkDirectory(); err != nil {
		return File{}, err
	}
	verified := make(chan error, 1)
	go func() { verified <- b.verify(ctx) }()
	f, err := readSheet(ctx, b, codes, acc, tick)
	verr := <-verified
	switch {
	case ctx.Err() != nil:
		return File{}, fmt.Errorf("%s: %w", in.name, ctx.Err())
	case verr != nil:
		return File{}, verr
	}
	return f, err
}

// readSheet reads the OEWS sheet of a workbook into the collector.
func readSheet(ctx context.Context, b *book, codes map[string]bool, acc *collector, tick func(float64)) (File, error) {
	in := b.in
	x, err := b.excel()
	if err != nil {
		return File{}, err
	}
	defer x.Close()
	tick(shareOpened)
	sheet, header, err := findSheet(x, in.name)
	if err != nil {
		return File{}, err
	}
	f := File{Name: in.name, Workbook: in.base, Zip: in.zipBase, Sheet: sheet}
	if f.Year, f.ReleaseFrom, err = releaseOf(in, sheet); err != nil {
		return File{}, err
	}
	r := &sheetReader{name: in.name, sheet: sheet, want: codes, acc: acc}
	if r.cols, err = matchHeader(in.name, sheet, header); err != nil {
		return File{}, err
	}
	expected := b.rows
	if expected == 0 {
		// No dimension: about 1,100 bytes of XML a row of 32 columns.
		expected = int(b.sheet.UncompressedSize64 / 1100)
	}
	before := len(acc.areas)
	if err := r.read(ctx, x, expected, func(fr float64) { tick(shareOpened + (1-shareOpened)*fr) }); err != nil {
		return File{}, err
	}
	f.Rows, f.Areas, f.Kept, f.Industry = r.rows, len(acc.areas)-before, r.kept, r.industry
	return f, nil
}

// releaseOf is the year of a workbook's release, from BLS's name of the
// workbook (state_M2025_dl.xlsx), of its sheet (state_M2025_dl) or of its
// zip (oesm25st.zip), and where it was read.
func releaseOf(in input, sheet string) (int, string, error) {
	dl := regexp.MustCompile(`(?i)_m((?:19|20)\d\d)_dl`)
	year := func(re *regexp.Regexp, s string, century int) int {
		m := re.FindStringSubmatch(s)
		if m == nil {
			return 0
		}
		y, _ := strconv.Atoi(m[1])
		return century + y
	}
	fromName, fromSheet := year(dl, in.base, 0), year(dl, sheet, 0)
	switch {
	case fromName != 0 && fromSheet != 0 && fromName != fromSheet:
		return 0, "", &officialdata.FileError{File: in.name, Message: fmt.Sprintf("the file's name says May %d, its sheet %q May %d; download the table again", fromName, sheet, fromSheet)}
	case fromName != 0:
		return fromName, "the file name " + in.base, nil
	case fromSheet != 0:
		return fromSheet, fmt.Sprintf("the sheet name %q", sheet), nil
	}
	if y := year(regexp.MustCompile(`(?i)^oesm(\d\d)`), in.zipBase, 2000); y != 0 {
		return y, "the zip's name " + in.zipBase, nil
	}
	return 0, "", &officialdata.FileError{File: in.name, Message: fmt.Sprintf("the release is not known: neither the file's name nor its sheet's (%q) has BLS's M2025; keep the name BLS gave the file, e.g. state_M2025_dl.xlsx", sheet)}
}

// TopCodes are the wages BLS's marker "#" stands for in the release of
// May year, a year and an hour; 0 where this package does not know them.
// The May 2023 and May 2024 tables document $239,200 a year and $115.00
// an hour; the May 2025 value has not been seen.
func TopCodes(year int) (annual, hourly float64) {
	switch year {
	case 2023, 2024:
		return 239_200, 115
	}
	return 0, 0
}
