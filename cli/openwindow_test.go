package cli

import (
	"bytes"
	"log"
	"strings"
	"testing"
)

// TestWindowFailure: the user reads one plain sentence first, with the
// toolkit's reason, and the toolkit's lines below it.
func TestWindowFailure(t *testing.T) {
	cases := map[string]struct{ held, panicked, want string }{
		"GLFW did not start (Wine, no desktop)": {
			held:     "2026/12/01 10:00:00 PlatformError: Win32: Failed to create helper window: Resource type not found. \n",
			panicked: "NotInitialized: The GLFW library is not initialized",
			want:     "the window system refused it (Win32: Failed to create helper window: Resource type not found)",
		},
		"no OpenGL (Windows VM)": {
			held: "2026/12/01 10:00:00 Fyne error:  window creation error\n2026/12/01 10:00:00   Cause: APIUnavailable: WGL: The driver does not appear to support OpenGL\n" +
				"2026/12/01 10:00:00   At: fyne.io/fyne/v2@v2.7.1/internal/driver/glfw/driver.go:147\n",
			want: "OpenGL 2.1 is not available (WGL: The driver does not appear to support OpenGL)",
		},
		"no OpenGL, a platform error": {
			held: "2026/12/01 10:00:00 PlatformError: WGL: Failed to set pixel format for dummy context: Invalid window handle. \n",
			want: "OpenGL 2.1 is not available (WGL: Failed to set pixel format for dummy context: Invalid window handle)",
		},
		"no reason": {want: "the toolkit gave no reason"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			got := windowFailure(c.held, c.panicked)
			first, rest, _ := strings.Cut(got, "\n")
			if want := "Career Compare could not open its window: " + c.want + ". See Known limits in the README."; first != want {
				t.Errorf("first line\n%q, want\n%q", first, want)
			}
			if c.held != "" && !strings.Contains(rest, strings.TrimSpace(c.held)) {
				t.Errorf("the toolkit's lines are not below it:\n%s", got)
			}
		})
	}
}

// TestHeldLog: lines wait until release, or are taken instead.
func TestHeldLog(t *testing.T) {
	prev := log.Writer()
	defer log.SetOutput(prev)
	var out bytes.Buffer
	log.SetOutput(&out)
	h, restore := holdLog()
	log.Print("one")
	if out.Len() != 0 {
		t.Fatalf("written while held: %q", out.String())
	}
	h.release()
	log.Print("two")
	if s := out.String(); !strings.Contains(s, "one") || !strings.Contains(s, "two") {
		t.Errorf("after release: %q", s)
	}
	restore()
	if log.Writer() != &out {
		t.Error("restore did not give the log back")
	}

	out.Reset()
	h, restore = holdLog()
	log.Print("three")
	if s := h.take(); !strings.Contains(s, "three") || out.Len() != 0 {
		t.Errorf("take: %q, written %q", s, out.String())
	}
	restore()
}
