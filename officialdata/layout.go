package officialdata

import (
	"fmt"
	"strconv"
	"strings"
)

// The files of the O*NET text download that are read in every release.
const (
	fileOccupations = "Occupation Data.txt"
	fileTasks       = "Task Statements.txt"
	fileTaskRatings = "Task Ratings.txt"
	fileJobZones    = "Job Zones.txt"
	fileZoneNames   = "Job Zone Reference.txt"
	// fileReadMe, where the download has it, names the release.
	fileReadMe = "Read Me.txt"
)

// The skills and education files of the releases before 30.3.
const (
	fileSkills     = "Skills.txt"
	fileEducation  = "Education, Training, and Experience.txt"
	fileCategories = "Education, Training, and Experience Categories.txt"
)

// The skills and education files of release 30.3 (May 2026) and later:
// Skills.txt became two files of the same columns, and the education part
// of Education, Training, and Experience.txt a file of its own.
const (
	fileEssentialSkills    = "Essential Skills.txt"    // elements 2.A.*
	fileTransferableSkills = "Transferable Skills.txt" // elements 2.B.*
	fileEducation303       = "Education.txt"           // 2.D.1, scale RL
	fileCategories303      = "Education Categories.txt"
)

// Layout is the arrangement of the files of an O*NET text download, which
// changed with release 30.3.
type Layout struct {
	// Name says which releases have it, e.g. "releases 30.3 and later".
	Name string
	// Skills are the files of skill ratings; Education and Categories
	// the files of the required level of education and of its
	// categories' names.
	Skills                []string
	Education, Categories string
	// Renamed are the files that only this layout has, also among those
	// not read (e.g. "Interests.txt" before 30.3, "Career Interest
	// Types.txt" since), by which a download is recognised.
	Renamed []string
}

// Files are the files an import reads in a download of this layout.
func (l Layout) Files() []string {
	files := []string{fileOccupations, fileTasks, fileTaskRatings}
	files = append(files, l.Skills...)
	return append(files, l.Education, l.Categories, fileJobZones, fileZoneNames)
}

// Layout303 is the layout of O*NET 30.3 (May 2026) and later releases.
func Layout303() Layout {
	return Layout{
		Name:   "releases 30.3 and later",
		Skills: []string{fileEssentialSkills, fileTransferableSkills}, Education: fileEducation303, Categories: fileCategories303,
		Renamed: []string{fileEssentialSkills, fileTransferableSkills, fileEducation303, fileCategories303, "Training and Experience.txt",
			"Training and Experience Categories.txt", "Career Interest Types.txt", "Software Skills.txt", "Job Titles.txt"},
	}
}

// LayoutBefore303 is the layout of O*NET releases before 30.3.
func LayoutBefore303() Layout {
	return Layout{
		Name:   "releases before 30.3",
		Skills: []string{fileSkills}, Education: fileEducation, Categories: fileCategories,
		Renamed: []string{fileSkills, fileEducation, fileCategories, "Interests.txt", "Technology Skills.txt", "Alternate Titles.txt", "Work Values.txt"},
	}
}

// detectLayout finds the layout of a download by the files it holds:
// the layout whose files are all there, or, when none is whole, an error
// that names the files missing from the layout the download is nearest.
func detectLayout(where string, files []string) (Layout, error) {
	have := map[string]bool{}
	for _, f := range files {
		have[f] = true
	}
	count := func(names []string) (n int) {
		for _, f := range names {
			if have[f] {
				n++
			}
		}
		return n
	}
	layouts := []Layout{Layout303(), LayoutBefore303()}
	var whole []Layout
	for _, l := range layouts {
		if count(l.Files()) == len(l.Files()) {
			whole = append(whole, l)
		}
	}
	switch {
	case len(whole) == 1:
		return whole[0], nil
	case len(whole) == 2:
		return Layout{}, &FileError{File: where, Message: fmt.Sprintf("it holds the files of two O*NET layouts, %s (%s) and %s (%s): two downloads unzipped into one folder? Unzip each into a folder of its own",
			layouts[0].Name, quoteName(layouts[0].Skills[0]), layouts[1].Name, quoteName(layouts[1].Skills[0]))}
	}
	nearest := layouts[0]
	if count(layouts[1].Renamed) > count(layouts[0].Renamed) {
		nearest = layouts[1]
	}
	if count(nearest.Renamed) == 0 && !have[fileOccupations] {
		return Layout{}, notADownload(where)
	}
	var missing []string
	for _, f := range nearest.Files() {
		if !have[f] {
			missing = append(missing, quoteName(f))
		}
	}
	return Layout{}, &FileError{File: where, Message: fmt.Sprintf("an O*NET text download of %s, but it has no %s; download it again from %s and unzip it whole (or give its zip)", nearest.Name, strings.Join(missing, ", "), ONetAddress)}
}

// notADownload says that where holds no O*NET text download, and which
// files each layout has.
func notADownload(where string) error {
	var each []string
	for _, l := range []Layout{Layout303(), LayoutBefore303()} {
		quoted := make([]string, 0, len(l.Files()))
		for _, f := range l.Files() {
			quoted = append(quoted, quoteName(f))
		}
		each = append(each, l.Name+" have "+strings.Join(quoted, ", "))
	}
	return &FileError{File: where, Message: fmt.Sprintf("not the O*NET text download: it has none of its files (%s); download the database's \"Text\" files (db_31_0_text.zip) from %s and give the zip or the folder it unzips to",
		strings.Join(each, "; "), ONetAddress)}
}

// taxonomy2010 says whether a release is on the O*NET-SOC 2010 taxonomy:
// releases up to 25.0 are; 25.1 (November 2020) is the first on the
// O*NET-SOC 2019 taxonomy, whose codes are BLS's SOC 2018 codes.
func taxonomy2010(release string) bool {
	major, minor, ok := strings.Cut(release, ".")
	m, err1 := strconv.Atoi(major)
	n, err2 := strconv.Atoi(minor)
	if !ok || err1 != nil || err2 != nil {
		return false
	}
	return m < 25 || m == 25 && n < 1
}

// Codes that tell the taxonomies apart when a download does not name its
// release: SOC 2010's medical records technicians and applications
// developers, which SOC 2018 split or renumbered.
const (
	code2010Records, code2010Developers = "29-2071.00", "15-1132.00"
	code2019Records                     = "29-2072.00"
)

// errTaxonomy2010 is the error of a download on the O*NET-SOC 2010
// taxonomy.
func errTaxonomy2010(where, name string) error {
	return &FileError{File: where, Message: fmt.Sprintf("this is the %s, on the O*NET-SOC 2010 taxonomy: its occupation codes differ from the SOC 2018 codes of BLS's tables "+
		"(e.g. 29-2071 Medical Records and Health Information Technicians became 29-2072 and 29-9021), so its occupations cannot be matched with BLS's; "+
		"use O*NET 25.1 (November 2020) or later: download the current release's \"Text\" files from %s", name, ONetAddress)}
}
