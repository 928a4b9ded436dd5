package release

import (
	"bytes"
	"os"
	"os/exec"
	"path"
	"strings"
	"testing"
)

// layers are the app's packages from the bottom up, as the README's code
// map lists them: a package may import only packages of layers below its
// own. The helpers under internal/ (and assets) are the ground floor: they
// import nothing of the app. A package of none of these layers fails the
// test, so that a new one is given its place.
var layers = [][]string{
	{"internal/*", "assets", "bench/*"},
	{"model", "officialdata/officialtest"},
	{"model/wording", "model/modeltest"},
	{"officialdata"},
	{"officialdata/oews", "charts"},
	{"charts/export"},
	{"ui"},
	{"cli"},
	{""}, // the main package, main.go
}

// layerOf is the layer of a package (its path in the module), or -1.
func layerOf(pkg string) int {
	for i, l := range layers {
		for _, pattern := range l {
			if ok, _ := path.Match(pattern, pkg); ok || pattern == pkg {
				return i
			}
		}
	}
	return -1
}

// TestLayers: the packages' imports point one way, down — main → cli → ui
// → charts/export → charts → officialdata → model/wording → model, with
// the helpers below them all — on every system the app is built for (a
// file of one system may import what the others do not).
func TestLayers(t *testing.T) {
	const module = "careercompare"
	for _, goos := range []string{"linux", "windows", "darwin"} {
		cmd := exec.Command("go", "list", "-tags", strings.Join(appTags(t), ","), "-f", "{{.ImportPath}} {{join .Imports \" \"}}", "./...")
		cmd.Dir = root
		cmd.Env = append(os.Environ(), "GOOS="+goos, "CGO_ENABLED=1")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("GOOS=%s go list: %v\n%s", goos, err, stderr.String())
		}
		for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
			fields := strings.Fields(line)
			pkg := strings.TrimPrefix(strings.TrimPrefix(fields[0], module), "/")
			from := layerOf(pkg)
			if from < 0 {
				t.Errorf("package %q is in no layer: give it its place in layers (and the README's code map)", fields[0])
				continue
			}
			for _, imp := range fields[1:] {
				if imp != module && !strings.HasPrefix(imp, module+"/") {
					continue
				}
				to := layerOf(strings.TrimPrefix(strings.TrimPrefix(imp, module), "/"))
				if to >= from {
					t.Errorf("GOOS=%s: %s imports %s, which is not below it (layers %d → %d): the imports must point down", goos, fields[0], imp, from, to)
				}
			}
		}
	}
}

// TestLayers_Catch: the check fails an import up or sideways, and knows
// the packages' layers.
func TestLayers_Catch(t *testing.T) {
	for _, c := range []struct {
		from, to string
		ok       bool
	}{
		{"ui", "charts", true},
		{"cli", "ui", true},
		{"", "cli", true},
		{"model/wording", "internal/catalog", true},
		{"charts", "ui", false},
		{"model", "model/wording", false},
		{"internal/catalog", "model", false},
		{"officialdata", "charts", false},
		{"charts", "officialdata/oews", false},
	} {
		if got := layerOf(c.to) < layerOf(c.from); got != c.ok {
			t.Errorf("%q importing %q allowed: %v, want %v", c.from, c.to, got, c.ok)
		}
	}
	if layerOf("newpackage") != -1 {
		t.Error("an unknown package has a layer")
	}
}
