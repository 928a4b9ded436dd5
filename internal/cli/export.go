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

// Run parses the flags and writes the files; it stops before the next file
// when ctx ends.
func (c *exportCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	chart := fs.String("chart", charts.ChartSalary, "")
	format := fs.String("format", "png", "")
	out := fs.String("out", "", "")
	lang := fs.String("lang", string(catalog.SystemLang()), "")
	width := fs.Int("width", 1200, "")
	height := fs.Int("height", 800, "")
	scale := fs.Float64("scale", 1, "")
	theme := fs.String("theme", "light", "")
	paper := fs.String("paper", "letter", "")
	dataFile := fs.String("data", "", "")
	edition := fs.String("edition", "", "")
	name := fs.String("name", "", "")
	next := fs.String("next", "", "")
	date := fs.String("date", "", "")
	var path pathFlags
	fs.StringVar(&path.program, "program", "", "")
	fs.StringVar(&path.from, "from", "", "")
	fs.StringVar(&path.to, "to", "", "")
	fs.Float64Var(&path.earned, "earned", 0, "")
	fs.StringVar(&path.earnedUnit, "earned-unit", "", "")
	fs.StringVar(&path.calendar, "calendar", "", "")
	fs.Float64Var(&path.pace, "pace", model.FullTimeCredits, "")
	fs.Float64Var(&path.terms, "terms", model.DefaultTermsPerYear, "")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(c.stdout, usageText())
			return nil
		}
		return fmt.Errorf("export: %v (see careercompare export --help)", err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("export: unexpected argument %q (see careercompare export --help)", fs.Arg(0))
	}
	if *out == "" {
		return errors.New("export: --out is required (see careercompare export --help)")
	}
	switch *chart {
	case charts.ChartSalary, charts.ChartGrowth, charts.ChartLadder, "all":
	default:
		return fmt.Errorf("export: --chart %q: use salary, growth, ladder or all", *chart)
	}
	f, err := charts.ParseFormat(*format)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	th, err := charts.ParseTheme(*theme)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	l := model.Lang(*lang)
	if l != model.English && l != model.Spanish {
		return fmt.Errorf("export: --lang %q: use en or es", *lang)
	}
	day := time.Now()
	if *date != "" {
		if day, err = time.Parse(time.DateOnly, *date); err != nil {
			return fmt.Errorf("export: --date %q: write the day as YYYY-MM-DD, e.g. 2026-12-01", *date)
		}
	}
	var ds *model.Dataset
	switch {
	case *edition != "" && *dataFile != "":
		return errors.New("export: give --data or --edition, not both")
	case *edition != "":
		if ds, err = model.LoadEdition(*edition); err != nil {
			return fmt.Errorf("export: --edition: %w", err)
		}
	default:
		if ds, err = c.loadData(*dataFile); err != nil {
			return err
		}
	}
	cmp, err := ds.DefaultComparison()
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	cmp.Date = day
	pp, err := export.ParsePaper(*paper)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	size := charts.Size{Width: *width, Height: *height, Scale: *scale}
	if _, _, err := size.Pixels(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if cmp.Ladder, cmp.Path, err = path.plan(ds, cmp.Left); err != nil {
		return err
	}
	handout := export.Handout{Comparison: cmp, Lang: l, Paper: pp, Student: *name, NextSteps: strings.ReplaceAll(*next, "; ", "\n"), Format: f}
	isHandout := f == charts.PDF || f == charts.HTML
	picture := func(chart string) export.Picture {
		return export.Picture{Chart: chart, Format: f, Size: size, Theme: th, Lang: l, Comparison: cmp}
	}
	if *chart == "all" {
		if st, err := os.Stat(*out); err != nil || !st.IsDir() {
			return fmt.Errorf("export: --chart all needs --out to be an existing folder: %s", *out)
		}
		if isHandout {
			return c.write(ctx, handout, filepath.Join(*out, handout.DefaultName()))
		}
		for _, name := range charts.ChartNames {
			if name == charts.ChartLadder && cmp.Ladder == nil {
				continue
			}
			p := picture(name)
			if err := c.write(ctx, p, filepath.Join(*out, p.DefaultName())); err != nil {
				return err
			}
		}
		return nil
	}
	if isHandout {
		return c.write(ctx, handout, *out)
	}
	return c.write(ctx, picture(*chart), *out)
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
