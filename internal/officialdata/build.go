package officialdata

import (
	"context"
	"fmt"
	"strings"

	"careercompare/model"
)

// How much of O*NET an imported career shows.
const (
	// MaxDuties is how many of an occupation's tasks are kept: its core
	// tasks, the most relevant first where O*NET rates them.
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
	d       *Downloads
	details map[string]*onetDetails
	names   onetNames
	// blsEdition names the BLS edition, e.g. "BLS Employment Projections
	// 2024–34"; edition is how a figure names it, "2024–34 edition".
	blsEdition, edition string
}

// choice is a chosen occupation and where its facts are found.
type choice struct {
	// code is the code as chosen, onet its O*NET-SOC code.
	code, onet string
	oc         onetOccupation
	inONet     bool
	// bls is the row of the BLS table whose figures it gets; inBLS says
	// that there is one.
	bls   blsMatch
	inBLS bool
}

// Build makes the dataset of the occupations codes (as ParseCodes reads
// them), in their order; the first two are compared by default, and the
// app computes the key differences of every pair. An occupation that one
// download lacks gets what the other has and "no data" for the rest. It
// reads the O*NET files other than the titles for these occupations only.
func (d *Downloads) Build(ctx context.Context, codes []string) (*model.Dataset, *Report, error) {
	if n := len(codes); n < model.MinCareers || n > model.MaxCareers {
		return nil, nil, fmt.Errorf("choose %d to %d occupations, not %d", model.MinCareers, model.MaxCareers, n)
	}
	b := &builder{d: d, blsEdition: "BLS Employment Projections " + d.BLS.Period(), edition: d.BLS.Period() + " edition"}
	chosen, err := b.choose(codes)
	if err != nil {
		return nil, nil, err
	}
	onetCodes := make([]string, len(chosen))
	for i, c := range chosen {
		onetCodes[i] = c.onet
	}
	if b.details, b.names, err = d.ONet.details(ctx, onetCodes); err != nil {
		return nil, nil, err
	}
	ds, report := b.dataset(), b.report()
	shorts := map[string]int{}
	for _, c := range chosen {
		k, m, err := b.career(c)
		if err != nil {
			return nil, nil, err
		}
		if shorts[k.Short.EN]++; shorts[k.Short.EN] > 1 {
			k.Short = model.Say(k.Short.EN + " " + c.code)
		}
		ds.Careers = append(ds.Careers, k)
		report.Matches = append(report.Matches, m)
	}
	if ds.Reference, err = b.reference(); err != nil {
		return nil, nil, err
	}
	// The default pair, without written key differences: the app computes
	// them for every pair from the careers' facts and figures.
	ds.Comparison = model.Pairing{Left: ds.Careers[0].ID, Right: ds.Careers[1].ID}
	return ds, report, nil
}

// choose finds each code in the downloads: in O*NET, and the BLS row whose
// figures it gets. A code in neither, a summary row of the BLS table and a
// code given twice are refused.
func (b *builder) choose(codes []string) ([]choice, error) {
	d := b.d
	inONet := d.ONet.socCodes()
	seen := map[string]bool{}
	var out []choice
	for _, code := range codes {
		c := choice{code: code, onet: onetCode(code)}
		c.oc, c.inONet = d.ONet.occupation(c.onet)
		if r, ok := d.BLS.rows[code]; ok && r.summary() && !c.inONet {
			return nil, d.BLS.summaryError(r)
		}
		c.bls, c.inBLS = d.BLS.match(code, inONet)
		switch {
		case !c.inONet && !c.inBLS:
			return nil, fmt.Errorf("the occupation %s is in neither download (%s, %s)", code, d.ONet.Name(), b.blsEdition)
		case seen[code]:
			return nil, fmt.Errorf("the occupation %s is chosen twice", code)
		}
		seen[code] = true
		out = append(out, c)
	}
	return out, nil
}

// reference is the table's "Total, all occupations", which the careers'
// figures are compared with; nil when the table has no such row.
func (b *builder) reference() (*model.Reference, error) {
	t := b.d.BLS.total
	if t == nil {
		return nil, nil
	}
	m := blsMatch{row: t}
	ref := &model.Reference{Name: model.Say(orDefault(t.title, "Total, all occupations"))}
	var err error
	if ref.Salary, err = b.salary(m); err != nil {
		return nil, err
	}
	if ref.Growth, err = b.growth(m); err != nil {
		return nil, err
	}
	if ref.Openings, err = b.openings(m); err != nil {
		return nil, err
	}
	return ref, nil
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
					"Career Compare has modified all or some of this information: it selected up to %d tasks of each occupation (the core tasks O*NET's task ratings rank most relevant where O*NET rates them; "+
					"else its first tasks in O*NET's order, as each occupation's Duties say), up to %d skills of highest importance with their level, "+
					"the education levels most respondents report and its job zone, and shortened long texts. USDOL/ETA has not approved, endorsed, or tested these modifications.",
					o.Name(), onetPublisher, licenceAddress, MaxDuties, MaxSkills)),
			},
			{
				ID:        SourceBLS,
				Title:     model.Say(fmt.Sprintf("Employment Projections %s: occupational projections and worker characteristics (occupation.xlsx, %s)", bl.Period(), bl.Sheet)),
				Short:     model.Say(fmt.Sprintf("BLS Employment Projections (occupation.xlsx, %s)", bl.Sheet)),
				Publisher: model.Say("U.S. Bureau of Labor Statistics"),
				Year:      model.Say(fmt.Sprintf("%s projections; median wages of May %d", bl.Period(), bl.WageYear)),
				Address:   BLSAddress,
				Note: model.Say(fmt.Sprintf("Read by Career Compare from the downloaded workbook, sheet “%s”%s.%s The table writes “—” where data are unavailable, and “>=” before a median wage at or above the highest its wage survey (OEWS) publishes; the figures say so. "+
					"Where BLS publishes an occupation only within a group, its figures are the group's, and say so.", bl.Sheet, sheetTitle, thousands)),
			},
		},
	}
}
