package ui

import (
	"context"
	"io"
	"os"
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
	"careercompare/officialdata"
	"careercompare/officialdata/oews"
)

// Preference keys of the import: the downloads read last.
const (
	prefImportONet = "import.onet"
	prefImportBLS  = "import.bls"
)

// importForm is File ▸ Import official data…: the O*NET folder and the BLS
// workbook, read off the UI goroutine as soon as each is chosen; a search
// of their occupations by title or code; 2 to 50 of them chosen, the first
// two compared; and the file to write. The data file it writes is opened
// as any data file is, and remembered.
type importForm struct {
	u   *UI
	dlg dialog.Dialog
	// onet and bls are the downloads read; nil until read. The work run
	// off the UI goroutine only reads them.
	onet *officialdata.ONet
	bls  *officialdata.BLS
	// gen counts the reads and the import started, so that a result that
	// came too late is dropped; closed is set when the dialog is gone.
	gen    map[string]int
	closed bool
	cancel context.CancelFunc

	// zips asks for the O*NET download's zip, wagesOpener for a table of
	// wages by state and area; tests replace them.
	zips, wagesOpener FileOpener
	// wages are the OEWS tables chosen; addWages adds them, by
	// themselves, to the figures on screen.
	wages      []string
	wagesLabel *widget.Label
	addWages   *widget.Button
	// bar shows how far the reading of the wage tables is.
	bar *widget.ProgressBar

	onetLabel, blsLabel, readLabel *widget.Label
	search                         *keyEntry
	list                           *widget.List
	all, shown                     []officialdata.Occupation
	chosen                         []officialdata.Occupation
	chosenLabel                    *widget.Label
	name                           *keyEntry
	folder, status                 *widget.Label
	importButton                   *widget.Button
	busy                           bool
}

// importData opens the import dialog; the downloads read last are read
// again if they are still there.
func (u *UI) importData() *importForm {
	f := &importForm{u: u, gen: map[string]int{}, zips: dialogFileOpener{exts: []string{".zip"}, folder: u.lastFolder},
		wagesOpener: dialogFileOpener{exts: []string{".zip", ".xlsx"}, folder: u.lastFolder}}
	ctx, cancel := context.WithCancel(context.Background())
	f.cancel = cancel
	intro := wrapped(widget.NewLabel(u.tr("import.intro")))
	f.readLabel = wrapped(widget.NewLabel(""))
	f.search = newKeyEntry(u)
	f.search.SetPlaceHolder(u.tr("import.searchPlaceholder"))
	f.search.OnChanged = func(string) { f.filter() }
	f.list = widget.NewList(func() int { return len(f.shown) }, func() fyne.CanvasObject { return widget.NewCheck("", nil) }, f.updateRow)
	f.chosenLabel = wrapped(widget.NewLabel(""))
	f.status = wrapped(widget.NewLabel(""))
	f.importButton = widget.NewButtonWithIcon(u.tr("import.button"), theme.DocumentSaveIcon(), func() { f.submit(ctx) })
	f.importButton.Importance = widget.HighImportance
	cancelButton := widget.NewButton(u.tr("button.cancel"), f.close)
	top := container.NewVBox(intro, f.sources(ctx), f.readLabel, container.NewBorder(nil, nil, widget.NewLabel(u.tr("import.search")), nil, f.search))
	f.bar = widget.NewProgressBar()
	f.bar.Hide()
	bottom := container.NewVBox(f.chosenLabel, f.wagesStep(ctx), f.saveAs(), f.bar, container.NewBorder(nil, nil, nil, container.NewHBox(cancelButton, f.importButton), f.status))
	f.dlg = dialog.NewCustomWithoutButtons(u.tr("import.title"), container.NewBorder(top, bottom, nil, nil, f.list), u.win)
	f.dlg.SetOnClosed(f.close)
	// As large as the window allows: the list of occupations gets the
	// room.
	size := u.win.Canvas().Size()
	f.dlg.Resize(fyne.NewSize(max(min(900, size.Width-40), 640), max(size.Height-40, 560)))
	f.update()
	u.showDialog(f.dlg)
	p := u.app.Preferences()
	if dir := p.String(prefImportONet); dir != "" && exists(dir) {
		f.readONet(ctx, dir)
	}
	if path := p.String(prefImportBLS); path != "" && exists(path) {
		f.readBLS(ctx, path)
	}
	return f
}

// wrapped is l with its words wrapped.
func wrapped(l *widget.Label) *widget.Label {
	l.Wrapping = fyne.TextWrapWord
	return l
}

