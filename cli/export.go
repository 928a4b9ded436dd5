package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"careercompare/charts"
	"careercompare/charts/export"
	"careercompare/internal/catalog"
	"careercompare/model"
	"careercompare/model/wording"
)

// exportCommand writes charts without a window.
type exportCommand struct{ output }

const exportUsage = `Usage: careercompare export --chart salary|growth|ladder|all --format png|svg|pdf|html
                            --out PATH [flags]

Writes a chart without a window. With --chart all, --out is a folder and
each chart is written there under its default name. --format pdf writes the
counseling handout (the plan, the key differences, both careers side by
side, both charts, the ladder with the planned path, the footnote and every
source); --format html writes the same handout as one accessible web page
for screen readers, which loads nothing and prints like the PDF.

Flags:
  --chart NAME     salary, growth, ladder or all (default salary)
  --format FMT     png or svg, or pdf or html for the handout (default png)
  --out PATH       file to write, or folder for --chart all (required)
  --lang L         en or es: the language of the picture or handout
                   (default: %s, the system's language when it is
                   Spanish, else English)
  --paper P        letter or a4, for the handout and its printing (default
                   letter)
  --width W        width in pixels before scaling (default 1200)
  --height H       height in pixels before scaling (default 800)
  --scale S        pixel scale, e.g. 2 for a sharp print (default 1)
  --theme T        light or dark (default light)
  --data FILE      data file to draw instead of the built-in data
  --edition ID     built-in edition: %s
  --careers ID,ID  the two careers to compare, by their ids in the data,
                   e.g. soc-29-9021,soc-11-9111 in a file that careercompare
                   import wrote (an unknown id lists the data's ids);
                   default: the data's own pair, its "comparison"
  --place PLACE    a state or area whose pay the salary chart, its key
                   difference and the handout show beside the nation's, by
                   name or code ("Minnesota", "27", "Minneapolis"), where
                   the data has BLS's wages by place (careercompare import
                   --oews adds them); an unknown place lists close ones

Handout flags (--format pdf or html), written into the handout and nowhere
else:
  --name NAME      the student's name
  --next TEXT      next steps, one per line (or separated by "; ")
  --date DAY       the session's date, YYYY-MM-DD (default today)

Ladder flags (--chart ladder, and the handout's plan):
  --program ID     ladder id (default: the ladder in the comparison)
  --from ENTRY     entry point id where the student starts
  --to DEGREE      goal degree, e.g. bachelor (matches the degree's name)
  --earned N       credits already earned or transferred (default 0)
  --earned-unit U  semester or quarter: the unit of --earned (default the
                   ladder's own, quarter credits for the built-in ladders)
  --calendar C     the school's calendar: semesters, semesters-summer,
                   quarters or quarters-summer (2, 3, 3 or 4 terms a year);
                   --pace is then in its credits
  --pace N         credits per term (default 15)
  --terms N        terms per year, without --calendar (default 4: quarters)
`

// calendars are the --calendar names: each a unit of credits and terms a
// year.
var calendars = map[string]wording.Calendar{
	"semesters":        {Unit: model.SemesterCredits, TermsPerYear: 2},
	"semesters-summer": {Unit: model.SemesterCredits, TermsPerYear: 3},
	"quarters":         {Unit: model.QuarterCredits, TermsPerYear: 3},
	"quarters-summer":  {Unit: model.QuarterCredits, TermsPerYear: 4},
}

// usageText fills the usage with the default language and the editions.
func usageText() string {
	var ids []string
	for _, e := range model.Editions() {
		ids = append(ids, e.ID)
	}
	return fmt.Sprintf(exportUsage, catalog.SystemLang(), strings.Join(ids, ", ")+" (the first is the default)")
}

// exportOptions are the flags of an export, parsed.
type exportOptions struct {
	chart, format, out, lang, theme, paper string
	dataFile, edition, careers, place      string
	name, next, date                       string
	width, height                          int
	scale                                  float64
	path                                   pathFlags
}

