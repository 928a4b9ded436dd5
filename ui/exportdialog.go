package ui

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"careercompare/charts"
	"careercompare/charts/export"
	"careercompare/internal/catalog"
	"careercompare/model/wording"
)

// Export sizes offered in the dialog, by the index of their choice.
const (
	sizeScreen = iota
	sizeSlide
	sizePrint
)

// exportAll names the dialog that writes every chart into a folder.
const exportAll = "all"

// exportForm is the export dialog of one chart, of the handout, or of all
// charts at once (chart == exportAll: no file name, default names).
type exportForm struct {
	u      *UI
	chart  string
	name   *keyEntry
	format *widget.RadioGroup
	size   *picker
	// sizes are the size choices, by the indexes above; for the handout,
	// papers (Letter, then A4).
	sizes  []int
	folder *widget.Label
	status *widget.Label
	save   *widget.Button
	dlg    dialog.Dialog
	// The handout's own fields: the student's name, the session's date,
	// next steps. They are written into the handout and nowhere else.
	student, date *keyEntry
	next          *keyEntry
}

// exportButton opens the export dialog of a chart.
func (u *UI) exportButton(chart string) *widget.Button {
	return widget.NewButtonWithIcon(u.tr("export.button"), theme.DocumentSaveIcon(), func() { u.exportChart(chart) })
}

// exportFolder is the folder exports start in: the last one used, else the
// user's Documents or home folder.
func (u *UI) exportFolder() string {
	if d := u.app.Preferences().String(prefExportFolder); d != "" {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d
		}
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "."
	}
	if st, err := os.Stat(filepath.Join(home, "Documents")); err == nil && st.IsDir() {
		return filepath.Join(home, "Documents")
	}
	return home
}

// exportFile returns the file of a chart, or of the handout, with the
// window's current state, in its language.
func (u *UI) exportFile(chart string, f charts.Format, size charts.Size, paper export.Paper) export.File {
	if chart == export.ChartHandout {
		return export.Handout{Comparison: u.comparison(), Lang: u.lang, Paper: paper, Format: f}
	}
	return export.Picture{Chart: chart, Format: f, Size: size, Theme: u.exportTheme(), Lang: u.lang, Comparison: u.comparison()}
}

// exportHandout opens the export dialog of the handout: a PDF, or the
// accessible HTML page.
func (u *UI) exportHandout() *exportForm { return u.exportChart(export.ChartHandout) }

// exportAllCharts opens the dialog that writes every chart into a folder.
func (u *UI) exportAllCharts() *exportForm { return u.exportChart(exportAll) }

// exportChart opens the export dialog for a chart, the handout or all.
func (u *UI) exportChart(chart string) *exportForm {
	if chart == charts.ChartLadder && u.compared().Ladder == nil {
		// Nothing to draw: say why, as the Education tab does.
		u.showDialog(dialog.NewInformation(u.tr("export.titleLadder"), wording.NoLadder(u.lang, u.data.Edition), u.win))
		return nil
	}
	f := &exportForm{u: u, chart: chart}
	title, sizeLabel, formats, choices := f.choices()
	f.makeFields(formats, choices)
	form := f.form(sizeLabel)
	height := float32(320)
	if chart == export.ChartHandout {
		f.handoutFields(form)
		height = 520
	}
	f.save = widget.NewButtonWithIcon(u.tr("export.save"), theme.DocumentSaveIcon(), f.submit)
	f.save.Importance = widget.HighImportance
	cancel := widget.NewButton(u.tr("button.cancel"), func() { f.dlg.Hide() })
	content := container.NewBorder(nil, container.NewVBox(f.status, container.NewHBox(layoutSpacer(), cancel, f.save)), nil, nil, form)
	f.dlg = dialog.NewCustomWithoutButtons(title, content, u.win)
	f.dlg.Resize(u.dialogSize(660, height))
	u.showDialog(f.dlg)
	return f
}

