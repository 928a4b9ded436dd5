package ui

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"careercompare/internal/catalog"
	"careercompare/model"
)

// Preference keys of the data shown.
const (
	prefEdition  = "data.edition"
	prefDataFile = "data.file"
	// prefFiles are the data files the figures picker offers: the last
	// ones opened or imported, the newest first.
	prefFiles = "data.files"
	// prefFolder is the folder of the last data file opened or written,
	// where File › Open starts.
	prefFolder = "data.folder"
	// maxFiles is how many data files the figures picker offers.
	maxFiles = 5
)

// Start is what the window opens with: data loaded from the command line
// (with its file), or nothing, to restore the last data from preferences.
type Start struct {
	Data *model.Dataset
	File string
}

// source says where the data on screen comes from: a built-in edition or
// a file the counselor opened.
type source struct {
	edition string // built-in edition id, when file is ""
	file    string
}

// key names the source among the pairs remembered.
func (s source) key() string {
	if s.file != "" {
		return "file:" + s.file
	}
	return "edition:" + s.edition
}

// prefPairs are the pairs last compared with each data source, newest
// first, as "source-key\tleft-id\tright-id"; maxPairs of them.
const (
	prefPairs = "data.pairs"
	maxPairs  = 20
)

// rememberPair keeps the pair on screen as the one to show again with
// this data: after another edition or file, or the next start.
func (u *UI) rememberPair() {
	p := u.app.Preferences()
	key := u.src.key()
	list := slices.DeleteFunc(p.StringList(prefPairs), func(e string) bool { return strings.HasPrefix(e, key+"\t") })
	list = append([]string{key + "\t" + u.left.ID + "\t" + u.right.ID}, list...)
	p.SetStringList(prefPairs, list[:min(len(list), maxPairs)])
}

// rememberedPair is the pair last compared with src's data, where ds
// still has both careers.
func (u *UI) rememberedPair(ds *model.Dataset, src source) (left, right *model.Career, ok bool) {
	for _, e := range u.app.Preferences().StringList(prefPairs) {
		f := strings.Split(e, "\t")
		if len(f) != 3 || f[0] != src.key() {
			continue
		}
		l, lok := ds.Career(f[1])
		r, rok := ds.Career(f[2])
		return l, r, lok && rok && l != r
	}
	return nil, nil, false
}

// pairFor is the pair to show with new data: the pair on screen where the
// data has both careers, else the pair last compared with this data,
// else the data's own.
func (u *UI) pairFor(ds *model.Dataset, src source) (left, right *model.Career, err error) {
	if u.left != nil && u.right != nil {
		if l, ok := ds.Career(u.left.ID); ok {
			if r, ok := ds.Career(u.right.ID); ok && l != r {
				return l, r, nil
			}
		}
	}
	if l, r, ok := u.rememberedPair(ds, src); ok {
		return l, r, nil
	}
	return ds.Pair()
}

// rememberFile puts a data file first among those the figures picker
// offers, and its folder where File › Open starts.
func (u *UI) rememberFile(path string) {
	u.files = slices.DeleteFunc(u.files, func(f string) bool { return f == path })
	u.files = append([]string{path}, u.files...)
	if len(u.files) > maxFiles {
		u.files = u.files[:maxFiles]
	}
	u.app.Preferences().SetStringList(prefFiles, u.files)
	u.rememberFolder(filepath.Dir(path))
}

// rememberFolder is where File › Open starts next: the folder of the
// last file opened or written.
func (u *UI) rememberFolder(dir string) { u.app.Preferences().SetString(prefFolder, dir) }

// lastFolder is the folder of the last file opened or written, where it
// still exists.
func (u *UI) lastFolder() string {
	dir := u.app.Preferences().String(prefFolder)
	if st, err := os.Stat(dir); dir == "" || err != nil || !st.IsDir() {
		return ""
	}
	return dir
}

// knownFiles are the remembered data files that still exist.
func knownFiles(p fyne.Preferences) []string {
	var out []string
	for _, f := range p.StringList(prefFiles) {
		if _, err := os.Stat(f); err == nil && len(out) < maxFiles {
			out = append(out, f)
		}
	}
	return out
}

// initialData picks the data to open with: the command line's, else the
// file opened last time, else the edition chosen last time. A remembered
// file that is gone or now invalid falls back to the built-in data, and the
// banner says why.
func (u *UI) initialData(start Start) (*model.Dataset, source, string) {
	p := u.app.Preferences()
	if start.Data != nil {
		return start.Data, source{file: start.File}, ""
	}
	edition := p.StringWithFallback(prefEdition, model.ArticleEdition)
	warning := ""
	if f := p.String(prefDataFile); f != "" {
		ds, err := model.LoadFile(f)
		if err == nil {
			return ds, source{file: f}, ""
		}
		warning = u.tr("banner.notReopened", catalog.Args{"File": f, "Problem": firstProblem(u.lang, err)})
		p.SetString(prefDataFile, "")
	}
	ds, err := model.LoadEdition(edition)
	if err != nil {
		edition = model.ArticleEdition
		ds, err = model.LoadEdition(edition)
	}
	if err != nil {
		// The built-in data is tested; this cannot happen in a release.
		return nil, source{}, err.Error()
	}
	return ds, source{edition: edition}, warning
}

