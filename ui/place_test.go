package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"careercompare/charts"
	"careercompare/charts/export"
	"careercompare/model"
	"careercompare/officialdata/officialtest"
)

// TestPlace_LocalPay brings BLS's wages by state into the built-in BLS
// 2024–34 edition through the import dialog (its step Wages by state and
// area, added to the figures on screen), then picks Minnesota: the Salary
// tab, its key difference, its chart and the handout show the pay there
// beside the nation's, with BLS's release, in English and Spanish; a
// place BLS publishes no estimate of says so; the place is remembered.
func TestPlace_LocalPay(t *testing.T) {
	u, q := newTestUI(t)
	u.switchEdition(model.NewestEdition)
	if !strings.Contains(tabText(u, TabSalary), "bring in BLS's wage tables") {
		t.Fatal("without wages the Salary tab does not say how to bring them in")
	}
	dir := t.TempDir()
	u.app.Preferences().SetString(prefExportFolder, dir)
	f := u.importData()
	f.wagesOpener = fakeOpener{officialtest.OEWSState(t)}
	test.Tap(findButton(t, f, "Add a table…"))
	if f.addWages.Disabled() {
		t.Fatal("a table chosen, but the wages cannot be added")
	}
	path := filepath.Join(dir, model.NewestEdition+"-wages.json")
	before := u.src.file
	u.confirm = func(_, _ string, done func(bool)) { done(false) }
	test.Tap(f.addWages)
	q.run()
	if _, err := os.Stat(path); err == nil || u.src.file != before {
		t.Fatal("the wages were written though the counselor said no")
	}
	var asked string
	u.confirm = func(_, msg string, done func(bool)) { asked = msg; done(true) }
	test.Tap(f.addWages)
	q.run()
	if !strings.Contains(asked, filepath.Base(path)) || !strings.Contains(asked, "not changed") {
		t.Errorf("before writing, the counselor was asked %q", asked)
	}
	if u.src.file != path || u.data.Wages == nil || u.data.Edition.ID != model.NewestEdition {
		t.Fatalf("the wages were not added to the figures on screen: %+v, status %q", u.src, f.status.Text)
	}
	if r := overlayText(u); !strings.Contains(r, "BLS wage estimates of May 2025") || !strings.Contains(r, "29-9021") {
		t.Errorf("the report of the wages read: %q", r)
	}
	// Wages added again to the file that has them: the file on screen is
	// written again, and the question says so (not "a new data file").
	again := u.importData()
	again.wagesOpener = fakeOpener{officialtest.OEWSState(t)}
	test.Tap(findButton(t, again, "Add a table…"))
	test.Tap(again.addWages)
	q.run()
	if !strings.Contains(asked, "which has wages by place already") || strings.Contains(asked, "a new data file") || u.src.file != path {
		t.Errorf("adding wages to %s again asked %q and shows %s", path, asked, u.src.file)
	}
	u.setPlace("27")
	// The Salary tab built again for each place keeps no recolouring of the
	// widgets it dropped.
	u.fillTab(TabSalary)
	themed := len(u.themed[TabSalary])
	u.setPlace("")
	u.setPlace("27")
	if n := len(u.themed[TabSalary]); n != themed || n == 0 {
		t.Errorf("after two more places the Salary tab has %d recolourings, not %d", n, themed)
	}
	sal := tabText(u, TabSalary)
	for _, want := range []string{"Minnesota (state)", "Pay in Minnesota, May 2025", "$70,100", "$125,050", "1,090 jobs (rough estimate)", "No range of the middle 80%: BLS gives one end of it only as “#”",
		"In Minnesota (BLS wage estimates of May 2025): Health Informatics, $70,100; Health Information Management, $125,050."} {
		if !strings.Contains(sal, want) {
			t.Errorf("the Salary tab lacks %q", want)
		}
	}
	spec := u.barSpec(charts.ChartSalary)
	// Without BLS's national table brought in, the nation's figure is the
	// edition's, with its own year.
	if !strings.Contains(spec.Title, "Minnesota") || len(spec.Bars) != 5 || spec.Bars[1].Label != "Minnesota, May 2025" || !spec.Bars[1].Place || spec.Bars[0].Label != "U.S., May 2024" {
		t.Errorf("the salary chart does not stand Minnesota beside the nation: %q, %+v", spec.Title, spec.Bars)
	}
	var buf bytes.Buffer
	h := export.Handout{Comparison: u.comparison(), Lang: u.lang, Format: charts.HTML}
	if err := h.Write(&buf); err != nil || !strings.Contains(buf.String(), "In Minnesota (BLS wage estimates of May 2025)") {
		t.Errorf("the handout does not follow the place (%v)", err)
	}
	u.setLang(model.Spanish)
	if sal := tabText(u, TabSalary); !strings.Contains(sal, "Salario en Minnesota, mayo de 2025") || !strings.Contains(sal, "(estimación aproximada)") {
		t.Errorf("the Spanish Salary tab does not follow the place")
	}
	u.setLang(model.English)
	u.setPlace("66")
	if sal := tabText(u, TabSalary); !strings.Contains(sal, "BLS publishes no wage estimate here") {
		t.Error("Guam, where BLS publishes no estimate, does not say so")
	}
	if got := u.app.Preferences().String(prefPlace); got != "66" {
		t.Errorf("the place is not remembered: %q", got)
	}
	os.Remove(path)
}
