package ui

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"careercompare/charts"
	"careercompare/charts/export"
	"careercompare/model"
)

// plan40 is the review's student: transferring 40 semester credits,
// aiming for the bachelor's.
func plan40(t *testing.T, u *UI) {
	t.Helper()
	selectEntry(u.edu.planner, "transfer-students")
	selectGoal(t, u.edu.planner, "Bachelor's degree")
	u.edu.planner.earned.SetText("40")
}

// restart starts the app again on u's preferences, in a new window, on
// the Education tab.
func restart(t *testing.T, u *UI, q *queue) *UI {
	t.Helper()
	w := u.app.NewWindow("again")
	t.Cleanup(w.Close)
	u2, err := build(u.app, w, Start{}, u.info, q.add)
	if err != nil {
		t.Fatal(err)
	}
	u2.now = u.now
	u2.SelectTab(TabEducation)
	q.run()
	return u2
}

// planAnswer is what the planner says, in one string.
func planAnswer(u *UI) string { return strings.Join(texts(u.edu.planner.answer), " ") }

// TestSession_PlanSurvives is the review's session: a student with 40
// semester credits who wants a bachelor's. The plan survives switching
// the edition twice, swapping the careers, the language, the text size,
// the theme and a restart; the handout carries it.
func TestSession_PlanSurvives(t *testing.T) {
	u, q := newTestUI(t)
	plan40(t, u)
	want := []string{"80 semester credits (120 quarter credits) left", "About 6 terms: about 3 years"}
	check := func(when string) {
		t.Helper()
		if plannerOf(u) == nil {
			t.Fatalf("%s: no planner", when)
		}
		a := planAnswer(u)
		if u.lang == model.Spanish {
			want := "80 créditos semestrales (120 créditos trimestrales)"
			if !strings.Contains(a, want) {
				t.Errorf("%s: the plan is lost: %q", when, a)
			}
		} else {
			for _, w := range want {
				if !strings.Contains(a, w) {
					t.Errorf("%s: the plan is lost: %q lacks %q", when, a, w)
				}
			}
		}
		if got := u.edu.planner.earned.Text; got != "40" {
			t.Errorf("%s: earned credits %q", when, got)
		}
		if u.edu.ladder.Path().Entry != "transfer-students" {
			t.Errorf("%s: entry %q", when, u.edu.ladder.Path().Entry)
		}
	}
	check("at first")

	// Edition switched twice: the article's ladder is in the BLS editions
	// too, so the plan is the same.
	u.switchEdition(model.NewestEdition)
	q.run()
	check("on BLS 2024–34")
	u.switchEdition("bls-2022-32")
	q.run()
	check("on BLS 2022–32")
	u.switchEdition("article-2012-22")
	q.run()
	check("back on the article")

	// Careers swapped in the pickers.
	u.topBar.left.SetSelectedIndex(u.data.CareerIndex(u.right.ID))
	q.run()
	if u.left.ID != "health-information-management" {
		t.Fatalf("swap: left is %q", u.left.ID)
	}
	check("careers swapped")

	u.setLang(model.Spanish)
	check("in Spanish")
	u.setLang(model.English)
	u.setTextScale(2)
	check("larger text")
	u.setThemeChoice(themeDark)
	check("dark theme")

	u = restart(t, u, q)
	check("after a restart")
	if got := u.app.Preferences().String(prefPlanEarned); got != "40" {
		t.Errorf("remembered earned %q", got)
	}

	// The handout carries the same plan.
	dir := t.TempDir()
	h := u.exportFile(export.ChartHandout, 0, slideSize, export.Letter).(export.Handout)
	path := filepath.Join(dir, "handout.pdf")
	if err := export.WriteFile(path, h.Write); err != nil {
		t.Fatal(err)
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("no pdftotext to read the handout")
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(string(out)), " ")
	for _, w := range []string{"40 semester credits = 60 quarter credits", "80 semester credits (120 quarter credits) left", "Page 1 of"} {
		if !strings.Contains(text, w) {
			t.Errorf("the handout lacks %q", w)
		}
	}
}

