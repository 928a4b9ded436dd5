package ui

import (
	"testing"

	"fyne.io/fyne/v2"
)

// esc presses Esc where nothing has the focus, as the window passes it on.
func esc(u *UI) { u.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape}) }

// TestEsc_ClosesDialogs: Esc closes the newest dialog first, from the
// window or from a text field of the dialog; a question closed by Esc is
// answered no; in full screen Esc closes a dialog before it leaves.
func TestEsc_ClosesDialogs(t *testing.T) {
	u, _ := newTestUI(t)
	overlays := u.win.Canvas().Overlays()
	u.showAbout()
	about := overlays.Top()
	u.showShortcuts()
	if len(overlays.List()) != 2 {
		t.Fatalf("%d dialogs open, want 2", len(overlays.List()))
	}
	esc(u)
	if len(overlays.List()) != 1 || overlays.Top() != about {
		t.Fatal("Esc did not close the newest dialog (Keyboard shortcuts) alone")
	}
	esc(u)
	if overlays.Top() != nil || len(u.dialogs) != 0 {
		t.Fatalf("Esc did not close About: %d overlays, %d dialogs", len(overlays.List()), len(u.dialogs))
	}
	esc(u) // nothing open: nothing happens
	if u.win.FullScreen() {
		t.Error("Esc with no dialog open entered full screen")
	}

	// From the handout dialog's fields, as the counselor types.
	f := u.exportHandout()
	u.win.Canvas().Focus(f.student)
	f.student.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if overlays.Top() != nil {
		t.Fatal("Esc in the student's name field did not close the handout dialog")
	}
	f = u.exportHandout()
	f.next.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	f.next.TypedRune('x')
	if overlays.Top() == nil || f.next.Text != "\nx" {
		t.Fatalf("typing in next steps: %q, dialog open %v", f.next.Text, overlays.Top() != nil)
	}
	f.next.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if overlays.Top() != nil {
		t.Fatal("Esc in next steps did not close the handout dialog")
	}

	// A question: Esc is its No.
	answer := "none"
	u.confirm("Replace?", "A file of that name exists.", func(ok bool) { answer = map[bool]string{true: "yes", false: "no"}[ok] })
	esc(u)
	if answer != "no" || overlays.Top() != nil {
		t.Fatalf("Esc on a question: answer %s, dialog open %v", answer, overlays.Top() != nil)
	}

	// In full screen, the dialog first.
	u.setFullScreen(true)
	u.showQuickStart()
	esc(u)
	if overlays.Top() != nil || !u.win.FullScreen() {
		t.Fatalf("in full screen, Esc: dialog open %v, full screen %v (want closed, still full screen)", overlays.Top() != nil, u.win.FullScreen())
	}
	esc(u)
	if u.win.FullScreen() {
		t.Error("the second Esc did not leave full screen")
	}
}
