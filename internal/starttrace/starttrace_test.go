package starttrace

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTrace_Files: a traced start writes the runtime trace, the CPU and
// heap profiles and the summary, whose phases are listed in the order they
// began, nested ones indented; after Stop nothing more is recorded.
func TestTrace_Files(t *testing.T) {
	p := filepath.Join(t.TempDir(), "start.trace")
	if err := begin(p); err != nil {
		t.Fatal(err)
	}
	if !On() {
		t.Fatal("On() is false while tracing")
	}
	end := Region("outer")
	inner := Region("inner")
	inner()
	Mark("moment")
	end()
	Stop()
	Stop() // the second call does nothing
	Region("after")()
	if On() {
		t.Error("On() is true after Stop")
	}
	for _, f := range []string{p, p + ".pprof", p + ".heap", p + ".txt"} {
		if st, err := os.Stat(f); err != nil || st.Size() == 0 {
			t.Errorf("%s: %v (size %v)", f, err, st)
		}
	}
	b, err := os.ReadFile(p + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	var names []string
	for _, l := range strings.Split(text, "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Fields(l)
		names = append(names, f[len(f)-1])
		if f[len(f)-1] == "inner" && !strings.Contains(l, "  inner") {
			t.Errorf("inner is not indented: %q", l)
		}
	}
	if got := strings.Join(names, " "); got != "outer inner moment" {
		t.Errorf("phases %q, want \"outer inner moment\"\n%s", got, text)
	}
	if !strings.Contains(text, "# heap:") {
		t.Errorf("no heap line:\n%s", text)
	}
}
