// Package model holds the domain of Career Compare: careers, facts with
// their sources, salary and growth figures, credit ladders, the pathway
// arithmetic, and the strict loader for data files. It imports nothing of
// Fyne or go-chart.
package model

import (
	"fmt"
	"strings"
)

// Dataset is one edition of the comparison data, as loaded from a data file.
//
// A data file names the fields of these types by their json tags, so that
// json.Marshal writes a data file; a field tagged required:"true" must be
// in the file, the others may be left out.
type Dataset struct {
	Schema    int        `json:"schema" required:"true"`
	Edition   Edition    `json:"edition" required:"true"`
	Sources   []Source   `json:"sources" required:"true"`
	Careers   []Career   `json:"careers" required:"true"`
	Reference *Reference `json:"reference,omitempty"`
	// Comparison names the pair compared when the file is opened and,
	// optionally, key differences written for exactly that pair.
	Comparison Pairing `json:"comparison" required:"true"`
	// Pairs holds key differences written for other pairs of careers.
	// Every other pair gets key differences computed from its facts.
	Pairs []Pairing `json:"pairs,omitempty"`
	// SalaryNotes apply to every career's salary (e.g. "earning potential
	// depends on education and experience").
	SalaryNotes []Fact `json:"salary_notes,omitempty"`
	// SalaryFootnote is printed under every salary chart.
	SalaryFootnote *Fact `json:"salary_footnote,omitempty"`
	// OutlookNotes apply to every career's outlook.
	OutlookNotes []Fact   `json:"outlook_notes,omitempty"`
	Ladders      []Ladder `json:"ladders,omitempty"`
	Closing      []Fact   `json:"closing,omitempty"`
	// Wages, when the counselor brought BLS's wages by state and area in,
	// are the careers' pay by place.
	Wages *Wages `json:"wages,omitempty"`
}

// Edition says where the figures of a dataset come from and how old they are.
type Edition struct {
	ID   string `json:"id" required:"true"`
	Name Text   `json:"name" required:"true"`
	// Period is the span the figures describe, e.g. "2012–2022".
	Period Text `json:"period" required:"true"`
	// Banner is the one-line description shown above the tabs.
	Banner Text `json:"banner" required:"true"`
	// Caveat is printed on every chart of this edition (e.g. a change of
	// occupation codes); empty when there is none.
	Caveat Text `json:"caveat,omitzero"`
	// Year is the year the figures refer to, used to say how old they are.
	Year int `json:"year,omitempty"`
	// Released is the day the edition was published, as YYYY-MM-DD; empty
	// when the source gives none.
	Released string `json:"released,omitempty"`
	// Warning, when set, is stamped on every picture and handout of the
	// edition and shown as a warning above the tabs, e.g. "2012 figures
	// from a college's promotional article".
	Warning Text `json:"warning,omitzero"`
	// NoneNamed is what a tab says of an empty list, e.g. "The article
	// names none."; "None named in this data." when empty.
	NoneNamed Text `json:"none_named,omitzero"`
	// Translation says, in each language but the original's, who
	// translated the texts, e.g. "Traducción de Career Compare; el
	// artículo original está en inglés." It is said once on screen and in
	// the handout.
	Translation Text `json:"translation,omitzero"`
	// Imported, in a file written by careercompare import, names the
	// official downloads it was made from, e.g. "O*NET 30.1 Database;
	// BLS Employment Projections 2024–34". Those sources describe
	// occupations, not a school's programs: where the compared careers
	// have no credit ladder, the window and the handout say so.
	Imported string `json:"imported,omitempty"`
}

// Source is a publication that a fact or figure comes from.
type Source struct {
	ID    string `json:"id" required:"true"`
	Title Text   `json:"title" required:"true"`
	// Short is a short name for charts, e.g. "BLS, as named by the article".
	Short     Text   `json:"short,omitzero"`
	Publisher Text   `json:"publisher,omitzero"`
	Year      Text   `json:"year,omitzero"`
	Address   string `json:"address,omitempty"`
	Note      Text   `json:"note,omitzero"`
}

