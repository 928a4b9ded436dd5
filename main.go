// Command careercompare compares two health-IT careers in a desktop window
// and exports its charts and handout from the command line (cli).
package main

import (
	"context"
	_ "embed"
	"fmt"
	"os"
	"os/signal"

	"careercompare/cli"
	"careercompare/internal/appmeta"
	_ "careercompare/internal/plainlocale" // before Fyne reads the locale
	"careercompare/internal/starttrace"    // before Fyne's init, when CAREERCOMPARE_TRACE asks
)

// fyneAppTOML is the app's metadata. A plain go build does not put it into
// the binary (Fyne looks for it beside the executable at run time), so it
// is embedded here, the one package that can reach it: the version and app
// ID are right wherever the binary runs.
//
//go:embed FyneApp.toml
var fyneAppTOML []byte

func main() {
	starttrace.Mark("main")
	meta, err := appmeta.Parse(fyneAppTOML)
	if err != nil {
		fmt.Fprintln(os.Stderr, "careercompare:", err)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := cli.Run(ctx, os.Args[1:], meta, os.Stdout, os.Stderr)
	stop()
	starttrace.Stop() // the window stops it at its first frame; a subcommand here
	os.Exit(code)
}
