package officialdata

import (
	"context"
	"io"
	"io/fs"
	"path"
	"regexp"
)

// The columns of the O*NET files that are read, as the O*NET data
// dictionary names them.
const (
	colONetCode    = "O*NET-SOC Code"
	colElementID   = "Element ID"
	colElementName = "Element Name"
	colScaleID     = "Scale ID"
	colCategory    = "Category"
	colDataValue   = "Data Value"
	colSuppress    = "Recommend Suppress"
	colNotRelevant = "Not Relevant"
	colTaskID      = "Task ID"
	colTaskType    = "Task Type"
	colJobZone     = "Job Zone"
)

// O*NET's elements and scales that are read.
const (
	elementEducation = "2.D.1" // Required Level of Education
	scaleImportance  = "IM"
	scaleLevel       = "LV"
	scaleRelevance   = "RT"
	scaleEducation   = "RL"
)

// ONet is the O*NET database's text download as read: its release, its
// layout and its occupations' titles and descriptions. The other files
// are read by Build, for the chosen occupations only.
type ONet struct {
	// Dir is the download as messages name it: its folder, its zip, or
	// the folder inside its zip.
	Dir string
	// Zip says that the download is read in place from its zip.
	Zip bool
	// Release is the database's release, e.g. "31.0"; "" when the
	// download does not say it.
	Release string
	// Month is the release's month, e.g. "August 2026", when the
	// download's Read Me.txt says it.
	Month string
	// ReleaseFrom says where the release was read: "Read Me.txt" or the
	// download's name.
	ReleaseFrom string
	// Layout is the arrangement of its files, found by the files it
	// holds.
	Layout      Layout
	files       onetFiles
	occupations map[string]onetOccupation
	order       []string
}

type onetOccupation struct {
	code, title, description string
}

// Occupations is how many occupations the download describes.
func (o *ONet) Occupations() int { return len(o.order) }

var (
	readMeRelease = regexp.MustCompile(`O\*NET(?:®)? (\d{1,3}\.\d{1,2}) Database`)
	readMeMonth   = regexp.MustCompile(`\b((?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}) Release`)
	onetSOC       = regexp.MustCompile(`^\d{2}-\d{4}\.\d{2}$`)
)

// OpenONet reads the O*NET text download at path: its zip as O*NET serves
// it (db_31_0_text.zip), the folder it unzips to, or the folder that holds
// either. It finds the download's layout by the files it holds, names its
// release, refuses a release on the O*NET-SOC 2010 taxonomy, and reads the
// titles and descriptions of its occupations.
func OpenONet(ctx context.Context, path string) (*ONet, error) {
	files, err := locate(path)
	if err != nil {
		return nil, err
	}
	o := &ONet{Dir: files.shown(), Zip: files.zip != "", files: files, occupations: map[string]onetOccupation{}}
	r, err := o.reader(ctx)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	entries, err := fs.ReadDir(r.fsys, r.dir)
	if err != nil {
		return nil, &FileError{File: o.Dir, Message: unwrapPath(err)}
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		if !e.IsDir() {
			names = append(names, e.Name())
		}
	}
	if o.Layout, err = detectLayout(o.Dir, names); err != nil {
		return nil, err
	}
	o.readRelease(r)
	if taxonomy2010(o.Release) {
		return nil, errTaxonomy2010(o.Dir, o.Name())
	}
	if err := o.readOccupations(r); err != nil {
		return nil, err
	}
	_, records2010 := o.occupations[code2010Records]
	_, developers2010 := o.occupations[code2010Developers]
	if _, records2019 := o.occupations[code2019Records]; (records2010 || developers2010) && !records2019 {
		return nil, errTaxonomy2010(o.Dir, o.Name())
	}
	return o, nil
}

// readOccupations reads the codes, titles and descriptions of Occupation
// Data.txt.
func (o *ONet) readOccupations(r *onetReader) error {
	err := r.eachRow(fileOccupations, []string{colONetCode, "Title", "Description"}, func(t *tsvReader, row []string) error {
		code := t.get(row, colONetCode)
		if !onetSOC.MatchString(code) {
			return t.errorf("%q is not an O*NET-SOC code such as 29-9021.00", clip(code, 20))
		}
		if _, dup := o.occupations[code]; dup {
			return t.errorf("the occupation %s is given a second time", code)
		}
		o.occupations[code] = onetOccupation{code: code, title: Clean(t.get(row, "Title")), description: Clean(t.get(row, "Description"))}
		o.order = append(o.order, code)
		return nil
	})
	if err == nil && len(o.order) == 0 {
		err = &FileError{File: o.files.file(fileOccupations), Message: "no occupations under the header line"}
	}
	return err
}

// readRelease names the release from Read Me.txt, or else from the
// download's name (db_31_0_text is 31.0).
func (o *ONet) readRelease(r *onetReader) {
	if f, err := openLimitedFS(r.fsys, path.Join(r.dir, fileReadMe), o.files.file(fileReadMe), 1<<20, "O*NET's Read Me.txt"); err == nil {
		b, _ := io.ReadAll(io.LimitReader(f, 64<<10))
		f.Close()
		if m := readMeRelease.FindSubmatch(b); m != nil {
			o.Release, o.ReleaseFrom = string(m[1]), fileReadMe
			if mm := readMeMonth.FindSubmatch(b); mm != nil {
				o.Month = string(mm[1])
			}
			return
		}
	}
	name := o.files.folderName()
	if m := downloadName().FindStringSubmatch(name); m != nil {
		o.Release, o.ReleaseFrom = m[1]+"."+m[2], "the download's name, "+name
	}
}

// Name is the database as its licence asks it to be named, e.g. "O*NET
// 30.1 Database".
func (o *ONet) Name() string {
	if o.Release == "" {
		return "O*NET Database"
	}
	return "O*NET " + o.Release + " Database"
}

// occupation returns an occupation by its O*NET-SOC code.
func (o *ONet) occupation(code string) (onetOccupation, bool) {
	oc, ok := o.occupations[code]
	return oc, ok
}
