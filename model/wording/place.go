package wording

import (
	"careercompare/internal/catalog"
	"careercompare/model"
)

// PlaceMedian says a career's median pay in a place as BLS publishes it:
// its value in dollars a year (v, with ok), or, without one, why: BLS
// gives no estimate there, no row of the occupation, only a top code it
// does not name, or only an hourly wage (said in dollars an hour).
// topCoded is true for a value that is BLS's top code: that much or more.
func PlaceMedian(lang model.Lang, pay model.PlacePay) (v float64, text string, topCoded, ok bool) {
	m := pay.Values[model.PayMedian]
	switch {
	case !pay.Found:
		return 0, catalog.T(lang, "place.noRow"), false, false
	case m.Marker == "*" || (!m.Known && !m.AtLeast):
		return 0, catalog.T(lang, "place.noEstimate"), false, false
	case m.AtLeast && !m.Known:
		return 0, catalog.T(lang, "place.topCodeUnknown"), false, false
	case pay.Unit() == model.UnitUSDHour:
		id := "place.hourly"
		if m.AtLeast {
			id = "place.hourlyOrMore"
		}
		return 0, catalog.T(lang, id, catalog.Args{"Value": FormatValue(m.N, model.UnitUSDHour)}), false, false
	case m.AtLeast:
		return m.N, catalog.T(lang, "figure.orMore", catalog.Args{"Value": FormatValue(m.N, model.UnitUSD)}), true, true
	}
	return m.N, FormatValue(m.N, model.UnitUSD), false, true
}

// PlaceSpread is a career's 10th and 90th percentile pay in a place, where
// BLS publishes both as numbers in dollars a year.
func PlaceSpread(pay model.PlacePay) (p10, p90 float64, ok bool) {
	a, b := pay.Values[model.PayP10], pay.Values[model.PayP90]
	if !pay.Found || pay.Unit() != model.UnitUSD || !a.Known || !b.Known || a.AtLeast || b.AtLeast {
		return 0, 0, false
	}
	return a.N, b.N, true
}

// PlaceSpreadGap says why a career's pay range in a place, whose median
// BLS estimates, is not drawn: capped when BLS publishes an end of it only
// as "#", at or above the top of its survey's range; absent when BLS
// publishes no estimate of an end ("*"). Both are false where the range
// is drawn, or where there is no median to draw it beside.
func PlaceSpreadGap(pay model.PlacePay) (capped, absent bool) {
	a, b, m := pay.Values[model.PayP10], pay.Values[model.PayP90], pay.Values[model.PayMedian]
	if !pay.Found || pay.Unit() != model.UnitUSD || !m.Known {
		return false, false
	}
	return a.AtLeast || b.AtLeast, !a.Known || !b.Known
}

// PlaceSpreadText says a career's pay range in a place for its figure
// cell: "The middle 80% of workers earned $42,910–$109,420.", or why BLS's
// tables give no range; "" where there is no median either.
func PlaceSpreadText(lang model.Lang, pay model.PlacePay) string {
	if p10, p90, ok := PlaceSpread(pay); ok {
		return catalog.T(lang, "figure.spread", catalog.Args{"Low": FormatValue(p10, model.UnitUSD), "High": FormatValue(p90, model.UnitUSD)})
	}
	switch capped, absent := PlaceSpreadGap(pay); {
	case capped:
		return catalog.T(lang, "place.spreadCapped")
	case absent:
		return catalog.T(lang, "place.spreadAbsent")
	}
	return ""
}

// PlaceJobs says how many jobs of a career's occupation BLS counts in a
// place: "1,090 jobs", "no employment estimate", with "(rough estimate)"
// where BLS's standard error of the employment is high.
func PlaceJobs(lang model.Lang, pay model.PlacePay) string {
	e := pay.Values[model.PayEmployment]
	s := catalog.T(lang, "place.noEmployment")
	if e.Known {
		s = catalog.N(lang, "place.jobs", int(e.N), catalog.Args{"Jobs": FormatValue(e.N, model.UnitJobs)})
	}
	if pay.RoughJobs {
		s += " " + catalog.T(lang, "place.rough")
	}
	return s
}

// PlaceName names a place with its kind where the name does not say it:
// "Minnesota (state)", "Minneapolis-St. Paul-Bloomington, MN-WI (metro
// area)"; a nonmetropolitan area's name says it is one.
func PlaceName(lang model.Lang, p *model.Place) string {
	switch p.Kind {
	case model.PlaceState:
		return catalog.T(lang, "place.state", catalog.Args{"Name": p.Name})
	case model.PlaceTerritory:
		return catalog.T(lang, "place.territory", catalog.Args{"Name": p.Name})
	case model.PlaceMetro:
		return catalog.T(lang, "place.metro", catalog.Args{"Name": p.Name})
	}
	return p.Name
}

// placeSentence says the two careers' median pay in the comparison's
// place, with the wages' release.
func (k *keyDiff) placeSentence() {
	c := k.c
	if c.Place == nil || c.Data.Wages == nil {
		return
	}
	args := k.pair()
	for i, x := range c.Careers() {
		text := catalog.T(k.lang, "place.notInTablesShort")
		if pay, ok := c.PlacePay(x); ok {
			_, text, _, _ = PlaceMedian(k.lang, pay)
		}
		args[[]string{"LeftValue", "RightValue"}[i]] = text
	}
	args["Place"], args["Release"] = c.Place.Name, k.text(c.Data.Wages.Release)
	k.cite(c.Data.Wages.Source)
	k.say("keydiff.place", args)
	// The nation's figures may be of another year than the place's: a
	// family would read the gap as the place's.
	if p := c.Left.Salary.Period; !p.IsZero() && p.EN != c.Data.Wages.Release.EN {
		k.say("keydiff.placeYears", catalog.Args{"Period": k.text(p), "Release": k.text(c.Data.Wages.Release)})
	}
}
