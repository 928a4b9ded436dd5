package export

import (
	"bytes"
	"errors"
	"io"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"careercompare/internal/loudskip"

	"careercompare/charts"
	"careercompare/model/modeltest"
)

var errBroken = errors.New("broken pipe to the disk")

// failAfter is a writer that fails once n bytes have passed.
type failAfter struct {
	w io.Writer
	n int
}

func (f *failAfter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		n, _ := f.w.Write(p[:f.n])
		f.n = 0
		return n, errBroken
	}
	f.n -= len(p)
	return f.w.Write(p)
}

func onlyFile(t *testing.T, dir, name string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Name() != name {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}

// TestWriteFile_FailingWriter fails a chart export at random bytes: the
// existing file is untouched and no temporary file is left.
func TestWriteFile_FailingWriter(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "salary.svg")
	if err := os.WriteFile(path, []byte("the counselor's own file"), 0o644); err != nil {
		t.Fatal(err)
	}
	job := Picture{Chart: charts.ChartSalary, Format: charts.SVG, Size: charts.Size{Width: 600, Height: 400, Scale: 1}, Comparison: modeltest.Default(t)}
	var full bytes.Buffer
	if err := job.Write(&full); err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(7))
	for i := 0; i < 20; i++ {
		at := rng.Intn(full.Len())
		err := WriteFile(path, func(w io.Writer) error { return job.Write(&failAfter{w: w, n: at}) })
		if !errors.Is(err, errBroken) {
			t.Fatalf("failure at byte %d: %v", at, err)
		}
		if b, _ := os.ReadFile(path); string(b) != "the counselor's own file" {
			t.Fatalf("failure at byte %d changed the file", at)
		}
		onlyFile(t, dir, "salary.svg")
	}
	// A complete write replaces it.
	if err := WriteFile(path, job.Write); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); !bytes.Equal(b, full.Bytes()) {
		t.Error("a complete export did not replace the file")
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o644 {
		t.Errorf("exported file mode %v", st.Mode().Perm())
	}
}

func TestWriteFile_MissingFolder(t *testing.T) {
	dir := t.TempDir()
	err := WriteFile(filepath.Join(dir, "gone", "x.png"), func(w io.Writer) error { _, err := w.Write([]byte("x")); return err })
	if err == nil || !strings.Contains(err.Error(), "gone") {
		t.Errorf("missing folder: %v", err)
	}
	onlyFile(t, dir, "")
}

// mountTmpfs mounts a small tmpfs (root only), for a full disk or a
// read-only folder.
func mountTmpfs(t *testing.T, opts string) string {
	t.Helper()
	if os.Geteuid() != 0 {
		loudskip.Skip(t, "needs root to mount a tmpfs")
	}
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", opts, "tmpfs", dir).CombinedOutput(); err != nil {
		loudskip.Skip(t, "cannot mount a tmpfs here: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", dir).Run() })
	return dir
}

func TestWriteFile_FullDisk(t *testing.T) {
	dir := mountTmpfs(t, "size=64k")
	path := filepath.Join(dir, "keep.png")
	os.WriteFile(path, []byte("precious"), 0o644)
	big := bytes.Repeat([]byte("x"), 1<<20)
	err := WriteFile(path, func(w io.Writer) error { _, err := w.Write(big); return err })
	if !errors.Is(err, syscall.ENOSPC) {
		t.Errorf("full disk: %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "precious" {
		t.Error("a full disk changed the existing file")
	}
	onlyFile(t, dir, "keep.png")
}

func TestWriteFile_ReadOnly(t *testing.T) {
	dir := mountTmpfs(t, "size=64k,ro")
	err := WriteFile(filepath.Join(dir, "x.png"), func(w io.Writer) error { return nil })
	if !errors.Is(err, syscall.EROFS) {
		t.Errorf("read-only folder: %v", err)
	}
	onlyFile(t, dir, "")
}
