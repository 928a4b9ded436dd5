package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"careercompare/assets"
	"careercompare/internal/applog"
	"careercompare/internal/appmeta"
	"careercompare/internal/display"
	"careercompare/internal/starttrace"
	"careercompare/ui"
)

// windowCommand opens the window.
type windowCommand struct {
	output
	meta appmeta.Meta
}

const usage = `Career Compare compares two careers side by side for a counseling session:
Health Informatics and Health Information Management built in, or any two
occupations of the official O*NET and BLS downloads.

Usage:
  careercompare [--data FILE]        open the window
  careercompare export [flags]       write charts or the handout without a window
                                     (careercompare export --help lists the flags)
  careercompare validate FILE        check a data file; every problem as FILE:LINE: field: message
  careercompare template [--edition ID]
                                     print a built-in data file, a start for your own
  careercompare import --onet DIR --bls occupation.xlsx --soc CODES [--oews FILES] [--out FILE]
                                     build a data file of any 2 to 50 occupations from the
                                     official O*NET and BLS downloads, offline, with BLS's
                                     wages by state and area where --oews gives them
  careercompare import --data FILE | --edition ID --oews FILES [--out FILE]
                                     add BLS's wages by state and area to a data file
                                     (careercompare import --help says where to get them)
  careercompare --version            print the version
  careercompare --help               print this help
`

// Run parses the window's flags and opens it until the user quits or ctx
// ends.
func (c *windowCommand) Run(ctx context.Context, args []string) (err error) {
	dataFile, done, err := c.parse(args)
	if done || err != nil {
		return err
	}
	// A Windows GUI build has no console: it logs to a file (see applog).
	logs := applog.Start(c.meta.String(), c.stderr)
	defer logs.End(&err)
	c.stderr = logs.Writer()
	if problem := display.Problem(); problem != "" {
		return fmt.Errorf("%s; to write charts without a window use: careercompare export --help", problem)
	}
	display.Prepare()
	start := ui.Start{File: dataFile}
	if dataFile != "" {
		ds, err := c.loadData(dataFile)
		if err != nil {
			return err
		}
		start.Data = ds
	}
	return c.show(ctx, start, logs.Path())
}

// parse reads the window's flags: the data file to open, or done when
// the command was only to print the help or the version.
func (c *windowCommand) parse(args []string) (dataFile string, done bool, err error) {
	fs := flag.NewFlagSet("careercompare", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	version := fs.Bool("version", false, "print the version")
	fs.StringVar(&dataFile, "data", "", "data file to open")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(c.stdout, usage)
			return "", true, nil
		}
		return "", true, fmt.Errorf("%v (see careercompare --help)", err)
	}
	if *version {
		fmt.Fprintln(c.stdout, c.meta.String())
		return "", true, nil
	}
	if fs.NArg() > 0 {
		return "", true, fmt.Errorf("unknown command %q (see careercompare --help)", fs.Arg(0))
	}
	return dataFile, false, nil
}

// show makes the app and its window with start's data, and runs it until
// the user quits or ctx ends; a window that cannot open is said in one
// sentence (openwindow.go). logFile is where the log is, for Help › About.
func (c *windowCommand) show(ctx context.Context, start ui.Start, logFile string) error {
	app.SetMetadata(fyne.AppMetadata{ID: c.meta.ID, Name: c.meta.Name, Version: c.meta.Version, Build: c.meta.Build, Icon: assets.Icon})
	held, restore := holdLog() // the toolkit's lines wait for the window (openwindow.go)
	defer restore()
	end := starttrace.Region("app.NewWithID (Fyne: settings, preferences file)")
	a := app.NewWithID(c.meta.ID)
	a.SetIcon(assets.Icon)
	end()
	// The fonts load on another core while this thread opens the window
	// system (NewWindow); the content, whose texts are measured, is built
	// once they are loaded (Fyne 2.8's text shaper is not safe for two
	// goroutines at once).
	warm := make(chan struct{})
	go func() {
		defer close(warm)
		ui.WarmFonts()
	}()
	var w fyne.Window
	opened := false
	end = starttrace.Region("NewWindow (Fyne: GLFW init)")
	if p := toolkitFailure(func() { w = a.NewWindow(c.meta.Name) }, &opened); p != "" {
		fmt.Fprint(c.stderr, windowFailure(held.take(), p))
		return exitError(1)
	}
	end()
	end = starttrace.Region("the fonts (WarmFonts, begun before NewWindow)")
	<-warm
	end()
	end = starttrace.Region("ui.New (the window's content, menus, shortcuts)")
	if _, err := ui.New(a, w, start, ui.Info{Name: c.meta.Name, Version: c.meta.Version, LogFile: logFile}); err != nil {
		return err
	}
	end()
	// An interrupt (Ctrl+C in the terminal that started the app) quits as
	// File ▸ Quit does.
	stop := context.AfterFunc(ctx, func() { fyne.Do(a.Quit) })
	defer stop()
	a.Lifecycle().SetOnStarted(func() {
		// Show has made the window, laid its content out and drawn the
		// first frame; the event loop starts after this.
		starttrace.Mark("first frame drawn")
		starttrace.Stop()
		if opened = windowOpen(w); !opened {
			a.Quit() // Fyne would run on with no window
			return
		}
		held.release()
		fitCanvasToWindow(w) // Windows may have made it smaller than asked
	})
	starttrace.Mark("ShowAndRun (Fyne: GL window, content laid out, mapped, first frame)")
	if p := toolkitFailure(w.ShowAndRun, &opened); !opened {
		fmt.Fprint(c.stderr, windowFailure(held.take(), p))
		return exitError(1)
	}
	return nil
}