// parseExport reads the flags; help says that --help was asked for.
func parseExport(args []string) (o exportOptions, help bool, err error) {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&o.chart, "chart", charts.ChartSalary, "")
	fs.StringVar(&o.format, "format", "png", "")
	fs.StringVar(&o.out, "out", "", "")
	fs.StringVar(&o.lang, "lang", catalog.SystemLang(), "")
	fs.IntVar(&o.width, "width", 1200, "")
	fs.IntVar(&o.height, "height", 800, "")
	fs.Float64Var(&o.scale, "scale", 1, "")
	fs.StringVar(&o.theme, "theme", "light", "")
	fs.StringVar(&o.paper, "paper", "letter", "")
	fs.StringVar(&o.dataFile, "data", "", "")
	fs.StringVar(&o.edition, "edition", "", "")
	fs.StringVar(&o.careers, "careers", "", "")
	fs.StringVar(&o.place, "place", "", "")
	fs.StringVar(&o.name, "name", "", "")
	fs.StringVar(&o.next, "next", "", "")
	fs.StringVar(&o.date, "date", "", "")
	fs.StringVar(&o.path.program, "program", "", "")
	fs.StringVar(&o.path.from, "from", "", "")
	fs.StringVar(&o.path.to, "to", "", "")
	fs.Float64Var(&o.path.earned, "earned", 0, "")
	fs.StringVar(&o.path.earnedUnit, "earned-unit", "", "")
	fs.StringVar(&o.path.calendar, "calendar", "", "")
	fs.Float64Var(&o.path.pace, "pace", model.FullTimeCredits, "")
	fs.Float64Var(&o.path.terms, "terms", model.DefaultTermsPerYear, "")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return o, true, nil
		}
		return o, false, fmt.Errorf("export: %v (see careercompare export --help)", err)
	}
	switch {
	case fs.NArg() > 0:
		return o, false, fmt.Errorf("export: unexpected argument %q (see careercompare export --help)", fs.Arg(0))
	case o.out == "":
		return o, false, errors.New("export: --out is required (see careercompare export --help)")
	}
	switch o.chart {
	case charts.ChartSalary, charts.ChartGrowth, charts.ChartLadder, "all":
	default:
		return o, false, fmt.Errorf("export: --chart %q: use salary, growth, ladder or all", o.chart)
	}
	return o, false, nil
}

