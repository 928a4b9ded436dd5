package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"careercompare/model"
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

// TestSources_LinksOnTheirOwnLine: in Help › Sources every web address is
// a link that ends its line (an empty block after it), so that the next
// source's title starts a line rather than running on after the address.
func TestSources_LinksOnTheirOwnLine(t *testing.T) {
	u, _ := newTestUI(t)
	u.switchEdition(model.BLS2434Edition)
	segs, links := u.sourcesText().Segments, 0
	for i, s := range segs {
		l, ok := s.(*widget.HyperlinkSegment)
		if !ok {
			continue
		}
		links++
		if i+1 < len(segs) {
			if next, ok := segs[i+1].(*widget.TextSegment); !ok || next.Inline() || next.Text != "" {
				t.Errorf("link %s runs on into %q", l.URL, segs[i+1].Textual())
			}
		}
	}
	want := 0
	for _, s := range u.data.Sources {
		if strings.HasPrefix(s.Address, "https://") || strings.HasPrefix(s.Address, "http://") {
			want++
		}
	}
	if links != want || want == 0 {
		t.Errorf("%d links in the sources, want one for each of the %d web addresses", links, want)
	}
}

// TestDialogSize_GrowsWithText: a dialog is larger with larger text, but
// never beyond the window.
func TestDialogSize_GrowsWithText(t *testing.T) {
	u, _ := newTestUI(t)
	u.win.Resize(fyne.NewSize(1280, 800))
	if s := u.dialogSize(660, 520); s != fyne.NewSize(660, 520) {
		t.Errorf("at normal text: %v", s)
	}
	u.theme.scale = 1.5
	if s := u.dialogSize(660, 520); s.Width != 990 || s.Height != 760 {
		t.Errorf("at 1.5× text: %v, want 990 wide and the window's height less 40", s)
	}
}

// TestFileDialogs_Open: the real file and folder dialogs (the tests' UI
// has stand-ins) open over the window at their size. Fyne 2.8.1's
// FileDialog.Resize dereferenced the dialog's window when called before
// Show: File › Open and every export's folder button crashed the app.
func TestFileDialogs_Open(t *testing.T) {
	tests := []struct {
		name string
		open func(w fyne.Window)
	}{
		{"file open", func(w fyne.Window) { dialogFileOpener{exts: []string{".json"}}.OpenFile(w, func(string) {}) }},
		{"folder", func(w fyne.Window) { dialogFolderPicker{}.PickFolder(w, t.TempDir(), func(string) {}) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, _ := newTestUI(t)
			tt.open(u.win)
			top := u.win.Canvas().Overlays().Top()
			if top == nil {
				t.Fatal("no dialog over the window")
			}
			if s := top.Size(); s.Width < 700 || s.Height < 500 {
				t.Errorf("the dialog is %v, want about 760×520", s)
			}
		})
	}
}

// TestHeadings_OwnLine: a heading stands on a line of its own, whatever
// follows it (Fyne 2.8 made its own heading styles inline: the Sources
// dialog read "SourcesHealth IT Jobs…").
func TestHeadings_OwnLine(t *testing.T) {
	tests := []struct {
		name        string
		style, next widget.RichTextStyle
	}{
		{"heading, then a paragraph", headingStyle, widget.RichTextStyleParagraph},
		{"sub-heading, then a paragraph", subHeadingStyle, widget.RichTextStyleParagraph},
		{"sub-heading, then bold text", subHeadingStyle, strongStyle},
		{"sub-heading, then a caption", subHeadingStyle, captionStyle},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rt := widget.NewRichText(&widget.TextSegment{Text: "Sources", Style: tt.style},
				&widget.TextSegment{Text: "Health IT Jobs", Style: tt.next})
			w := test.NewTempWindow(t, rt)
			w.Resize(fyne.NewSize(600, 300))
			at := map[string]fyne.Position{}
			for _, o := range test.WidgetRenderer(rt).Objects() {
				if txt, ok := o.(*canvas.Text); ok {
					at[txt.Text] = txt.Position()
				}
			}
			h, okH := at["Sources"]
			n, okN := at["Health IT Jobs"]
			if !okH || !okN {
				t.Fatalf("texts drawn: %v", at)
			}
			// On a line of its own, the next text starts where the heading
			// starts, below it.
			if n.X > h.X+0.5 || n.Y <= h.Y {
				t.Errorf("the text after the heading is at %v, the heading at %v: on the heading's line", n, h)
			}
		})
	}
}
