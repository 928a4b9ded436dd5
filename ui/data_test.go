package ui

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"careercompare/model"
)

type fakeOpener struct{ path string }

func (o fakeOpener) OpenFile(_ fyne.Window, done func(string)) { done(o.path) }

// threeCareers writes the default data with a third career added.
func threeCareers(t *testing.T) string {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(model.DefaultJSON(), &doc); err != nil {
		t.Fatal(err)
	}
	careers := doc["careers"].([]any)
	third := map[string]any{
		"id": "medical-records-specialists", "name": "Medical Records Specialists", "short": "MRS", "ladder": "",
		"duties": []any{map[string]any{"text": "Compile, process and maintain medical records.", "source": "bls"}},
		"salary": map[string]any{"value": 47180, "unit": "usd", "measure": "median annual pay", "period": "May 2022", "source": "bls"},
		"growth": map[string]any{"value": 8, "unit": "percent", "measure": "percent job growth 2022–32", "source": "bls"},
	}
	doc["careers"] = append(careers, third)
	b, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "three.json")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestData_Editions(t *testing.T) {
	u, _ := newTestUI(t)
	if top := strings.Join(texts(u.topBar.area), " "); !strings.Contains(top, "Use the official BLS 2024–34 figures") {
		t.Errorf("the article's banner does not point to the newest edition: %q", top)
	}
	u.switchEdition(model.BLSEdition)
	sal := tabText(u, TabSalary)
	for _, want := range []string{"$58,250", "$104,830", "May 2022"} {
		if !strings.Contains(sal, want) {
			t.Errorf("BLS edition: the salary tab lacks %q", want)
		}
	}
	if strings.Contains(sal, "$34,160") {
		t.Error("the article's figures are still on the salary tab")
	}
	if top := strings.Join(texts(u.topBar.area), " "); !strings.Contains(top, "Use the official BLS 2024–34 figures") || !strings.Contains(top, "Released") && !strings.Contains(top, "2022, 4 years ago") {
		t.Errorf("the older official edition's banner does not point to the newest or say its age: %q", top)
	}
	if !strings.Contains(strings.Join(u.barSpec("salary").Notes, " "), "2018 SOC") {
		t.Error("the charts do not carry the edition's caveat")
	}
	if got := u.app.Preferences().String(prefEdition); got != model.BLSEdition {
		t.Errorf("the edition is not remembered: %q", got)
	}
	spec := u.barSpec("growth")
	if !strings.Contains(strings.Join(spec.Notes, " "), "BLS 2022–32") {
		t.Errorf("the growth chart does not name its edition: %v", spec.Notes)
	}
	// The next start shows the remembered edition.
	w2 := u.app.NewWindow("again")
	defer w2.Close()
	u2, err := build(u.app, w2, Start{}, Info{}, (&queue{}).add)
	if err != nil {
		t.Fatal(err)
	}
	if u2.data.Edition.ID != model.BLSEdition {
		t.Errorf("restarted with %q", u2.data.Edition.ID)
	}
	// The newest edition: the button takes there; its banner says where
	// the next editions come from.
	u.switchEdition(model.NewestEdition)
	if top := strings.Join(texts(u.topBar.area), " "); !strings.Contains(top, "bls.gov/ooh") || strings.Contains(top, "Use the official") || !strings.Contains(top, "Released August 28, 2025") {
		t.Errorf("the newest edition's banner: %q", top)
	}
	if len(u.topBar.left.Options) != 3 {
		t.Errorf("the BLS 2024–34 pickers offer %v, want three careers", u.topBar.left.Options)
	}
	sal = tabText(u, TabSalary)
	for _, want := range []string{"$67,310", "$117,960", "$49,500", "The middle 80% of workers earned $39,120–$112,130.", "hospitals $64,320"} {
		if !strings.Contains(sal, want) {
			t.Errorf("BLS 2024–34: the salary tab lacks %q", want)
		}
	}
	out := tabText(u, TabOutlook)
	for _, want := range []string{"15%", "23%", "3%", "much faster than average", "41,900 jobs in 2024"} {
		if !strings.Contains(out, want) {
			t.Errorf("BLS 2024–34: the outlook tab lacks %q", want)
		}
	}
}