// Run parses the flags and writes the files; it stops before the next file
// when ctx ends.
func (c *exportCommand) Run(ctx context.Context, args []string) error {
	o, help, err := parseExport(args)
	if help {
		fmt.Fprint(c.stdout, usageText())
		return nil
	}
	if err != nil {
		return err
	}
	f, err := charts.ParseFormat(o.format)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	th, err := charts.ParseTheme(o.theme)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	l := model.Lang(o.lang)
	if l != model.English && l != model.Spanish {
		return fmt.Errorf("export: --lang %q: use en or es", o.lang)
	}
	day := time.Now()
	if o.date != "" {
		if day, err = time.Parse(time.DateOnly, o.date); err != nil {
			return fmt.Errorf("export: --date %q: write the day as YYYY-MM-DD, e.g. 2026-12-01", o.date)
		}
	}
	ds, err := c.exportData(o)
	if err != nil {
		return err
	}
	cmp, err := comparison(ds, o.careers)
	if err != nil {
		return err
	}
	if cmp, err = withPlace(cmp, o.place); err != nil {
		return err
	}
	cmp.Date = day
	pp, err := export.ParsePaper(o.paper)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	size := charts.Size{Width: o.width, Height: o.height, Scale: o.scale}
	if _, _, err := size.Pixels(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if cmp.Ladder, cmp.Path, err = o.path.plan(ds, cmp.Left); err != nil {
		return err
	}
	handout := export.Handout{Comparison: cmp, Lang: l, Paper: pp, Student: o.name, NextSteps: strings.ReplaceAll(o.next, "; ", "\n"), Format: f}
	picture := func(chart string) export.Picture {
		return export.Picture{Chart: chart, Format: f, Size: size, Theme: th, Lang: l, Comparison: cmp}
	}
	return c.writeAll(ctx, o, handout, picture)
}

// writeAll writes the handout, one chart, or, with --chart all, every
// chart into the folder --out.
func (c *exportCommand) writeAll(ctx context.Context, o exportOptions, handout export.Handout, picture func(chart string) export.Picture) error {
	isHandout := handout.Format == charts.PDF || handout.Format == charts.HTML
	if o.chart != "all" {
		if isHandout {
			return c.write(ctx, handout, o.out)
		}
		return c.write(ctx, picture(o.chart), o.out)
	}
	if st, err := os.Stat(o.out); err != nil || !st.IsDir() {
		return fmt.Errorf("export: --chart all needs --out to be an existing folder: %s", o.out)
	}
	if isHandout {
		return c.write(ctx, handout, filepath.Join(o.out, handout.DefaultName()))
	}
	for _, name := range charts.ChartNames {
		if name == charts.ChartLadder && handout.Comparison.Ladder == nil {
			continue
		}
		p := picture(name)
		if err := c.write(ctx, p, filepath.Join(o.out, p.DefaultName())); err != nil {
			return err
		}
	}
	return nil
}

// exportData loads the data of --data or --edition, else the built-in
// data.
func (c *exportCommand) exportData(o exportOptions) (*model.Dataset, error) {
	switch {
	case o.edition != "" && o.dataFile != "":
		return nil, errors.New("export: give --data or --edition, not both")
	case o.edition != "":
		ds, err := model.LoadEdition(o.edition)
		if err != nil {
			return nil, fmt.Errorf("export: --edition: %w", err)
		}
		return ds, nil
	}
	return c.loadData(o.dataFile)
}

// comparison is the comparison of the pair --careers names (two career
// ids, "ID,ID"), or else of the data's default pair.
func comparison(ds *model.Dataset, careers string) (model.Comparison, error) {
	if careers == "" {
		cmp, err := ds.DefaultComparison()
		if err != nil {
			return cmp, fmt.Errorf("export: %w", err)
		}
		return cmp, nil
	}
	ids := strings.FieldsFunc(careers, func(r rune) bool { return r == ',' || r == ' ' })
	if len(ids) != 2 {
		return model.Comparison{}, fmt.Errorf("export: --careers %q: give two career ids separated by a comma, e.g. --careers %s", careers, careerIDs(ds, 2))
	}
	if ids[0] == ids[1] {
		return model.Comparison{}, fmt.Errorf("export: --careers %q: give two different careers", careers)
	}
	var pair [2]*model.Career
	for i, id := range ids {
		k, ok := ds.Career(id)
		if !ok {
			return model.Comparison{}, fmt.Errorf("export: --careers: no career %q in the data; its careers are: %s", id, careerIDs(ds, 0))
		}
		pair[i] = k
	}
	return model.Compare(ds, pair[0], pair[1]), nil
}

// careerIDs lists the data's career ids, separated by commas; only the
// first n when n > 0.
func careerIDs(ds *model.Dataset, n int) string {
	var ids []string
	for i, k := range ds.Careers {
		if n > 0 && i == n {
			break
		}
		ids = append(ids, k.ID)
	}
	sep := ", "
	if n > 0 {
		sep = ","
	}
	return strings.Join(ids, sep)
}

// write writes one file unless ctx has ended, and prints its path.
func (c *exportCommand) write(ctx context.Context, file export.File, path string) error {
	if ctx.Err() != nil {
		return fmt.Errorf("export: interrupted before %s", path)
	}
	if err := export.WriteFile(path, file.Write); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	fmt.Fprintln(c.stdout, path)
	return nil
}

// pathFlags are the flags of a planned path on a ladder.
type pathFlags struct {
	program, from, to, earnedUnit, calendar string
	earned, pace, terms                     float64
}

// plan picks the ladder and the planned path of the flags.
func (pf pathFlags) plan(ds *model.Dataset, left *model.Career) (*model.Ladder, model.Path, error) {
	sel := model.NoPath()
	id := pf.program
	if id == "" {
		id = left.Ladder
	}
	if id == "" {
		if pf.program == "" && pf.from == "" && pf.to == "" {
			return nil, sel, nil
		}
		return nil, sel, errors.New("export: this data has no credit ladder for the compared careers; name one with --program")
	}
	l, ok := ds.Ladder(id)
	if !ok {
		ids := make([]string, len(ds.Ladders))
		for i, x := range ds.Ladders {
			ids[i] = x.ID
		}
		return nil, sel, fmt.Errorf("export: --program %q: no such ladder (have: %s)", id, strings.Join(ids, ", "))
	}
	if pf.from == "" && pf.to == "" {
		return l, sel, nil
	}
	if pf.from != "" {
		if _, ok := l.Entry(pf.from); !ok {
			ids := make([]string, len(l.Entries))
			for i, e := range l.Entries {
				ids[i] = e.ID
			}
			return nil, sel, fmt.Errorf("export: --from %q: no such entry point on ladder %q (use one of: %s)", pf.from, l.ID, strings.Join(ids, ", "))
		}
	}
	sel.Entry = pf.from
	if pf.to != "" {
		sel.Goal = -1
		var names []string
		for _, j := range l.Degrees() {
			ends := strings.ToLower(l.Rungs[j].Ends.EN)
			names = append(names, strings.SplitN(ends, "'", 2)[0])
			if sel.Goal < 0 && strings.HasPrefix(ends, strings.ToLower(pf.to)) {
				sel.Goal = j
			}
		}
		if sel.Goal < 0 {
			return nil, sel, fmt.Errorf("export: --to %q: no such degree on ladder %q (use one of: %s)", pf.to, l.ID, strings.Join(names, ", "))
		}
	}
	if pf.from == "" || pf.to == "" {
		return nil, sel, errors.New("export: a planned path needs both --from and --to")
	}
	in := model.PlanInput{Entry: pf.from, Goal: sel.Goal, Earned: pf.earned, PerTerm: pf.pace, TermsPerYear: pf.terms}
	switch pf.earnedUnit {
	case "", model.SemesterCredits, model.QuarterCredits:
		in.EarnedUnit = pf.earnedUnit
	default:
		return nil, sel, fmt.Errorf("export: --earned-unit %q: use semester or quarter", pf.earnedUnit)
	}
	if pf.calendar != "" {
		cal, ok := calendars[pf.calendar]
		if !ok {
			return nil, sel, fmt.Errorf("export: --calendar %q: use semesters, semesters-summer, quarters or quarters-summer", pf.calendar)
		}
		in.TermUnit, in.TermsPerYear = cal.Unit, cal.TermsPerYear
	}
	sel.PlanInput = in
	p, err := l.Plan(in)
	if err != nil {
		var pe *model.PlanError
		if errors.As(err, &pe) {
			flagName := map[string]string{"entry": "--from", "goal": "--to", "earned": "--earned", "pace": "--pace", "terms": "--terms"}[pe.Field]
			return nil, sel, fmt.Errorf("export: %s: %s", flagName, pe.Message)
		}
		return nil, sel, fmt.Errorf("export: %w", err)
	}
	sel.Plan = p
	return l, sel, nil
}
