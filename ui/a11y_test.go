package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"careercompare/charts"
	"careercompare/model"
)

// published is one element a screen reader gets.
type published struct {
	label string
	role  fyne.AccessibleRole
	pos   fyne.Position
}

// publishedElements walks the window as Fyne 2.8.1's Windows driver does
// (internal/driver/glfw/accessibility_windows.go, collectAccessibleElements):
// from the content, then each overlay; an invisible object is skipped with
// what it holds; an object that implements fyne.Accessible is asked its
// role, and published with its label unless it is a container; only a
// *fyne.Container is walked into. The macOS driver walks the same objects
// (as a tree, stopping at the first one that is not Accessible).
func publishedElements(c fyne.Canvas) []published {
	var out []published
	var walk func(o fyne.CanvasObject, pos fyne.Position)
	walk = func(o fyne.CanvasObject, pos fyne.Position) {
		if o == nil || !o.Visible() {
			return
		}
		at := pos.Add(o.Position())
		if a, ok := o.(fyne.Accessible); ok {
			if role := a.AccessibilityRole(); role != fyne.AccessibleRoleContainer {
				out = append(out, published{label: a.AccessibilityLabel(), role: role, pos: at})
			}
		}
		if box, ok := o.(*fyne.Container); ok {
			for _, child := range box.Objects {
				walk(child, at)
			}
		}
	}
	walk(c.Content(), fyne.Position{})
	for _, o := range c.Overlays().List() {
		walk(o, fyne.Position{})
	}
	return out
}

// readAloud publishes the window twice, as after two repaints: the first
// may grow the layer's list, which the second then reads whole. Before,
// it lays the window out again, as a frame of the real window does (the
// test driver lays out only when sized): a field that appeared with a
// plan has its place.
func readAloud(u *UI) []published {
	size := u.win.Canvas().Size()
	u.win.Resize(size.AddWidthHeight(1, 0))
	u.win.Resize(size)
	publishedElements(u.win.Canvas())
	return publishedElements(u.win.Canvas())
}

// shown collects the texts shown under o that a student can see: the
// open tab's, the open parts of an accordion, visible objects only.
func shown(o fyne.CanvasObject) []string {
	if o == nil || !o.Visible() {
		return nil
	}
	return shownOrNot(o)
}

// shownOrNot is shown, for an object a page holds back from painting until
// it is scrolled to (fillLast): the student reads it by scrolling, a
// screen reader at once.
func shownOrNot(o fyne.CanvasObject) []string {
	var out []string
	switch x := o.(type) {
	case *fyne.Container:
		held, _ := x.Layout.(*fillLast)
		for _, c := range x.Objects {
			if held != nil && held.waiting[c] {
				out = append(out, shownOrNot(c)...)
			} else {
				out = append(out, shown(c)...)
			}
		}
	case *container.Scroll:
		out = append(out, shown(x.Content)...)
	case *container.AppTabs:
		for _, it := range x.Items {
			out = append(out, it.Text)
		}
		if sel := x.Selected(); sel != nil {
			out = append(out, shown(sel.Content)...)
		}
	case *widget.Accordion:
		for _, it := range x.Items {
			out = append(out, it.Title)
			if it.Open {
				out = append(out, shown(it.Detail)...)
			}
		}
	case *widget.RichText:
		for _, s := range x.Segments {
			out = append(out, s.Textual())
		}
	case *widget.Label:
		out = append(out, x.Text)
	case *widget.Button:
		out = append(out, x.Text)
	case *widget.Hyperlink:
		out = append(out, x.Text)
	case *picker:
		out = append(out, x.Selected)
	case *keyEntry:
		out = append(out, x.Text)
	}
	return out
}

// words is s with its white space made single spaces.
func words(s string) string { return strings.Join(strings.Fields(s), " ") }