// firstProblem summarises a load error in one sentence.
func firstProblem(lang model.Lang, err error) string {
	var ps model.Problems
	if errors.As(err, &ps) && len(ps) > 0 {
		if len(ps) > 1 {
			return catalog.N(lang, "problems.firstAndMore", len(ps)-1, catalog.Args{"First": ps[0].String()})
		}
		return ps[0].String() + "."
	}
	return err.Error() + "."
}

// setData shows a new dataset on every tab, chart and export. The compared
// careers stay when the new data has them, else the pair last compared
// with this data, else the data's default pair; the plan stays as the
// planner remembers it.
func (u *UI) setData(ds *model.Dataset, src source) error {
	left, right, err := u.pairFor(ds, src)
	if err != nil {
		return err
	}
	u.data, u.src, u.left, u.right = ds, src, left, right
	u.rememberPair()
	u.warning = ""
	p := u.app.Preferences()
	if src.file != "" {
		p.SetString(prefDataFile, src.file)
		u.rememberFile(src.file)
	} else {
		p.SetString(prefDataFile, "")
		p.SetString(prefEdition, src.edition)
	}
	u.refresh()
	return nil
}

// refresh rebuilds what shows the data and the window's words.
func (u *UI) refresh() {
	u.buildTabs()
	u.win.SetMainMenu(u.mainMenu())
}

// switchEdition shows a built-in edition.
func (u *UI) switchEdition(id string) {
	ds, err := model.LoadEdition(id)
	if err == nil {
		err = u.setData(ds, source{edition: id})
	}
	if err != nil {
		u.showError(u.tr("error.edition"), err)
	}
}

// restoreDefault goes back to the built-in editions.
func (u *UI) restoreDefault() {
	u.switchEdition(u.app.Preferences().StringWithFallback(prefEdition, model.ArticleEdition))
}

// openData asks for a data file and loads it.
func (u *UI) openData() {
	u.opener.OpenFile(u.win, func(path string) {
		if path != "" {
			u.loadFile(path)
		}
	})
}

// reloadData rereads the open file after the counselor edited it.
func (u *UI) reloadData() {
	if u.src.file == "" {
		u.switchEdition(u.src.edition)
		return
	}
	u.loadFile(u.src.file)
}

// loadFile loads a data file. Every problem is listed in a dialog and in
// the log; the data on screen stays as it was until a file loads cleanly.
func (u *UI) loadFile(path string) {
	ds, err := model.LoadFile(path)
	if err == nil {
		err = u.setData(ds, source{file: path})
	}
	if err == nil {
		return
	}
	var ps model.Problems
	if !errors.As(err, &ps) {
		u.showError(u.tr("error.open", catalog.Args{"File": filepath.Base(path)}), err)
		return
	}
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	text := strings.Join(lines, "\n")
	fyne.LogError("data file "+path+" has problems", errors.New(text))
	msg := widget.NewLabel(text)
	msg.Wrapping = fyne.TextWrapWord
	intro := widget.NewLabel(u.trn("problems.notOpened", len(ps), catalog.Args{"File": filepath.Base(path)}))
	intro.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(u.tr("problems.title"), u.tr("button.close"), container.NewBorder(intro, nil, nil, nil, container.NewVScroll(msg)), u.win)
	d.Resize(u.dialogSize(760, 420))
	u.showDialog(d)
	u.lastProblems = ps
}

// careerChoice is a career as the pickers offer it: its short name first,
// so that a narrow picker never shows a name cut into another career's.
func (u *UI) careerChoice(c *model.Career) string {
	return c.Short.In(u.lang) + " — " + c.Name.In(u.lang)
}

// pickCareers compares the careers chosen in the pickers; choosing the
// career of the other side swaps the two.
func (u *UI) pickCareers(leftChanged bool) {
	li, ri := u.topBar.left.SelectedIndex(), u.topBar.right.SelectedIndex()
	if li < 0 || ri < 0 {
		return
	}
	l, r := &u.data.Careers[li], &u.data.Careers[ri]
	if l == r {
		if leftChanged {
			r = u.left
		} else {
			l = u.right
		}
	}
	if l == u.left && r == u.right {
		return
	}
	u.left, u.right = l, r
	u.rememberPair()
	u.refresh()
}

// fileName is the data file shown, for the banner; "" for built-in data.
func (u *UI) fileName() string {
	if u.src.file == "" {
		return ""
	}
	return filepath.Base(u.src.file)
}