// choices are the dialog's title, the label of its size field, its
// formats and its size (or, for the handout, paper) choices; f.sizes are
// set to match.
func (f *exportForm) choices() (title, sizeLabel string, formats, choices []string) {
	u := f.u
	formats = []string{"PNG", "SVG", "PDF"}
	sizeNames := []string{u.tr("export.sizeScreen"), u.tr("export.sizeSlide"), u.tr("export.sizePrint")}
	f.sizes = []int{sizeScreen, sizeSlide, sizePrint}
	sizeLabel, title = u.tr("export.size"), u.tr(map[string]string{charts.ChartSalary: "export.titleSalary", charts.ChartGrowth: "export.titleGrowth", charts.ChartLadder: "export.titleLadder"}[f.chart])
	switch f.chart {
	case export.ChartHandout:
		formats, sizeLabel, title = []string{"PDF", "HTML"}, u.tr("export.paper"), u.tr("export.titleHandout")
		choices = []string{u.tr("export.paperLetter"), u.tr("export.paperA4")}
	case exportAll:
		f.sizes, title = []int{sizeSlide, sizePrint}, u.tr("export.titleAll")
	}
	if choices == nil {
		for _, i := range f.sizes {
			choices = append(choices, sizeNames[i])
		}
	}
	return title, sizeLabel, formats, choices
}

// makeFields makes the fields every export has: the file name, the
// format, the size, the folder and the status line.
func (f *exportForm) makeFields(formats, choices []string) {
	u := f.u
	f.name = newKeyEntry(u)
	f.format = widget.NewRadioGroup(formats, func(string) { f.fixExtension() })
	f.format.Horizontal = true
	f.format.SetSelected(formats[0])
	f.name.SetText(u.exportFile(f.chart, f.chosenFormat(), charts.Size{}, export.Letter).DefaultName())
	f.size = newGuardedSelect(choices, nil)
	f.size.SetSelectedIndex(min(1, len(choices)-1))
	if f.chart == export.ChartHandout {
		f.size.SetSelectedIndex(0)
	}
	f.folder = widget.NewLabel(u.exportFolder())
	f.folder.Truncation = fyne.TextTruncateEllipsis
	f.status = widget.NewLabel("")
	f.status.Wrapping = fyne.TextWrapWord
}

// form lays the fields out: the file name (none for all charts), the
// format, the size, the folder and its button, and, for pictures from a
// dark window, whether they are dark too.
func (f *exportForm) form(sizeLabel string) *widget.Form {
	u := f.u
	choose := widget.NewButton(u.tr("export.chooseFolder"), func() {
		u.folders.PickFolder(u.win, f.folder.Text, func(dir string) {
			if dir != "" {
				f.folder.SetText(dir)
			}
		})
	})
	form := widget.NewForm()
	if f.chart != exportAll {
		form.Append(u.tr("export.fileName"), f.name)
	}
	form.Append(u.tr("export.format"), f.format)
	form.Append(sizeLabel, f.size)
	form.Append(u.tr("export.folder"), container.NewBorder(nil, nil, nil, choose, f.folder))
	if f.chart != export.ChartHandout && u.chartTheme() == charts.Dark {
		// Pictures are light, for paper and light slides, unless asked.
		dark := widget.NewCheck(u.tr("export.darkPictures"), func(on bool) { u.app.Preferences().SetBool(prefExportDark, on) })
		dark.SetChecked(u.app.Preferences().Bool(prefExportDark))
		form.Append("", dark)
	}
	return form
}

// handoutFields adds the student's own part of the handout to form: their
// name, the session's date, next steps. They are kept in the dialog and
// for the session's next handout only.
func (f *exportForm) handoutFields(form *widget.Form) {
	u := f.u
	f.student = newKeyEntry(u)
	f.student.SetPlaceHolder(u.tr("export.studentPlaceholder"))
	f.student.SetText(u.handoutFor.student)
	f.date = newKeyEntry(u)
	f.date.SetText(u.now().Format(time.DateOnly))
	f.next = newKeyEntry(u)
	f.next.MultiLine, f.next.Wrapping = true, fyne.TextWrapWord
	f.next.SetPlaceHolder(u.tr("export.nextPlaceholder"))
	f.next.SetMinRowsVisible(3)
	f.next.SetText(u.handoutFor.next)
	form.Append(u.tr("export.student"), f.student)
	form.Append(u.tr("export.date"), f.date)
	form.Append(u.tr("export.next"), f.next)
}

