// Package starttrace traces the window's start, from the first package
// initialised to the first frame drawn, when the environment variable
// CAREERCOMPARE_TRACE names a file: FILE gets a runtime/trace (go tool
// trace FILE), FILE.pprof a CPU profile of the same span and FILE.heap the
// heap at its end (go tool pprof), and FILE.txt the named phases with their
// times, one a line.
//
// Import it for its side effect from main, as plainlocale is: its import
// path sorts before fyne.io, so its init runs before Fyne's. Without the
// variable every function here returns at once.
package starttrace

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"runtime/trace"
	"sort"
	"sync"
	"time"
)

// EnvVar names the file the trace is written to.
const EnvVar = "CAREERCOMPARE_TRACE"

// span is a phase as the summary lists it.
type span struct {
	name       string
	start, end time.Duration // since the trace began
	depth      int
}

var (
	mu      sync.Mutex
	path    string
	out     *os.File
	prof    *os.File
	began   time.Time
	spans   []span
	open    int // regions open, for the summary's indentation
	stopped bool
)

func init() {
	if p := os.Getenv(EnvVar); p != "" {
		if err := begin(p); err != nil {
			fmt.Fprintf(os.Stderr, "careercompare: %s: %v\n", EnvVar, err)
		}
	}
}

// begin starts tracing into the files named after p.
func begin(p string) error {
	mu.Lock()
	defer mu.Unlock()
	began = time.Now()
	f, err := os.Create(p)
	if err != nil {
		return err
	}
	if err := trace.Start(f); err != nil {
		f.Close()
		return err
	}
	// A finer sample than the default 512 kB, for the heap profile.
	runtime.MemProfileRate = 16 << 10
	path, out, spans, open, stopped = p, f, nil, 0, false
	prof = nil
	if pf, err := os.Create(p + ".pprof"); err == nil {
		if pprof.StartCPUProfile(pf) == nil {
			prof = pf
		} else {
			pf.Close()
		}
	}
	return nil
}

// On reports whether the start is being traced.
func On() bool {
	mu.Lock()
	defer mu.Unlock()
	return out != nil && !stopped
}

// Region starts a phase named name and returns the function that ends it,
// on the same goroutine.
func Region(name string) (end func()) {
	mu.Lock()
	defer mu.Unlock()
	if out == nil || stopped {
		return func() {}
	}
	r := trace.StartRegion(context.Background(), name)
	i := len(spans)
	spans = append(spans, span{name: name, start: time.Since(began), end: -1, depth: open})
	open++
	return func() {
		r.End()
		mu.Lock()
		defer mu.Unlock()
		if !stopped {
			spans[i].end = time.Since(began)
			open--
		}
	}
}

// Mark records a moment: name, with no length.
func Mark(name string) {
	mu.Lock()
	defer mu.Unlock()
	if out == nil || stopped {
		return
	}
	trace.Log(context.Background(), "mark", name)
	d := time.Since(began)
	spans = append(spans, span{name: name, start: d, end: d, depth: open})
}

// Stop ends the trace and writes the files; the first call counts, and
// the window calls it after its first frame is drawn.
func Stop() {
	mu.Lock()
	defer mu.Unlock()
	if out == nil || stopped {
		return
	}
	total := time.Since(began)
	stopped = true
	if prof != nil {
		pprof.StopCPUProfile()
		prof.Close()
	}
	trace.Stop()
	err := out.Close()
	if err == nil {
		err = writeSummary(total)
	}
	if err == nil {
		err = writeHeap()
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "careercompare: %s: %v\n", EnvVar, err)
	}
}

// writeHeap writes FILE.heap, the heap profile at the first frame (after a
// collection, so that it shows what stays live).
func writeHeap() error {
	f, err := os.Create(path + ".heap")
	if err != nil {
		return err
	}
	runtime.GC()
	if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// writeSummary writes FILE.txt: each phase's start and length in ms since
// the first package initialised, in the order they began, nested phases
// indented, then the heap.
func writeSummary(total time.Duration) error {
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	f, err := os.Create(path + ".txt")
	if err != nil {
		return err
	}
	ms := func(d time.Duration) float64 { return float64(d) / 1e6 }
	fmt.Fprintf(f, "# start ms, length ms, phase (from the first package initialised to the first frame drawn: %.1f ms)\n", ms(total))
	for _, s := range spans {
		length := "-"
		if s.end >= s.start {
			length = fmt.Sprintf("%.1f", ms(s.end-s.start))
		}
		fmt.Fprintf(f, "%7.1f %7s %*s%s\n", ms(s.start), length, 2*s.depth, "", s.name)
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Fprintf(f, "# heap: %.1f MB in use, %.1f MB allocated in all, %d GCs, %.1f MB from the OS\n",
		float64(m.HeapAlloc)/1e6, float64(m.TotalAlloc)/1e6, m.NumGC, float64(m.Sys)/1e6)
	return f.Close()
}
