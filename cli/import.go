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

	"careercompare/charts/export"
	"careercompare/officialdata"
)

// importCommand builds a data file from the official downloads.
type importCommand struct{ output }

const importUsage = `Usage: careercompare import --onet ZIP|DIR --bls occupation.xlsx --soc CODES [--oews FILES] [--out FILE]
       careercompare import --data FILE | --edition ID --oews FILES [--out FILE]

Builds a data file that compares any 2 to 50 occupations from the official
downloads, offline: the O*NET database's text files (duties, skills,
education levels, job zone) and the BLS Employment Projections workbook
(jobs, growth, openings, median wage, typical entry education). It says
what it read: the O*NET release and its file layout, the BLS edition,
which download describes each occupation and what O*NET has of it (rated
tasks, skill ratings, education levels). O*NET's and BLS's own texts
(titles, descriptions, tasks, names of skills and education levels) stay
in English, as published; what the import writes of its own is in English
and Spanish.

Flags:
  --onet PATH    the O*NET text download: its zip as O*NET serves it, e.g.
                 db_31_0_text.zip, or the folder it unzips to (any release
                 from 25.1 on, either file layout: before or since 30.3);
                 the "Text" files at https://www.onetcenter.org/database.html
  --bls FILE     BLS's occupation.xlsx, 2023–33 edition or newer
                 (https://www.bls.gov/emp/ind-occ-matrix/occupation.xlsx)
  --soc CODES    2 to 50 occupation codes separated by commas, SOC
                 (29-9021) or O*NET-SOC (29-9021.00); the first two are
                 compared by default. An occupation BLS publishes only
                 within a group (29-2011 in 29-2010) gets the group's
                 figures, marked as the group's
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
	if err := checkOut(*out); err != nil {
		return err
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
	b, err := marshalData(ctx, ds)
	if err != nil {
		return err
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

// checkOut checks, before anything is read, that the data file can be
// written where --out says: in a folder that exists, and not over a
// folder.
func checkOut(out string) error {
	if out == "" {
		return nil
	}
	dir := filepath.Dir(out)
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return fmt.Errorf("import: --out %s: no folder %s to write it in; create the folder first, or write elsewhere", out, dir)
	}
	if st, err := os.Stat(out); err == nil && st.IsDir() {
		return fmt.Errorf("import: --out %s is a folder; give the data file's name, e.g. %s", out, filepath.Join(out, "imported.json"))
	}
	return nil
}