// Fact is one statement with the id of its source. Interpretation, when set,
// says how the app read something the source leaves open.
type Fact struct {
	Text           Text   `json:"text" required:"true"`
	Source         string `json:"source" required:"true"`
	Interpretation Text   `json:"interpretation,omitzero"`
	// Absent marks a fact that says the source has nothing of what its
	// list holds, e.g. "O*NET has no skill ratings for this occupation":
	// a key difference compares no such fact with another career's.
	Absent bool `json:"absent,omitempty"`
}

// Unit names what a figure's value counts.
const (
	UnitUSD     = "usd"
	UnitPercent = "percent"
	// UnitJobs counts jobs, e.g. openings a year.
	UnitJobs = "jobs"
)

// Figure is one number with what it measures and where it comes from. A nil
// Value means the data has no such figure: it is drawn as "no data", never as
// zero.
type Figure struct {
	Value *float64 `json:"value,omitempty"`
	// Unit is UnitUSD or UnitPercent.
	Unit string `json:"unit" required:"true"`
	// Measure says what the value is, e.g. "median annual salary".
	Measure Text `json:"measure" required:"true"`
	// Period is when the value was measured or what span it projects.
	Period Text `json:"period,omitzero"`
	// Source is the id of the source as the data's publication gives it.
	Source string `json:"source" required:"true"`
	// Edition names the edition of the source where it is known, possibly
	// from elsewhere than the publication itself.
	Edition Text `json:"edition,omitzero"`
	Note    Text `json:"note,omitzero"`
	// Spread, when set, is the pay of the lowest and highest paid tenth
	// of the workers: the middle 80% earned between P10 and P90.
	Spread *Spread `json:"spread,omitempty"`
	// Occupation names, in words, the occupation the figure really
	// belongs to, where that is not the career itself (e.g. "medical
	// records and health information technicians").
	Occupation Text `json:"occupation,omitzero"`
	// Footnote says that the data's salary footnote applies to this
	// figure.
	Footnote bool `json:"footnote,omitempty"`
	// TopCoded says that Value is the source's top code: the figure is
	// that much or more (BLS writes ">=$239,200" for wages at or above
	// the top of its survey's range).
	TopCoded bool `json:"top_coded,omitempty"`
	// Absent says, for a figure without a value, in a few words, why the
	// source has none, e.g. "BLS publishes no median"; a chart writes it
	// where the bar would be, instead of "no data".
	Absent Text `json:"absent,omitzero"`
}

// Spread is the 10th and 90th percentile of a figure, in its unit.
type Spread struct {
	P10  float64 `json:"p10" required:"true"`
	P90  float64 `json:"p90" required:"true"`
	Unit string  `json:"unit" required:"true"`
}

// Has reports whether the figure has a value.
func (f Figure) Has() bool { return f.Value != nil }

// Career is one of the compared careers.
type Career struct {
	ID   string `json:"id" required:"true"`
	Name Text   `json:"name" required:"true"`
	// Short is an abbreviation for narrow places, e.g. "HIM".
	Short Text `json:"short" required:"true"`
	// Occupation is the official occupation that stands in for the career
	// in this edition's figures; empty when the data names none.
	Occupation Text `json:"occupation,omitzero"`
	// Code is the code of the official occupation whose figures the
	// career's are: its stand-in's where Occupation names one, else the
	// career's own (an imported career is an official occupation). A SOC
	// code, e.g. "29-9021", or an O*NET-SOC code, e.g. "15-1299.08";
	// empty where the data names none. Wages by place are found by it.
	Code string `json:"code,omitempty"`
	// Ladder is the id of the credit ladder for this career, if any.
	Ladder string `json:"ladder,omitempty"`
	// LadderDegree is the degree, as its rung's "ends" says it in
	// English, that this career typically starts with on Ladder.
	LadderDegree  string `json:"ladder_degree,omitempty"`
	Education     []Fact `json:"education,omitempty"`
	Certification []Fact `json:"certification,omitempty"`
	Duties        []Fact `json:"duties,omitempty"`
	Workplaces    []Fact `json:"workplaces,omitempty"`
	Skills        []Fact `json:"skills,omitempty"`
	Salary        Figure `json:"salary" required:"true"`
	SalaryNotes   []Fact `json:"salary_notes,omitempty"`
	Growth        Figure `json:"growth" required:"true"`
	// Openings is the projected number of openings a year, on average
	// over the growth figure's period (unit "jobs"); nil where the data
	// has none. The growth chart shows it beside the percent: a small
	// occupation can grow fast and still offer few jobs.
	Openings     *Figure `json:"openings,omitempty"`
	OutlookNotes []Fact  `json:"outlook_notes,omitempty"`
	// Typical is what the occupation typically asks of a new worker, as
	// its source states it; nil where the data has no such statement.
	Typical *Typical `json:"typical_entry,omitempty"`
}