// sources are the downloads to read, each with what was read of it and
// the buttons that choose it: O*NET's zip or folder, BLS's workbook.
func (f *importForm) sources(ctx context.Context) fyne.CanvasObject {
	u := f.u
	f.onetLabel = wrapped(widget.NewLabel(u.tr("import.onetNotChosen")))
	f.blsLabel = wrapped(widget.NewLabel(u.tr("import.blsNotChosen")))
	chooseONet := widget.NewButtonWithIcon(u.tr("export.chooseFolder"), theme.FolderOpenIcon(), func() {
		u.folders.PickFolder(u.win, u.app.Preferences().String(prefImportONet), func(dir string) {
			if dir != "" {
				f.readONet(ctx, dir)
			}
		})
	})
	// The download's zip is read in place, as O*NET serves it.
	chooseZip := widget.NewButtonWithIcon(u.tr("import.chooseZip"), theme.FileIcon(), func() {
		f.zips.OpenFile(u.win, func(path string) {
			if path != "" {
				f.readONet(ctx, path)
			}
		})
	})
	chooseBLS := widget.NewButtonWithIcon(u.tr("import.chooseFile"), theme.FileIcon(), func() {
		u.workbooks.OpenFile(u.win, func(path string) {
			if path != "" {
				f.readBLS(ctx, path)
			}
		})
	})
	return widget.NewForm(
		widget.NewFormItem(u.tr("import.onet"), container.NewBorder(nil, nil, nil, container.NewHBox(chooseZip, chooseONet), f.onetLabel)),
		widget.NewFormItem(u.tr("import.bls"), container.NewBorder(nil, nil, nil, chooseBLS, f.blsLabel)),
	)
}

