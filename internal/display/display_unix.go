//go:build linux || freebsd || openbsd || netbsd

package display

import (
	"os"
	"strconv"
	"strings"
	"syscall"
)

// Problem says why no window can open, or "" when the X display answers.
// Without this check Fyne logs a GLFW failure and its GL binding then
// panics with a stack trace.
func Problem() string {
	d := os.Getenv("DISPLAY")
	if d == "" {
		if os.Getenv("WAYLAND_DISPLAY") != "" {
			return "no X display: DISPLAY is not set (this build needs X11 or XWayland)"
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
