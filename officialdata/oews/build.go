package oews

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"careercompare/model"
)

// build makes the wages of the careers wanted from the rows kept, in the
// order of want; a career whose occupation no table has is left out and
// reported as not found.
func (c *collector) build(want []Want, places []*area) (*model.Wages, []Occupation, error) {
	present := map[string]bool{}
	for k := range c.found {
		present[k.occ] = true
	}
	w := &model.Wages{}
	var occs []Occupation
	for _, wt := range want {
		soc, _ := socOf(wt.Code)
		o := Occupation{Career: wt.Career, Code: wt.Code, Occupation: soc}
		if soc != wt.Code && wt.Code != soc+".00" {
			o.Notes = append(o.Notes, fmt.Sprintf("OEWS publishes SOC occupations: the wages are those of SOC %s, which %s is part of", soc, wt.Code))
		}
		if !present[soc] {
			b := broadOf(soc)
			if b == "" || !present[b] {
				occs = append(occs, o)
				continue
			}
			o.Occupation = b
			o.Notes = append(o.Notes, fmt.Sprintf("the tables have no row of %s: the wages are those of its broad occupation %s", soc, b))
		}
		wc, err := c.career(&o, places)
		if err != nil {
			return nil, nil, err
		}
		o.Found = true
		w.Careers = append(w.Careers, wc)
		occs = append(occs, o)
	}
	if len(w.Careers) == 0 {
		return nil, nil, fmt.Errorf("none of the careers' occupations (%s) is in the OEWS tables read", codeList(want))
	}
	for _, a := range places {
		p := model.Place{Area: a.code, Name: a.name, Kind: a.kind, Pay: []string{}}
		if a.kind == model.PlaceState || a.kind == model.PlaceTerritory {
			p.State = a.state // other areas' names say their states
		}
		for i, wc := range w.Careers {
			k := c.found[rowKey{a.code, wc.Occupation}]
			if k == nil {
				continue
			}
			for len(p.Pay) < i {
				p.Pay = append(p.Pay, "")
			}
			p.Pay = append(p.Pay, strings.Join(c.payRow(k, wc.Hourly), " "))
		}
		w.Places = append(w.Places, p)
	}
	// The counts, from the rows as the data file has them.
	for i := range occs {
		if occs[i].Found {
			occs[i].count(w)
		}
	}
	return w, occs, nil
}

// career is the wage career of an occupation found: its title (the
// nation's row's, or the first area's), whether BLS publishes its wages
// hourly or annually only, and the group of its rows.
func (c *collector) career(o *Occupation, places []*area) (model.WageCareer, error) {
	wc := model.WageCareer{Career: o.Career, Occupation: o.Occupation}
	var hourly, annual *row
	detailed := false
	for _, a := range places {
		k := c.found[rowKey{a.code, o.Occupation}]
		if k == nil {
			continue
		}
		if wc.Title == "" {
			wc.Title, o.Group = k.title, k.group
		}
		detailed = detailed || k.group == "detailed"
		if k.hourly && hourly == nil {
			hourly = k
		}
		if k.annual && annual == nil {
			annual = k
		}
	}
	if wc.Title == "" {
		wc.Title = o.Occupation
	}
	o.Title = wc.Title
	if hourly != nil && annual != nil {
		return wc, fmt.Errorf("the occupation %s is hourly only (HOURLY) in %s, row %d, and annual only (ANNUAL) in %s, row %d; an OEWS release publishes an occupation one way", o.Occupation, hourly.file, hourly.n, annual.file, annual.n)
	}
	wc.Hourly, wc.Annual = hourly != nil, annual != nil
	if !detailed {
		group := o.Group
		if group == "" {
			group = "not named"
		}
		o.Notes = append(o.Notes, fmt.Sprintf("the tables publish %s only as a group of occupations (O_GROUP %s), not as a detailed occupation: its wages are the group's", o.Occupation, group))
	}
	return wc, nil
}

// payRow is a row as the data file keeps it (model.WageColumns): the
// employment and the annual percentiles, or the hourly ones where BLS
// publishes hourly wages only, then model.RoughJobs where BLS's relative
// standard error of the employment is over model.RoughRSE and
// model.RoughPay where that of the mean wage is. A blank cell ("not applicable") is kept as BLS's marker
// of an estimate not available, ** for employment and * for a wage.
func (c *collector) payRow(k *row, hourly bool) []string {
	from := colAPct10
	if hourly {
		from = colHPct10
	}
	cols := []int{colTotEmp, from, from + 1, from + 2, from + 3, from + 4}
	out := make([]string, len(cols))
	for i, col := range cols {
		v := k.values[col-colTotEmp]
		if v == "" {
			c.blanks++
			v = "*"
			if col == colTotEmp {
				v = "**"
			}
		}
		out[i] = v
	}
	for col, word := range map[int]string{colEmpPRSE: model.RoughJobs, colMeanPRSE: model.RoughPay} {
		if rse, err := strconv.ParseFloat(k.values[col-colTotEmp], 64); err == nil && rse > model.RoughRSE {
			out = append(out, word)
		}
	}
	slices.Sort(out[len(cols):]) // the same order every time: rough-jobs, rough-pay
	return out
}

// count counts the areas with figures of the occupation, its markers and
// its rough estimates.
func (o *Occupation) count(w *model.Wages) {
	for i := range w.Places {
		pay, _ := w.Pay(&w.Places[i], o.Career)
		if !pay.Found {
			continue
		}
		o.Areas++
		v := pay.Values
		if v[model.PayMedian].Marker == "*" {
			o.NoWage++
		}
		if v[model.PayEmployment].Marker == "**" {
			o.NoEmployment++
		}
		for _, j := range []int{model.PayP10, model.PayP25, model.PayMedian, model.PayP75, model.PayP90} {
			if v[j].Marker == "#" {
				o.TopCoded++
				break
			}
		}
		if pay.RoughJobs || pay.RoughPay {
			o.Rough++
		}
	}
}

// codeList lists the codes wanted, for a message.
func codeList(want []Want) string {
	s := ""
	for i, w := range want {
		if i > 0 {
			s += ", "
		}
		if i == 10 {
			return s + "…"
		}
		s += w.Code
	}
	return s
}
