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

// editionFile writes the built-in edition id as a counselor's data file,
// with the edition's year set to year (0 leaves it out).
func editionFile(t *testing.T, id string, year int) string {
	t.Helper()
	var doc map[string]any
	b, err := model.EditionJSON(id)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	ed := doc["edition"].(map[string]any)
	ed["id"] = "own-" + id
	delete(ed, "year")
	if year > 0 {
		ed["year"] = year
	}
	b, _ = json.MarshalIndent(doc, "", "  ")
	path := filepath.Join(t.TempDir(), "own-"+id+".json")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestBanner_OffersOnlyWhatIsNewer: "Use the official BLS 2024–34 figures"
// is offered only where the figures on screen are older than that
// edition — the article's, 2022–32, a file of 2022 — never on the newest
// itself, a file made from it, or a file that does not say its year; the
// newest says BLS has probably published since (the tests' day is
// December 1, 2026). Taking the offer keeps the counselor's file in the
// Figures picker, which opens it again.
func TestBanner_OffersOnlyWhatIsNewer(t *testing.T) {
	u, _ := newTestUI(t)
	offered := func() bool { return u.topBar.full.action.Visible() && u.topBar.full.action.Text != "" }
	for _, tc := range []struct {
		name string
		show func()
		want bool
	}{
		{"the article", func() { u.switchEdition(model.ArticleEdition) }, true},
		{"BLS 2022–32", func() { u.switchEdition(model.BLSEdition) }, true},
		{"BLS 2024–34", func() { u.switchEdition(model.NewestEdition) }, false},
		{"a file of BLS 2024–34", func() { u.loadFile(editionFile(t, model.NewestEdition, 2024)) }, false},
		{"a file without a year", func() { u.loadFile(editionFile(t, model.NewestEdition, 0)) }, false},
		{"a file of 2022", func() { u.loadFile(editionFile(t, model.BLSEdition, 2022)) }, true},
	} {
		tc.show()
		if got := offered(); got != tc.want {
			t.Errorf("%s: the newest edition offered %v, want %v (%q)", tc.name, got, tc.want, strings.Join(texts(u.topBar.area), " "))
		}
	}
	u.switchEdition(model.NewestEdition)
	if top := strings.Join(texts(u.topBar.area), " "); !strings.Contains(top, "BLS has probably published a newer edition since") || !strings.Contains(top, "bls.gov/ooh") {
		t.Errorf("the newest edition's banner does not say BLS has probably published since: %q", top)
	}
	// Taking the offer from the counselor's file keeps the file.
	own := editionFile(t, model.BLSEdition, 2022)
	u.loadFile(own)
	test.Tap(u.topBar.full.action)
	if u.src.file != "" || u.data.Edition.ID != model.NewestEdition {
		t.Fatalf("the offer did not switch to the newest edition: %+v", u.src)
	}
	i := len(u.topBar.figures.Options) - len(u.files)
	if len(u.files) == 0 || u.files[0] != own || !strings.Contains(u.topBar.figures.Options[i], filepath.Base(own)) {
		t.Fatalf("the file left the Figures picker: %v", u.topBar.figures.Options)
	}
	u.topBar.figures.SetSelectedIndex(i)
	if u.src.file != own {
		t.Errorf("choosing the file in the Figures picker shows %+v", u.src)
	}
	if got := u.lastFolder(); got != filepath.Dir(own) {
		t.Errorf("File › Open starts in %q, want the last file's folder %q", got, filepath.Dir(own))
	}
}

// TestPicker_InPlace: the pickers above the tabs are the same widgets
// whatever changes — data, edition, language, full screen — and a
// planner's picker whose tab was rebuilt takes no tap and no key: it opens
// no list.
func TestPicker_InPlace(t *testing.T) {
	u, _ := newTestUI(t)
	left, right, figures := u.topBar.left, u.topBar.right, u.topBar.figures
	u.fillTab(TabEducation)
	old := u.edu.planner.entry
	for _, change := range []func(){
		func() { u.switchEdition(model.NewestEdition) },
		func() { u.setLang(model.Spanish) },
		func() { u.loadFile(editionFile(t, model.NewestEdition, 2024)) },
		func() { u.setFullScreen(true) },
		func() { u.setFullScreen(false) },
	} {
		change()
		if u.topBar.left != left || u.topBar.right != right || u.topBar.figures != figures {
			t.Fatal("a picker above the tabs was replaced")
		}
	}
	overlays := func() int { return len(u.win.Canvas().Overlays().List()) }
	before := overlays()
	test.Tap(old)
	old.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	if overlays() != before {
		t.Error("a picker of a rebuilt tab opened its list")
	}
	test.Tap(u.topBar.left)
	if overlays() != before+1 {
		t.Error("the live picker did not open its list")
	}
}
