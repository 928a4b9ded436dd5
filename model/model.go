// Package model holds the domain of Career Compare: careers, facts with
// their sources, salary and growth figures, credit ladders, the pathway
// arithmetic, and the strict loader for data files. It imports nothing of
// Fyne or go-chart.
package model

import "fmt"

// Dataset is one edition of the comparison data, as loaded from a data file.
type Dataset struct {
	Schema     int        `data:"schema,required"`
	Edition    Edition    `data:"edition,required"`
	Sources    []Source   `data:"sources,required"`
	Careers    []Career   `data:"careers,required"`
	Reference  *Reference `data:"reference"`
	Comparison Pairing    `data:"comparison,required"`
	// SalaryNotes apply to every career's salary (e.g. "earning potential
	// depends on education and experience").
	SalaryNotes []Fact `data:"salary_notes"`
	// SalaryFootnote is printed under every salary chart.
	SalaryFootnote *Fact `data:"salary_footnote"`
	// OutlookNotes apply to every career's outlook.
	OutlookNotes []Fact   `data:"outlook_notes"`
	Ladders      []Ladder `data:"ladders"`
	Closing      []Fact   `data:"closing"`
}

// Edition says where the figures of a dataset come from and how old they are.
type Edition struct {
	ID   string `data:"id,required"`
	Name string `data:"name,required"`
	// Period is the span the figures describe, e.g. "2012–2022".
	Period string `data:"period,required"`
	// Banner is the one-line description shown above the tabs.
	Banner string `data:"banner,required"`
	// Caveat is printed on every chart of this edition (e.g. a change of
	// occupation codes); empty when there is none.
	Caveat string `data:"caveat"`
	// Year is the year the figures refer to, used to say how old they are.
	Year int `data:"year"`
}

// Source is a publication that a fact or figure comes from.
type Source struct {
	ID    string `data:"id,required"`
	Title string `data:"title,required"`
	// Short is a short name for charts, e.g. "BLS, as named by the article".
	Short     string `data:"short"`
	Publisher string `data:"publisher"`
	Year      string `data:"year"`
	Address   string `data:"address"`
	Note      string `data:"note"`
}

// Fact is one statement with the id of its source. Interpretation, when set,
// says how the app read something the source leaves open.
type Fact struct {
	Text           string `data:"text,required"`
	Source         string `data:"source,required"`
	Interpretation string `data:"interpretation"`
}

// Unit names what a figure's value counts.
const (
	UnitUSD     = "usd"
	UnitPercent = "percent"
)

// Figure is one number with what it measures and where it comes from. A nil
// Value means the data has no such figure: it is drawn as "no data", never as
// zero.
type Figure struct {
	Value *float64 `data:"value"`
	// Unit is UnitUSD or UnitPercent.
	Unit string `data:"unit,required"`
	// Measure says what the value is, e.g. "median annual salary".
	Measure string `data:"measure,required"`
	// Period is when the value was measured or what span it projects.
	Period string `data:"period"`
	// Source is the id of the source as the data's publication gives it.
	Source string `data:"source,required"`
	// Edition names the edition of the source where it is known, possibly
	// from elsewhere than the publication itself.
	Edition string `data:"edition"`
	Note    string `data:"note"`
}

// Has reports whether the figure has a value.
func (f Figure) Has() bool { return f.Value != nil }

// Career is one of the compared careers.
type Career struct {
	ID   string `data:"id,required"`
	Name string `data:"name,required"`
	// Short is an abbreviation for narrow places, e.g. "HIM".
	Short string `data:"short,required"`
	// Occupation is the official occupation that stands in for the career
	// in this edition's figures; empty when the data names none.
	Occupation string `data:"occupation"`
	// Ladder is the id of the credit ladder for this career, if any.
	Ladder        string `data:"ladder"`
	Education     []Fact `data:"education"`
	Certification []Fact `data:"certification"`
	Duties        []Fact `data:"duties"`
	Workplaces    []Fact `data:"workplaces"`
	Skills        []Fact `data:"skills"`
	Salary        Figure `data:"salary,required"`
	SalaryNotes   []Fact `data:"salary_notes"`
	Growth        Figure `data:"growth,required"`
	OutlookNotes  []Fact `data:"outlook_notes"`
}

// Reference holds the all-occupations figures the careers are compared with.
type Reference struct {
	Name   string `data:"name,required"`
	Salary Figure `data:"salary,required"`
	Growth Figure `data:"growth,required"`
}

// Pairing names the default pair and the key difference on each tab.
type Pairing struct {
	Left        string      `data:"left,required"`
	Right       string      `data:"right,required"`
	Differences Differences `data:"differences,required"`
}

// Differences holds one sentence per tab that names the key difference.
type Differences struct {
	Education Fact `data:"education,required"`
	Duties    Fact `data:"duties,required"`
	Skills    Fact `data:"skills,required"`
	Salary    Fact `data:"salary,required"`
	Outlook   Fact `data:"outlook,required"`
}

// Ladder is a credential ladder: credit marks, the degree each mark ends, and
// where students of each kind start.
type Ladder struct {
	ID    string `data:"id,required"`
	Title string `data:"title,required"`
	// InComparison is false for ladders of other programs that the source
	// shows but that are not part of the comparison.
	InComparison bool `data:"in_comparison"`
	// Unit says what the credits are, e.g. "quarter credits".
	Unit               string  `data:"unit,required"`
	UnitInterpretation string  `data:"unit_interpretation"`
	Source             string  `data:"source,required"`
	Note               string  `data:"note"`
	Interpretation     string  `data:"interpretation"`
	Rungs              []Rung  `data:"rungs,required"`
	Entries            []Entry `data:"entries,required"`
}

// Rung is a credit mark on a ladder. Credits counts from the bottom of the
// ladder and strictly increases up the ladder.
type Rung struct {
	Credits float64 `data:"credits"`
	// Label is the mark as the source prints it, e.g. "48 Credits".
	Label string `data:"label,required"`
	// Ends names the degree completed at this mark; empty for none.
	Ends           string `data:"ends"`
	Interpretation string `data:"interpretation"`
}

// Entry is a kind of student and the mark where they start.
type Entry struct {
	ID             string  `data:"id,required"`
	Label          string  `data:"label,required"`
	Credits        float64 `data:"credits"`
	Interpretation string  `data:"interpretation"`
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
func (d *Dataset) SourceLabel(id string) string {
	if s, ok := d.Source(id); ok {
		if s.Short != "" {
			return s.Short
		}
		return s.Title
	}
	return id
}

// Float returns a pointer to v, for building figures in code and tests.
func Float(v float64) *float64 { return &v }