func layoutSpacer() fyne.CanvasObject { return layout.NewSpacer() }

func (f *exportForm) chosenFormat() charts.Format {
	switch f.format.Selected {
	case "SVG":
		return charts.SVG
	case "PDF":
		return charts.PDF
	case "HTML":
		return charts.HTML
	}
	return charts.PNG
}

// fixExtension makes the file name end in the chosen format's extension.
func (f *exportForm) fixExtension() {
	if f.name == nil {
		return
	}
	f.name.SetText(withExtension(f.name.Text, f.chosenFormat()))
}

// withExtension replaces a known extension of an export, or adds one.
func withExtension(name string, format charts.Format) string {
	name = strings.TrimSpace(name)
	ext := strings.ToLower(filepath.Ext(name))
	switch ext {
	case ".png", ".svg", ".pdf", ".html":
		name = strings.TrimSuffix(name, filepath.Ext(name))
	}
	if name == "" {
		return ""
	}
	return name + "." + format.Ext()
}

// chosenSize maps the size choice to pixels.
func (f *exportForm) chosenSize(chart string) charts.Size {
	i := f.size.SelectedIndex()
	if i < 0 || i >= len(f.sizes) {
		i = 0
	}
	switch f.sizes[i] {
	case sizeScreen:
		if v := f.u.chartView(chart); v != nil {
			if s := v.ScreenSize(); s.Width >= charts.MinWidth && s.Height >= charts.MinHeight {
				return s
			}
		}
		if l := f.u.ladderOnScreen(); chart == charts.ChartLadder && l != nil && l.Size().Width >= charts.MinWidth && l.Size().Height >= charts.MinHeight {
			scale := 1.0
			if c := fyne.CurrentApp().Driver().CanvasForObject(l); c != nil {
				scale = float64(c.Scale())
			}
			return charts.Size{Width: int(l.Size().Width), Height: int(l.Size().Height), Scale: scale, TextScale: float64(f.u.theme.scale)}
		}
		return charts.Size{Width: 960, Height: 600, Scale: 1}
	case sizePrint:
		// 2480 pixels: the width of A4 at 300 dpi (Letter is 2550).
		return charts.Size{Width: 1240, Height: 827, Scale: 2}
	}
	return charts.Size{Width: 1920, Height: 1080, Scale: 1}
}

// files returns the files the dialog would write, and their paths.
func (f *exportForm) files(dir string) ([]string, []export.File) {
	var paths []string
	var jobs []export.File
	paper := export.Letter
	if f.chart == export.ChartHandout && f.size.SelectedIndex() == 1 {
		paper = export.A4
	}
	add := func(chart, name string) {
		j := f.u.exportFile(chart, f.chosenFormat(), f.chosenSize(chart), paper)
		if h, ok := j.(export.Handout); ok {
			h.Student, h.NextSteps = strings.TrimSpace(f.student.Text), f.next.Text
			// Kept for the next handout of this session, in memory only.
			f.u.handoutFor = handoutFor{student: f.student.Text, next: f.next.Text}
			if d, err := time.Parse(time.DateOnly, strings.TrimSpace(f.date.Text)); err == nil {
				h.Date = d
			}
			j = h
		}
		if name == "" {
			name = j.DefaultName()
		}
		paths = append(paths, filepath.Join(dir, name))
		jobs = append(jobs, j)
	}
	if f.chart != exportAll {
		add(f.chart, withExtension(f.name.Text, f.chosenFormat()))
		return paths, jobs
	}
	for _, c := range charts.ChartNames {
		if c == charts.ChartLadder && f.u.compared().Ladder == nil {
			continue
		}
		add(c, "")
	}
	return paths, jobs
}