// Typical is the typical education, related work experience and
// on-the-job training needed to enter an occupation, e.g. BLS's
// "Associate's degree", "None", "None".
type Typical struct {
	Education  Text   `json:"education" required:"true"`
	Experience Text   `json:"experience,omitzero"`
	Training   Text   `json:"training,omitzero"`
	Source     string `json:"source" required:"true"`
}

// Reference holds the all-occupations figures the careers are compared with.
type Reference struct {
	Name     Text    `json:"name" required:"true"`
	Salary   Figure  `json:"salary" required:"true"`
	Growth   Figure  `json:"growth" required:"true"`
	Openings *Figure `json:"openings,omitempty"`
}

// Pairing names a pair of careers and, optionally, the key difference on
// each tab written for exactly that pair (in either order).
type Pairing struct {
	Left        string      `json:"left" required:"true"`
	Right       string      `json:"right" required:"true"`
	Differences Differences `json:"differences,omitzero"`
}

// Differences holds one sentence per tab that names the key difference
// of a pair. A tab left out gets the difference computed from the facts.
type Differences struct {
	Education Fact `json:"education,omitzero"`
	Duties    Fact `json:"duties,omitzero"`
	Skills    Fact `json:"skills,omitzero"`
	Salary    Fact `json:"salary,omitzero"`
	Outlook   Fact `json:"outlook,omitzero"`
}

// Tab returns the difference written for a tab (TopicEducation …), and
// whether there is one.
func (d Differences) Tab(topic Topic) (Fact, bool) {
	var f Fact
	switch topic {
	case TopicEducation:
		f = d.Education
	case TopicDuties:
		f = d.Duties
	case TopicSkills:
		f = d.Skills
	case TopicSalary:
		f = d.Salary
	case TopicOutlook:
		f = d.Outlook
	}
	return f, !f.Text.IsZero()
}

// Topic is what a tab compares, and what its key difference is about.
type Topic int

// The topics, in the order of the tabs.
const (
	TopicEducation Topic = iota
	TopicDuties
	TopicSkills
	TopicSalary
	TopicOutlook
)

// Topics lists every topic in the order of the tabs.
func Topics() []Topic {
	return []Topic{TopicEducation, TopicDuties, TopicSkills, TopicSalary, TopicOutlook}
}

// Written returns the key differences written for the pair of careers a
// and b, in either order: the comparison's own or one of pairs. A data
// file written by the import carries no written differences of its own:
// an older import wrote computed sentences there, which the app now
// computes for every pair itself, so they are not taken as written.
func (d *Dataset) Written(a, b string) (Differences, bool) {
	same := func(p Pairing) bool { return p.Left == a && p.Right == b || p.Left == b && p.Right == a }
	if same(d.Comparison) && d.Edition.Imported == "" && !d.Comparison.Differences.IsZero() {
		return d.Comparison.Differences, true
	}
	for _, p := range d.Pairs {
		if same(p) {
			return p.Differences, true
		}
	}
	return Differences{}, false
}

// IsZero reports whether no tab has a written difference.
func (d Differences) IsZero() bool { return d == Differences{} }

