package officialdata

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Limits on the BLS workbook.
const (
	// MaxWorkbook is the largest workbook read, in bytes. BLS's
	// occupation.xlsx, with all its tables, is a few MB.
	MaxWorkbook = 32 << 20
	// MaxUnzipped is the most the workbook may unpack to, all its parts
	// together, in bytes: the limit against a zip bomb.
	MaxUnzipped = 128 << 20
	// maxPart is the most one part other than a sheet or the shared
	// strings may unpack to (styles, theme, workbook).
	maxPart = 16 << 20
	// maxInMemory is the size of a sheet beyond which excelize unpacks it
	// to a temporary file rather than into memory.
	maxInMemory = 16 << 20
	// maxParts bounds the parts of the workbook; an xlsx has a few dozen.
	maxParts = 2000
)

// openWorkbook opens the workbook at path for reading, after checking, from
// its zip directory, that it is a zip file of a sensible number of parts
// that unpack to a sensible size. The caller closes it, which removes any
// temporary files.
func openWorkbook(path string) (*excelize.File, error) {
	f, err := openLimited(path, MaxWorkbook, "the BLS workbook occupation.xlsx")
	if err != nil {
		return nil, err
	}
	f.Close()
	notWorkbook := func(reason string) error {
		return &FileError{File: path, Message: "not a readable .xlsx workbook (" + reason + "); download occupation.xlsx from BLS again"}
	}
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, notWorkbook(strings.TrimPrefix(err.Error(), "zip: "))
	}
	defer zr.Close()
	if len(zr.File) > maxParts {
		return nil, &FileError{File: path, Message: fmt.Sprintf("the workbook has %d parts, more than the limit of %d; it is not the BLS table", len(zr.File), maxParts)}
	}
	var total uint64
	for _, p := range zr.File {
		size := p.UncompressedSize64
		total += size
		name := strings.ToLower(p.Name)
		big := strings.HasPrefix(name, "xl/worksheets/") || name == "xl/sharedstrings.xml"
		switch {
		case !big && size > maxPart:
			return nil, &FileError{File: path, Message: fmt.Sprintf("its part %s unpacks to %d MB, more than the limit of %d MB for a part other than a sheet; it is not the BLS table", quoteName(p.Name), megabytes(size), maxPart>>20)}
		case size > MaxUnzipped || total > MaxUnzipped:
			return nil, &FileError{File: path, Message: fmt.Sprintf("the workbook unpacks to more than %d MB (its part %s alone to %d MB); it is not the BLS table", MaxUnzipped>>20, quoteName(p.Name), megabytes(size))}
		}
	}
	// Each part is unpacked once, to nothing: a part that unpacks to more
	// than its directory says, or fails its checksum, is refused here
	// (excelize would read it cut short without a word).
	for _, p := range zr.File {
		if err := checkPart(p); err != nil {
			return nil, notWorkbook(fmt.Sprintf("its part %s is damaged: %s", quoteName(p.Name), strings.TrimPrefix(err.Error(), "zip: ")))
		}
	}
	x, err := excelize.OpenFile(path, excelize.Options{UnzipSizeLimit: MaxUnzipped, UnzipXMLSizeLimit: maxInMemory})
	if err != nil {
		if x != nil {
			x.Close()
		}
		if errors.Is(err, zip.ErrFormat) || errors.Is(err, zip.ErrChecksum) || errors.Is(err, zip.ErrAlgorithm) {
			return nil, notWorkbook(strings.TrimPrefix(err.Error(), "zip: "))
		}
		return nil, notWorkbook(err.Error())
	}
	return x, nil
}

// megabytes is a size in MB, rounded up.
func megabytes[T int64 | uint64](size T) T { return (size + 1<<20 - 1) >> 20 }

// checkPart unpacks a part of the workbook, keeping nothing.
func checkPart(p *zip.File) error {
	rc, err := p.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	_, err = io.Copy(io.Discard, rc)
	return err
}

// quoteName quotes a name from a file for a message, at most 60
// characters of it.
func quoteName(s string) string {
	if r := []rune(s); len(r) > 60 {
		s = string(r[:60]) + "…"
	}
	return fmt.Sprintf("%q", s)
}
