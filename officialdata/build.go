package officialdata

import (
	"context"
	"fmt"
	"strings"
	"time"

	"careercompare/internal/catalog"
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
	blsEdition string
	edition    model.Text
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
	b := &builder{d: d, blsEdition: "BLS Employment Projections " + d.BLS.Period(), edition: say("imported.figure.edition", catalog.Args{"Period": d.BLS.Period()})}
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
	ref := &model.Reference{Name: model.Say(t.title)}
	if t.title == "" || strings.EqualFold(t.title, "Total, all occupations") {
		ref.Name = say("imported.reference")
	}
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

// dataset is the imported data without careers: its edition, sources and
// salary footnote.
func (b *builder) dataset() *model.Dataset {
	o, bl := b.d.ONet, b.d.BLS
	idRelease := strings.ReplaceAll(o.Release, ".", "-")
	if idRelease != "" {
		idRelease += "-"
	}
	id := fmt.Sprintf("import-onet-%sbls-%d-%02d", idRelease, bl.BaseYear, bl.ProjectedYear%100)
	name := say("imported.name", catalog.Args{"Release": o.Release, "Period": bl.Period()})
	if o.Release == "" {
		name = say("imported.nameNoRelease", catalog.Args{"Period": bl.Period()})
	}
	return &model.Dataset{
		Schema: model.SchemaVersion,
		Edition: model.Edition{
			ID:          id,
			Name:        name,
			Period:      same(fmt.Sprintf("%d–%d", bl.BaseYear, bl.ProjectedYear)),
			Banner:      say("imported.banner", catalog.Args{"ONet": o.Name(), "Period": bl.Period(), "Year": bl.WageYear}),
			Caveat:      say("imported.caveat"),
			Year:        bl.WageYear,
			NoneNamed:   say("imported.noneNamed"),
			Translation: model.Text{ES: say("imported.translatedBy").ES},
			Imported:    fmt.Sprintf("%s; BLS Employment Projections %s", o.Name(), bl.Period()),
		},
		Sources:        []model.Source{b.onetSource(), b.blsSource()},
		SalaryFootnote: &model.Fact{Text: say("imported.salaryFootnote"), Source: SourceBLS},
	}
}

// onetSource is the O*NET download as a source, with the attribution its
// licence asks for: in English as the licence gives it, and its Spanish.
func (b *builder) onetSource() model.Source {
	o := b.d.ONet
	year := say("imported.onet.release", catalog.Args{"Release": o.Release})
	if m, err := time.Parse("January 2006", o.Month); err == nil {
		year = say("imported.onet.releaseMonth", catalog.Args{"Month": say("month." + strings.ToLower(m.Month().String())), "Year": m.Year()})
	} else if o.Release == "" {
		year = say("imported.onet.releaseUnnamed")
	}
	return model.Source{
		ID:        SourceONet,
		Title:     same(o.Name()),
		Short:     same(o.Name() + ", USDOL/ETA, CC BY 4.0"),
		Publisher: same(onetPublisher),
		Year:      year,
		Address:   ONetAddress,
		Note: say("imported.onet.note", catalog.Args{"Name": o.Name(), "Publisher": onetPublisher, "Licence": licenceAddress,
			"Duties": MaxDuties, "Skills": MaxSkills}),
	}
}

// blsSource is the BLS workbook as a source.
func (b *builder) blsSource() model.Source {
	bl := b.d.BLS
	read := say("imported.bls.read", catalog.Args{"Sheet": bl.Sheet})
	if bl.Title != "" {
		read = say("imported.bls.readTitled", catalog.Args{"Sheet": bl.Sheet, "Title": shorten(bl.Title, 200)})
	}
	var thousands model.Text
	if bl.Thousands {
		thousands = say("imported.bls.thousands")
	}
	return model.Source{
		ID:        SourceBLS,
		Title:     same(fmt.Sprintf("Employment Projections %s: occupational projections and worker characteristics (occupation.xlsx, %s)", bl.Period(), bl.Sheet)),
		Short:     same(fmt.Sprintf("BLS Employment Projections (occupation.xlsx, %s)", bl.Sheet)),
		Publisher: same("U.S. Bureau of Labor Statistics"),
		Year:      say("imported.bls.year", catalog.Args{"Period": bl.Period(), "Year": bl.WageYear}),
		Address:   BLSAddress,
		Note:      sentences(read, thousands, say("imported.bls.marks")),
	}
}
