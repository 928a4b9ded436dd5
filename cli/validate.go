package cli

import (
	"context"
	"errors"
	"fmt"
)

// validateCommand checks a data file.
type validateCommand struct{ output }

// Run loads the file and prints every problem as FILE:LINE: field: message.
func (c *validateCommand) Run(_ context.Context, args []string) error {
	if len(args) != 1 || args[0] == "-h" || args[0] == "--help" {
		if len(args) == 1 {
			fmt.Fprintln(c.stdout, "Usage: careercompare validate FILE")
			return nil
		}
		return errors.New("validate: give one data file (usage: careercompare validate FILE)")
	}
	ds, err := c.loadData(args[0])
	if err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "%s: valid\n", args[0])
	if n := ds.MissingSpanish(); n > 0 {
		// A note, not a problem: these texts show in English in Spanish.
		fmt.Fprintf(c.stdout, "%s: note: %d %s no Spanish form; in Spanish they show in English, marked as such\n", args[0], n, map[bool]string{true: "text has", false: "texts have"}[n == 1])
	}
	return nil
}
