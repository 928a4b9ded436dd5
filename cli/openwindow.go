package cli

// When the window cannot be opened.
//
// Fyne opens its window through GLFW, and GLFW can fail there: no OpenGL
// 2.1 (a school's Windows virtual machine, a remote desktop session), or
// no window system to talk to. Fyne 2.7 then logs the toolkit's message
// and either panics later with "NotInitialized: The GLFW library is not
// initialized" (GLFW did not start) or keeps running with no window at all
// (the window was not made). Either way a user would read a Go stack trace
// or nothing. So, while the window opens, the toolkit's log lines are held
// back; if it does not open, the user reads one plain sentence first and
// those lines below it; if it does, they are written out as they came.

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"regexp"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
)

// heldLog keeps the log package's lines until release or take.
type heldLog struct {
	mu   sync.Mutex
	out  io.Writer
	buf  bytes.Buffer
	held bool
}

// holdLog holds the log package's output from now on. The lines come out
// by themselves after a while, should the window neither open nor fail.
func holdLog() (h *heldLog, restore func()) {
	prev := log.Writer()
	h = &heldLog{out: prev, held: true}
	log.SetOutput(h)
	t := time.AfterFunc(20*time.Second, h.release)
	return h, func() {
		t.Stop()
		h.release()
		log.SetOutput(prev)
	}
}

func (h *heldLog) Write(p []byte) (int, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.held {
		return h.buf.Write(p)
	}
	return h.out.Write(p)
}

// release writes the held lines out and stops holding.
func (h *heldLog) release() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.held {
		h.held = false
		_, _ = h.out.Write(h.buf.Bytes())
		h.buf.Reset()
	}
}

// take returns the held lines instead of writing them, and stops holding.
func (h *heldLog) take() string {
	h.mu.Lock()
	defer h.mu.Unlock()
	s := h.buf.String()
	h.buf.Reset()
	h.held = false
	return s
}

// windowOpen tells whether the window has a native window behind it.
func windowOpen(w fyne.Window) bool {
	nw, ok := w.(driver.NativeWindow)
	if !ok {
		return true // cannot tell
	}
	open := true
	nw.RunNative(func(ctx any) {
		switch c := ctx.(type) {
		case driver.WindowsWindowContext:
			open = c.HWND != 0
		case driver.X11WindowContext:
			open = c.WindowHandle != 0
		case driver.MacWindowContext:
			open = c.NSWindow != 0
		case driver.WaylandWindowContext:
			open = c.WaylandSurface != 0
		}
	})
	return open
}

// toolkitFailure runs f and turns a GLFW error it panics with (Fyne's
// driver calls GLFW on after GLFW failed to start) into its message, as
// long as the window has not opened. Any other panic goes on.
func toolkitFailure(f func(), opened *bool) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			if fmt.Sprintf("%T", r) != "*glfw.Error" || *opened {
				panic(r)
			}
			msg = fmt.Sprint(r)
		}
	}()
	f()
	return ""
}

// glfwMessage finds a GLFW error, "Code: description", in a line.
var glfwMessage = regexp.MustCompile(`\b(NotInitialized|NoCurrentContext|InvalidEnum|InvalidValue|OutOfMemory|APIUnavailable|VersionUnavailable|PlatformError|FormatUnavailable|NoWindowContext): (.+)`)

// windowFailure is what the user reads when the window did not open: one
// plain sentence, then the toolkit's lines (held) and its panic, if any.
func windowFailure(held, panicked string) string {
	code, desc := "", ""
	for _, line := range strings.Split(held+"\n"+panicked, "\n") {
		if m := glfwMessage.FindStringSubmatch(line); m != nil && m[1] != "NotInitialized" {
			code, desc = m[1], m[2]
			break
		}
	}
	if desc == "" {
		if m := glfwMessage.FindStringSubmatch(panicked); m != nil {
			code, desc = m[1], m[2]
		}
	}
	desc = strings.TrimRight(strings.TrimSpace(desc), ".")
	var reason string
	switch {
	case desc == "":
		reason = "the toolkit gave no reason"
	case code == "APIUnavailable" || code == "VersionUnavailable" || code == "FormatUnavailable" ||
		strings.HasPrefix(desc, "WGL:") || strings.HasPrefix(desc, "GLX:") || strings.HasPrefix(desc, "EGL:") || strings.HasPrefix(desc, "NSGL:"):
		reason = "OpenGL 2.1 is not available (" + desc + ")"
	default:
		reason = "the window system refused it (" + desc + ")"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Career Compare could not open its window: %s. See Known limits in the README.\n", reason)
	if details := strings.TrimRight(held, "\n"); details != "" || panicked != "" {
		b.WriteString("Details:\n")
		if details != "" {
			b.WriteString(details + "\n")
		}
		if panicked != "" {
			b.WriteString("panic: " + panicked + "\n")
		}
	}
	return b.String()
}