// saveAs is the file the import writes: its name, its folder and the
// button that chooses another.
func (f *importForm) saveAs() fyne.CanvasObject {
	u := f.u
	f.name = newKeyEntry(u)
	f.name.SetText("imported-occupations.json")
	f.folder = widget.NewLabel(u.exportFolder())
	f.folder.Truncation = fyne.TextTruncateEllipsis
	chooseFolder := widget.NewButton(u.tr("export.chooseFolder"), func() {
		u.folders.PickFolder(u.win, f.folder.Text, func(dir string) {
			if dir != "" {
				f.folder.SetText(dir)
			}
		})
	})
	return widget.NewForm(
		widget.NewFormItem(u.tr("import.saveAs"), container.NewGridWithColumns(2, f.name,
			container.NewBorder(nil, nil, widget.NewLabel(u.tr("export.folder")), chooseFolder, f.folder))),
	)
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// close stops any work in progress and hides the dialog.
func (f *importForm) close() {
	if f.closed {
		return
	}
	f.closed = true
	f.cancel()
	f.dlg.Hide()
}

// start counts a new piece of work of a kind and returns a check that it
// is still the newest of its kind, on a dialog still open.
func (f *importForm) start(kind string) func() bool {
	f.gen[kind]++
	g := f.gen[kind]
	return func() bool { return !f.closed && f.gen[kind] == g }
}

// readONet reads the O*NET download, its zip or its folder, off the UI
// goroutine.
func (f *importForm) readONet(ctx context.Context, dir string) {
	u, current := f.u, f.start("onet")
	f.onet = nil
	f.onetLabel.SetText(u.tr("import.reading", catalog.Args{"File": dir}))
	f.update()
	u.spawn(func() {
		o, err := officialdata.OpenONet(ctx, dir)
		fyne.Do(func() {
			if !current() {
				return
			}
			if err != nil {
				f.onetLabel.SetText(u.tr("import.cannotRead", catalog.Args{"Error": err.Error()}))
				fyne.LogError("import: O*NET folder", err)
			} else {
				f.onet = o
				u.app.Preferences().SetString(prefImportONet, dir)
				f.onetLabel.SetText(u.trn("import.onetRead", o.Occupations(), catalog.Args{"Name": o.Name(), "Folder": o.Dir}))
			}
			f.update()
		})
	})
}

// readBLS reads the BLS workbook off the UI goroutine.
func (f *importForm) readBLS(ctx context.Context, path string) {
	u, current := f.u, f.start("bls")
	f.bls = nil
	f.blsLabel.SetText(u.tr("import.reading", catalog.Args{"File": path}))
	f.update()
	u.spawn(func() {
		b, err := officialdata.OpenBLS(ctx, path)
		fyne.Do(func() {
			if !current() {
				return
			}
			if err != nil {
				f.blsLabel.SetText(u.tr("import.cannotRead", catalog.Args{"Error": err.Error()}))
				fyne.LogError("import: BLS workbook", err)
			} else {
				f.bls = b
				u.app.Preferences().SetString(prefImportBLS, path)
				f.blsLabel.SetText(u.trn("import.blsRead", b.Occupations(), catalog.Args{"Period": b.Period(), "Year": b.WageYear, "File": path, "Sheet": b.Sheet}))
			}
			f.update()
		})
	})
}

// update lists the occupations of what is read, and says what can be done.
func (f *importForm) update() {
	u := f.u
	f.all = officialdata.Occupations(f.onet, f.bls)
	f.filter()
	switch {
	case f.onet == nil || f.bls == nil:
		f.readLabel.SetText(u.tr("import.needBoth"))
	default:
		f.readLabel.SetText(u.trn("import.offered", len(f.all), catalog.Args{}))
	}
	codes := make([]string, len(f.chosen))
	for i, oc := range f.chosen {
		codes[i] = oc.Code
	}
	if len(f.chosen) == 0 {
		f.chosenLabel.SetText(u.tr("import.noneChosen"))
	} else {
		f.chosenLabel.SetText(u.trn("import.chosen", len(f.chosen), catalog.Args{"List": strings.Join(codes, ", ")}))
	}
	ready := f.onet != nil && f.bls != nil && len(f.chosen) >= model.MinCareers && len(f.chosen) <= model.MaxCareers && !f.busy
	enable(f.importButton, ready)
	if f.addWages != nil {
		enable(f.addWages, len(f.wages) > 0 && !f.busy)
	}
}

// enable enables or disables a button.
func enable(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

// filter shows the occupations that match the search.
func (f *importForm) filter() {
	f.shown = officialdata.Search(f.all, f.search.Text)
	f.list.Refresh()
}

// rowText names an occupation in the list, and the downloads it is in.
func (f *importForm) rowText(oc officialdata.Occupation) string {
	args := catalog.Args{"Code": oc.Code, "Title": oc.Title}
	switch {
	case oc.InONet && oc.InBLS || f.onet == nil || f.bls == nil: // which lacks it is known once both are read
		return f.u.tr("import.rowBoth", args)
	case oc.InONet && oc.Group != "":
		args["Group"] = oc.Group
		return f.u.tr("import.rowGroup", args)
	case oc.InONet:
		return f.u.tr("import.rowONet", args)
	}
	return f.u.tr("import.rowBLS", args)
}

// updateRow shows occupation i of the list in a row.
func (f *importForm) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	c := o.(*widget.Check)
	if i < 0 || i >= len(f.shown) {
		return
	}
	oc := f.shown[i]
	c.OnChanged = nil
	c.Text, c.Checked = f.rowText(oc), f.isChosen(oc.Code)
	c.Refresh()
	c.OnChanged = func(on bool) { f.choose(oc, on) }
}

func (f *importForm) isChosen(code string) bool {
	for _, oc := range f.chosen {
		if oc.Code == code {
			return true
		}
	}
	return false
}

// choose adds an occupation to the chosen ones, or takes it away.
func (f *importForm) choose(oc officialdata.Occupation, on bool) {
	f.status.SetText("")
	switch {
	case on && f.isChosen(oc.Code):
	case on && len(f.chosen) >= model.MaxCareers:
		f.status.SetText(f.u.tr("import.tooMany", catalog.Args{"Max": model.MaxCareers}))
		f.list.Refresh()
	case on:
		f.chosen = append(f.chosen, oc)
	default:
		for i, x := range f.chosen {
			if x.Code == oc.Code {
				f.chosen = append(f.chosen[:i], f.chosen[i+1:]...)
				break
			}
		}
	}
	f.update()
}

// submit checks the file name and folder, asks before replacing a file,
// then imports.
func (f *importForm) submit(ctx context.Context) {
	u := f.u
	name := strings.TrimSpace(f.name.Text)
	if !strings.HasSuffix(strings.ToLower(name), ".json") || strings.ContainsAny(name, `/\`) || len(name) <= len(".json") {
		f.status.SetText(u.tr("import.errName"))
		return
	}
	dir := f.folder.Text
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		f.status.SetText(u.tr("export.errFolder", catalog.Args{"Folder": dir}))
		return
	}
	path := filepath.Join(dir, name)
	if exists(path) {
		u.confirm(u.tr("export.replaceTitle"), u.trn("export.replace", 1, catalog.Args{"Files": name, "Folder": dir}), func(ok bool) {
			if ok {
				f.run(ctx, path)
			}
		})
		return
	}
	f.run(ctx, path)
}

// run builds the data of the chosen occupations off the UI goroutine,
// writes it through a temporary file renamed into place, then opens it.
// On any problem nothing is written and the data on screen stays.
func (f *importForm) run(ctx context.Context, path string) {
	u, current := f.u, f.start("import")
	d := &officialdata.Downloads{ONet: f.onet, BLS: f.bls}
	codes := make([]string, len(f.chosen))
	for i, oc := range f.chosen {
		codes[i] = oc.Code
	}
	f.busy = true
	f.status.SetText(u.tr("import.working"))
	f.update()
	files := append([]string(nil), f.wages...)
	u.spawn(func() {
		ds, report, err := d.Build(ctx, codes)
		var wages *oews.Report
		if err == nil && len(files) > 0 {
			wages, err = readWages(ctx, ds, files, f.progress(current))
		}
		var b []byte
		if err == nil {
			b, err = oews.Marshal(ds) // as officialdata.Marshal, the wages one place a line
		}
		if err == nil && ctx.Err() != nil {
			err = ctx.Err()
		}
		if err == nil {
			err = export.WriteFile(path, func(w io.Writer) error { _, err := w.Write(b); return err })
		}
		fyne.Do(func() {
			f.done(current, path, err, func() {
				u.showImportReport(path, report)
				if wages != nil {
					u.showWagesReport(path, wages)
				}
			})
		})
	})
}