// TestSession_LostChoiceIsSaid: data whose ladder has no remembered entry
// point says so in the planner instead of clearing it in silence.
func TestSession_LostChoiceIsSaid(t *testing.T) {
	u, q := newTestUI(t)
	st := u.plan.input
	st.Entry, st.Goal = "night-school", "Doctorate"
	u.setPlan(st)
	u.refresh()
	q.run()
	a := planAnswer(u)
	for _, id := range []string{"planner.lostEntry"} {
		if !strings.Contains(a, u.tr(id)) {
			t.Errorf("the planner does not say %q: %q", u.tr(id), a)
		}
	}
	if !strings.Contains(a, "Doctorate") {
		t.Errorf("the planner does not name the lost degree: %q", a)
	}
	// Credits typed meanwhile are kept, with the lost choices, across a
	// rebuild of the tabs and in the preferences.
	u.edu.planner.earned.SetText("30")
	u.setLang(model.Spanish)
	u.setLang(model.English)
	q.run()
	if got, p := u.edu.planner.earned.Text, u.app.Preferences(); got != "30" || p.String(prefPlanEarned) != "30" || p.String(prefPlanEntry) != "night-school" || !strings.Contains(planAnswer(u), "Doctorate") {
		t.Errorf("after a rebuild: earned %q, remembered %q and entry %q; the planner says %q", got, p.String(prefPlanEarned), p.String(prefPlanEntry), planAnswer(u))
	}
}

// TestMenu_ReloadAndHelp: File › Reload is disabled without a file; Help
// has the quick start and the shortcuts, and they open.
func TestMenu_ReloadAndHelp(t *testing.T) {
	u, _ := newTestUI(t)
	find := func(label string) *fyne.MenuItem {
		for _, m := range u.win.MainMenu().Items {
			for _, it := range m.Items {
				if it.Label == label {
					return it
				}
			}
		}
		t.Fatalf("no menu item %q", label)
		return nil
	}
	if !find(u.tr("menu.reload")).Disabled {
		t.Error("Reload is enabled with no data file open")
	}
	for _, c := range []struct{ item, shows string }{
		{u.tr("menu.quickStart"), u.tr("quick.step2")},
		{u.tr("menu.shortcuts"), u.tr("keys.copy")},
	} {
		find(c.item).Action()
		top := u.win.Canvas().Overlays().Top()
		if top == nil {
			t.Fatalf("%s opened nothing", c.item)
		}
		found := false
		for _, o := range test.LaidOutObjects(top) {
			switch x := o.(type) {
			case *widget.Label:
				found = found || strings.Contains(x.Text, c.shows)
			case *widget.RichText:
				found = found || strings.Contains(x.String(), c.shows)
			}
		}
		if !found {
			t.Errorf("%s does not show %q", c.item, c.shows)
		}
		u.win.Canvas().Overlays().Remove(top)
	}
	// With a file open, Reload is enabled.
	dir := t.TempDir()
	path := filepath.Join(dir, "mine.json")
	if err := os.WriteFile(path, model.DefaultJSON(), 0o644); err != nil {
		t.Fatal(err)
	}
	u.opener = fakeOpener{path}
	u.openData()
	if find(u.tr("menu.reload")).Disabled {
		t.Error("Reload is disabled with a data file open")
	}
}

// TestSession_New: File › New session clears the last student's plan,
// after asking, and keeps the school's calendar.
func TestSession_New(t *testing.T) {
	u, q := newTestUI(t)
	plan40(t, u)
	u.edu.planner.calendar.SetSelectedIndex(0)
	cal := u.plan.input.Calendar
	u.confirm = func(_, _ string, done func(bool)) { done(false) }
	u.newSession()
	if u.plan.input.Earned != "40" {
		t.Fatal("New session cleared the plan without being confirmed")
	}
	u.confirm = func(_, _ string, done func(bool)) { done(true) }
	u.newSession()
	q.run()
	if p := u.edu.ladder.Path(); p.Entry != "" || p.Goal >= 0 || u.edu.planner.earned.Text != "0" {
		t.Errorf("New session left the plan: entry %q, goal %d, earned %q", p.Entry, p.Goal, u.edu.planner.earned.Text)
	}
	if u.plan.input.Calendar != cal || u.app.Preferences().String(prefPlanEntry) != "" {
		t.Errorf("calendar %q (want %q), remembered entry %q", u.plan.input.Calendar, cal, u.app.Preferences().String(prefPlanEntry))
	}
	if u.tabs.SelectedIndex() != TabEducation {
		t.Error("New session does not show the Education tab")
	}
}

// TestSession_HandoutKeepsPlanAfterSwap: careers swapped on the Salary
// tab (the Education tab not built again yet), the handout still carries
// the plan.
func TestSession_HandoutKeepsPlanAfterSwap(t *testing.T) {
	u, q := newTestUI(t)
	plan40(t, u)
	u.SelectTab(TabSalary)
	q.run()
	u.topBar.left.SetSelectedIndex(u.data.CareerIndex(u.right.ID))
	q.run()
	h := u.exportFile(export.ChartHandout, 0, slideSize, export.Letter).(export.Handout)
	if h.Path.Plan == nil || h.Path.Earned != 40 {
		t.Errorf("the handout after a swap on the Salary tab has no plan: %+v", h.Path)
	}
}

