package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"careercompare/charts/export"
	"careercompare/model"
	"careercompare/officialdata/oews"
)

// importWagesUsage is the part of import's usage about wages by place.
const importWagesUsage = `
Wages by state and area (BLS OEWS, e.g. May 2025): BLS's zips as the
browser saved them, or the .xlsx tables in them, from
https://www.bls.gov/oes/tables.htm — the national (oesm25nat.zip), state
(oesm25st.zip) and metropolitan and nonmetropolitan (oesm25ma.zip) tables.
Only the careers' occupations are kept, by their codes (careers[].code).

  --oews FILES   OEWS tables, repeated or separated by commas; with
                 --onet, --bls and --soc, their wages go into the data
                 imported
  --data FILE    with --oews and no --onet, --bls or --soc: add the wages
                 to this data file and write it to --out
  --edition ID   the same with a built-in edition
`

// oewsFiles is the --oews flag: files, repeated or separated by commas.
type oewsFiles []string

func (f *oewsFiles) String() string { return strings.Join(*f, ",") }

func (f *oewsFiles) Set(s string) error {
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*f = append(*f, p)
		}
	}
	return nil
}

// addWages reads the OEWS tables into the data file or built-in edition
// named and writes it to out, the report with it.
func (c *importCommand) addWages(ctx context.Context, files oewsFiles, dataFile, edition, out string) error {
	var ds *model.Dataset
	var err error
	switch {
	case len(files) == 0:
		return errors.New("import: --data and --edition add wages: give the OEWS tables with --oews (see careercompare import --help)")
	case dataFile != "" && edition != "":
		return errors.New("import: give --data or --edition, not both")
	}
	// Where it will write is checked before hundreds of MB are read.
	if err := checkOut(out); err != nil {
		return err
	}
	switch {
	case edition != "":
		if ds, err = model.LoadEdition(edition); err != nil {
			return fmt.Errorf("import: --edition: %w", err)
		}
	default:
		if ds, err = c.loadData(dataFile); err != nil {
			return err
		}
	}
	lines, err := attachWages(ctx, ds, files)
	if err != nil {
		return err
	}
	b, err := marshalData(ctx, ds)
	if err != nil {
		return err
	}
	return c.writeData(b, lines, out)
}

// marshalData is the data file's bytes, unless the command was
// interrupted: then nothing is written.
func marshalData(ctx context.Context, ds *model.Dataset) ([]byte, error) {
	b, err := oews.Marshal(ds)
	if err != nil {
		return nil, fmt.Errorf("import: %w", err)
	}
	if ctx.Err() != nil {
		return nil, errors.New("import: interrupted; nothing written")
	}
	return b, nil
}

// attachWages reads the OEWS tables and puts the wages of the data's
// careers into it; it returns the report's lines.
func attachWages(ctx context.Context, ds *model.Dataset, files oewsFiles) ([]string, error) {
	want := oews.Wants(ds)
	if len(want) == 0 {
		return nil, errors.New("import: --oews: no career of the data names its occupation's code (careers[].code); there is no occupation to find wages for")
	}
	w, r, err := oews.Read(ctx, files, want, nil)
	if err != nil {
		return nil, fmt.Errorf("import: --oews: %w", err)
	}
	if r.Spreads, err = oews.Attach(ds, w, oews.NewSource(r)); err != nil {
		return nil, fmt.Errorf("import: --oews: %w", err)
	}
	return r.Lines(), nil
}

// writeData writes the data file to out, or to standard output with the
// report on standard error.
func (c *importCommand) writeData(b []byte, lines []string, out string) error {
	say := c.stdout
	if out == "" {
		say = c.stderr
	}
	for _, l := range lines {
		fmt.Fprintln(say, l)
	}
	if out == "" {
		_, err := c.stdout.Write(b)
		return err
	}
	if err := export.WriteFile(out, func(w io.Writer) error { _, err := w.Write(b); return err }); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	fmt.Fprintf(c.stdout, "Wrote %s: check it with careercompare validate %s\n", out, out)
	return nil
}
