package ui

import (
	"bytes"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestExport_StudentStaysInHandout exports the handout, as HTML and as
// PDF, with a student's name and next steps: the page carries them, and
// nothing else does: no preference, no file under the user's home or
// configuration folders, no log line. The session's next handout dialog
// keeps them (a PDF, then the HTML, for the same student), until File ›
// New session clears them.
func TestExport_StudentStaysInHandout(t *testing.T) {
	home := t.TempDir()
	for k, v := range map[string]string{"HOME": home, "XDG_CONFIG_HOME": filepath.Join(home, ".config"),
		"XDG_DATA_HOME": filepath.Join(home, ".local", "share"), "XDG_CACHE_HOME": filepath.Join(home, ".cache"),
		"APPDATA": filepath.Join(home, "AppData"), "TMPDIR": filepath.Join(home, "tmp")} {
		t.Setenv(k, v)
		if k != "HOME" {
			os.MkdirAll(v, 0o755) // so that a write there would succeed, and be found
		}
	}
	var logged bytes.Buffer
	was := log.Writer()
	log.SetOutput(&logged)
	t.Cleanup(func() { log.SetOutput(was) })

	const student, next = "Ana Zyxwvut-Pérez", "Meet Ms Qwertz, the HIT advisor"
	u, q := newTestUI(t)
	out := filepath.Join(t.TempDir(), "handouts")
	os.Mkdir(out, 0o755)
	u.app.Preferences().SetString(prefExportFolder, out)
	for i, format := range []string{"HTML", "PDF"} {
		f := u.exportHandout()
		if i == 0 && (f.student.Text != "" || f.next.Text != "") {
			t.Fatalf("the session's first handout dialog says %q / %q", f.student.Text, f.next.Text)
		}
		if i > 0 && (f.student.Text != student || f.next.Text != next) {
			t.Fatalf("the session's second handout dialog forgot the student: %q / %q", f.student.Text, f.next.Text)
		}
		f.format.SetSelected(format)
		if ext := "." + strings.ToLower(format); !strings.HasSuffix(f.name.Text, ext) {
			t.Fatalf("%s: file name %q", format, f.name.Text)
		}
		f.student.SetText(student)
		f.next.SetText(next)
		test.Tap(f.save)
		q.run()
		b, err := os.ReadFile(filepath.Join(out, f.name.Text))
		if err != nil {
			t.Fatalf("%s handout not written: %v", format, err)
		}
		if format == "HTML" && (!bytes.Contains(b, []byte("Prepared for "+student)) || !bytes.Contains(b, []byte("<li>"+next+"</li>"))) {
			t.Error("the HTML handout lacks the student's name or next steps")
		}
	}
	u.confirm = func(_, _ string, done func(bool)) { done(true) }
	u.newSession()
	if f := u.exportHandout(); f.student.Text != "" || f.next.Text != "" {
		t.Errorf("the dialog after File › New session remembers %q / %q", f.student.Text, f.next.Text)
	}

	prefs, ok := u.app.Preferences().(interface{ ReadValues(func(map[string]any)) })
	if !ok {
		t.Fatalf("the test app's preferences (%T) cannot be listed", u.app.Preferences())
	}
	n := 0
	prefs.ReadValues(func(values map[string]any) {
		for k, v := range values {
			n++
			if s := fmt.Sprint(v); strings.Contains(s, "Zyxwvut") || strings.Contains(s, "Qwertz") {
				t.Errorf("preference %s holds the student's text: %q", k, s)
			}
		}
	})
	if n == 0 || u.app.Preferences().String(prefExportFolder) != out {
		t.Errorf("%d preferences, export folder %q: the export saved no preference at all", n, u.app.Preferences().String(prefExportFolder))
	}
	err := filepath.WalkDir(home, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err == nil && (bytes.Contains(b, []byte("Zyxwvut")) || bytes.Contains(b, []byte("Qwertz"))) {
			t.Errorf("%s holds the student's text", path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(logged.String(), "Zyxwvut") || strings.Contains(logged.String(), "Qwertz") {
		t.Errorf("the log holds the student's text: %q", logged.String())
	}
}
