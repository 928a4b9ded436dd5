package oews

import (
	"bufio"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The benchmarks read tables shaped as BLS's largest: the state table
// (54 areas × about 690 occupations, about 37,000 rows of 32 columns) and
// the metropolitan one (about 530 areas × 265 occupations, about 140,000
// rows), built once per benchmark in a temporary folder, with the two
// careers' occupations among them, each in two forms: its strings inline
// in the sheet, as excelize's stream writer writes them (the slower to
// read), and in a shared strings table, as Excel and most writers save
// them; which form BLS's tables have is not known here. Targets (issue
// 25): state ≤ 3 s, metropolitan ≤ 10 s, both ≤ 250 MB peak RSS on the
// 2-core machines.
//
// Each benchmark reports, besides the time, "cpu-s/op", the processor
// time of an operation on every core, and "peak-MB": the peak resident
// memory (VmHWM) of a fresh process — this test binary run again with
// $OEWS_PEAK_FILE set — that only reads the table, so that building the
// fixture does not count.

// envPeak names the table that TestPeakRSS reads; it is set only by the
// benchmarks.
const envPeak = "OEWS_PEAK_FILE"

func BenchmarkRead(b *testing.B) {
	for _, c := range []struct {
		name                     string
		sheet                    string
		areas, occupations, kind int
		shared                   bool
	}{
		{"state-37k-rows-inline", "state_M2025_dl", 54, 690, 2, false},
		{"state-37k-rows-shared", "state_M2025_dl", 54, 690, 2, true},
		{"metro-140k-rows-inline", "MSA_M2025_dl", 530, 265, 4, false},
		{"metro-140k-rows-shared", "MSA_M2025_dl", 530, 265, 4, true},
	} {
		b.Run(c.name, func(b *testing.B) {
			path := filepath.Join(b.TempDir(), c.sheet+".xlsx")
			bigTable(b, path, c.sheet, c.areas, c.occupations, c.kind)
			if c.shared {
				sharedStrings(b, path)
			}
			want := []Want{{"hit", codeHIT}, {"managers", codeManagers}}
			cpu0 := cpuTime()
			b.ResetTimer()
			for b.Loop() {
				w, _, err := Read(context.Background(), []string{path}, want, nil)
				if err != nil {
					b.Fatal(err)
				}
				if len(w.Places) != c.areas {
					b.Fatalf("%d places, want %d", len(w.Places), c.areas)
				}
			}
			b.StopTimer()
			if cpu := cpuTime() - cpu0; cpu > 0 {
				b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
			}
			if peak, ok := peakRSS(b, path); ok {
				b.ReportMetric(peak, "peak-MB")
			}
		})
	}
}

// peakRSS runs TestPeakRSS in a new process on the table at path and
// returns its peak resident memory in MB; false where /proc is not there.
func peakRSS(b *testing.B, path string) (float64, bool) {
	if _, err := os.Stat("/proc/self/status"); err != nil {
		return 0, false
	}
	exe, err := os.Executable()
	if err != nil {
		b.Fatal(err)
	}
	cmd := exec.Command(exe, "-test.run=^TestPeakRSS$", "-test.v")
	cmd.Env = append(os.Environ(), envPeak+"="+path)
	out, err := cmd.CombinedOutput()
	if err != nil {
		b.Fatalf("%v: %s", err, out)
	}
	for _, l := range strings.Split(string(out), "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(l), "peak-kB "); ok {
			kb, err := strconv.ParseFloat(v, 64)
			if err != nil {
				b.Fatal(err)
			}
			return kb / 1024, true
		}
	}
	b.Fatalf("no peak in %s", out)
	return 0, false
}

// TestPeakRSS reads the table named by $OEWS_PEAK_FILE and prints the
// process's peak resident memory; without it (every run but the
// benchmarks') it does nothing.
func TestPeakRSS(t *testing.T) {
	path := os.Getenv(envPeak)
	if path == "" {
		return
	}
	if _, _, err := Read(context.Background(), []string{path}, []Want{{"hit", codeHIT}, {"managers", codeManagers}}, nil); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("/proc/self/status")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if v, ok := strings.CutPrefix(s.Text(), "VmHWM:"); ok {
			t.Logf("\npeak-kB %s", strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			return
		}
	}
	t.Fatal("no VmHWM in /proc/self/status")
}
