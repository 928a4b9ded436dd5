package officialdata

import (
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"strings"
	"unicode/utf8"
)

// Limits on an O*NET text file.
const (
	// MaxLine is the longest line read, in bytes. The longest fields of
	// the database are tasks and descriptions of at most 1,000
	// characters; a longer line is not O*NET's.
	MaxLine = 16 << 10
	// MaxTextFile is the largest text file read, in bytes. Task
	// Ratings.txt, the largest one read, is about 15 MB.
	MaxTextFile = 128 << 20
	// maxColumns bounds a header; O*NET's files have at most 14 columns.
	maxColumns = 64
	// checkEvery is how many lines are read between checks of the
	// context.
	checkEvery = 4096
)

// tsvReader reads a text file of the O*NET database: a header line naming
// the columns, then one row a line, fields separated by tabs, no quoting
// (a quote is an ordinary character), UTF-8. Every row must have the
// header's number of fields. A byte-order mark and Windows line ends are
// tolerated; blank lines are skipped.
type tsvReader struct {
	ctx    context.Context
	file   string
	br     *bufio.Reader
	line   int
	header []string
	index  map[string]int
	// named caches the column of each name asked for.
	named map[string]int
}

// newTSV reads the header of r, the file named file, and checks that it
// has every column of want.
func newTSV(ctx context.Context, file string, r io.Reader, want ...string) (*tsvReader, error) {
	t := &tsvReader{ctx: ctx, file: file, br: bufio.NewReaderSize(r, MaxLine), index: map[string]int{}, named: map[string]int{}}
	first, err := t.read()
	if errors.Is(err, io.EOF) {
		return nil, &FileError{File: file, Message: "the file is empty; it should start with a header line of column names"}
	}
	if err != nil {
		return nil, err
	}
	first = strings.TrimPrefix(first, "\ufeff")
	t.header = strings.Split(first, "\t")
	if len(t.header) > maxColumns {
		return nil, t.errorf("the header has %d columns; an O*NET file has at most %d", len(t.header), maxColumns)
	}
	for i, h := range t.header {
		key := columnKey(h)
		if _, dup := t.index[key]; !dup {
			t.index[key] = i
		}
	}
	for _, w := range want {
		if _, ok := t.index[columnKey(w)]; !ok {
			return nil, t.errorf("no column %q in the header (it has: %s); is this the O*NET text download?", w, strings.Join(t.header, ", "))
		}
	}
	return t, nil
}

// columnKey is a column name as compared: without case, and with runs of
// white space as one space.
func columnKey(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// read returns the next line that is not blank, without its line end.
func (t *tsvReader) read() (string, error) {
	b, err := t.readLine()
	return string(b), err
}

// readLine returns the next line that is not blank, without its line end;
// its bytes are good until the next read.
func (t *tsvReader) readLine() ([]byte, error) {
	for {
		if t.line%checkEvery == 0 && t.ctx.Err() != nil {
			return nil, fmt.Errorf("%s: %w", t.file, t.ctx.Err())
		}
		b, err := t.br.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			return nil, &FileError{File: t.file, Line: t.line + 1, Message: fmt.Sprintf("the line is longer than %d bytes; an O*NET text file has no such line", MaxLine)}
		}
		if err != nil && !errors.Is(err, io.EOF) {
			var fe *FileError
			if errors.As(err, &fe) {
				return nil, fe
			}
			return nil, fmt.Errorf("read %s: %w", t.file, err)
		}
		if len(b) == 0 && err != nil {
			return nil, io.EOF
		}
		t.line++
		b = bytes.TrimRight(b, "\r\n")
		if !utf8.Valid(b) {
			return nil, t.errorf("the line is not UTF-8 text (O*NET's files are UTF-8); the file may be damaged")
		}
		if len(bytes.TrimSpace(b)) > 0 {
			return b, nil
		}
		if err != nil {
			return nil, io.EOF
		}
	}
}

// nextOf returns the fields of the next row whose field in column col is
// one of keep, or io.EOF after the last: the rows of other occupations
// are passed over without being split, their fields not counted (their
// length and their UTF-8 are checked, as every line's).
func (t *tsvReader) nextOf(col int, keep map[string]bool) ([]string, error) {
	for {
		b, err := t.readLine()
		if err != nil {
			return nil, err
		}
		field := b
		for range col {
			i := bytes.IndexByte(field, '\t')
			if i < 0 {
				field = nil
				break
			}
			field = field[i+1:]
		}
		if i := bytes.IndexByte(field, '\t'); i >= 0 {
			field = field[:i]
		}
		if !keep[string(bytes.TrimSpace(field))] {
			continue
		}
		fields := strings.Split(string(b), "\t")
		if len(fields) != len(t.header) {
			return nil, t.errorf("%d fields, but the header has %d columns", len(fields), len(t.header))
		}
		return fields, nil
	}
}

// next returns the fields of the next row, or io.EOF after the last.
func (t *tsvReader) next() ([]string, error) {
	s, err := t.read()
	if err != nil {
		return nil, err
	}
	fields := strings.Split(s, "\t")
	if len(fields) != len(t.header) {
		return nil, t.errorf("%d fields, but the header has %d columns", len(fields), len(t.header))
	}
	return fields, nil
}

