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
	if _, err := c.loadData(args[0]); err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "%s: valid\n", args[0])
	return nil
}
