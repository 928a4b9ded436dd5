package officialdata

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// The files of the O*NET text download that are read, and their columns
// as the O*NET data dictionary names them.
const (
	fileOccupations = "Occupation Data.txt"
	fileTasks       = "Task Statements.txt"
	fileTaskRatings = "Task Ratings.txt"
	fileSkills      = "Skills.txt"
	fileEducation   = "Education, Training, and Experience.txt"
	fileCategories  = "Education, Training, and Experience Categories.txt"
	fileJobZones    = "Job Zones.txt"
	fileZoneNames   = "Job Zone Reference.txt"
	// fileReadMe, where the download has it, names the release.
	fileReadMe = "Read Me.txt"

	colONetCode    = "O*NET-SOC Code"
	colElementID   = "Element ID"
	colElementName = "Element Name"
	colScaleID     = "Scale ID"
	colCategory    = "Category"
	colDataValue   = "Data Value"
	colSuppress    = "Recommend Suppress"
	colNotRelevant = "Not Relevant"
	colTaskID      = "Task ID"
	colJobZone     = "Job Zone"
)

// requiredFiles are the files an O*NET text download must have for an
// import.
var requiredFiles = []string{fileOccupations, fileTasks, fileTaskRatings, fileSkills, fileEducation, fileCategories, fileJobZones, fileZoneNames}

// O*NET's elements and scales that are read.
const (
	elementEducation = "2.D.1" // Required Level of Education
	scaleImportance  = "IM"
	scaleLevel       = "LV"
	scaleRelevance   = "RT"
	scaleEducation   = "RL"
)

// ONet is the O*NET database's text download as read: its release and its
// occupations' titles and descriptions. The other files are read by Build,
// for the chosen occupations only.
type ONet struct {
	// Dir is the folder of the text files.
	Dir string
	// Release is the database's release, e.g. "30.1"; "" when the
	// download does not say it.
	Release string
	// Month is the release's month, e.g. "November 2025", when the
	// download's Read Me.txt says it.
	Month string
	// ReleaseFrom says where the release was read: "Read Me.txt" or the
	// folder's name.
	ReleaseFrom string
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
	folderRelease = regexp.MustCompile(`(?i)^db_(\d{1,3})_(\d{1,2})_text$`)
	onetSOC       = regexp.MustCompile(`^\d{2}-\d{4}\.\d{2}$`)
)