// get returns a row's field of a column, trimmed; "" where the column is
// missing.
func (t *tsvReader) get(row []string, column string) string {
	i, ok := t.named[column]
	if !ok {
		i, ok = t.index[columnKey(column)]
		if !ok {
			i = -1
		}
		t.named[column] = i
	}
	if i >= 0 && i < len(row) {
		return strings.TrimSpace(row[i])
	}
	return ""
}

// errorf is a problem of the line read last.
func (t *tsvReader) errorf(format string, args ...any) error {
	return &FileError{File: t.file, Line: t.line, Message: fmt.Sprintf(format, args...)}
}

// eachRow reads the O*NET file name of the download and calls row with
// each of its rows; it stops at the first error, of the file or of row.
func (r *onetReader) eachRow(name string, want []string, row func(t *tsvReader, fields []string) error) error {
	return r.eachRowOf(name, want, nil, row)
}

// eachRowOf is eachRow for the rows of the occupations of codes only (all
// rows when codes is nil), by the column O*NET-SOC Code, which want must
// name.
func (r *onetReader) eachRowOf(name string, want []string, codes map[string]bool, row func(t *tsvReader, fields []string) error) error {
	shown := r.files.file(name)
	f, err := openLimitedFS(r.fsys, path.Join(r.dir, name), shown, MaxTextFile, "an O*NET text file")
	if err != nil {
		return err
	}
	defer f.Close()
	t, err := newTSV(r.ctx, shown, f, want...)
	if err != nil {
		return err
	}
	col := t.index[columnKey(colONetCode)]
	for {
		var fields []string
		if codes == nil {
			fields, err = t.next()
		} else {
			fields, err = t.nextOf(col, codes)
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		if err := row(t, fields); err != nil {
			return err
		}
	}
}

// onetReader reads the files of an O*NET download, opened.
type onetReader struct {
	ctx   context.Context
	files onetFiles
	fsys  fs.FS
	dir   string
	done  func()
	// codes are the occupations whose rows are read by eachRowOf.
	codes map[string]bool
}

// reader opens the files of the download for reading; the caller closes
// it.
func (o *ONet) reader(ctx context.Context) (*onetReader, error) {
	fsys, dir, done, err := o.files.open()
	if err != nil {
		return nil, err
	}
	return &onetReader{ctx: ctx, files: o.files, fsys: fsys, dir: dir, done: done}, nil
}

// Close closes the zip the files are read from.
func (r *onetReader) Close() { r.done() }

// limitedFile is an open file that reads at most its size when opened,
// and fails rather than read more.
type limitedFile struct {
	io.ReadCloser
	path string
	left int64
}

func (f *limitedFile) Read(p []byte) (int, error) {
	if f.left <= 0 {
		// One more byte read: none there, or the file grew, or, in a zip,
		// it unpacks to more than the zip says or fails its checksum.
		n, err := f.ReadCloser.Read(make([]byte, 1))
		switch {
		case n > 0:
			return 0, &FileError{File: f.path, Message: "the file grew while it was read"}
		case err != nil && !errors.Is(err, io.EOF):
			return 0, damaged(f.path, err)
		}
		return 0, io.EOF
	}
	if int64(len(p)) > f.left {
		p = p[:f.left]
	}
	n, err := f.ReadCloser.Read(p)
	f.left -= int64(n)
	if err != nil && !errors.Is(err, io.EOF) {
		err = damaged(f.path, err)
	}
	return n, err
}

// damaged is the error of a file that cannot be read whole: in a zip, one
// that unpacks to more than the zip says or fails its checksum.
func damaged(path string, err error) error {
	if errors.Is(err, zip.ErrFormat) || errors.Is(err, zip.ErrChecksum) || errors.Is(err, zip.ErrAlgorithm) {
		return &FileError{File: path, Message: "the file is damaged in the zip (" + strings.TrimPrefix(err.Error(), "zip: ") + "); download the zip again"}
	}
	return err
}

// openLimited opens a regular file of at most limit bytes; what says what
// the file should be, for the error.
func openLimited(path string, limit int64, what string) (*limitedFile, error) {
	return openLimitedFS(osFS{}, path, path, limit, what)
}

// osFS opens files of the operating system by their paths as given.
type osFS struct{}

func (osFS) Open(name string) (fs.File, error)     { return os.Open(name) }
func (osFS) Stat(name string) (fs.FileInfo, error) { return os.Stat(name) }

// openLimitedFS opens the regular file name of fsys, of at most limit
// bytes; shown is its path for messages and what says what the file
// should be.
func openLimitedFS(fsys fs.FS, name, shown string, limit int64, what string) (*limitedFile, error) {
	st, err := fs.Stat(fsys, name)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, &FileError{File: shown, Message: "no such file"}
	case err != nil:
		return nil, &FileError{File: shown, Message: unwrapPath(err)}
	case !st.Mode().IsRegular():
		return nil, &FileError{File: shown, Message: "not a file; it should be " + what}
	case st.Size() > limit:
		return nil, &FileError{File: shown, Message: fmt.Sprintf("the file is %d MB, larger than the limit of %d MB for %s", megabytes(st.Size()), limit>>20, what)}
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, &FileError{File: shown, Message: unwrapPath(err)}
	}
	return &limitedFile{ReadCloser: f, path: shown, left: st.Size()}, nil
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
