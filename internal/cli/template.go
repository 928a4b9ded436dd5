package cli

import (
	"context"
	"errors"

	"careercompare/model"
)

// templateCommand prints the default data file.
type templateCommand struct{ output }

// Run writes the built-in data file to standard output.
func (c *templateCommand) Run(_ context.Context, args []string) error {
	if len(args) > 0 {
		return errors.New("template: takes no arguments; redirect its output to a file")
	}
	_, err := c.stdout.Write(model.DefaultJSON())
	return err
}
