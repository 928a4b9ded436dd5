package main

// Where the window's log lines go.
//
// A release build for Windows is a GUI program (fyne package links it with
// -H=windowsgui): started from the Start menu, Explorer or a shortcut it
// has no console, and what it writes to stderr is lost. So, on Windows and
// only in such a GUI build, the window command writes to a log file in the
// user's config folder:
//
//	%AppData%\CareerCompare\careercompare.log
//
// What lands there: a line when the app starts, Fyne's log lines (its "Fyne
// error: …" lines come through the log package), every problem of a data
// file given with --data, the one-line error that ends the app, and the
// report of a crash (runtime/debug.SetCrashOutput). The file holds one run;
// the one before is kept as careercompare.previous.log.
//
// When stderr does lead somewhere, because the app was started with its
// output redirected to a file or a pipe (careercompare.exe --data my.json
// 2> err.txt, or from Git Bash), every line also goes there, as before.
// When it does not and the app ends with an error before its window opens
// (a bad data file, no window), nobody would see why: the log file is then
// opened in Notepad.
//
// On Linux and macOS, and in a console build on Windows (a plain go build),
// nothing changes: everything goes to stderr, and logFilePath is "".

import (
	"debug/pe"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sync"
	"time"
)

const (
	logDirName      = "CareerCompare"
	logFileName     = "careercompare.log"
	prevLogFileName = "careercompare.previous.log"
)

var (
	logMu   sync.Mutex
	logPath string
)

// logFilePath is the file this run logs to, for the About box; "" when the
// log goes to stderr (Linux, macOS, console builds).
func logFilePath() string {
	logMu.Lock()
	defer logMu.Unlock()
	return logPath
}

func setLogFilePath(p string) {
	logMu.Lock()
	logPath = p
	logMu.Unlock()
}

// endLogFunc ends the log of a command. It must be deferred directly,
// with a pointer to the command's error (defer end(&err)): then it also
// sees a panic on its way out, records it and lets it go on.
type endLogFunc func(errp *error)

func noEndLog(*error) {}

// startLogging sends the log to the log file when this is a Windows GUI
// binary. It returns where the command should write its error lines, and
// the function to defer, which writes the command's error to the file and
// closes it. Elsewhere it returns stderr and a function that does nothing.
func startLogging(meta appMeta, stderr io.Writer) (io.Writer, endLogFunc) {
	if runtime.GOOS != "windows" {
		return stderr, noEndLog
	}
	exe, err := os.Executable()
	if err != nil {
		return stderr, noEndLog
	}
	if gui, err := isWindowsGUI(exe); err != nil || !gui {
		return stderr, noEndLog
	}
	dir, err := os.UserConfigDir()
	if err != nil {
		return stderr, noEndLog
	}
	return startFileLog(filepath.Join(dir, logDirName), meta, stderr, stderrWorks(), showInNotepad)
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

// isWindowsGUI tells whether the executable at path is a Windows program of
// the GUI subsystem, which gets no console.
func isWindowsGUI(path string) (bool, error) {
	f, err := pe.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	switch h := f.OptionalHeader.(type) {
	case *pe.OptionalHeader64:
		return h.Subsystem == pe.IMAGE_SUBSYSTEM_WINDOWS_GUI, nil
	case *pe.OptionalHeader32:
		return h.Subsystem == pe.IMAGE_SUBSYSTEM_WINDOWS_GUI, nil
	}
	return false, errors.New("no optional header")
}

// startFileLog opens dir/careercompare.log and sends the log package's
// output there, and also to stderr when tee is set. When the command ends
// with an error or a panic and there is no stderr to see it on, show is
// called with the file's path. When the file cannot be opened it says so
// on stderr and leaves the log where it was.
func startFileLog(dir string, meta appMeta, stderr io.Writer, tee bool, show func(path string)) (io.Writer, endLogFunc) {
	path := filepath.Join(dir, logFileName)
	f, err := openLogFile(path)
	if err != nil {
		fmt.Fprintf(stderr, "careercompare: cannot write the log file: %v\n", err)
		return stderr, noEndLog
	}
	var out io.Writer = f
	if tee {
		out = &teeWriter{f, stderr}
	}
	prevOut, prevFlags := log.Writer(), log.Flags()
	log.SetOutput(out)
	log.SetFlags(log.LstdFlags)
	_ = debug.SetCrashOutput(f, debug.CrashOptions{})
	setLogFilePath(path)
	fmt.Fprintf(f, "%s %s started (%s/%s)\n", stamp(), meta, runtime.GOOS, runtime.GOARCH)

	return out, func(errp *error) {
		if r := recover(); r != nil {
			// E.g. no OpenGL: the toolkit panics in ShowAndRun. The file
			// stays the crash output: the runtime writes the trace there.
			fmt.Fprintf(f, "%s careercompare: panic: %v\n", stamp(), r)
			if !tee && show != nil {
				show(path)
			}
			panic(r)
		}
		var err error
		if errp != nil {
			err = *errp
		}
		var exit exitError
		switch {
		case err == nil:
			fmt.Fprintf(f, "%s quit\n", stamp())
		case errors.As(err, &exit): // its lines are in the file already
			fmt.Fprintf(f, "%s ended with exit code %d\n", stamp(), int(exit))
		default: // run prints it to stderr; here it goes to the file
			fmt.Fprintf(f, "%s careercompare: %v\n", stamp(), err)
		}
		log.SetOutput(prevOut)
		log.SetFlags(prevFlags)
		_ = debug.SetCrashOutput(nil, debug.CrashOptions{})
		setLogFilePath("")
		_ = f.Close()
		if err != nil && !tee && show != nil {
			show(path)
		}
	}
}

// openLogFile starts the log file afresh, keeping the previous run's as
// careercompare.previous.log. When that cannot be done (another copy of
// the app has the file open) it appends to the file.
func openLogFile(path string) (*os.File, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, err
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_APPEND
	err := os.Rename(path, filepath.Join(filepath.Dir(path), prevLogFileName))
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