// checkPublished checks what a screen reader gets of the window as it is:
// a label for every text shown, no empty label, nothing twice, in the
// order the window is read (top to bottom, left to right in a row), and
// no object of the window that the walk cannot say.
func checkPublished(t *testing.T, u *UI, what string) []published {
	t.Helper()
	got := readAloud(u)
	if len(got) == 0 {
		t.Fatalf("%s: nothing is published", what)
	}
	all := make([]string, len(got))
	seen := map[string]bool{}
	for i, p := range got {
		all[i] = words(p.label)
		if all[i] == "" {
			t.Errorf("%s: element %d (%s) has no label", what, i, p.role)
		}
		if key := string(p.role) + ":" + all[i]; seen[key] {
			t.Errorf("%s: %q is read twice", what, all[i])
		} else {
			seen[key] = true
		}
		// Read as the eye reads: down, or right along a row, or up to the
		// top of the next panel on the right; never back up and to the left.
		if i > 0 && u.win.Canvas().Overlays().Top() == nil {
			a, b := got[i-1].pos, p.pos
			if b.Y < a.Y-1 && b.X < a.X-1 {
				t.Errorf("%s: %q (at %v) is read after %q (at %v): not the reading order", what, all[i], b, all[i-1], a)
			}
		}
	}
	joined := strings.Join(all, "\n")
	for _, s := range shown(u.root) {
		if s = words(onScreenUndo(s)); s != "" && !strings.Contains(joined, s) {
			t.Errorf("%s: %q is on screen but read by no element", what, s)
		}
	}
	if w := u.a11y.walk; w != nil && len(w.unknown) > 0 {
		t.Errorf("%s: the walk cannot say objects of types %v", what, w.unknown)
	}
	return got
}

// onScreenUndo is s as a screen reader gets it: the window draws some
// characters in other forms (onScreen), the label says the text itself.
func onScreenUndo(s string) string { return s }

// TestA11y_EveryTab: on every tab, in English and Spanish, a screen
// reader gets every text and figure shown, each once, in reading order;
// the tabs, the pickers and the banner are named and have their roles.
func TestA11y_EveryTab(t *testing.T) {
	for _, lang := range model.Langs() {
		t.Run(string(lang), func(t *testing.T) {
			u, q := newTestUI(t)
			u.switchEdition(model.NewestEdition)
			u.setLang(lang)
			held := 0
			for i := range u.tabs.Items {
				u.SelectTab(i)
				q.run()
				got := checkPublished(t, u, fmt.Sprintf("%s tab %d", lang, i))
				roles := map[fyne.AccessibleRole]int{}
				for _, p := range got {
					roles[p.role]++
				}
				if roles[fyne.AccessibleRoleButton] < len(u.tabs.Items)+3 || roles[fyne.AccessibleRoleText] == 0 {
					t.Errorf("%s tab %d: roles %v: the tabs and pickers are not buttons, or no text", lang, i, roles)
				}
				held += heldBack(u.tabs.Items[i].Content)
				open := u.tr("a11y.tabOpen", map[string]any{"Tab": u.tabs.Items[i].Text})
				if !hasLabel(got, open, fyne.AccessibleRoleButton) {
					t.Errorf("%s tab %d: no button says %q", lang, i, open)
				}
			}
			if held == 0 {
				t.Error("no tab holds a part back until scrolled to: the walk of held-back parts is not tested")
			}
			// Full screen, for a projector: one line above the tabs.
			u.setFullScreen(true)
			u.SelectTab(TabSalary)
			q.run()
			checkPublished(t, u, string(lang)+" full screen")
			u.setFullScreen(false)
		})
	}
}

// hasLabel reports whether an element of got has the label (whole) and role.
func hasLabel(got []published, label string, role fyne.AccessibleRole) bool {
	for _, p := range got {
		if words(p.label) == words(label) && p.role == role {
			return true
		}
	}
	return false
}

// labelWith is the first label of got that contains s, or "".
func labelWith(got []published, s string) string {
	for _, p := range got {
		if strings.Contains(p.label, s) {
			return p.label
		}
	}
	return ""
}

