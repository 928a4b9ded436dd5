package applog

import (
	"bytes"
	"errors"
	"io"
	"log"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"careercompare/internal/loudskip"
)

// exit is an error with an exit code, as the command line's.
type exit int

func (e exit) Error() string { return "exit" }
func (e exit) ExitCode() int { return int(e) }

// endWith ends a log as the window command does, with defer.
func endWith(l *Log, err error) {
	defer l.End(&err)
}

func TestLog_File(t *testing.T) {
	dir := filepath.Join(t.TempDir(), DirName) // does not exist yet
	prev := log.Writer()
	const version = "Career Compare 9.8.7 (build 6)"
	var shown []string
	show := func(path string) { shown = append(shown, path) }

	var stderr bytes.Buffer
	l := StartIn(dir, version, &stderr, true, show)
	path := filepath.Join(dir, FileName)
	if l.Path() != path {
		t.Errorf("Path() = %q, want %q", l.Path(), path)
	}
	log.Println("Fyne error:  something") // how Fyne logs
	_, _ = io.WriteString(l.Writer(), "my.json:3: careers[0].salary: negative\n")
	endWith(l, errors.New("no window"))
	if log.Writer() != prev {
		t.Error("the log was not given back after the command ended")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{version + " started", "Fyne error:  something", "my.json:3: careers[0].salary: negative", "careercompare: no window"} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("log file lacks %q:\n%s", want, b)
		}
	}
	// With a working stderr, the lines go there too, except the final
	// error, which the command prints there itself; nothing needs showing.
	if s := stderr.String(); !strings.Contains(s, "Fyne error") || !strings.Contains(s, "my.json:3") || strings.Contains(s, "no window") {
		t.Errorf("stderr got %q", s)
	}
	if len(shown) != 0 {
		t.Errorf("shown %q with a working stderr", shown)
	}

	// The next run starts the file afresh and keeps this one as the
	// previous; without a working stderr nothing goes there, and an error
	// shows the file.
	stderr.Reset()
	l = StartIn(dir, version, &stderr, false, show)
	log.Println("second run")
	endWith(l, exit(1))
	b, _ = os.ReadFile(path)
	if bytes.Contains(b, []byte("no window")) || !bytes.Contains(b, []byte("second run")) || !bytes.Contains(b, []byte("exit code 1")) || stderr.Len() != 0 {
		t.Errorf("second run: stderr %q, file:\n%s", stderr.String(), b)
	}
	if old, _ := os.ReadFile(filepath.Join(dir, PrevFileName)); !bytes.Contains(old, []byte("no window")) {
		t.Errorf("the previous run's log was not kept: %q", old)
	}
	if len(shown) != 1 || shown[0] != path {
		t.Errorf("shown %q, want the log file once", shown)
	}

	// A clean quit shows nothing.
	endWith(StartIn(dir, version, &stderr, false, show), nil)
	if b, _ = os.ReadFile(path); !bytes.Contains(b, []byte(" quit\n")) || len(shown) != 1 {
		t.Errorf("clean quit: shown %q, file:\n%s", shown, b)
	}

	// A folder that cannot be made: one line on stderr, the log stays put.
	stderr.Reset()
	blocker := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(blocker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	l = StartIn(filepath.Join(blocker, DirName), version, &stderr, false, show)
	endWith(l, errors.New("x"))
	if l.Writer() != &stderr || log.Writer() != prev || !strings.Contains(stderr.String(), "cannot write the log file") || l.Path() != "" || len(shown) != 1 {
		t.Errorf("unwritable folder: stderr %q, shown %q", stderr.String(), shown)
	}
}

// TestLog_Panic: a panic on its way out of the window command (no OpenGL,
// say) is recorded and goes on.
func TestLog_Panic(t *testing.T) {
	dir := t.TempDir()
	prev, prevFlags := log.Writer(), log.Flags()
	defer func() {
		log.SetOutput(prev)
		log.SetFlags(prevFlags)
		_ = debug.SetCrashOutput(nil, debug.CrashOptions{})
	}()
	var shown []string
	var recovered any
	func() {
		defer func() { recovered = recover() }()
		l := StartIn(dir, "Career Compare", io.Discard, false, func(p string) { shown = append(shown, p) })
		var err error
		defer l.End(&err)
		panic("glfw: no OpenGL")
	}()
	b, _ := os.ReadFile(filepath.Join(dir, FileName))
	if recovered != "glfw: no OpenGL" || !bytes.Contains(b, []byte("careercompare: panic: glfw: no OpenGL")) || len(shown) != 1 {
		t.Errorf("panic: recovered %v, shown %q, file:\n%s", recovered, shown, b)
	}
}

// TestLog_NotThisBuild: outside a Windows GUI build the window command
// keeps logging to stderr.
func TestLog_NotThisBuild(t *testing.T) {
	if guiBuild {
		loudskip.Skip(t, "this is a Windows GUI build")
	}
	var stderr bytes.Buffer
	prev := log.Writer()
	l := Start("Career Compare", &stderr)
	endWith(l, errors.New("x"))
	if l.Writer() != &stderr || log.Writer() != prev || l.Path() != "" || stderr.Len() != 0 {
		t.Errorf("Start changed the log in this build (%q)", stderr.String())
	}
}
