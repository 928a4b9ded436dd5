package ui

import (
	"context"
	"io"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"careercompare/charts/export"
	"careercompare/internal/catalog"
	"careercompare/model"
	"careercompare/officialdata/oews"
)

// wagesStep is the import dialog's step Wages by state and area: BLS's
// OEWS tables, chosen one file at a time (the zips as the browser saved
// them, or the tables in them), read with the import, or added by
// themselves to the figures on screen.
func (f *importForm) wagesStep(ctx context.Context) fyne.CanvasObject {
	u := f.u
	f.wagesLabel = widget.NewLabel(u.tr("wages.notChosen"))
	f.wagesLabel.Wrapping = fyne.TextWrapWord
	choose := widget.NewButtonWithIcon(u.tr("wages.choose"), theme.FileIcon(), func() {
		f.wagesOpener.OpenFile(u.win, func(path string) {
			if path != "" {
				f.wages = append(f.wages, path)
				f.showWages()
			}
		})
	})
	clear := widget.NewButton(u.tr("wages.clear"), func() {
		f.wages = nil
		f.showWages()
	})
	f.addWages = widget.NewButtonWithIcon(u.tr("wages.addToScreen"), theme.ContentAddIcon(), func() { f.submitWages(ctx) })
	return widget.NewForm(widget.NewFormItem(u.tr("wages.step"),
		container.NewVBox(container.NewBorder(nil, nil, nil, container.NewHBox(choose, clear), f.wagesLabel), container.NewHBox(f.addWages))))
}

// showWages lists the wage tables chosen.
func (f *importForm) showWages() {
	u := f.u
	if len(f.wages) == 0 {
		f.wagesLabel.SetText(u.tr("wages.notChosen"))
	} else {
		names := make([]string, len(f.wages))
		for i, p := range f.wages {
			names[i] = filepath.Base(p)
		}
		f.wagesLabel.SetText(u.trn("wages.chosen", len(f.wages), catalog.Args{"Files": strings.Join(names, ", ")}))
	}
	f.update()
}

// wagesFile is the data file the wages added to the figures on screen go
// to: beside the data file on screen, or, for a built-in edition, in the
// dialog's folder, named after it.
func (f *importForm) wagesFile() string {
	u := f.u
	if u.src.file != "" {
		base := strings.TrimSuffix(filepath.Base(u.src.file), filepath.Ext(u.src.file))
		return filepath.Join(filepath.Dir(u.src.file), strings.TrimSuffix(base, "-wages")+"-wages.json")
	}
	return filepath.Join(f.folder.Text, u.data.Edition.ID+"-wages.json")
}

// submitWages adds the wages to the figures on screen, asking before it
// replaces a file.
func (f *importForm) submitWages(ctx context.Context) {
	u, path := f.u, f.wagesFile()
	msg := u.tr("wages.confirm", catalog.Args{"File": filepath.Base(path), "Folder": filepath.Dir(path)})
	switch {
	case path == u.src.file:
		// The file on screen has wages already: they are replaced in it.
		msg = u.tr("wages.confirmSame", catalog.Args{"File": filepath.Base(path), "Folder": filepath.Dir(path)})
	case exists(path):
		msg += "\n\n" + u.trn("export.replace", 1, catalog.Args{"Files": filepath.Base(path), "Folder": filepath.Dir(path)})
	}
	// A new data file is written: say where, and ask.
	u.confirm(u.tr("wages.confirmTitle"), msg, func(ok bool) {
		if ok {
			f.runWages(ctx, path)
		}
	})
}

