package oews

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"

	"careercompare/officialdata"
)

// input is one workbook to read: a workbook given as a file, or one in a
// zip given.
type input struct {
	// name names the workbook in messages: its path, or the zip's path
	// and the workbook's name in it ("…/oesm25ma.zip/MSA_M2025_dl.xlsx").
	name string
	// base is the workbook's file name, e.g. "state_M2025_dl.xlsx", and
	// zipBase the zip's ("oesm25st.zip"), "" for a workbook given as such.
	base, zipBase string
	// path is the workbook's path where it was given as a file; entry is
	// the workbook in a zip otherwise.
	path  string
	entry *zip.File
	// size is the workbook's size in bytes: its share of the progress.
	size int64
}

// zipMagic and oleMagic begin a zip (an xlsx is one) and an old binary
// Office file (.xls, or an encrypted workbook).
const (
	zipMagic = "PK\x03\x04"
	oleMagic = "\xd0\xcf\x11\xe0"
)

// inputs lists the workbooks of the files given, each file once, and
// returns a function that closes the zips among them.
func inputs(paths []string) ([]input, func(), error) {
	var ins []input
	var zips []*zip.ReadCloser
	closeAll := func() {
		for _, z := range zips {
			z.Close()
		}
	}
	seen := map[string]bool{}
	for _, p := range paths {
		if abs, err := filepath.Abs(p); err == nil {
			if seen[abs] {
				continue
			}
			seen[abs] = true
		}
		more, z, err := inputsOf(p)
		if z != nil {
			zips = append(zips, z)
		}
		if err != nil {
			closeAll()
			return nil, nil, err
		}
		ins = append(ins, more...)
	}
	if len(ins) > MaxFiles {
		closeAll()
		return nil, nil, fmt.Errorf("%d workbooks given, more than the limit of %d; BLS publishes four OEWS tables (national, state, metropolitan, nonmetropolitan)", len(ins), MaxFiles)
	}
	return ins, closeAll, nil
}

// inputsOf checks the file at p and lists its workbooks: itself, or the
// OEWS workbooks of a zip, which it returns open.
func inputsOf(p string) ([]input, *zip.ReadCloser, error) {
	fail := func(format string, args ...any) error {
		return &officialdata.FileError{File: p, Message: fmt.Sprintf(format, args...)}
	}
	st, err := os.Stat(p)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil, nil, fail("no such file")
	case err != nil:
		return nil, nil, fail("%s", unwrapPath(err))
	case st.IsDir():
		return nil, nil, fail("a folder; give BLS's zip (e.g. oesm25st.zip) or the .xlsx workbook in it")
	case !st.Mode().IsRegular():
		return nil, nil, fail("not a file; give BLS's zip (e.g. oesm25st.zip) or the .xlsx workbook in it")
	case st.Size() == 0:
		return nil, nil, fail("the file is empty; download it again")
	case st.Size() > MaxDownload:
		return nil, nil, fail("the file is %d MB, larger than the limit of %d MB for an OEWS download", megabytes(st.Size()), MaxDownload>>20)
	}
	if err := sniff(p); err != nil {
		return nil, nil, err
	}
	z, err := zip.OpenReader(p)
	if err != nil {
		return nil, nil, fail("the file is damaged or cut short (%s); download it again", strings.TrimPrefix(err.Error(), "zip: "))
	}
	if len(z.File) > maxParts {
		return nil, z, fail("the zip has %d entries, more than the limit of %d; it is not an OEWS download", len(z.File), maxParts)
	}
	for _, f := range z.File {
		if strings.EqualFold(f.Name, "[Content_Types].xml") {
			// A workbook itself: excelize and the part checks open it
			// again by its path.
			z.Close()
			return []input{{name: p, base: filepath.Base(p), path: p, size: st.Size()}}, nil, nil
		}
	}
	var ins []input
	var names []string
	for _, f := range z.File {
		base := path.Base(strings.ReplaceAll(f.Name, "\\", "/"))
		if len(names) < 8 {
			names = append(names, quoteName(base))
		}
		lower := strings.ToLower(base)
		if !strings.HasSuffix(lower, ".xlsx") || strings.HasPrefix(lower, "field_descriptions") || strings.HasPrefix(lower, "~$") {
			continue
		}
		if err := entrySize(p, f); err != nil {
			return nil, z, err
		}
		ins = append(ins, input{name: p + "/" + base, base: base, zipBase: filepath.Base(p), entry: f, size: int64(f.UncompressedSize64)})
	}
	if len(ins) == 0 {
		return nil, z, fail("the zip holds no OEWS table (a workbook such as state_M2025_dl.xlsx); it holds %s", strings.Join(names, ", "))
	}
	return ins, z, nil
}