// TestSession_PlanWithoutEducationTab: a window that opens on the Salary
// tab gives the handout and the ladder's export the plan the last session
// left, and giving it builds no tab: the plan is the window's, not the
// Education tab's. The Education tab, opened then, shows the same plan.
func TestSession_PlanWithoutEducationTab(t *testing.T) {
	u, q := newTestUI(t)
	plan40(t, u)
	u.app.Preferences().SetInt(prefTab, TabSalary)
	w := u.app.NewWindow("again")
	t.Cleanup(w.Close)
	u, err := build(u.app, w, Start{}, u.info, q.add)
	if err != nil {
		t.Fatal(err)
	}
	q.run()
	built := func() []int {
		var out []int
		for i, it := range u.tabs.Items {
			if len(it.Content.(*fyne.Container).Objects) > 0 {
				out = append(out, i)
			}
		}
		return out
	}
	if got := built(); u.edu != nil || !slices.Equal(got, []int{TabSalary}) {
		t.Fatalf("the window opened with tabs %v built, the Education tab's state %v", got, u.edu)
	}
	c := u.comparison()
	if p := c.Path; p.Entry != "transfer-students" || c.Ladder == nil || p.Goal < 0 || c.Ladder.Rungs[p.Goal].Ends.EN != "Bachelor's degree" || p.Earned != 40 || p.Plan == nil {
		t.Errorf("the comparison does not carry the remembered plan: %+v", p)
	}
	h := u.exportFile(export.ChartHandout, 0, slideSize, export.Letter).(export.Handout)
	pic := u.exportFile(charts.ChartLadder, charts.SVG, charts.Size{Width: 900, Height: 500, Scale: 1}, export.Letter).(export.Picture)
	for what, p := range map[string]model.Path{"handout": h.Path, "ladder picture": pic.Path} {
		if p.Plan == nil || p.Earned != 40 || p.Entry != "transfer-students" {
			t.Errorf("the %s has no plan: %+v", what, p)
		}
	}
	if got := built(); u.edu != nil || !slices.Equal(got, []int{TabSalary}) {
		t.Errorf("giving the plan built tabs %v (the Education tab's state %v)", got, u.edu)
	}
	u.SelectTab(TabEducation)
	q.run()
	if a := planAnswer(u); !strings.Contains(a, "80 semester credits (120 quarter credits) left") || !strings.Contains(a, u.tr("planner.restored")) {
		t.Errorf("the Education tab does not show the remembered plan: %q", a)
	}
	if got := u.edu.ladder.Path(); got != c.Path {
		t.Errorf("the ladder shows %+v, the comparison carried %+v", got, c.Path)
	}
}

// TestSession_RestoredPlanSaysSo: a plan restored at the start says it is
// the last session's until it is changed or File › New session clears it;
// a start without a plan says nothing of the kind.
func TestSession_RestoredPlanSaysSo(t *testing.T) {
	u, q := newTestUI(t)
	notice := u.tr("planner.restored")
	if strings.Contains(planAnswer(u), notice) {
		t.Fatal("a first start without a plan calls it the last session's")
	}
	plan40(t, u)
	if strings.Contains(planAnswer(u), notice) {
		t.Fatal("the plan just made is called the last session's")
	}
	u = restart(t, u, q)
	if a := planAnswer(u); !strings.Contains(a, notice) || !strings.Contains(a, "80 semester credits") {
		t.Fatalf("after a restart the plan does not say it is the last session's: %q", a)
	}
	u.setLang(model.Spanish)
	q.run()
	if a := planAnswer(u); !strings.Contains(a, "Plan de la última sesión") {
		t.Errorf("in Spanish the restored plan does not say so: %q", a)
	}
	u.setLang(model.English)
	q.run()
	u.edu.planner.earned.SetText("45")
	if strings.Contains(planAnswer(u), notice) {
		t.Error("a changed plan is still called the last session's")
	}
	u = restart(t, u, q)
	u.confirm = func(_, _ string, done func(bool)) { done(true) }
	u.newSession()
	q.run()
	if strings.Contains(planAnswer(u), notice) {
		t.Error("after New session the empty plan is called the last session's")
	}
}
