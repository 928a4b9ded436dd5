// Command careercompare compares two health-IT careers in a desktop window
// and exports its charts and handout from the command line.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	_ "careercompare/internal/plainlocale" // before Fyne reads the locale
	"careercompare/model"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
}

// run dispatches a subcommand and turns its error into an exit code: one
// line on stderr, never a stack trace.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	meta := loadMeta()
	out := output{stdout: stdout, stderr: stderr}
	var err error
	switch {
	case len(args) > 0 && args[0] == "export":
		err = (&exportCommand{out}).Run(ctx, args[1:])
	case len(args) > 0 && args[0] == "validate":
		err = (&validateCommand{out}).Run(ctx, args[1:])
	case len(args) > 0 && args[0] == "template":
		err = (&templateCommand{out}).Run(ctx, args[1:])
	default:
		err = (&guiCommand{output: out, meta: meta}).Run(ctx, args)
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
