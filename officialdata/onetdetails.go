package officialdata

import (
	"context"
	"strconv"
	"strings"
)

// Task types of Task Statements.txt. A task of neither type is typed
// "n/a": O*NET has not surveyed the occupation's workers on its tasks.
const (
	taskCore         = "core"
	taskSupplemental = "supplemental"
)

// onetTask is a task statement with its ratings.
type onetTask struct {
	id, text string
	// kind is taskCore, taskSupplemental or "" (n/a).
	kind                  string
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

// onetNames are the names of the education categories and of the job
// zones, by their numbers.
type onetNames struct {
	categories, zones map[int]string
}

// details reads the tasks, their ratings, the skills, the education and
// the job zones of the occupations codes, and the names of the education
// categories and of the job zones, from the files of the download's
// layout.
func (o *ONet) details(ctx context.Context, codes []string) (map[string]*onetDetails, onetNames, error) {
	names := onetNames{categories: map[int]string{}, zones: map[int]string{}}
	want := map[string]*onetDetails{}
	keep := map[string]bool{}
	for _, c := range codes {
		want[c] = &onetDetails{}
		keep[c] = true
	}
	r, err := o.reader(ctx)
	if err != nil {
		return nil, names, err
	}
	defer r.Close()
	r.codes = keep
	steps := []func() error{
		func() error { return r.readTasks(want) },
		func() error { return r.readSkills(want, o.Layout.Skills) },
		func() error { return r.readEducation(want, o.Layout.Education) },
		func() error { return r.readCategories(names.categories, o.Layout.Categories) },
		func() error { return r.readZones(want, names.zones) },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, names, err
		}
	}
	return want, names, nil
}

// readTasks reads the task statements of the wanted occupations, their
// types and their ratings.
func (r *onetReader) readTasks(want map[string]*onetDetails) error {
	tasks := map[string]*onetTask{} // by code and task id
	err := r.eachRowOf(fileTasks, []string{colONetCode, colTaskID, "Task", colTaskType}, r.codes, func(t *tsvReader, row []string) error {
		d := want[t.get(row, colONetCode)]
		if d == nil {
			return nil
		}
		task := &onetTask{id: t.get(row, colTaskID), text: Clean(t.get(row, "Task"))}
		switch kind := t.get(row, colTaskType); {
		case strings.EqualFold(kind, "Core"):
			task.kind = taskCore
		case strings.EqualFold(kind, "Supplemental"):
			task.kind = taskSupplemental
		}
		if task.text == "" {
			return nil
		}
		d.tasks = append(d.tasks, task)
		tasks[t.get(row, colONetCode)+" "+task.id] = task
		return nil
	})
	if err != nil {
		return err
	}
	return r.eachRowOf(fileTaskRatings, []string{colONetCode, colTaskID, colScaleID, colDataValue}, r.codes, func(t *tsvReader, row []string) error {
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
}

// readSkills reads the importance and level of every skill of the wanted
// occupations, from each of files (Skills.txt; or Essential Skills.txt and
// Transferable Skills.txt since 30.3).
func (r *onetReader) readSkills(want map[string]*onetDetails, files []string) error {
	skills := map[string]*onetSkill{} // by code and element id
	for _, file := range files {
		err := r.eachRowOf(file, []string{colONetCode, colElementID, colElementName, colScaleID, colDataValue}, r.codes, func(t *tsvReader, row []string) error {
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
				s = &onetSkill{id: t.get(row, colElementID), name: Clean(t.get(row, colElementName))}
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
		if err != nil {
			return err
		}
	}
	return nil
}

// readEducation reads the shares of respondents who report each level of
// education as required (element 2.D.1, scale RL).
func (r *onetReader) readEducation(want map[string]*onetDetails, file string) error {
	return r.eachRowOf(file, []string{colONetCode, colElementID, colScaleID, colCategory, colDataValue}, r.codes, func(t *tsvReader, row []string) error {
		d := want[t.get(row, colONetCode)]
		if d == nil || t.get(row, colElementID) != elementEducation || t.get(row, colScaleID) != scaleEducation {
			return nil
		}
		cat, err := category(t, row)
		if err != nil {
			return err
		}
		v, ok, err := dataValue(t, row)
		if err != nil || !ok {
			return err
		}
		d.education = append(d.education, onetLevel{category: cat, percent: v})
		return nil
	})
}

// readCategories reads the names of the education levels.
func (r *onetReader) readCategories(names map[int]string, file string) error {
	return r.eachRow(file, []string{colElementID, colScaleID, colCategory, "Category Description"}, func(t *tsvReader, row []string) error {
		if t.get(row, colElementID) != elementEducation || t.get(row, colScaleID) != scaleEducation {
			return nil
		}
		cat, err := category(t, row)
		if err != nil {
			return err
		}
		names[cat] = Clean(t.get(row, "Category Description"))
		return nil
	})
}

// readZones reads the job zone of the wanted occupations and the names of
// the zones.
func (r *onetReader) readZones(want map[string]*onetDetails, names map[int]string) error {
	err := r.eachRowOf(fileJobZones, []string{colONetCode, colJobZone}, r.codes, func(t *tsvReader, row []string) error {
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
		return err
	}
	return r.eachRow(fileZoneNames, []string{colJobZone, "Name"}, func(t *tsvReader, row []string) error {
		if z, err := strconv.Atoi(t.get(row, colJobZone)); err == nil {
			names[z] = Clean(t.get(row, "Name"))
		}
		return nil
	})
}

// category reads a row's Category as a number.
func category(t *tsvReader, row []string) (int, error) {
	cat, err := strconv.Atoi(t.get(row, colCategory))
	if err != nil {
		return 0, t.errorf("column %q: %q is not a category number", colCategory, clip(t.get(row, colCategory), 20))
	}
	return cat, nil
}

// dataValue reads a row's Data Value: ok is false for "n/a" or a blank.
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

// Coverage is what O*NET has of one occupation: its tasks, how they are
// typed and rated, its skill ratings and its education levels.
type Coverage struct {
	// Tasks counts its task statements; Core and Supplemental those of
	// each type (the others are typed n/a: not surveyed); Rated those
	// with ratings in Task Ratings.txt.
	Tasks, Core, Supplemental, Rated int
	// Skills counts its rated skills; Education says that it has
	// education levels (the shares of respondents who report each).
	Skills    int
	Education bool
	// Zone is its job zone, 1 to 5; 0 when O*NET gives none.
	Zone int
}

// coverage sums up what O*NET has of an occupation.
func (d *onetDetails) coverage() Coverage {
	c := Coverage{Tasks: len(d.tasks), Skills: len(d.skills), Education: len(d.education) > 0, Zone: d.zone}
	for _, t := range d.tasks {
		switch t.kind {
		case taskCore:
			c.Core++
		case taskSupplemental:
			c.Supplemental++
		}
		if t.rated {
			c.Rated++
		}
	}
	return c
}
