//go:build linux || freebsd || openbsd || netbsd

package display

import (
	"path/filepath"
	"syscall"
	"testing"
)

// listenUnix listens on a unix socket at path (through syscall: nothing of
// ours imports net, internal/release checks).
func listenUnix(t *testing.T, path string) {
	t.Helper()
	fd, err := syscall.Socket(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
	if err != nil {
		t.Skipf("no unix socket here: %v", err)
	}
	t.Cleanup(func() { syscall.Close(fd) })
	if err := syscall.Bind(fd, &syscall.SockaddrUnix{Name: path}); err != nil {
		t.Skipf("no unix socket here: %v", err)
	}
	if err := syscall.Listen(fd, 1); err != nil {
		t.Skipf("no unix socket here: %v", err)
	}
}

func TestPlatform(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want string
	}{
		{"an X session without Wayland: X11", map[string]string{"DISPLAY": ":0"}, "x11"},
		{"a Wayland session with XWayland: the toolkit chooses", map[string]string{"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, ""},
		{"Wayland only: the toolkit chooses", map[string]string{"WAYLAND_DISPLAY": "wayland-0"}, ""},
		{"FYNE_PLATFORM already set: left as it is", map[string]string{"DISPLAY": ":0", "FYNE_PLATFORM": "wayland"}, ""},
		{"no display at all: nothing to choose", map[string]string{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := platform(func(k string) string { return tt.env[k] }); got != tt.want {
				t.Errorf("platform() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestProblem_Wayland(t *testing.T) {
	dir := t.TempDir()
	listenUnix(t, filepath.Join(dir, "wayland-9"))
	tests := []struct {
		name, wayland, want string
	}{
		{"a compositor answers in XDG_RUNTIME_DIR", "wayland-9", ""},
		{"a compositor answers at an absolute path", filepath.Join(dir, "wayland-9"), ""},
		{"nothing answers", "wayland-8", "no display: nothing answers on WAYLAND_DISPLAY=wayland-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("DISPLAY", "")
			t.Setenv("WAYLAND_DISPLAY", tt.wayland)
			t.Setenv("XDG_RUNTIME_DIR", dir)
			if got := Problem(); got != tt.want {
				t.Errorf("Problem() = %q, want %q", got, tt.want)
			}
		})
	}
}
