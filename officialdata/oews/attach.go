package oews

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"careercompare/model"
)

// Address is the page of BLS's OEWS tables.
const Address = "https://www.bls.gov/oes/tables.htm"

// sourcePrefix begins the id of every OEWS source this package writes.
const sourcePrefix = "bls-oews-"

// Wants are the careers of a dataset that have an occupation code, and
// their codes: imported careers, and built-in careers whose stand-in
// occupation's code the data names.
func Wants(ds *model.Dataset) []Want {
	var out []Want
	for _, c := range ds.Careers {
		if c.Code != "" {
			out = append(out, Want{Career: c.ID, Code: c.Code})
		}
	}
	return out
}

// NewSource is the source of the wages read, as Report describes them.
func NewSource(r *Report) model.Source {
	var files []string
	for _, f := range r.Files {
		name := f.Workbook
		if f.Zip != "" {
			name += " (in " + f.Zip + ")"
		}
		files = append(files, name)
	}
	var codes []string
	for _, o := range r.Occupations {
		if o.Found {
			codes = append(codes, o.Occupation)
		}
	}
	list, occs := strings.Join(files, ", "), strings.Join(codes, ", ")
	es := fmt.Sprintf("mayo de %d", r.Year)
	return model.Source{
		ID:        fmt.Sprintf("%s%d", sourcePrefix, r.Year),
		Title:     model.Text{EN: "Occupational Employment and Wage Statistics, " + r.Release, ES: "Occupational Employment and Wage Statistics, " + es},
		Short:     model.Text{EN: "BLS OEWS, " + r.Release, ES: "BLS OEWS, " + es},
		Publisher: model.Text{EN: "U.S. Bureau of Labor Statistics", ES: "U.S. Bureau of Labor Statistics"},
		Year:      model.Text{EN: r.Release + " estimates", ES: "estimaciones de " + es},
		Address:   Address,
		Note: model.Text{
			EN: fmt.Sprintf("Read by Career Compare from the downloaded tables %s (all industries and ownerships). Career Compare kept only the careers' occupations (%s): in each area their employment, its and the mean wage's relative standard errors, and the 10th, 25th, 50th, 75th and 90th percentile wages, as BLS writes them.", list, occs),
			ES: fmt.Sprintf("Leído por Career Compare de las tablas descargadas %s (todas las industrias y formas de propiedad). Career Compare conservó solo las ocupaciones de las carreras (%s): en cada área, su empleo, los errores estándar relativos del empleo y del salario medio, y los salarios de los percentiles 10, 25, 50, 75 y 90, tal como los escribe BLS.", list, occs),
		},
	}
}

// Spread says whether a career's salary figure got the 10th and 90th
// percentiles of the national wages, and why not.
type Spread struct {
	Career string
	// Set is true where the figure got them: P10 and P90.
	Set      bool
	P10, P90 float64
	// Reason says why not, or remarks on the figure (English).
	Reason string
}

// String says it in one line of English.
func (s Spread) String() string {
	if s.Set {
		line := fmt.Sprintf("career %s: salary spread $%s–$%s from the national table", s.Career, grouped(s.P10), grouped(s.P90))
		if s.Reason != "" {
			line += " (" + s.Reason + ")"
		}
		return line
	}
	return fmt.Sprintf("career %s: salary left without a spread: %s", s.Career, s.Reason)
}

