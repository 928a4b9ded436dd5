//go:build !unix

package oews

import "time"

// cpuTime is not measured here: the benchmarks then report no processor
// time.
func cpuTime() time.Duration { return 0 }
