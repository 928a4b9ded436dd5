package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"careercompare/assets"
	"careercompare/ui"
)

// guiCommand opens the window.
type guiCommand struct {
	output
	meta appMeta
}

const usage = `Career Compare compares Health Informatics and Health Information Management.

Usage:
  careercompare [--data FILE]        open the window
  careercompare export [flags]       write charts or the handout without a window
                                     (careercompare export --help lists the flags)
  careercompare validate FILE        check a data file; every problem as FILE:LINE: field: message
  careercompare template             print the default data file, a start for your own
  careercompare --version            print the version
  careercompare --help               print this help
`

// Run parses the window's flags and opens it.
func (c *guiCommand) Run(_ context.Context, args []string) (err error) {
	fs := flag.NewFlagSet("careercompare", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	version := fs.Bool("version", false, "print the version")
	dataFile := fs.String("data", "", "data file to open")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(c.stdout, usage)
			return nil
		}
		return fmt.Errorf("%v (see careercompare --help)", err)
	}
	if *version {
		fmt.Fprintln(c.stdout, c.meta.String())
		return nil
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unknown command %q (see careercompare --help)", fs.Arg(0))
	}
	// A Windows GUI build has no console: log to a file (see logfile.go).
	var endLog endLogFunc
	c.stderr, endLog = startLogging(c.meta, c.stderr)
	defer endLog(&err)
	if problem := displayProblem(); problem != "" {
		return fmt.Errorf("%s; to write charts without a window use: careercompare export --help", problem)
	}
	start := ui.Start{File: *dataFile}
	if *dataFile != "" {
		ds, err := c.loadData(*dataFile)
		if err != nil {
			return err
		}
		start.Data = ds
	}
	app.SetMetadata(fyne.AppMetadata{ID: c.meta.ID, Name: c.meta.Name, Version: c.meta.Version, Build: c.meta.Build, Icon: assets.Icon})
	a := app.NewWithID(c.meta.ID)
	a.SetIcon(assets.Icon)
	w := a.NewWindow(c.meta.Name)
	if _, err := ui.New(a, w, start, ui.Info{Name: c.meta.Name, Version: c.meta.Version, LogFile: logFilePath()}); err != nil {
		return err
	}
	w.ShowAndRun()
	return nil
}