// Attach puts the wages into the dataset with their source src (see
// NewSource), replacing wages and an OEWS source attached before, and
// gives every career with an occupation code whose salary figure has no
// spread the 10th and 90th percentiles of the nation's row, where the
// figure is of the release's year. It sets w.Source. On an error ds is
// left as it was.
func Attach(ds *model.Dataset, w *model.Wages, src model.Source) ([]Spread, error) {
	switch {
	case w == nil || len(w.Careers) == 0:
		return nil, fmt.Errorf("no wages to attach")
	case src.ID == "":
		return nil, fmt.Errorf("the wages' source has no id")
	}
	for _, wc := range w.Careers {
		if _, ok := ds.Career(wc.Career); !ok {
			return nil, fmt.Errorf("the wages are of career %s, which the data has not", wc.Career)
		}
	}
	year := yearIn(w.Release.EN)
	var spreads []Spread
	for _, c := range ds.Careers {
		if c.Code != "" && c.Salary.Spread == nil {
			spreads = append(spreads, spreadOf(&c, w, year))
		}
	}
	old := ""
	if ds.Wages != nil && strings.HasPrefix(ds.Wages.Source, sourcePrefix) {
		old = ds.Wages.Source
	}
	sources := make([]model.Source, 0, len(ds.Sources)+1)
	for _, s := range ds.Sources {
		if s.ID != src.ID && s.ID != old {
			sources = append(sources, s)
		}
	}
	ds.Sources = append(sources, src)
	w.Source = src.ID
	ds.Wages = w
	for _, s := range spreads {
		if s.Set {
			c, _ := ds.Career(s.Career)
			c.Salary.Spread = &model.Spread{P10: s.P10, P90: s.P90, Unit: model.UnitUSD}
			c.Salary.Note = withSpreadNote(c.Salary.Note, w.Release)
		}
	}
	return spreads, nil
}

// spreadOf is the spread a career's salary figure gets from the nation's
// row of its occupation, or why it gets none.
func spreadOf(c *model.Career, w *model.Wages, year int) Spread {
	s := Spread{Career: c.ID}
	no := func(format string, args ...any) Spread { s.Reason = fmt.Sprintf(format, args...); return s }
	nation, ok := w.Nation()
	if !ok {
		return no("the tables read have no national row (the national table, e.g. national_M%d_dl.xlsx)", year)
	}
	pay, ok := w.Pay(nation, c.ID)
	switch {
	case !ok:
		return no("no OEWS occupation %s in the tables read", c.Code)
	case !pay.Found:
		return no("the national table has no row of %s", pay.Career.Occupation)
	case pay.Career.Hourly:
		return no("BLS publishes the wages of %s by the hour only; the salary figure is a year's", pay.Career.Occupation)
	case c.Salary.Value == nil:
		return no("the salary figure has no value")
	}
	fy := yearIn(c.Salary.Period.EN)
	if fy == 0 {
		return no("the salary figure does not say its year")
	}
	if fy != year {
		return no("the salary figure is of %d, the OEWS wages of %s: not the same year", fy, w.Release.EN)
	}
	p10, p90, median, v := pay.Values[model.PayP10], pay.Values[model.PayP90], pay.Values[model.PayMedian], *c.Salary.Value
	switch {
	case !p10.Known || p10.AtLeast || !p90.Known || p90.AtLeast:
		return no("the national row gives the 10th and 90th percentiles as %s and %s, not as numbers", orNumber(p10), orNumber(p90))
	case !(p10.N <= v && v <= p90.N):
		return no("the salary figure $%s is outside the national 10th–90th percentiles $%s–$%s", grouped(v), grouped(p10.N), grouped(p90.N))
	}
	s.Set, s.P10, s.P90 = true, p10.N, p90.N
	if median.Known && !median.AtLeast && median.N != v {
		s.Reason = fmt.Sprintf("OEWS's national median is $%s, the figure's $%s", grouped(median.N), grouped(v))
	}
	return s
}

// orNumber is a value as BLS wrote it.
func orNumber(v model.Value) string {
	if v.Marker != "" {
		return strconv.Quote(v.Marker)
	}
	return grouped(v.N)
}

// withSpreadNote is a figure's note with the source of its spread said.
func withSpreadNote(note model.Text, release model.Text) model.Text {
	en := fmt.Sprintf("10th and 90th percentiles: BLS OEWS, %s, national.", release.EN)
	es := fmt.Sprintf("Percentiles 10 y 90: OEWS de BLS, %s, nacional.", release.In(model.Spanish))
	join := func(a, b string) string {
		if a == "" {
			return b
		}
		return a + " " + b
	}
	out := model.Text{EN: join(note.EN, en)}
	if note.ES != "" || note.EN == "" {
		out.ES = join(note.ES, es)
	}
	return out
}

// yearIn is the last year named in a text ("May 2024"), 0 where none.
func yearIn(s string) int {
	all := regexp.MustCompile(`\b(?:19|20)\d\d\b`).FindAllString(s, -1)
	if len(all) == 0 {
		return 0
	}
	y, _ := strconv.Atoi(all[len(all)-1])
	return y
}