// Ladder is a credential ladder: credit marks, the degree each mark ends, and
// where students of each kind start.
type Ladder struct {
	ID    string `json:"id" required:"true"`
	Title Text   `json:"title" required:"true"`
	// InComparison is false for ladders of other programs that the source
	// shows but that are not part of the comparison.
	InComparison bool `json:"in_comparison,omitempty"`
	// Unit says what the credits are, e.g. "quarter credits".
	Unit               Text    `json:"unit" required:"true"`
	UnitInterpretation Text    `json:"unit_interpretation,omitzero"`
	Source             string  `json:"source" required:"true"`
	Note               Text    `json:"note,omitzero"`
	Interpretation     Text    `json:"interpretation,omitzero"`
	Rungs              []Rung  `json:"rungs" required:"true"`
	Entries            []Entry `json:"entries" required:"true"`
}

// Rung is a credit mark on a ladder. Credits counts from the bottom of the
// ladder and strictly increases up the ladder.
type Rung struct {
	Credits float64 `json:"credits,omitempty"`
	// Label is the mark as the source prints it, e.g. "48 Credits".
	Label Text `json:"label" required:"true"`
	// Ends names the degree completed at this mark; empty for none.
	Ends           Text `json:"ends,omitzero"`
	Interpretation Text `json:"interpretation,omitzero"`
}

// Entry is a kind of student and the mark where they start.
type Entry struct {
	ID    string `json:"id" required:"true"`
	Label Text   `json:"label" required:"true"`
	// Plain names the students in plain words, where Label is the
	// source's own label (e.g. "Starting college" for "High school grads").
	Plain          Text    `json:"plain,omitzero"`
	Credits        float64 `json:"credits,omitempty"`
	Interpretation Text    `json:"interpretation,omitzero"`
}

// Career returns the career with the given id.
func (d *Dataset) Career(id string) (*Career, bool) {
	for i := range d.Careers {
		if d.Careers[i].ID == id {
			return &d.Careers[i], true
		}
	}
	return nil, false
}

// CareerIndex returns the position of the career with the given id, or -1.
// The position decides the career's colour everywhere.
func (d *Dataset) CareerIndex(id string) int {
	for i := range d.Careers {
		if d.Careers[i].ID == id {
			return i
		}
	}
	return -1
}

// Source returns the source with the given id.
func (d *Dataset) Source(id string) (*Source, bool) {
	for i := range d.Sources {
		if d.Sources[i].ID == id {
			return &d.Sources[i], true
		}
	}
	return nil, false
}

// Ladder returns the ladder with the given id.
func (d *Dataset) Ladder(id string) (*Ladder, bool) {
	for i := range d.Ladders {
		if d.Ladders[i].ID == id {
			return &d.Ladders[i], true
		}
	}
	return nil, false
}

// Pair returns the two careers compared by default.
func (d *Dataset) Pair() (left, right *Career, err error) {
	l, ok := d.Career(d.Comparison.Left)
	if !ok {
		return nil, nil, fmt.Errorf("comparison.left: no career %q", d.Comparison.Left)
	}
	r, ok := d.Career(d.Comparison.Right)
	if !ok {
		return nil, nil, fmt.Errorf("comparison.right: no career %q", d.Comparison.Right)
	}
	return l, r, nil
}

// SourceLabel is a short human label for a source id: its short name, or
// its title. Unknown ids are returned as they are.
func (d *Dataset) SourceLabel(lang Lang, id string) string {
	if s, ok := d.Source(id); ok {
		if !s.Short.IsZero() {
			return s.Short.In(lang)
		}
		return s.Title.In(lang)
	}
	return id
}

// CodeName is the career's code with its system, "SOC 29-9021" or
// "O*NET-SOC 15-1299.08"; "" when it has none.
func (c *Career) CodeName() string {
	switch {
	case c.Code == "":
		return ""
	case strings.Contains(c.Code, "."):
		return "O*NET-SOC " + c.Code
	}
	return "SOC " + c.Code
}

// Float returns a pointer to v, for building figures in code and tests.
func Float(v float64) *float64 { return &v }