// submit checks the name and folder, asks before replacing a file, then
// writes.
func (f *exportForm) submit() {
	u := f.u
	if f.chart != exportAll {
		name := withExtension(f.name.Text, f.chosenFormat())
		if name == "" || strings.ContainsAny(name, `/\`) || name == "."+f.chosenFormat().Ext() {
			f.status.SetText(u.tr("export.errName"))
			return
		}
		f.name.SetText(name)
	}
	if f.date != nil {
		if _, err := time.Parse(time.DateOnly, strings.TrimSpace(f.date.Text)); err != nil {
			f.status.SetText(u.tr("export.errDate"))
			return
		}
	}
	dir := f.folder.Text
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		f.status.SetText(u.tr("export.errFolder", catalog.Args{"Folder": dir}))
		return
	}
	paths, jobs := f.files(dir)
	var existing []string
	for _, p := range paths {
		if _, err := os.Stat(p); err == nil {
			existing = append(existing, filepath.Base(p))
		}
	}
	if len(existing) > 0 {
		msg := u.trn("export.replace", len(existing), catalog.Args{"Files": strings.Join(existing, ", "), "Folder": dir})
		f.u.confirm(u.tr("export.replaceTitle"), msg, func(ok bool) {
			if ok {
				f.write(paths, jobs)
			}
		})
		return
	}
	f.write(paths, jobs)
}

// write renders and writes the files off the UI goroutine, each through a
// temporary file renamed into place, with a progress bar.
func (f *exportForm) write(paths []string, jobs []export.File) {
	u := f.u
	f.dlg.Hide()
	u.app.Preferences().SetString(prefExportFolder, filepath.Dir(paths[0]))
	u.rememberFolder(filepath.Dir(paths[0]))
	bar := widget.NewProgressBar()
	bar.Max = float64(len(paths))
	progress := dialog.NewCustomWithoutButtons(u.tr("export.progress"), bar, u.win)
	progress.Show()
	u.spawn(func() {
		var err error
		for i, p := range paths {
			if err = export.WriteFile(p, jobs[i].Write); err != nil {
				break
			}
			done := float64(i + 1)
			fyne.Do(func() { bar.SetValue(done) })
		}
		fyne.Do(func() {
			progress.Hide()
			u.afterExport(paths, err)
		})
	})
}

// afterExport tells the user where the files are, or why they are not.
func (u *UI) afterExport(paths []string, err error) {
	if u.exported != nil {
		defer u.exported(paths[0], err)
	}
	if err != nil {
		u.showError(u.tr("error.export"), unwrapPathError(err))
		return
	}
	path := paths[0]
	open := widget.NewButton(u.tr("saved.open"), func() { u.openPath(path) })
	show := widget.NewButton(u.tr("saved.showFolder"), func() { u.openPath(filepath.Dir(path)) })
	text := u.tr("saved.file", catalog.Args{"Path": path})
	if len(paths) > 1 {
		names := make([]string, len(paths))
		for i, p := range paths {
			names[i] = filepath.Base(p)
		}
		text = u.tr("saved.files", catalog.Args{"Folder": filepath.Dir(path), "Files": strings.Join(names, ", ")})
	}
	msg := widget.NewLabel(text)
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(u.tr("saved.title"), u.tr("button.close"), container.NewVBox(msg, container.NewHBox(open, show)), u.win)
	d.Resize(u.dialogSize(520, 160))
	u.showDialog(d)
}

// openPath opens a file or folder with the system's default program.
func (u *UI) openPath(path string) {
	if err := u.app.OpenURL(&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}); err != nil {
		u.showError(u.tr("error.open", catalog.Args{"File": path}), err)
	}
}

// unwrapPathError keeps the reason of a file error readable.
func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Path, pe.Err)
	}
	return err
}
