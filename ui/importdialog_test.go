package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"careercompare/model"
	"careercompare/officialdata/officialtest"
)

// importUI is a test window whose import dialog is given the fixtures.
func importUI(t *testing.T, onetDir, workbook string) (*UI, *queue) {
	t.Helper()
	u, q := newTestUI(t)
	u.folders = fakePicker{onetDir}
	u.workbooks = fakeOpener{workbook}
	u.app.Preferences().SetString(prefExportFolder, t.TempDir())
	return u, q
}

// tick ticks the row of the occupation with the given code, found by a
// search, as a click on its check box does.
func tick(t *testing.T, f *importForm, code string) {
	t.Helper()
	f.search.SetText(code)
	if len(f.shown) != 1 {
		t.Fatalf("search %q shows %d occupations", code, len(f.shown))
	}
	row := f.list.CreateItem()
	f.list.UpdateItem(0, row)
	test.Tap(row.(*widget.Check))
}

func TestImportDialog_Imports(t *testing.T) {
	onetDir, workbook := officialtest.Fixtures(t)
	u, q := importUI(t, onetDir, workbook)
	before := tabText(u, TabSalary)
	f := u.importData()
	if !f.importButton.Disabled() || !strings.Contains(f.readLabel.Text, "Choose the O*NET folder and the BLS workbook") {
		t.Errorf("before anything is read: button enabled %v, %q", !f.importButton.Disabled(), f.readLabel.Text)
	}
	// Choosing the folder and the workbook reads them off the UI goroutine.
	test.Tap(findButton(t, f, "Choose folder…"))
	test.Tap(findButton(t, f, "Choose file…"))
	if !strings.HasPrefix(f.onetLabel.Text, "Reading ") {
		t.Errorf("no word of the read in progress: %q", f.onetLabel.Text)
	}
	q.run()
	if !strings.Contains(f.onetLabel.Text, "O*NET 30.1 Database: 4 occupations") || !strings.Contains(f.blsLabel.Text, "BLS Employment Projections 2024–34, median wages of May 2024: 4 occupations") {
		t.Errorf("what was read: %q / %q", f.onetLabel.Text, f.blsLabel.Text)
	}
	if len(f.shown) != 5 || f.readLabel.Text != "5 occupations to choose from: search by title or code." {
		t.Errorf("%d occupations shown: %q", len(f.shown), f.readLabel.Text)
	}
	// Search by title, then tick by code.
	f.search.SetText("medical MANAGERS")
	if len(f.shown) != 1 || f.rowText(f.shown[0]) != "11-9111 — Medical and Health Services Managers" {
		t.Errorf("search by title: %v", f.shown)
	}
	f.search.SetText("secretaries")
	if f.rowText(f.shown[0]) != "43-6013 — Medical Secretaries and Administrative Assistants (O*NET only: no BLS figures)" {
		t.Errorf("an O*NET-only row: %q", f.rowText(f.shown[0]))
	}
	tick(t, f, "29-9021")
	if !f.importButton.Disabled() || !strings.Contains(f.chosenLabel.Text, "1 chosen: 29-9021. Tick at least one more.") {
		t.Errorf("one chosen: %q", f.chosenLabel.Text)
	}
	tick(t, f, "11-9111")
	tick(t, f, "29-2072")
	if f.importButton.Disabled() || f.chosenLabel.Text != "3 chosen, the first two compared: 29-9021, 11-9111, 29-2072." {
		t.Errorf("three chosen: %q", f.chosenLabel.Text)
	}
	// Untick and tick again: it goes last.
	tick(t, f, "11-9111")
	tick(t, f, "11-9111")
	if f.chosen[1].Code != "29-2072" {
		t.Errorf("chosen %v", f.chosen)
	}
	f.name.SetText("three.json")
	test.Tap(f.importButton)
	q.run()
	path := filepath.Join(f.folder.Text, "three.json")
	if u.src.file != path || len(u.data.Careers) != 3 || u.left.ID != "soc-29-9021" || u.right.ID != "soc-29-2072" {
		t.Fatalf("opened %q with %d careers, %s vs %s; status %q", u.src.file, len(u.data.Careers), u.left.ID, u.right.ID, f.status.Text)
	}
	if u.app.Preferences().String(prefDataFile) != path || u.app.Preferences().String(prefImportONet) != onetDir {
		t.Error("the imported file or the downloads are not remembered")
	}
	report := overlayText(u)
	for _, want := range []string{"Opened " + path, "O*NET 30.1 Database: 4 occupations", "3 of the 3 chosen occupations are in both downloads.", "The imported texts are in English"} {
		if !strings.Contains(report, want) {
			t.Errorf("the report lacks %q:\n%s", want, report)
		}
	}
	if tabText(u, TabSalary) == before || !strings.Contains(tabText(u, TabSalary), "$67,310") {
		t.Error("the salary tab does not show the imported figures")
	}
	if edu := tabText(u, TabEducation); !strings.Contains(edu, "No credit ladder: the official sources of this imported data (O*NET 30.1 Database; BLS Employment Projections 2024–34)") {
		t.Errorf("the Education tab does not say why there is no ladder:\n%s", edu)
	}
	// The next dialog reads the same downloads again by itself.
	g := u.importData()
	q.run()
	if g.onet == nil || g.bls == nil || len(g.all) != 5 {
		t.Error("the downloads read last are not read again")
	}
	g.close()
}

