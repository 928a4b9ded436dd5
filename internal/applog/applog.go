// Package applog keeps the window command's log where a user can find it.
//
// A release build for Windows is a GUI program (fyne package links it with
// -H=windowsgui): started from the Start menu, Explorer or a shortcut it
// has no console, and what it writes to stderr is lost. So, in that build
// only (windows with the release tag, see gui_windows.go), the log goes to
// a file in the user's config folder:
//
//	%AppData%\CareerCompare\careercompare.log
//
// What lands there: a line when the app starts, the toolkit's log lines
// (its "Fyne error: …" lines come through the log package), every problem
// of a data file given with --data, the error that ends the app, and the
// report of a crash (runtime/debug.SetCrashOutput). The file holds one run;
// the one before is kept as careercompare.previous.log.
//
// When stderr does lead somewhere (output redirected to a file or a pipe)
// every line also goes there. When it does not and the app ends with an
// error before its window opens, nobody would see why: the file is then
// opened in Notepad. Everywhere else the log stays on stderr.
package applog

import (
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"time"
)

// Names of the log folder and files.
const (
	DirName      = "CareerCompare"
	FileName     = "careercompare.log"
	PrevFileName = "careercompare.previous.log"
)

// Log is the log of one run of the window command.
type Log struct {
	file      *os.File // nil when the log stays on stderr
	path      string
	out       io.Writer
	tee       bool
	show      func(path string)
	prevOut   io.Writer
	prevFlags int
}

// Start sends the log to the log file in a Windows GUI build and leaves it
// on stderr everywhere else. version is the line that opens the file,
// e.g. "Career Compare 0.1.0 (build 1)".
func Start(version string, stderr io.Writer) *Log {
	if !guiBuild {
		return &Log{out: stderr}
	}
	dir, err := os.UserConfigDir()
	if err != nil {
		return &Log{out: stderr}
	}
	return StartIn(filepath.Join(dir, DirName), version, stderr, stderrWorks(), showInNotepad)
}

// StartIn opens dir/careercompare.log and sends the log package's output
// there, and also to stderr when tee is set. When the command ends with an
// error or a panic and there is no stderr to see it on, show is called with
// the file's path. When the file cannot be opened it says so on stderr and
// leaves the log where it was.
func StartIn(dir, version string, stderr io.Writer, tee bool, show func(path string)) *Log {
	path := filepath.Join(dir, FileName)
	f, err := openFile(path)
	if err != nil {
		fmt.Fprintf(stderr, "careercompare: cannot write the log file: %v\n", err)
		return &Log{out: stderr}
	}
	l := &Log{file: f, path: path, out: f, tee: tee, show: show, prevOut: log.Writer(), prevFlags: log.Flags()}
	if tee {
		l.out = &teeWriter{f, stderr}
	}
	log.SetOutput(l.out)
	log.SetFlags(log.LstdFlags)
	_ = debug.SetCrashOutput(f, debug.CrashOptions{})
	fmt.Fprintf(f, "%s %s started (%s/%s)\n", stamp(), version, runtime.GOOS, runtime.GOARCH)
	return l
}

// Writer is where the command writes its error lines.
func (l *Log) Writer() io.Writer { return l.out }

// Path is the log file, for the About box; "" when the log is on stderr.
func (l *Log) Path() string { return l.path }

// Printf writes one line to the log file only (not to stderr), e.g. the
// technical detail under a sentence the user has already seen.
func (l *Log) Printf(format string, args ...any) {
	if l.file != nil {
		fmt.Fprintf(l.file, "%s "+format+"\n", append([]any{stamp()}, args...)...)
	}
}

// exitCoder is an error that ends the program with a code after the
// command has already reported why.
type exitCoder interface{ ExitCode() int }

// End closes the log with the command's error. It must be deferred
// directly, with a pointer to the command's error (defer l.End(&err)):
// then it also sees a panic on its way out, records it and lets it go on.
func (l *Log) End(errp *error) {
	if l.file == nil {
		return
	}
	if r := recover(); r != nil {
		// The file stays the crash output: the runtime writes the trace there.
		l.Printf("careercompare: panic: %v", r)
		if !l.tee && l.show != nil {
			l.show(l.path)
		}
		panic(r)
	}
	var err error
	if errp != nil {
		err = *errp
	}
	var exit exitCoder
	switch {
	case err == nil:
		l.Printf("quit")
	case errors.As(err, &exit): // its lines are in the file already
		l.Printf("ended with exit code %d", exit.ExitCode())
	default: // the command prints it to stderr; here it goes to the file
		l.Printf("careercompare: %v", err)
	}
	log.SetOutput(l.prevOut)
	log.SetFlags(l.prevFlags)
	_ = debug.SetCrashOutput(nil, debug.CrashOptions{})
	_ = l.file.Close()
	if err != nil && !l.tee && l.show != nil {
		l.show(l.path)
	}
}

// showInNotepad opens the log file for a user who has no console to see
// why the app did not start.
func showInNotepad(path string) {
	_ = exec.Command("notepad.exe", path).Start()
}

// stderrWorks tells whether stderr leads somewhere: in a Windows GUI
// program without a console the handle is missing and Stat fails.
func stderrWorks() bool {
	if os.Stderr == nil {
		return false
	}
	_, err := os.Stderr.Stat()
	return err == nil
}

// openFile starts the log file afresh, keeping the previous run's as
// careercompare.previous.log. When that cannot be done (another copy of
// the app has the file open) it appends to the file.
func openFile(path string) (*os.File, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, err
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_APPEND
	err := os.Rename(path, filepath.Join(filepath.Dir(path), PrevFileName))
	if err == nil || errors.Is(err, os.ErrNotExist) {
		flags |= os.O_TRUNC
	}
	return os.OpenFile(path, flags, 0o600)
}

func stamp() string { return time.Now().Format("2006/01/02 15:04:05") }

// teeWriter writes to the file and then to stderr; a failing stderr does
// not keep lines from the file.
type teeWriter struct {
	file   io.Writer
	stderr io.Writer
}

func (t *teeWriter) Write(p []byte) (int, error) {
	n, err := t.file.Write(p)
	_, _ = t.stderr.Write(p)
	return n, err
}