// OpenONet reads the O*NET text download in dir: its release and the
// titles and descriptions of its occupations. dir may also be the folder
// that holds the unzipped db_NN_N_text folder.
func OpenONet(ctx context.Context, dir string) (*ONet, error) {
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil, &FileError{File: dir, Message: "no such folder; give the folder of the unzipped O*NET text download (e.g. db_30_1_text)"}
	case err != nil:
		return nil, &FileError{File: dir, Message: unwrapPath(err)}
	case !st.IsDir():
		return nil, &FileError{File: dir, Message: "not a folder; give the folder of the unzipped O*NET text download (e.g. db_30_1_text), not a file in it"}
	}
	dir = findDownload(dir)
	var missing []string
	for _, name := range requiredFiles {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			missing = append(missing, quoteName(name))
		}
	}
	if len(missing) > 0 {
		return nil, &FileError{File: dir, Message: fmt.Sprintf("not the O*NET text download: it has no %s (download the database's \"Text\" files from https://www.onetcenter.org/database.html and unzip them)", strings.Join(missing, ", "))}
	}
	o := &ONet{Dir: dir, occupations: map[string]onetOccupation{}}
	o.readRelease()
	err = eachRow(ctx, dir, fileOccupations, []string{colONetCode, "Title", "Description"}, func(t *tsvReader, row []string) error {
		code := t.get(row, colONetCode)
		if !onetSOC.MatchString(code) {
			return t.errorf("%q is not an O*NET-SOC code such as 29-9021.00", clip(code, 20))
		}
		if _, dup := o.occupations[code]; dup {
			return t.errorf("the occupation %s is given a second time", code)
		}
		o.occupations[code] = onetOccupation{code: code, title: clean(t.get(row, "Title")), description: clean(t.get(row, "Description"))}
		o.order = append(o.order, code)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(o.order) == 0 {
		return nil, &FileError{File: filepath.Join(dir, fileOccupations), Message: "no occupations under the header line"}
	}
	return o, nil
}

// findDownload is dir, or the one db_NN_N_text folder in it that holds the
// download.
func findDownload(dir string) string {
	if _, err := os.Stat(filepath.Join(dir, fileOccupations)); err == nil {
		return dir
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return dir
	}
	var found []string
	for _, e := range entries {
		if e.IsDir() && folderRelease.MatchString(e.Name()) {
			if _, err := os.Stat(filepath.Join(dir, e.Name(), fileOccupations)); err == nil {
				found = append(found, filepath.Join(dir, e.Name()))
			}
		}
	}
	if len(found) == 1 {
		return found[0]
	}
	return dir
}

// readRelease names the release from Read Me.txt, or else from the
// folder's name (db_30_1_text is 30.1).
func (o *ONet) readRelease() {
	if f, err := openLimited(filepath.Join(o.Dir, fileReadMe), 1<<20, "O*NET's Read Me.txt"); err == nil {
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
	if m := folderRelease.FindStringSubmatch(filepath.Base(o.Dir)); m != nil {
		o.Release, o.ReleaseFrom = m[1]+"."+m[2], "the folder's name, "+filepath.Base(o.Dir)
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

// onetTask is a task statement with its ratings.
type onetTask struct {
	id                    string
	text                  string
	core                  bool
	relevance, importance float64
	rated                 bool
}

// onetSkill is a skill with its importance (1–5) and level (0–7).
type onetSkill struct {
	id, name          string
	importance, level float64
	hasLevel          bool
	suppress          bool
}

// onetLevel is an education level and the share of respondents who
// report it as required.
type onetLevel struct {
	category int
	percent  float64
}

// onetDetails is what O*NET says of one occupation beyond its title.
type onetDetails struct {
	tasks     []*onetTask
	skills    []*onetSkill
	education []onetLevel
	zone      int
}

// details reads the tasks, their ratings, the skills, the education and
// the job zones of the occupations codes, and the names of the education
// categories and of the job zones.
func (o *ONet) details(ctx context.Context, codes []string) (map[string]*onetDetails, map[int]string, map[int]string, error) {
	want := map[string]*onetDetails{}
	for _, c := range codes {
		want[c] = &onetDetails{}
	}
	tasks := map[string]*onetTask{} // by code and task id
	err := eachRow(ctx, o.Dir, fileTasks, []string{colONetCode, colTaskID, "Task", "Task Type"}, func(t *tsvReader, row []string) error {
		d := want[t.get(row, colONetCode)]
		if d == nil {
			return nil
		}
		task := &onetTask{id: t.get(row, colTaskID), text: clean(t.get(row, "Task")), core: strings.EqualFold(t.get(row, "Task Type"), "Core")}
		if task.text == "" {
			return nil
		}
		d.tasks = append(d.tasks, task)
		tasks[t.get(row, colONetCode)+" "+task.id] = task
		return nil
	})
	if err != nil {
		return nil, nil, nil, err
	}
	err = eachRow(ctx, o.Dir, fileTaskRatings, []string{colONetCode, colTaskID, colScaleID, colDataValue}, func(t *tsvReader, row []string) error {
		task := tasks[t.get(row, colONetCode)+" "+t.get(row, colTaskID)]
		scale := t.get(row, colScaleID)
		if task == nil || scale != scaleRelevance && scale != scaleImportance {
			return nil
		}
		v, ok, err := dataValue(t, row)
		if err != nil || !ok {
			return err
		}
		task.rated = true
		if scale == scaleRelevance {
			task.relevance = v
		} else {
			task.importance = v
		}
		return nil
	})
	if err != nil {
		return nil, nil, nil, err
	}
	if err := o.readSkills(ctx, want); err != nil {
		return nil, nil, nil, err
	}
	err = eachRow(ctx, o.Dir, fileEducation, []string{colONetCode, colElementID, colScaleID, colCategory, colDataValue}, func(t *tsvReader, row []string) error {
		d := want[t.get(row, colONetCode)]
		if d == nil || t.get(row, colElementID) != elementEducation || t.get(row, colScaleID) != scaleEducation {
			return nil
		}
		cat, err := strconv.Atoi(t.get(row, colCategory))
		if err != nil {
			return t.errorf("column %q: %q is not a category number", colCategory, clip(t.get(row, colCategory), 20))
		}
		v, ok, err := dataValue(t, row)
		if err != nil || !ok {
			return err
		}
		d.education = append(d.education, onetLevel{category: cat, percent: v})
		return nil
	})
	if err != nil {
		return nil, nil, nil, err
	}
	categories := map[int]string{}
	err = eachRow(ctx, o.Dir, fileCategories, []string{colElementID, colScaleID, colCategory, "Category Description"}, func(t *tsvReader, row []string) error {
		if t.get(row, colElementID) != elementEducation || t.get(row, colScaleID) != scaleEducation {
			return nil
		}
		cat, err := strconv.Atoi(t.get(row, colCategory))
		if err != nil {
			return t.errorf("column %q: %q is not a category number", colCategory, clip(t.get(row, colCategory), 20))
		}
		categories[cat] = clean(t.get(row, "Category Description"))
		return nil
	})
	if err != nil {
		return nil, nil, nil, err
	}
	err = eachRow(ctx, o.Dir, fileJobZones, []string{colONetCode, colJobZone}, func(t *tsvReader, row []string) error {
		d := want[t.get(row, colONetCode)]
		if d == nil {
			return nil
		}
		z, err := strconv.Atoi(t.get(row, colJobZone))
		if err != nil || z < 1 || z > 5 {
			return t.errorf("column %q: %q is not a job zone from 1 to 5", colJobZone, clip(t.get(row, colJobZone), 20))
		}
		d.zone = z
		return nil
	})
	if err != nil {
		return nil, nil, nil, err
	}
	zones := map[int]string{}
	err = eachRow(ctx, o.Dir, fileZoneNames, []string{colJobZone, "Name"}, func(t *tsvReader, row []string) error {
		if z, err := strconv.Atoi(t.get(row, colJobZone)); err == nil {
			zones[z] = clean(t.get(row, "Name"))
		}
		return nil
	})
	if err != nil {
		return nil, nil, nil, err
	}
	return want, categories, zones, nil
}

// readSkills reads the importance and level of every skill of the wanted
// occupations.
func (o *ONet) readSkills(ctx context.Context, want map[string]*onetDetails) error {
	skills := map[string]*onetSkill{} // by code and element id
	return eachRow(ctx, o.Dir, fileSkills, []string{colONetCode, colElementID, colElementName, colScaleID, colDataValue}, func(t *tsvReader, row []string) error {
		code := t.get(row, colONetCode)
		d := want[code]
		scale := t.get(row, colScaleID)
		if d == nil || scale != scaleImportance && scale != scaleLevel {
			return nil
		}
		v, ok, err := dataValue(t, row)
		if err != nil || !ok {
			return err
		}
		key := code + " " + t.get(row, colElementID)
		s := skills[key]
		if s == nil {
			s = &onetSkill{id: t.get(row, colElementID), name: clean(t.get(row, colElementName))}
			skills[key] = s
			d.skills = append(d.skills, s)
		}
		if scale == scaleImportance {
			s.importance = v
			s.suppress = s.suppress || strings.EqualFold(t.get(row, colSuppress), "Y")
		} else {
			s.level, s.hasLevel = v, !strings.EqualFold(t.get(row, colNotRelevant), "Y")
		}
		return nil
	})
}

// dataValue reads a row's Data Value: ok is false for "n/a".
func dataValue(t *tsvReader, row []string) (float64, bool, error) {
	s := t.get(row, colDataValue)
	if s == "" || strings.EqualFold(s, "n/a") {
		return 0, false, nil
	}
	v, ok := number(s)
	if !ok || v < 0 || v > 100 {
		return 0, false, t.errorf("column %q: %q is not a rating or a percent", colDataValue, clip(s, 20))
	}
	return v, true, nil
}

// occupation returns an occupation by its O*NET-SOC code.
func (o *ONet) occupation(code string) (onetOccupation, bool) {
	oc, ok := o.occupations[code]
	return oc, ok
}
