package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"careercompare/model"
)

// templateCommand prints a built-in edition's data file.
type templateCommand struct{ output }

// Run writes the data file of the default edition, or of the one --edition
// names, to standard output.
func (c *templateCommand) Run(_ context.Context, args []string) error {
	fs := flag.NewFlagSet("template", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	edition := fs.String("edition", model.ArticleEdition, "")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(c.stdout, "Usage: careercompare template [--edition ID] > mydata.json")
			for _, e := range model.Editions() {
				fmt.Fprintf(c.stdout, "  --edition %-16s %s: %s\n", e.ID, e.Name.EN, e.About.EN)
			}
			return nil
		}
		return fmt.Errorf("template: %v (see careercompare template --help)", err)
	}
	if fs.NArg() > 0 {
		return errors.New("template: takes no arguments but --edition; redirect its output to a file")
	}
	b, err := model.EditionJSON(*edition)
	if err != nil {
		return fmt.Errorf("template: --edition: %w", err)
	}
	_, err = c.stdout.Write(b)
	return err
}
