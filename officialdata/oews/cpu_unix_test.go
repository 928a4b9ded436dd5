//go:build unix

package oews

import (
	"syscall"
	"time"
)

// cpuTime is the processor time the process has used, user and system,
// on every core: on a machine shared with others it says the work done,
// where the time per operation also counts the waiting.
func cpuTime() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