// TestImportDialog_BadInput: a wrong folder, a broken workbook and an
// import that fails leave the data on screen and write nothing.
func TestImportDialog_BadInput(t *testing.T) {
	onetDir, workbook := officialtest.Fixtures(t)
	broken := filepath.Join(t.TempDir(), "occupation.xlsx")
	b, _ := os.ReadFile(workbook)
	os.WriteFile(broken, b[:len(b)/2], 0o644)
	u, q := importUI(t, t.TempDir(), broken)
	before := tabText(u, TabSalary)
	f := u.importData()
	test.Tap(findButton(t, f, "Choose folder…"))
	test.Tap(findButton(t, f, "Choose file…"))
	q.run()
	if !strings.Contains(f.onetLabel.Text, "Not read: ") || !strings.Contains(f.onetLabel.Text, "not the O*NET text download") {
		t.Errorf("a wrong folder: %q", f.onetLabel.Text)
	}
	if !strings.Contains(f.blsLabel.Text, "Not read: ") || !strings.Contains(f.blsLabel.Text, "occupation.xlsx: not a readable .xlsx workbook") {
		t.Errorf("a broken workbook: %q", f.blsLabel.Text)
	}
	if !f.importButton.Disabled() || u.app.Preferences().String(prefImportBLS) != "" {
		t.Error("a broken workbook can be imported from, or is remembered")
	}
	// Good downloads, then a file of O*NET that breaks before the import.
	dir := filepath.Join(t.TempDir(), "db_30_1_text")
	os.MkdirAll(dir, 0o755)
	entries, _ := os.ReadDir(onetDir)
	for _, e := range entries {
		b, _ := os.ReadFile(filepath.Join(onetDir, e.Name()))
		os.WriteFile(filepath.Join(dir, e.Name()), b, 0o644)
	}
	u.folders, u.workbooks = fakePicker{dir}, fakeOpener{workbook}
	test.Tap(findButton(t, f, "Choose folder…"))
	test.Tap(findButton(t, f, "Choose file…"))
	q.run()
	tick(t, f, "29-9021")
	tick(t, f, "11-9111")
	os.WriteFile(filepath.Join(dir, "Skills.txt"), []byte("O*NET-SOC Code\tElement ID\n29-9021.00\n"), 0o644)
	test.Tap(f.importButton)
	q.run()
	if !strings.Contains(f.status.Text, "Not imported, and nothing written: ") || !strings.Contains(f.status.Text, "Skills.txt:1: no column") {
		t.Errorf("a failed import: %q", f.status.Text)
	}
	if tabText(u, TabSalary) != before || u.src.file != "" {
		t.Error("a failed import changed the data on screen")
	}
	if left, _ := os.ReadDir(f.folder.Text); len(left) != 0 {
		t.Errorf("a failed import left %v", left)
	}
	if f.importButton.Disabled() {
		t.Error("after a failure the import cannot be tried again")
	}
	f.name.SetText("no-extension")
	test.Tap(f.importButton)
	if f.status.Text != "Enter a file name ending in .json, without folders." {
		t.Errorf("a bad name: %q", f.status.Text)
	}
}

