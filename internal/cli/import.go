package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"careercompare/charts/export"
	"careercompare/internal/officialdata"
	"careercompare/internal/officialdata/oews"
)

// importCommand builds a data file from the official downloads.
type importCommand struct{ output }

const importUsage = `Usage: careercompare import --onet DIR --bls occupation.xlsx --soc CODES [--oews FILES] [--out FILE]
       careercompare import --data FILE | --edition ID --oews FILES [--out FILE]

Builds a data file that compares any 2 to 50 occupations from the official
downloads, offline: the O*NET database's text files (duties, skills,
education levels, job zone) and the BLS Employment Projections workbook
(jobs, growth, openings, median wage, typical entry education). It says
what it read: the O*NET release, the BLS edition and which download
describes each occupation. Texts are in English, as the sources publish
them.

Flags:
  --onet DIR     the unzipped O*NET text download, e.g. db_30_1_text
                 (the "Text" files at https://www.onetcenter.org/database.html)
  --bls FILE     BLS's occupation.xlsx ("All occupational tables in a single
                 file", https://www.bls.gov/emp/data/occupational-data.htm)
  --soc CODES    2 to 50 occupation codes separated by commas, SOC
                 (29-9021) or O*NET-SOC (29-9021.00); the first two are
                 compared by default
  --out FILE     the data file to write (default: standard output, and
                 the report on standard error)

Then: careercompare validate FILE, careercompare --data FILE, or
careercompare export --data FILE --format pdf --out handout.pdf.
`

// Run reads the downloads, builds the data of the chosen occupations and
// writes it; nothing is written unless all of it succeeded.
func (c *importCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	onet := fs.String("onet", "", "")
	bls := fs.String("bls", "", "")
	soc := fs.String("soc", "", "")
	out := fs.String("out", "", "")
	var wages oewsFiles
	fs.Var(&wages, "oews", "")
	dataFile, edition := fs.String("data", "", ""), fs.String("edition", "", "")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(c.stdout, importUsage+importWagesUsage)
			return nil
		}
		return fmt.Errorf("import: %v (see careercompare import --help)", err)
	}
	if *dataFile != "" || *edition != "" {
		if fs.NArg() > 0 || *onet+*bls+*soc != "" {
			return errors.New("import: --data and --edition add wages to a data file: give them with --oews and --out only (see careercompare import --help)")
		}
		return c.addWages(ctx, wages, *dataFile, *edition, *out)
	}
	var missing []string
	for _, f := range []struct{ name, value string }{{"--onet", *onet}, {"--bls", *bls}, {"--soc", *soc}} {
		if f.value == "" {
			missing = append(missing, f.name)
		}
	}
	switch {
	case fs.NArg() > 0:
		return fmt.Errorf("import: unexpected argument %q (see careercompare import --help)", fs.Arg(0))
	case len(missing) > 0:
		return fmt.Errorf("import: %s required (see careercompare import --help)", strings.Join(missing, ", ")+map[bool]string{true: " is", false: " are"}[len(missing) == 1])
	}
	codes, err := officialdata.ParseCodes(*soc)
	if err != nil {
		return fmt.Errorf("import: --soc: %w", err)
	}
	d, err := officialdata.Open(ctx, *onet, *bls)
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	ds, report, err := d.Build(ctx, codes)
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	var wageLines []string
	if len(wages) > 0 {
		if wageLines, err = attachWages(ctx, ds, wages); err != nil {
			return err
		}
	}
	b, err := oews.Marshal(ds)
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	if ctx.Err() != nil {
		return errors.New("import: interrupted; nothing written")
	}
	say := c.stdout
	if *out == "" {
		say = c.stderr
	}
	for _, l := range append(report.Lines(), wageLines...) {
		fmt.Fprintln(say, l)
	}
	if *out == "" {
		_, err := c.stdout.Write(b)
		return err
	}
	if err := export.WriteFile(*out, func(w io.Writer) error { _, err := w.Write(b); return err }); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	fmt.Fprintf(c.stdout, "Wrote %s: check it with careercompare validate %s\n", *out, *out)
	return nil
}