func TestData_OpenThirdCareer(t *testing.T) {
	u, _ := newTestUI(t)
	path := threeCareers(t)
	u.opener = fakeOpener{path}
	triggerShortcut(t, u.win, shortcut(fyne.KeyO))
	if u.src.file != path || len(u.data.Careers) != 3 {
		t.Fatalf("opened %q with %d careers", u.src.file, len(u.data.Careers))
	}
	if len(u.topBar.left.Options) != 3 {
		t.Fatalf("pickers offer %v", u.topBar.left.Options)
	}
	u.topBar.right.SetSelected("MRS — Medical Records Specialists")
	if u.right.ID != "medical-records-specialists" {
		t.Fatalf("right career is %q", u.right.ID)
	}
	if txt := tabText(u, TabDuties); !strings.Contains(txt, "Compile, process and maintain medical records.") {
		t.Error("the duties tab does not show the third career")
	}
	if txt := tabText(u, TabEducation); !strings.Contains(txt, "Medical Records Specialists: no credit ladder in this data.") {
		t.Error("a career without a ladder is not said to have none")
	}
	// Picking the other side's career swaps the two.
	u.topBar.left.SetSelected("MRS — Medical Records Specialists")
	if u.left.ID != "medical-records-specialists" || u.right.ID != "health-informatics" {
		t.Errorf("swap: %s vs %s", u.left.ID, u.right.ID)
	}
	// Reload after an edit; the file is remembered for the next start.
	b, _ := os.ReadFile(path)
	os.WriteFile(path, []byte(strings.Replace(string(b), "Compile, process", "Compile, check", 1)), 0o644)
	triggerShortcut(t, u.win, shortcut(fyne.KeyR))
	if !strings.Contains(tabText(u, TabDuties), "Compile, check") {
		t.Error("Reload did not reread the file")
	}
	if u.app.Preferences().String(prefDataFile) != path {
		t.Error("the opened file is not remembered")
	}
	u.restoreDefault()
	if u.src.file != "" || len(u.data.Careers) != 2 || u.app.Preferences().String(prefDataFile) != "" {
		t.Errorf("Restore default data left %q with %d careers", u.src.file, len(u.data.Careers))
	}
}

// TestData_BadFileKeepsScreen opens a bad file: every problem is listed and
// the data on screen stays.
func TestData_BadFileKeepsScreen(t *testing.T) {
	u, _ := newTestUI(t)
	before := tabText(u, TabSalary)
	bad := filepath.Join(t.TempDir(), "bad.json")
	s := strings.Replace(string(model.DefaultJSON()), `"value": 34160,`, `"value": -1,`, 1)
	s = strings.Replace(s, `"id": "dol",`, `"id": "bls",`, 1)
	os.WriteFile(bad, []byte(s), 0o644)
	u.opener = fakeOpener{bad}
	u.openData()
	if len(u.lastProblems) < 2 {
		t.Fatalf("problems %v", u.lastProblems)
	}
	for _, p := range u.lastProblems {
		if !strings.HasPrefix(p.String(), bad+":") {
			t.Errorf("problem %q does not name the file", p)
		}
	}
	if u.win.Canvas().Overlays().Top() == nil {
		t.Error("no dialog lists the problems")
	}
	if tabText(u, TabSalary) != before || u.src.file != "" {
		t.Error("a bad file changed the data on screen")
	}
	// An edit that breaks the open file: Reload keeps the screen too.
	good := threeCareers(t)
	u.loadFile(good)
	os.WriteFile(good, []byte("{"), 0o644)
	u.reloadData()
	if len(u.data.Careers) != 3 {
		t.Error("a broken reload replaced the data")
	}
}

// TestData_RememberedFileGone starts after the remembered file vanished.
func TestData_RememberedFileGone(t *testing.T) {
	a := test.NewTempApp(t)
	gone := filepath.Join(t.TempDir(), "mine.json")
	a.Preferences().SetString(prefDataFile, gone)
	w := a.NewWindow("x")
	defer w.Close()
	u, err := build(a, w, Start{}, Info{}, (&queue{}).add)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(u.bannerText(), "Could not reopen "+gone) || u.data.Edition.ID != model.ArticleEdition {
		t.Errorf("banner %q, edition %q", u.bannerText(), u.data.Edition.ID)
	}
	triggerShortcut(t, w, shortcut(fyne.KeyR)) // reload of a built-in edition is harmless
	if u.data == nil {
		t.Fatal("no data")
	}
}

// TestData_PairRemembered: the pair a counselor chose with a file comes
// back when they look at another edition and return to the file (whose
// careers the edition lacks), and at the next start with that file.
func TestData_PairRemembered(t *testing.T) {
	u, _ := newTestUI(t)
	file, err := filepath.Abs("../model/modeltest/testdata/imported-5.json")
	if err != nil {
		t.Fatal(err)
	}
	u.loadFile(file)
	if u.src.file != file {
		t.Fatalf("the file did not open: %+v", u.src)
	}
	u.topBar.left.SetSelectedIndex(u.data.CareerIndex("soc-29-1141"))  // Registered Nurses
	u.topBar.right.SetSelectedIndex(u.data.CareerIndex("soc-29-1023")) // Orthodontists
	if u.left.ID != "soc-29-1141" || u.right.ID != "soc-29-1023" {
		t.Fatalf("picked %s, %s", u.left.ID, u.right.ID)
	}
	u.switchEdition(model.NewestEdition)
	if u.left.ID == "soc-29-1141" {
		t.Fatal("the edition has no such career, and shows it")
	}
	u.loadFile(file)
	if u.left.ID != "soc-29-1141" || u.right.ID != "soc-29-1023" {
		t.Errorf("back to the file, the pair is %s vs %s, not the one chosen with it", u.left.ID, u.right.ID)
	}

	// The next start with the same preferences.
	w := u.app.NewWindow("again")
	defer w.Close()
	again, err := build(u.app, w, Start{}, Info{}, (&queue{}).add)
	if err != nil {
		t.Fatal(err)
	}
	if again.src.file != file || again.left.ID != "soc-29-1141" || again.right.ID != "soc-29-1023" {
		t.Errorf("the next start shows %+v, %s vs %s", again.src, again.left.ID, again.right.ID)
	}
}
