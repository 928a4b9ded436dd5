package oews

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"careercompare/officialdata"

	"github.com/xuri/excelize/v2"
)

// book is a workbook's zip, open: the file given, or a temporary file
// it was unpacked to from the zip it came in.
type book struct {
	in input
	// path is the workbook's file, and tmp the temporary one to remove.
	path, tmp string
	rc        *zip.ReadCloser
	// sheet is its largest sheet, and rows the last row its dimension
	// names (0 where it names none).
	sheet *zip.File
	rows  int
}

// shareOpened is the share of a workbook's progress that excelize's
// unpacking takes; its rows take the rest.
const shareOpened = 0.1

// openZip opens a workbook's zip. The caller closes the book.
func openZip(in input) (*book, error) {
	b := &book{in: in, path: in.path}
	if in.entry != nil {
		tmp, err := extractEntry(in)
		if err != nil {
			return nil, err
		}
		b.path, b.tmp = tmp, tmp
	}
	rc, err := zip.OpenReader(b.path)
	if err != nil {
		b.close()
		return nil, notWorkbook(in.name, err)
	}
	b.rc = rc
	return b, nil
}

// close closes the workbook's file and removes the temporary one.
func (b *book) close() {
	if b.rc != nil {
		b.rc.Close()
	}
	if b.tmp != "" {
		os.Remove(b.tmp)
	}
}

// excel opens the workbook with excelize, which unpacks its large sheets
// to temporary files. The caller closes it, which removes them.
func (b *book) excel() (*excelize.File, error) {
	x, err := excelize.OpenFile(b.path, excelize.Options{UnzipSizeLimit: MaxUnzipped, UnzipXMLSizeLimit: maxInMemory})
	if err != nil {
		if x != nil {
			x.Close()
		}
		return nil, notWorkbook(b.in.name, err)
	}
	return x, nil
}

// notWorkbook is the error of a file that excelize or the zip reader
// cannot read as a workbook.
func notWorkbook(name string, err error) error {
	return &officialdata.FileError{File: name, Message: fmt.Sprintf("not a readable .xlsx workbook (%s); download the OEWS table again", strings.TrimPrefix(err.Error(), "zip: "))}
}

// fail is a problem of the whole workbook.
func (b *book) fail(format string, args ...any) error {
	return &officialdata.FileError{File: b.in.name, Message: fmt.Sprintf(format, args...)}
}

// checkDirectory checks, from the workbook's zip directory, that it has a
// sensible number of parts that unpack to sensible sizes, before anything
// is unpacked, and reads the dimension of its largest sheet.
func (b *book) checkDirectory() error {
	if len(b.rc.File) > maxParts {
		return b.fail("the workbook has %d parts, more than the limit of %d; it is not an OEWS table", len(b.rc.File), maxParts)
	}
	var total uint64
	for _, p := range b.rc.File {
		size := p.UncompressedSize64
		total += size
		isSheet := strings.HasPrefix(strings.ToLower(p.Name), "xl/worksheets/")
		switch {
		case !isSheet && size > maxPart:
			return b.fail("its part %s unpacks to %d MB, more than the limit of %d MB for a part other than a sheet; it is not an OEWS table", quoteName(p.Name), megabytes(size), maxPart>>20)
		case size > MaxSheet:
			return b.fail("its sheet %s unpacks to %d MB, more than the limit of %d MB; it is not an OEWS table", quoteName(p.Name), megabytes(size), MaxSheet>>20)
		case total > MaxUnzipped:
			return b.fail("the workbook unpacks to more than %d MB; it is not an OEWS table", MaxUnzipped>>20)
		case size > ratioFloor && size > MaxRatio*p.CompressedSize64:
			return b.fail("its part %s unpacks to %d MB from %d KB, more than %d times its packed size; it is not an OEWS table", quoteName(p.Name), megabytes(size), p.CompressedSize64>>10, MaxRatio)
		}
		if isSheet && (b.sheet == nil || size > b.sheet.UncompressedSize64) {
			b.sheet = p
		}
	}
	if b.sheet == nil {
		return b.fail("the workbook has no sheet; it is not an OEWS table")
	}
	rc, err := b.sheet.Open()
	if err != nil {
		return b.fail("the workbook is damaged (its part %s: %s); download it again", quoteName(b.sheet.Name), strings.TrimPrefix(err.Error(), "zip: "))
	}
	defer rc.Close()
	head := make([]byte, 4096)
	n, _ := io.ReadFull(rc, head)
	b.rows = dimensionRows(head[:n])
	return nil
}

// verify unpacks each part once, to nothing: a part that is cut short,
// fails its checksum or unpacks to more than its directory says is
// refused here (excelize would read it cut short without a word). It
// runs beside the reading of the rows.
func (b *book) verify(ctx context.Context) error {
	w := &discard{ctx: ctx}
	for _, p := range b.rc.File {
		if err := unpack(p, w); err != nil {
			if ctx.Err() != nil {
				return fmt.Errorf("%s: %w", b.in.name, ctx.Err())
			}
			return b.fail("the workbook is damaged (its part %s: %s); download it again", quoteName(p.Name), strings.TrimPrefix(err.Error(), "zip: "))
		}
	}
	return nil
}

// unpack unpacks a part to w.
func unpack(p *zip.File, w io.Writer) error {
	rc, err := p.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	_, err = io.Copy(w, rc)
	return err
}

// discard throws away what is written to it, checking the context every
// MB.
type discard struct {
	ctx     context.Context
	n, next int64
}

func (d *discard) Write(p []byte) (int, error) {
	d.n += int64(len(p))
	if d.n >= d.next {
		d.next = d.n + 1<<20
		if err := d.ctx.Err(); err != nil {
			return 0, err
		}
	}
	return len(p), nil
}

// dimensionRows is the last row of a sheet's dimension, from the start of
// its XML (<dimension ref="A1:AF140001"/>); 0 where it has none.
func dimensionRows(head []byte) int {
	i := bytes.Index(head, []byte("<dimension ref=\""))
	if i < 0 {
		return 0
	}
	ref := head[i+len("<dimension ref=\""):]
	j := bytes.IndexByte(ref, '"')
	if j < 0 {
		return 0
	}
	cells := strings.Split(string(ref[:j]), ":")
	_, row, err := excelize.CellNameToCoordinates(cells[len(cells)-1])
	if err != nil {
		return 0
	}
	return row
}
