package officialdata

import (
	"context"
	"fmt"
	"strings"

	"careercompare/model"
)

// How much of O*NET an imported career shows.
const (
	// MaxDuties is how many of an occupation's core tasks are kept, the
	// most relevant first.
	MaxDuties = 6
	// MaxSkills is how many of its skills are kept, the most important
	// first.
	MaxSkills = 6
	// maxLevels is how many education levels are named at most.
	maxLevels = 3
	// taskLength and descriptionLength bound a task and a description,
	// in characters; a longer one is shortened.
	taskLength, descriptionLength = 300, 450
)

// The ids of the imported data's sources.
const (
	SourceONet = "onet"
	SourceBLS  = "bls-ep"
)

// Addresses of the downloads.
const (
	ONetAddress    = "https://www.onetcenter.org/database.html"
	BLSAddress     = "https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm"
	licenceAddress = "https://creativecommons.org/licenses/by/4.0/"
	onetPublisher  = "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)"
)

// builder makes the dataset of the chosen occupations.
type builder struct {
	d          *Downloads
	details    map[string]*onetDetails
	categories map[int]string
	zones      map[int]string
	blsEdition string
	// topTask and topSkill are each career's most relevant core task and
	// most important skill, by its id, for the comparison.
	topTask, topSkill map[string]string
}

// Build makes the dataset of the occupations codes (as ParseCodes reads
// them), in their order; the first two are compared by default. An
// occupation that one download lacks gets what the other has and "no
// data" for the rest. It reads the O*NET files other than the titles for
// these occupations only.
func (d *Downloads) Build(ctx context.Context, codes []string) (*model.Dataset, *Report, error) {
	if n := len(codes); n < model.MinCareers || n > model.MaxCareers {
		return nil, nil, fmt.Errorf("choose %d to %d occupations, not %d", model.MinCareers, model.MaxCareers, n)
	}
	b := &builder{d: d, blsEdition: "BLS Employment Projections " + d.BLS.Period(), topTask: map[string]string{}, topSkill: map[string]string{}}
	report := &Report{
		ONet: d.ONet.Name(), ONetDir: d.ONet.Dir, ONetOccupations: d.ONet.Occupations(), ReleaseFrom: d.ONet.ReleaseFrom,
		BLS: b.blsEdition, BLSFile: d.BLS.File, BLSSheet: d.BLS.Sheet, BLSOccupations: d.BLS.Occupations(), WageYear: d.BLS.WageYear,
		Reference: d.BLS.total != nil,
	}
	onetCodes := make([]string, len(codes))
	seen := map[string]bool{}
	for i, c := range codes {
		onetCodes[i] = onetCode(c)
		_, inONet := d.ONet.occupation(onetCodes[i])
		_, inBLS := d.BLS.occupation(c)
		if !inONet && !inBLS {
			return nil, nil, fmt.Errorf("the occupation %s is in neither download (%s, %s)", c, d.ONet.Name(), b.blsEdition)
		}
		if seen[c] {
			return nil, nil, fmt.Errorf("the occupation %s is chosen twice", c)
		}
		seen[c] = true
	}
	var err error
	if b.details, b.categories, b.zones, err = d.ONet.details(ctx, onetCodes); err != nil {
		return nil, nil, err
	}
	ds := b.dataset()
	shorts := map[string]int{}
	for i, c := range codes {
		k, m, err := b.career(c, onetCodes[i])
		if err != nil {
			return nil, nil, err
		}
		if shorts[k.Short.EN]++; shorts[k.Short.EN] > 1 {
			k.Short = model.Say(k.Short.EN + " " + c)
		}
		ds.Careers = append(ds.Careers, k)
		report.Matches = append(report.Matches, m)
	}
	if t := d.BLS.total; t != nil {
		ref := &model.Reference{Name: model.Say(orDefault(t.title, "Total, all occupations"))}
		if ref.Salary, err = b.salary(t); err == nil {
			ref.Growth, err = b.growth(t)
		}
		if err != nil {
			return nil, nil, err
		}
		ds.Reference = ref
	}
	ds.Comparison = b.comparison(ds)
	return ds, report, nil
}