// TestImportDialog_Spanish: the dialog speaks the window's language.
func TestImportDialog_Spanish(t *testing.T) {
	onetDir, workbook := officialtest.Fixtures(t)
	u, q := importUI(t, onetDir, workbook)
	u.setLang(model.Spanish)
	f := u.importData()
	test.Tap(findButton(t, f, "Elegir carpeta…"))
	test.Tap(findButton(t, f, "Elegir archivo…"))
	q.run()
	tick(t, f, "29-9021")
	tick(t, f, "11-9111")
	if !strings.Contains(f.onetLabel.Text, "4 ocupaciones") || f.chosenLabel.Text != "2 elegidas; se comparan las dos primeras: 29-9021, 11-9111." || f.importButton.Text != "Importar y abrir" {
		t.Errorf("in Spanish: %q / %q / %q", f.onetLabel.Text, f.chosenLabel.Text, f.importButton.Text)
	}
	test.Tap(f.importButton)
	q.run()
	if len(u.data.Careers) != 2 {
		t.Fatalf("not imported: %q", f.status.Text)
	}
	if d := tabText(u, TabDuties); !strings.Contains(d, u.tr("text.untranslated")) {
		t.Errorf("imported English texts are not marked in Spanish:\n%s", d)
	}
}

// findButton finds a button of the dialog by its text.
func findButton(t *testing.T, f *importForm, text string) *widget.Button {
	t.Helper()
	var found *widget.Button
	for _, o := range test.LaidOutObjects(f.u.win.Canvas().Overlays().Top()) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && found == nil {
			found = b
		}
	}
	if found == nil {
		t.Fatalf("no button %q in the dialog", text)
	}
	return found
}

// overlayText is every label's text of the dialog on top.
func overlayText(u *UI) string {
	var out []string
	for _, o := range test.LaidOutObjects(u.win.Canvas().Overlays().Top()) {
		if l, ok := o.(*widget.Label); ok {
			out = append(out, l.Text)
		}
	}
	return strings.Join(out, "\n")
}

// TestImportDialog_Zip: the O*NET download's zip, as O*NET serves it, is
// read in place; an occupation BLS publishes in a group says so in the
// list; the report names the release's month and layout and what O*NET
// lacks of each occupation.
func TestImportDialog_Zip(t *testing.T) {
	u, q := importUI(t, t.TempDir(), officialtest.Workbook2535(t))
	f := u.importData()
	f.zips = fakeOpener{officialtest.ONet31Zip(t)}
	test.Tap(findButton(t, f, "Choose zip…"))
	test.Tap(findButton(t, f, "Choose file…"))
	q.run()
	if !strings.Contains(f.onetLabel.Text, "O*NET 31.0 Database: 13 occupations, in ") || !strings.Contains(f.onetLabel.Text, "db_31_0_text.zip") {
		t.Errorf("the zip is not read: %q", f.onetLabel.Text)
	}
	f.search.SetText("29-2011")
	if len(f.shown) != 1 || f.rowText(f.shown[0]) != "29-2011 — Medical and Clinical Laboratory Technologists (BLS figures of 29-2010, which includes it)" {
		t.Errorf("a group's row: %v", f.shown)
	}
	tick(t, f, "29-9021")
	tick(t, f, "29-2011")
	tick(t, f, "29-1023")
	test.Tap(f.importButton)
	q.run()
	if len(u.data.Careers) != 3 {
		t.Fatalf("not imported: %q", f.status.Text)
	}
	report := overlayText(u)
	for _, want := range []string{"O*NET 31.0 Database: the release of August 2026.",
		"Its files are in the layout of O*NET 30.3 and later (Essential Skills, Transferable Skills, Education).",
		"29-2011 Medical and Clinical Laboratory Technologists: BLS publishes its figures only within 29-2010 (Clinical laboratory technologists and technicians)",
		"29-9021 Health Information Technologists and Medical Registrars: O*NET has not rated its tasks; they are listed as O*NET gives them, not ranked.",
		"29-9021 Health Information Technologists and Medical Registrars: O*NET has no skill ratings for it.",
		"29-1023 Orthodontists: BLS gives its median wage only as its top code: that much or more."} {
		if !strings.Contains(report, want) {
			t.Errorf("the report lacks %q:\n%s", want, report)
		}
	}
}
