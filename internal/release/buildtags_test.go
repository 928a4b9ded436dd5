package release

import (
	"debug/buildinfo"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"careercompare/internal/loudskip"
)

// buildTagsFile is the one place that defines the app's build tags.
const buildTagsFile = "scripts/buildtags"

// appTags reads the tags of scripts/buildtags: one line, comma-separated.
func appTags(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(root, buildTagsFile))
	if err != nil {
		t.Fatal(err)
	}
	line := strings.TrimSuffix(string(b), "\n")
	if !regexp.MustCompile(`^[a-z0-9_]+(,[a-z0-9_]+)*$`).MatchString(line) {
		t.Fatalf("%s is %q: want one line of comma-separated build tags", buildTagsFile, b)
	}
	return strings.Split(line, ",")
}

var (
	// buildCommand finds a command that builds, runs, vets or tests Go
	// code, or packages the app with the fyne tool.
	buildCommand = regexp.MustCompile(`(?:^|[\s;&|(!])(?:go|\$\(GO\)|\$GO)\s+(?:build|test|vet|run|install)\b|\bfyne_package\s|/fyne"?\s+package\b|fyne@v[0-9.]+\s+package\b`)
	// tagged is a -tags flag whose value comes from scripts/buildtags: the
	// Makefile's $(TAGS), a script's $tags, or the file read in place.
	tagged = regexp.MustCompile(`-tags[ =]["']?(?:\$\(TAGS\)|\$\{?tags\}?|\$\(cat scripts/buildtags\))`)
	// untagged is the note that says why a command does without the tags.
	untagged = regexp.MustCompile(`#\s*untagged:\s*\S`)
)

// TestBuildPaths_Tags: every command of the Makefile, the scripts and the
// workflows that builds, tests, vets or packages the app passes the tags of
// scripts/buildtags, each defined from that file, or says on its line, in
// a comment "# untagged: why", why it does not (a tool, the floor built as
// Fyne builds by default).
func TestBuildPaths_Tags(t *testing.T) {
	tags := appTags(t)
	if !strings.Contains(","+strings.Join(tags, ",")+",", ",no_emoji,") {
		t.Errorf("%s has %v: the app is built without Fyne's colour emoji font (no_emoji)", buildTagsFile, tags)
	}
	var files []string
	for _, pattern := range []string{"Makefile", "scripts/*.sh", "scripts/*/*.sh", ".github/workflows/*.yml", ".ci/run"} {
		m, err := filepath.Glob(filepath.Join(root, pattern))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	// These build the app; each must have at least one tagged command, so
	// that a pattern that stops matching does not pass unnoticed.
	mustBuild := map[string]bool{"Makefile": false, "scripts/test.sh": false, "scripts/dist.sh": false,
		"scripts/bench.sh": false, ".github/workflows/ci.yml": false, ".github/workflows/release.yml": false}
	for _, f := range files {
		rel, _ := filepath.Rel(root, f)
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		if strings.Contains(text, "$tags") || strings.Contains(text, "${tags}") {
			if !strings.Contains(text, "tags=$(cat scripts/buildtags)") {
				t.Errorf("%s uses $tags but does not set it from %s (tags=$(cat scripts/buildtags))", rel, buildTagsFile)
			}
		}
		if strings.Contains(text, "$(TAGS)") && !strings.Contains(text, "TAGS := $(shell cat scripts/buildtags)") {
			t.Errorf("%s uses $(TAGS) but does not set it from %s", rel, buildTagsFile)
		}
		for n, line := range logicalLines(text) {
			code := strings.TrimSpace(line)
			if code == "" || strings.HasPrefix(code, "#") || !buildCommand.MatchString(code) {
				continue
			}
			switch {
			case tagged.MatchString(code):
				if _, ok := mustBuild[rel]; ok {
					mustBuild[rel] = true
				}
			case untagged.MatchString(code):
			default:
				t.Errorf("%s:%d builds without the app's tags (-tags from %s, or a comment \"# untagged: why\"):\n\t%s", rel, n, buildTagsFile, code)
			}
		}
	}
	for f, ok := range mustBuild {
		if !ok {
			t.Errorf("%s: no command with the app's tags found; does it still build the app?", f)
		}
	}
}

// logicalLines splits text into lines by their first line's number,
// joining lines continued with a backslash.
func logicalLines(text string) map[int]string {
	out := map[int]string{}
	start, cur := 0, ""
	for i, l := range strings.Split(text, "\n") {
		if cur == "" {
			start = i + 1
		}
		if strings.HasSuffix(l, "\\") {
			cur += strings.TrimSuffix(l, "\\") + " "
			continue
		}
		out[start] = cur + l
		cur = ""
	}
	return out
}

// TestLinuxBinary_Tags: the binary make test builds (./careercompare)
// carries the app's tags.
func TestLinuxBinary_Tags(t *testing.T) {
	bin := filepath.Join(root, "careercompare")
	if _, err := os.Stat(bin); err != nil {
		loudskip.Skip(t, "no ./careercompare to check: build it with make build (make test does, before go test)")
	}
	checkTags(t, bin, appTags(t))
}

// checkTags fails unless bin was built with every tag of want.
func checkTags(t *testing.T, bin string, want []string) {
	t.Helper()
	bi, err := buildinfo.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	var got string
	for _, s := range bi.Settings {
		if s.Key == "-tags" {
			got = s.Value
		}
	}
	for _, tag := range want {
		if !strings.Contains(","+got+",", ","+tag+",") {
			t.Errorf("%s is built with the tags %q, without %s (%s)", bin, got, tag, buildTagsFile)
		}
	}
}