// onetCode is the O*NET-SOC code of a code: a SOC code is its .00
// occupation.
func onetCode(code string) string {
	if len(code) == len("29-9021") {
		return code + ".00"
	}
	return code
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// dataset is the imported data without careers: its edition and sources.
func (b *builder) dataset() *model.Dataset {
	o, bl := b.d.ONet, b.d.BLS
	onetShort := o.Name() + ", USDOL/ETA, CC BY 4.0"
	idRelease := strings.ReplaceAll(o.Release, ".", "-")
	if idRelease != "" {
		idRelease += "-"
	}
	id := fmt.Sprintf("import-onet-%sbls-%d-%02d", idRelease, bl.BaseYear, bl.ProjectedYear%100)
	name := fmt.Sprintf("O*NET %s and BLS %s (imported)", o.Release, bl.Period())
	if o.Release == "" {
		name = fmt.Sprintf("O*NET and BLS %s (imported)", bl.Period())
	}
	year := "release " + o.Release
	switch {
	case o.Month != "":
		year = o.Month + " release"
	case o.Release == "":
		year = "release not named in the download"
	}
	thousands := ""
	if bl.Thousands {
		thousands = " Employment and openings are given there in thousands."
	}
	sheetTitle := ""
	if bl.Title != "" {
		sheetTitle = " (" + shorten(bl.Title, 200) + ")"
	}
	return &model.Dataset{
		Schema: model.SchemaVersion,
		Edition: model.Edition{
			ID:     id,
			Name:   model.Say(name),
			Period: model.Say(fmt.Sprintf("%d–%d", bl.BaseYear, bl.ProjectedYear)),
			Banner: model.Say(fmt.Sprintf("Imported from the official downloads: the %s (USDOL/ETA, CC BY 4.0) for duties, skills and education; BLS Employment Projections %s for jobs, growth and median wages of May %d",
				o.Name(), bl.Period(), bl.WageYear)),
			Caveat:    model.Say("Imported from the official O*NET and BLS downloads; texts selected and shortened by Career Compare."),
			Year:      bl.WageYear,
			NoneNamed: model.Say("None in the O*NET and BLS downloads."),
			Imported:  fmt.Sprintf("%s and BLS Employment Projections %s", o.Name(), bl.Period()),
		},
		Sources: []model.Source{
			{
				ID:        SourceONet,
				Title:     model.Say(o.Name()),
				Short:     model.Say(onetShort),
				Publisher: model.Say(onetPublisher),
				Year:      model.Say(year),
				Address:   ONetAddress,
				Note: model.Say(fmt.Sprintf("This data file includes information from the %s by the %s. Used under the CC BY 4.0 license (%s). O*NET® is a trademark of USDOL/ETA. "+
					"Career Compare has modified all or some of this information: it selected each occupation's %d most relevant core tasks, its %d skills of highest importance with their level, "+
					"the education levels most respondents report and its job zone, and shortened long texts. USDOL/ETA has not approved, endorsed, or tested these modifications.",
					o.Name(), onetPublisher, licenceAddress, MaxDuties, MaxSkills)),
			},
			{
				ID:        SourceBLS,
				Title:     model.Say(fmt.Sprintf("Employment Projections %s: occupational projections and worker characteristics (occupation.xlsx, %s)", bl.Period(), bl.Sheet)),
				Short:     model.Say(fmt.Sprintf("BLS Employment Projections %s (occupation.xlsx, %s)", bl.Period(), bl.Sheet)),
				Publisher: model.Say("U.S. Bureau of Labor Statistics"),
				Year:      model.Say(fmt.Sprintf("%s projections; median wages of May %d", bl.Period(), bl.WageYear)),
				Address:   BLSAddress,
				Note:      model.Say(fmt.Sprintf("Read by Career Compare from the downloaded workbook, sheet “%s”%s.%s", bl.Sheet, sheetTitle, thousands)),
			},
		},
	}
}

// career makes the career of a code, and says where its facts come from.
func (b *builder) career(code, onet string) (model.Career, Match, error) {
	oc, inONet := b.d.ONet.occupation(onet)
	row, inBLS := b.d.BLS.occupation(code)
	title := oc.title
	if !inONet {
		title = row.title
	}
	title = orDefault(shorten(title, 200), code)
	kind := "SOC"
	id := "soc-" + code
	if onet != code+".00" {
		kind, id = "O*NET-SOC", "onet-"+strings.ReplaceAll(code, ".", "-")
	}
	k := model.Career{
		ID:         id,
		Name:       model.Say(title),
		Short:      model.Say(abbreviation(title)),
		Occupation: model.Say(fmt.Sprintf("%s (%s %s)", title, kind, code)),
		Code:       code,
	}
	noONet := model.Fact{Text: model.Say(fmt.Sprintf("No data: the %s has no occupation %s.", b.d.ONet.Name(), onet)), Source: SourceONet}
	if inBLS {
		k.Education = append(k.Education, b.entryEducation(row))
	} else {
		k.Education = append(k.Education, b.noBLS(code))
	}
	if d := b.details[onet]; inONet && d != nil {
		k.Education = append(k.Education, b.onetEducation(d)...)
		k.Duties, b.topTask[k.ID] = b.duties(oc, d)
		k.Skills, b.topSkill[k.ID] = skills(d)
	} else {
		k.Education = append(k.Education, noONet)
		k.Duties, k.Skills = []model.Fact{noONet}, []model.Fact{noONet}
	}
	var err error
	if inBLS {
		if k.Salary, err = b.salary(row); err != nil {
			return k, Match{}, err
		}
		if k.Growth, err = b.growth(row); err != nil {
			return k, Match{}, err
		}
		k.OutlookNotes = b.outlook(row)
	} else {
		note := model.Say(fmt.Sprintf("No data: the BLS table (%s, %s) has no row for %s.", "occupation.xlsx", b.d.BLS.Sheet, code))
		k.Salary = model.Figure{Unit: model.UnitUSD, Measure: model.Say("median annual wage"), Period: b.wagePeriod(), Source: SourceBLS, Edition: model.Say(b.blsEdition), Note: note}
		k.Growth = model.Figure{Unit: model.UnitPercent, Measure: b.growthMeasure(), Period: b.growthPeriod(), Source: SourceBLS, Edition: model.Say(b.blsEdition), Note: note}
		k.OutlookNotes = []model.Fact{b.noBLS(code)}
	}
	return k, Match{Code: code, Title: title, InONet: inONet, InBLS: inBLS}, nil
}

func (b *builder) noBLS(code string) model.Fact {
	return model.Fact{Text: model.Say(fmt.Sprintf("No data: the BLS table has no row for %s.", code)), Source: SourceBLS}
}

func (b *builder) wagePeriod() model.Text { return model.Say(fmt.Sprintf("May %d", b.d.BLS.WageYear)) }

func (b *builder) growthPeriod() model.Text {
	return model.Say(fmt.Sprintf("%d–%d", b.d.BLS.BaseYear, b.d.BLS.ProjectedYear))
}

func (b *builder) growthMeasure() model.Text {
	return model.Say("percent job growth " + b.d.BLS.Period())
}

// cellError is a problem of a value of the table.
func (b *builder) cellError(row *blsRow, col, format string, args ...any) error {
	r := &tableReader{b: b.d.BLS}
	return r.cellError(b.d.BLS.colIndex[col], row.row, format, args...)
}

// salary is a row's median annual wage.
func (b *builder) salary(row *blsRow) (model.Figure, error) {
	f := model.Figure{Unit: model.UnitUSD, Measure: model.Say("median annual wage"), Period: b.wagePeriod(), Source: SourceBLS, Edition: model.Say(b.blsEdition)}
	v := row.values[colWage]
	switch {
	case v == nil && row.raw[colWage] != "":
		f.Note = model.Say(fmt.Sprintf("The table gives no median wage as a number, but “%s”.", shorten(row.raw[colWage], 60)))
	case v == nil:
		f.Note = model.Say("The table gives no median wage for this occupation.")
	case *v < 0 || *v > model.MaxSalary:
		return f, b.cellError(row, colWage, "the median wage %s is outside the data file's range, 0 … %s", grouped(*v), grouped(model.MaxSalary))
	default:
		f.Value = v
	}
	return f, nil
}

// growth is a row's projected percent change of employment.
func (b *builder) growth(row *blsRow) (model.Figure, error) {
	f := model.Figure{Unit: model.UnitPercent, Measure: b.growthMeasure(), Period: b.growthPeriod(), Source: SourceBLS, Edition: model.Say(b.blsEdition)}
	switch v := row.values[colPercent]; {
	case v == nil:
		f.Note = model.Say("The table gives no percent change for this occupation.")
	case *v < model.MinGrowth || *v > model.MaxGrowth:
		return f, b.cellError(row, colPercent, "the percent change %g is outside the data file's range, %d … %d", *v, model.MinGrowth, model.MaxGrowth)
	default:
		f.Value = v
	}
	return f, nil
}
