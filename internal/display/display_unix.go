//go:build linux || freebsd || openbsd || netbsd

package display

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// Problem says why no window can open, or "" when the display answers: the
// X server named by DISPLAY or, in a Wayland session without XWayland, the
// Wayland compositor named by WAYLAND_DISPLAY (Fyne 2.8 speaks both).
// Without this check Fyne logs a GLFW failure and its GL binding then
// panics with a stack trace.
func Problem() string {
	d := os.Getenv("DISPLAY")
	if d == "" {
		if w := os.Getenv("WAYLAND_DISPLAY"); w != "" {
			if !unixAnswers(waylandSocket(w, os.Getenv("XDG_RUNTIME_DIR"))) {
				return "no display: nothing answers on WAYLAND_DISPLAY=" + w
			}
			return ""
		}
		return "no display: DISPLAY is not set"
	}
	host, rest, ok := strings.Cut(d, ":")
	if !ok {
		return "no display: DISPLAY=" + d + " is not of the form [host]:number"
	}
	numText, _, _ := strings.Cut(rest, ".")
	num, err := strconv.Atoi(numText)
	if err != nil || num < 0 {
		return "no display: DISPLAY=" + d + " is not of the form [host]:number"
	}
	switch host {
	case "", "unix":
		if !unixAnswers("/tmp/.X11-unix/X" + numText) {
			return "no display: nothing answers on DISPLAY=" + d
		}
	case "localhost", "127.0.0.1":
		if !tcpAnswers(6000 + num) {
			return "no display: nothing answers on DISPLAY=" + d
		}
	}
	// Other hosts are left to the toolkit.
	return ""
}

// waylandSocket is where libwayland connects for WAYLAND_DISPLAY=name: the
// name itself when it is a path, else in XDG_RUNTIME_DIR.
func waylandSocket(name, runtimeDir string) string {
	if strings.HasPrefix(name, "/") {
		return name
	}
	return filepath.Join(runtimeDir, name)
}

// Prepare sets what the toolkit reads before it starts. Fyne 2.8's GLFW
// has both X11 and Wayland and, unless the session says which
// (XDG_SESSION_TYPE), tries Wayland first; with no Wayland display that
// costs a failed connection, and libwayland prints "error: XDG_RUNTIME_DIR
// is invalid or not set in the environment." when there is no runtime
// folder (an X session started by hand, ssh -X, a test's X server). So
// with an X display and no Wayland display Fyne is told to use X11
// (FYNE_PLATFORM=x11), unless FYNE_PLATFORM already says.
func Prepare() {
	if p := platform(os.Getenv); p != "" {
		_ = os.Setenv("FYNE_PLATFORM", p)
	}
}

// platform is the FYNE_PLATFORM to set for the environment getenv reads,
// or "" to leave the choice to the toolkit.
func platform(getenv func(string) string) string {
	if getenv("FYNE_PLATFORM") != "" || getenv("WAYLAND_DISPLAY") != "" || getenv("DISPLAY") == "" {
		return ""
	}
	return "x11"
}

func unixAnswers(path string) bool {
	fd, err := syscall.Socket(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
	if err != nil {
		return true // cannot tell: let the toolkit try
	}
	defer syscall.Close(fd)
	return syscall.Connect(fd, &syscall.SockaddrUnix{Name: path}) == nil
}

func tcpAnswers(port int) bool {
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
	if err != nil {
		return true
	}
	defer syscall.Close(fd)
	return syscall.Connect(fd, &syscall.SockaddrInet4{Port: port, Addr: [4]byte{127, 0, 0, 1}}) == nil
}