// TestA11y_FollowsPlanAndEdition: the ladder's labels say the plan
// chosen, and the charts' say the figures of the edition on screen, as
// they change.
func TestA11y_FollowsPlanAndEdition(t *testing.T) {
	u, q := newTestUI(t)
	u.switchEdition(model.NewestEdition)
	u.SelectTab(TabEducation)
	q.run()
	before := readAloud(u)
	if labelWith(before, "chosen") != "" {
		t.Fatalf("a ladder item is chosen before a plan: %q", labelWith(before, "chosen"))
	}
	l := u.ladderOnScreen()
	if l == nil || len(l.ladder.Entries) == 0 {
		t.Fatal("the Education tab has no ladder")
	}
	e := l.ladder.Entries[0]
	l.choose(l.layout.Items[indexOfEntry(l, e.ID)])
	l.choose(l.layout.Items[indexOfDegree(l, len(l.ladder.Rungs)-1)])
	q.run()
	after := readAloud(u)
	for _, want := range []string{"Start here, chosen", "End here, chosen", "Highlighted: the planned path"} {
		if labelWith(after, want) == "" {
			t.Errorf("with a plan, no label says %q", want)
		}
	}

	u.SelectTab(TabSalary)
	q.run()
	newest := labelWith(readAloud(u), "a bar chart")
	u.switchEdition(model.ArticleEdition)
	u.SelectTab(TabSalary)
	q.run()
	article := labelWith(readAloud(u), "a bar chart")
	if newest == "" || article == "" || newest == article {
		t.Fatalf("the salary chart's words do not follow the edition:\nBLS: %q\narticle: %q", newest, article)
	}
	if !strings.Contains(newest, "$67,310") || !strings.Contains(article, "2012") {
		t.Errorf("the chart's words lack the edition's figures:\nBLS: %q\narticle: %q", newest, article)
	}
	spec := charts.SalarySpec(u.compared(), u.lang)
	for _, bar := range spec.BarWords(u.lang) {
		if !strings.Contains(article, bar) {
			t.Errorf("the chart's words lack the handout's sentence %q", bar)
		}
	}
}

func indexOfEntry(l *Ladder, id string) int {
	for i, it := range l.layout.Items {
		if it.Kind == charts.ItemEntry && l.ladder.Entries[it.Index].ID == id {
			return i
		}
	}
	return -1
}

func indexOfDegree(l *Ladder, rung int) int {
	for i, it := range l.layout.Items {
		if it.Kind == charts.ItemDegree && it.Index == rung {
			return i
		}
	}
	return -1
}

// TestA11y_DialogAndList: a dialog open is read first, its text and its
// buttons; a picker's list open says its choices.
func TestA11y_DialogAndList(t *testing.T) {
	u, q := newTestUI(t)
	u.confirm("Replace the file?", "A file of that name exists.", func(bool) {})
	q.run()
	got := readAloud(u)
	if len(got) < 3 || !strings.Contains(got[0].label, "Replace the file?") {
		t.Fatalf("the dialog is not read first: %v", got[:min(3, len(got))])
	}
	if !hasLabel(got, "A file of that name exists.", fyne.AccessibleRoleText) || labelWith(got, "Yes") == "" && labelWith(got, "OK") == "" {
		t.Errorf("the dialog's text or buttons are not read: %v", got[:min(6, len(got))])
	}
	for _, d := range u.dialogs {
		d.Hide()
	}
	q.run()
	test.Tap(u.topBar.left)
	got = readAloud(u)
	for _, k := range u.data.Careers {
		if labelWith(got, u.careerChoice(&k)) == "" {
			t.Errorf("the open list does not say %q", u.careerChoice(&k))
		}
	}
}

// heldBack counts the parts of a tab's page held back from painting until
// scrolled to.
func heldBack(o fyne.CanvasObject) int {
	n := 0
	switch x := o.(type) {
	case *container.Scroll:
		n += heldBack(x.Content)
	case *fyne.Container:
		if f, ok := x.Layout.(*fillLast); ok {
			n += len(f.waiting)
		}
		for _, c := range x.Objects {
			n += heldBack(c)
		}
	}
	return n
}