// runWages reads the wage tables for the careers on screen off the UI
// goroutine, with its progress, and writes the data on screen with them
// to path, then opens it. On any problem nothing is written and the data
// on screen stays.
func (f *importForm) runWages(ctx context.Context, path string) {
	u, current := f.u, f.start("import")
	// The data on screen, as a file would have it: a copy the work off the
	// UI goroutine may change.
	b, err := oews.Marshal(u.data)
	var ds *model.Dataset
	if err == nil {
		ds, err = model.Load(path, b)
	}
	if err != nil {
		f.status.SetText(u.tr("import.failed", catalog.Args{"Error": err.Error()}))
		return
	}
	files := append([]string(nil), f.wages...)
	f.busy = true
	f.status.SetText(u.tr("wages.reading", catalog.Args{"Percent": 0}))
	f.update()
	u.spawn(func() {
		report, err := readWages(ctx, ds, files, f.progress(current))
		var out []byte
		if err == nil {
			out, err = oews.Marshal(ds)
		}
		if err == nil && ctx.Err() != nil {
			err = ctx.Err()
		}
		if err == nil {
			err = export.WriteFile(path, func(w io.Writer) error { _, err := w.Write(out); return err })
		}
		fyne.Do(func() {
			f.done(current, path, err, func() {
				if report != nil {
					u.showWagesReport(path, report)
				}
			})
		})
	})
}

// readWages reads the OEWS tables for a dataset's careers and puts their
// wages into it; it returns what it read and found.
func readWages(ctx context.Context, ds *model.Dataset, files []string, progress func(done, total int64)) (*oews.Report, error) {
	w, r, err := oews.Read(ctx, files, oews.Wants(ds), progress)
	if err != nil {
		return nil, err
	}
	if r.Spreads, err = oews.Attach(ds, w, oews.NewSource(r)); err != nil {
		return nil, err
	}
	return r, nil
}

// progress says, on the status line, how far the reading of the wage
// tables is.
func (f *importForm) progress(current func() bool) func(done, total int64) {
	return func(done, total int64) {
		if total <= 0 {
			return
		}
		pct := int(100 * done / total)
		fyne.Do(func() {
			if current() {
				f.status.SetText(f.u.tr("wages.reading", catalog.Args{"Percent": pct}))
				f.bar.SetValue(float64(pct) / 100)
				f.bar.Show()
			}
		})
	}
}

// done ends an import or an addition of wages: it opens the file
// written, then shows its report, or says why nothing was written.
func (f *importForm) done(current func() bool, path string, err error, report func()) {
	u := f.u
	if !current() {
		return
	}
	f.busy = false
	f.bar.Hide()
	if err != nil {
		fyne.LogError("import", err)
		f.status.SetText(u.tr("import.failed", catalog.Args{"Error": unwrapPathError(err).Error()}))
		f.update()
		return
	}
	f.close()
	u.loadFile(path)
	if u.src.file == path {
		report()
	}
}

// showWagesReport says, in the window's language, what the wage tables
// held of the careers: the release, the areas, and for each occupation in
// how many areas BLS publishes its wages, and what it does not publish.
func (u *UI) showWagesReport(path string, r *oews.Report) {
	lines := []string{u.tr("import.opened", catalog.Args{"File": path}),
		u.tr("wages.read", catalog.Args{"Release": u.wagesRelease(r), "States": r.AreasOf(model.PlaceState, model.PlaceTerritory),
			"Metros": r.AreasOf(model.PlaceMetro), "Nonmetros": r.AreasOf(model.PlaceNonmetro)})}
	var notes []string
	for _, o := range r.Occupations {
		title := o.Title
		if k, ok := u.data.Career(o.Career); ok && title == "" {
			title = k.Name.In(u.lang)
		}
		args := catalog.Args{"Code": o.Code, "Title": title, "Areas": o.Areas, "NoWage": o.NoWage, "TopCoded": o.TopCoded, "Rough": o.Rough}
		if !o.Found {
			lines = append(lines, u.tr("wages.notFound", args))
			continue
		}
		lines = append(lines, u.tr("wages.found", args))
		notes = append(notes, o.Notes...)
	}
	for _, n := range notes {
		lines = append(lines, n+" "+u.tr("text.untranslated"))
	}
	l := widget.NewLabel(strings.Join(lines, "\n\n"))
	l.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(u.tr("wages.doneTitle"), u.tr("button.close"), container.NewVScroll(l), u.win)
	d.Resize(u.dialogSize(680, 420))
	u.showDialog(d)
}

// wagesRelease is the release of the wages read, in the window's language
// where the data on screen has them ("mayo de 2025"), else as the report
// says it.
func (u *UI) wagesRelease(r *oews.Report) string {
	if w := u.data.Wages; w != nil && w.Release.EN == r.Release {
		return w.Release.In(u.lang)
	}
	return r.Release
}
