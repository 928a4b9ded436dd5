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
	"careercompare/model"
)

// exportCommand writes charts without a window.
type exportCommand struct{ output }

const exportUsage = `Usage: careercompare export --chart salary|growth|ladder|all --format png|svg|pdf
                            --out PATH [flags]

Writes a chart without a window. With --chart all, --out is a folder and
each chart is written there under its default name. --format pdf writes the
counseling handout (both careers side by side, both charts, the ladder with
the planned path, the footnote and every source) on one or two pages.

Flags:
  --chart NAME     salary, growth, ladder or all (default salary)
  --format FMT     png, svg, or pdf for the handout (default png)
  --out PATH       file to write, or folder for --chart all (required)
  --paper P        letter or a4, for the handout (default letter)
  --width W        width in pixels before scaling (default 1200)
  --height H       height in pixels before scaling (default 800)
  --scale S        pixel scale, e.g. 2 for a sharp print (default 1)
  --theme T        light or dark (default light)
  --data FILE      data file to draw instead of the built-in data
  --edition ID     built-in edition: article-2012-22 (default) or bls-2022-32

Ladder flags (--chart ladder):
  --program ID     ladder id (default: the ladder in the comparison)
  --from ENTRY     entry point id where the student starts
  --to DEGREE      goal degree, e.g. bachelor (matches the degree's name)
  --earned N       credits already earned or transferred (default 0)
  --pace N         credits per term (default 15)
  --terms N        terms per year (default 4: quarter credits)
`

// Run parses the flags and writes the files; it stops before the next file
// when ctx ends.
func (c *exportCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	chart := fs.String("chart", charts.ChartSalary, "")
	format := fs.String("format", "png", "")
	out := fs.String("out", "", "")
	width := fs.Int("width", 1200, "")
	height := fs.Int("height", 800, "")
	scale := fs.Float64("scale", 1, "")
	theme := fs.String("theme", "light", "")
	paper := fs.String("paper", "letter", "")
	dataFile := fs.String("data", "", "")
	edition := fs.String("edition", "", "")
	program := fs.String("program", "", "")
	from := fs.String("from", "", "")
	to := fs.String("to", "", "")
	earned := fs.Float64("earned", 0, "")
	pace := fs.Float64("pace", model.FullTimeCredits, "")
	terms := fs.Float64("terms", model.DefaultTermsPerYear, "")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(c.stdout, exportUsage)
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
	pp, err := export.ParsePaper(*paper)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	size := charts.Size{Width: *width, Height: *height, Scale: *scale}
	if _, _, err := size.Pixels(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	cmp.Ladder, cmp.Path, err = ladderPath(ds, cmp.Left, *program, *from, *to, *earned, *pace, *terms)
	if err != nil {
		return err
	}
	handout := export.Handout{Comparison: cmp, Paper: pp, Date: time.Now()}
	picture := func(chart string) export.Picture {
		return export.Picture{Chart: chart, Format: f, Size: size, Theme: th, Comparison: cmp}
	}
	if *chart == "all" {
		if st, err := os.Stat(*out); err != nil || !st.IsDir() {
			return fmt.Errorf("export: --chart all needs --out to be an existing folder: %s", *out)
		}
		if f == charts.PDF {
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
	if f == charts.PDF {
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

// ladderPath picks the ladder and the planned path for a ladder export.
func ladderPath(ds *model.Dataset, left *model.Career, program, from, to string, earned, pace, terms float64) (*model.Ladder, model.Path, error) {
	sel := model.NoPath()
	id := program
	if id == "" {
		id = left.Ladder
	}
	if id == "" {
		if program == "" && from == "" && to == "" {
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
	if from == "" && to == "" {
		return l, sel, nil
	}
	sel.Entry = from
	if to != "" {
		sel.Goal = -1
		for _, j := range l.Degrees() {
			if strings.HasPrefix(strings.ToLower(l.Rungs[j].Ends), strings.ToLower(to)) {
				sel.Goal = j
				break
			}
		}
		if sel.Goal < 0 {
			return nil, sel, fmt.Errorf("export: --to %q: no such degree on ladder %q", to, l.ID)
		}
	}
	if from == "" || to == "" {
		return nil, sel, errors.New("export: a planned path needs both --from and --to")
	}
	sel.PlanInput = model.PlanInput{Entry: from, Goal: sel.Goal, Earned: earned, PerTerm: pace, TermsPerYear: terms}
	p, err := l.Plan(sel.PlanInput)
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