// sniff refuses a file that is not a zip from its first bytes, saying
// what it seems to be.
func sniff(p string) error {
	f, err := os.Open(p)
	if err != nil {
		return &officialdata.FileError{File: p, Message: unwrapPath(err)}
	}
	defer f.Close()
	head := make([]byte, 4)
	n, _ := io.ReadFull(f, head)
	switch head := string(head[:n]); {
	case head == zipMagic:
		return nil
	case head == oleMagic:
		return &officialdata.FileError{File: p, Message: "an old binary .xls workbook or an encrypted file, not BLS's .xlsx table or zip; download the OEWS table again"}
	default:
		return &officialdata.FileError{File: p, Message: "neither a zip nor an .xlsx workbook; give BLS's OEWS zip (e.g. oesm25st.zip) or the .xlsx workbook in it"}
	}
}

// entrySize checks the declared sizes of a workbook in a zip.
func entrySize(zipPath string, f *zip.File) error {
	name := zipPath + "/" + path.Base(f.Name)
	switch size := f.UncompressedSize64; {
	case size > MaxWorkbook:
		return &officialdata.FileError{File: name, Message: fmt.Sprintf("the workbook unpacks to %d MB, more than the limit of %d MB; it is not an OEWS table", megabytes(size), MaxWorkbook>>20)}
	case size > ratioFloor && size > MaxRatio*f.CompressedSize64:
		return &officialdata.FileError{File: name, Message: fmt.Sprintf("the workbook unpacks to %d MB from %d KB, more than %d times its packed size; it is not an OEWS table", megabytes(size), f.CompressedSize64>>10, MaxRatio)}
	}
	return nil
}

// extractEntry unpacks a workbook from its zip to a temporary file,
// checking that it is whole, and returns the file's path; the caller
// removes it.
func extractEntry(in input) (string, error) {
	rc, err := in.entry.Open()
	if err != nil {
		return "", damaged(in.name, err)
	}
	defer rc.Close()
	tmp, err := os.CreateTemp("", "careercompare-oews-*.xlsx")
	if err != nil {
		return "", fmt.Errorf("unpack %s: %w", in.name, err)
	}
	n, err := io.Copy(tmp, io.LimitReader(rc, MaxWorkbook+1))
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	switch {
	case err != nil:
		os.Remove(tmp.Name())
		var pe *os.PathError
		if errors.As(err, &pe) {
			return "", fmt.Errorf("unpack %s: %w", in.name, err)
		}
		return "", damaged(in.name, err)
	case n > MaxWorkbook:
		os.Remove(tmp.Name())
		return "", &officialdata.FileError{File: in.name, Message: fmt.Sprintf("the workbook unpacks to more than %d MB; it is not an OEWS table", MaxWorkbook>>20)}
	}
	return tmp.Name(), nil
}

// damaged is the error of a zip or workbook that cannot be unpacked.
func damaged(name string, err error) error {
	return &officialdata.FileError{File: name, Message: fmt.Sprintf("the file is damaged or cut short (%s); download it again", strings.TrimPrefix(err.Error(), "zip: "))}
}

// unwrapPath is the reason of a file error without the path, which the
// FileError already names.
func unwrapPath(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// megabytes is a size in MB, rounded up.
func megabytes[T int64 | uint64](size T) T { return (size + 1<<20 - 1) >> 20 }

// quoteName quotes a name from a file for a message, at most 60
// characters of it.
func quoteName(s string) string {
	if r := []rune(s); len(r) > 60 {
		s = string(r[:60]) + "…"
	}
	return fmt.Sprintf("%q", s)
}
