// Package cli is Career Compare's command line: the window command and the
// subcommands export, validate, template and import, one file each. Run turns a
// command's error into one line on stderr and an exit code, never a stack
// trace.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"

	"careercompare/internal/appmeta"
	"careercompare/model"
)

// Run runs the command line args (without the program name) and returns
// the exit code.
func Run(ctx context.Context, args []string, meta appmeta.Meta, stdout, stderr io.Writer) int {
	out := output{stdout: stdout, stderr: stderr}
	var err error
	switch {
	case len(args) > 0 && args[0] == "export":
		err = (&exportCommand{out}).Run(ctx, args[1:])
	case len(args) > 0 && args[0] == "validate":
		err = (&validateCommand{out}).Run(ctx, args[1:])
	case len(args) > 0 && args[0] == "template":
		err = (&templateCommand{out}).Run(ctx, args[1:])
	case len(args) > 0 && args[0] == "import":
		err = (&importCommand{out}).Run(ctx, args[1:])
	default:
		err = (&windowCommand{output: out, meta: meta}).Run(ctx, args)
	}
	var exit exitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &exit):
		return int(exit)
	default:
		fmt.Fprintln(stderr, "careercompare: "+err.Error())
		return 1
	}
}

// output is where a command writes.
type output struct {
	stdout, stderr io.Writer
}

// reportLoad prints every problem of a data file, one per line, and ends
// with exit code 1; other errors are returned as they are.
func (o output) reportLoad(err error) error {
	var ps model.Problems
	if errors.As(err, &ps) {
		for _, p := range ps {
			fmt.Fprintln(o.stderr, p.String())
		}
		return exitError(1)
	}
	return err
}

// loadData loads the data file, or the built-in data when file is "".
func (o output) loadData(file string) (*model.Dataset, error) {
	if file == "" {
		return model.Default()
	}
	ds, err := model.LoadFile(file)
	if err != nil {
		return nil, o.reportLoad(err)
	}
	return ds, nil
}

// exitError ends the program with a code after the command has already
// reported why.
type exitError int

func (e exitError) Error() string { return fmt.Sprintf("exit %d", int(e)) }

// ExitCode is the code the program ends with.
func (e exitError) ExitCode() int { return int(e) }
