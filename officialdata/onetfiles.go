package officialdata

import (
	"archive/zip"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// Limits on the O*NET download's zip, read in place as the workbook is.
const (
	// MaxONetZip is the largest zip read, in bytes. The text download of
	// O*NET 31.0 is about 12.5 MiB.
	MaxONetZip = 128 << 20
	// MaxONetUnzipped is the most the zip's files may unpack to, all
	// together, in bytes: the limit against a zip bomb.
	MaxONetUnzipped = 1 << 30
	// maxZipEntries bounds the files of the zip; the download has 47.
	maxZipEntries = 2000
)

// onetFiles says where the text files of an O*NET download are: a folder
// on disk, or a folder inside the download's zip, read in place.
type onetFiles struct {
	// zip is the zip's path; "" for a folder on disk.
	zip string
	// dir is the folder of the files: on disk, or, in the zip, a path
	// such as "db_31_0_text" ("." for the zip's top).
	dir string
}

// shown is the path of the download as messages name it.
func (s onetFiles) shown() string {
	if s.zip == "" {
		return s.dir
	}
	if s.dir == "." {
		return s.zip
	}
	return filepath.Join(s.zip, filepath.FromSlash(s.dir))
}

// file is the path of one of its files as messages name it.
func (s onetFiles) file(name string) string { return filepath.Join(s.shown(), name) }

// folderName is the download's own name, e.g. "db_31_0_text", which may
// name its release.
func (s onetFiles) folderName() string {
	switch {
	case s.zip == "":
		return filepath.Base(s.dir)
	case s.dir != ".":
		return path.Base(s.dir)
	}
	return strings.TrimSuffix(filepath.Base(s.zip), filepath.Ext(s.zip))
}

// open opens the files for reading: fsys holds them under dir; done
// closes the zip.
func (s onetFiles) open() (fsys fs.FS, dir string, done func(), err error) {
	if s.zip == "" {
		return os.DirFS(s.dir), ".", func() {}, nil
	}
	zr, err := openZip(s.zip)
	if err != nil {
		return nil, "", nil, err
	}
	return zr, s.dir, func() { zr.Close() }, nil
}

// isZipName says whether a file's name is a zip's.
func isZipName(name string) bool { return strings.EqualFold(filepath.Ext(name), ".zip") }

// downloadName matches the names O*NET gives its text downloads,
// db_31_0_text and db_31_0_text.zip, also as a browser renames a second
// copy ("db_31_0_text (1).zip").
func downloadName() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^db_(\d{1,3})_(\d{1,2})_text\b`)
}

// openZip opens the zip at path after checking, from its directory, that
// it has a sensible number of files that unpack to a sensible size.
func openZip(path string) (*zip.ReadCloser, error) {
	f, err := openLimited(path, MaxONetZip, "the O*NET text download's zip")
	if err != nil {
		return nil, err
	}
	f.Close()
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, &FileError{File: path, Message: "not a readable zip file (" + strings.TrimPrefix(err.Error(), "zip: ") + "); download the O*NET text download again"}
	}
	if len(zr.File) > maxZipEntries {
		zr.Close()
		return nil, &FileError{File: path, Message: fmt.Sprintf("the zip has %d files, more than the limit of %d; it is not the O*NET text download", len(zr.File), maxZipEntries)}
	}
	var total uint64
	for _, p := range zr.File {
		if total += p.UncompressedSize64; p.UncompressedSize64 > MaxONetUnzipped || total > MaxONetUnzipped {
			zr.Close()
			return nil, &FileError{File: path, Message: fmt.Sprintf("the zip unpacks to more than %d MB (its file %s alone to %d MB); it is not the O*NET text download", MaxONetUnzipped>>20, quoteName(p.Name), megabytes(p.UncompressedSize64))}
		}
	}
	return zr, nil
}

// locate finds the O*NET download at p: a folder of its files, the
// download's zip, or a folder that holds one download (unzipped or not).
func locate(p string) (onetFiles, error) {
	st, err := os.Stat(p)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return onetFiles{}, &FileError{File: p, Message: "no such folder or file; give the O*NET text download: its zip (e.g. db_31_0_text.zip) or the folder it unzips to"}
	case err != nil:
		return onetFiles{}, &FileError{File: p, Message: unwrapPath(err)}
	case st.Mode().IsRegular() && isZipName(p):
		return locateInZip(p)
	case !st.IsDir():
		return onetFiles{}, &FileError{File: p, Message: "not a folder or a zip; give the O*NET text download: its zip (e.g. db_31_0_text.zip) or the folder it unzips to, not a file in it"}
	}
	entries, err := os.ReadDir(p)
	if err != nil {
		return onetFiles{}, &FileError{File: p, Message: unwrapPath(err)}
	}
	if hasFile(entries, fileOccupations) {
		return onetFiles{dir: p}, nil
	}
	// The folder that holds the download: its unzipped folder, its zip, or
	// both (the same download, read from the folder).
	found := map[string]onetFiles{}
	for _, e := range entries {
		if e.IsDir() {
			if sub, err := os.ReadDir(filepath.Join(p, e.Name())); err == nil && hasFile(sub, fileOccupations) {
				found[e.Name()] = onetFiles{dir: filepath.Join(p, e.Name())}
			}
		}
	}
	for _, e := range entries {
		name := e.Name()
		key := strings.TrimSuffix(name, filepath.Ext(name))
		if _, unzipped := found[key]; !unzipped && !e.IsDir() && isZipName(name) && downloadName().MatchString(name) {
			found[key] = onetFiles{zip: filepath.Join(p, name)} // its folder not yet known
		}
	}
	return pickOne(p, found, func() (onetFiles, error) { return onetFiles{}, notADownload(p) })
}

// pickOne is the one download found in where, or an error that names
// them all; none calls none.
func pickOne(where string, found map[string]onetFiles, none func() (onetFiles, error)) (onetFiles, error) {
	keys := make([]string, 0, len(found))
	for k := range found {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	switch len(keys) {
	case 0:
		return none()
	case 1:
		f := found[keys[0]]
		if f.zip != "" && f.dir == "" {
			return locateInZip(f.zip)
		}
		return f, nil
	}
	quoted := make([]string, len(keys))
	for i, k := range keys {
		quoted[i] = quoteName(k)
	}
	return onetFiles{}, &FileError{File: where, Message: fmt.Sprintf("%d O*NET downloads here (%s): choose one of them, not the folder that holds them", len(keys), strings.Join(quoted, ", "))}
}

// locateInZip finds the folder of the zip that holds the download: the
// one with Occupation Data.txt.
func locateInZip(p string) (onetFiles, error) {
	zr, err := openZip(p)
	if err != nil {
		return onetFiles{}, err
	}
	defer zr.Close()
	found := map[string]onetFiles{}
	for _, f := range zr.File {
		name := strings.TrimPrefix(path.Clean("/"+strings.ReplaceAll(f.Name, `\`, "/")), "/")
		if path.Base(name) == fileOccupations {
			found[path.Dir(name)] = onetFiles{zip: p, dir: path.Dir(name)}
		}
	}
	return pickOne(p, found, func() (onetFiles, error) { return onetFiles{}, notADownload(p) })
}

// hasFile says whether entries hold a file of that name.
func hasFile(entries []fs.DirEntry, name string) bool {
	for _, e := range entries {
		if e.Name() == name && !e.IsDir() {
			return true
		}
	}
	return false
}
