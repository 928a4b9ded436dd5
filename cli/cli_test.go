package cli

import (
	"bytes"
	"context"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"careercompare/internal/appmeta"
	"careercompare/model"
)

// runCLI runs the command line and returns its exit code and output.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Run(context.Background(), args, testMeta(t), &out, &errOut)
	return code, out.String(), errOut.String()
}

// testMeta is the metadata of the app, from the repository's FyneApp.toml.
func testMeta(t *testing.T) appmeta.Meta {
	t.Helper()
	b, err := os.ReadFile("../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	m, err := appmeta.Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestCLI_Version(t *testing.T) {
	code, out, _ := runCLI(t, "--version")
	m := testMeta(t)
	if code != 0 || !strings.HasPrefix(out, "Career Compare ") || !strings.Contains(out, m.Version) {
		t.Errorf("--version: %d %q", code, out)
	}
	if m.ID != "org.careercompare.app" || m.Name != "Career Compare" || m.Build < 1 {
		t.Errorf("metadata from FyneApp.toml: %+v", m)
	}
	code, out, _ = runCLI(t, "--help")
	if code != 0 || !strings.Contains(out, "careercompare export") {
		t.Errorf("--help: %d %q", code, out)
	}
}

func TestCLI_NoDisplay(t *testing.T) {
	t.Setenv("DISPLAY", "")
	t.Setenv("WAYLAND_DISPLAY", "")
	code, out, errOut := runCLI(t)
	if code != 1 || out != "" || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, "export") {
		t.Errorf("no display: %d %q %q", code, out, errOut)
	}
	t.Setenv("DISPLAY", ":12345")
	if code, _, errOut := runCLI(t); code != 1 || !strings.Contains(errOut, "nothing answers") {
		t.Errorf("dead display: %d %q", code, errOut)
	}
}

func TestCLI_Export(t *testing.T) {
	dir := t.TempDir()
	png1 := filepath.Join(dir, "salary.png")
	if code, _, errOut := runCLI(t, "export", "--chart", "salary", "--format", "png", "--out", png1, "--width", "600", "--height", "400", "--scale", "2"); code != 0 {
		t.Fatalf("export: %d %s", code, errOut)
	}
	f, err := os.Open(png1)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(f)
	f.Close()
	if err != nil || img.Bounds().Dx() != 1200 || img.Bounds().Dy() != 800 {
		t.Fatalf("salary.png: %v %v", err, img.Bounds())
	}
	if code, out, errOut := runCLI(t, "export", "--chart", "all", "--format", "svg", "--out", dir, "--theme", "dark"); code != 0 || strings.Count(out, "\n") != 3 {
		t.Fatalf("export all: %d %q %s", code, out, errOut)
	}
	for _, name := range []string{"salary-health-informatics-vs-health-information-management.svg", "growth-health-informatics-vs-health-information-management.svg", "ladder-healthcare-management.svg"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || !bytes.HasPrefix(b, []byte("<svg")) {
			t.Errorf("%s: %v", name, err)
		}
	}
	handout := filepath.Join(dir, "handout.pdf")
	if code, _, errOut := runCLI(t, "export", "--format", "pdf", "--paper", "a4", "--from", "second-degree-pursuers", "--to", "master", "--out", handout); code != 0 {
		t.Fatalf("handout: %d %s", code, errOut)
	}
	if b, err := os.ReadFile(handout); err != nil || !bytes.HasPrefix(b, []byte("%PDF")) {
		t.Fatalf("handout.pdf: %v", err)
	}
	page := filepath.Join(dir, "handout.html")
	if code, _, errOut := runCLI(t, "export", "--format", "html", "--from", "transfer-students", "--to", "bachelor", "--earned", "40",
		"--name", "Ana Pérez", "--next", "Meet the HIT advisor; Visit the campus", "--date", "2026-12-01", "--out", page); code != 0 {
		t.Fatalf("HTML handout: %d %s", code, errOut)
	}
	b, err := os.ReadFile(page)
	if err != nil || !bytes.HasPrefix(b, []byte("<!DOCTYPE html>\n<html lang=\"en\">")) {
		t.Fatalf("handout.html: %v %.60q", err, b)
	}
	for _, want := range []string{"Prepared for Ana Pérez · December 1, 2026", "<li>Meet the HIT advisor</li>", "<li>Visit the campus</li>", "140 quarter credits", `role="img"`, "@page { size: letter;"} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("handout.html lacks %q", want)
		}
	}
	folder := t.TempDir()
	if code, out, errOut := runCLI(t, "export", "--chart", "all", "--format", "html", "--lang", "es", "--paper", "a4", "--out", folder); code != 0 || strings.Count(out, "\n") != 1 {
		t.Fatalf("export all as HTML: %d %q %s", code, out, errOut)
	}
	b, err = os.ReadFile(filepath.Join(folder, "handout-es-health-informatics-vs-health-information-management.html"))
	if err != nil || !bytes.Contains(b, []byte(`<html lang="es">`)) || !bytes.Contains(b, []byte("@page { size: A4;")) {
		t.Errorf("the Spanish HTML handout of --chart all: %v", err)
	}
	bls := filepath.Join(dir, "bls.svg")
	if code, _, errOut := runCLI(t, "export", "--edition", "bls-2022-32", "--chart", "salary", "--format", "svg", "--out", bls); code != 0 {
		t.Fatalf("bls edition: %d %s", code, errOut)
	}
	if b, _ := os.ReadFile(bls); !bytes.Contains(b, []byte("$104,830")) || !bytes.Contains(b, []byte("2018 SOC")) {
		t.Error("the BLS salary chart lacks its figures or its caveat")
	}
	plan := filepath.Join(dir, "plan.png")
	if code, _, errOut := runCLI(t, "export", "--chart", "ladder", "--from", "transfer-students", "--to", "bachelor", "--earned", "40", "--out", plan); code != 0 {
		t.Fatalf("ladder plan: %d %s", code, errOut)
	}
}

func TestCLI_ExportErrors(t *testing.T) {
	dir := t.TempDir()
	keep := filepath.Join(dir, "keep.png")
	if err := os.WriteFile(keep, []byte("precious"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := map[string][]string{
		"no out":         {"export"},
		"bad chart":      {"export", "--chart", "pie", "--out", keep},
		"bad format":     {"export", "--format", "gif", "--out", keep},
		"bad paper":      {"export", "--format", "pdf", "--paper", "legal", "--out", keep},
		"pdf bad chart":  {"export", "--chart", "pie", "--format", "pdf", "--out", keep},
		"bad theme":      {"export", "--theme", "blue", "--out", keep},
		"tiny":           {"export", "--width", "10", "--out", keep},
		"huge":           {"export", "--width", "100000", "--height", "100000", "--out", keep},
		"bad scale":      {"export", "--scale", "-1", "--out", keep},
		"missing folder": {"export", "--out", filepath.Join(dir, "gone", "x.png")},
		"all not folder": {"export", "--chart", "all", "--out", keep},
		"bad entry":      {"export", "--chart", "ladder", "--from", "astronauts", "--to", "bachelor", "--out", keep},
		"bad degree":     {"export", "--chart", "ladder", "--from", "transfer-students", "--to", "doctor", "--out", keep},
		"bad earned":     {"export", "--chart", "ladder", "--from", "transfer-students", "--to", "bachelor", "--earned", "500", "--out", keep},
		"zero pace":      {"export", "--chart", "ladder", "--from", "transfer-students", "--to", "bachelor", "--pace", "0", "--out", keep},
		"text pace":      {"export", "--chart", "ladder", "--pace", "fast", "--out", keep},
		"unknown flag":   {"export", "--colour", "red", "--out", keep},
		"bad program":    {"export", "--chart", "ladder", "--program", "nope", "--out", keep},
		"missing data":   {"export", "--data", filepath.Join(dir, "none.json"), "--out", keep},
		"bad edition":    {"export", "--edition", "2030", "--out", keep},
		"data+edition":   {"export", "--edition", "bls-2022-32", "--data", keep, "--out", keep},
	}
	for name, args := range cases {
		t.Run(name, func(t *testing.T) {
			code, _, errOut := runCLI(t, args...)
			if code == 0 {
				t.Fatal("succeeded")
			}
			if strings.Count(errOut, "\n") != 1 || strings.Contains(errOut, "goroutine") {
				t.Errorf("want one error line, got %q", errOut)
			}
			if b, _ := os.ReadFile(keep); string(b) != "precious" {
				t.Errorf("the existing file changed: %q", b)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 1 {
				t.Errorf("files left behind: %v", entries)
			}
		})
	}
	if os.Getuid() != 0 { // root writes anywhere
		ro := filepath.Join(dir, "ro")
		os.Mkdir(ro, 0o555)
		if code, _, errOut := runCLI(t, "export", "--out", filepath.Join(ro, "x.png")); code == 0 || !strings.Contains(errOut, "permission denied") {
			t.Errorf("read-only folder: %d %q", code, errOut)
		}
	}
}

func TestCLI_ValidateAndTemplate(t *testing.T) {
	dir := t.TempDir()
	code, tmpl, _ := runCLI(t, "template")
	if code != 0 || !bytes.Equal([]byte(tmpl), model.DefaultJSON()) {
		t.Fatal("template is not the built-in data")
	}
	good := filepath.Join(dir, "good.json")
	os.WriteFile(good, []byte(tmpl), 0o644)
	if code, out, _ := runCLI(t, "validate", good); code != 0 || !strings.Contains(out, "valid") {
		t.Errorf("validate good: %d %q", code, out)
	}
	bad := filepath.Join(dir, "bad.json")
	broken := strings.Replace(tmpl, `"value": 34160,`, `"value": -34160,`, 1)
	broken = strings.Replace(broken, `"short": "HIM",`, `"short": "HIM", "colour": 1,`, 1)
	os.WriteFile(bad, []byte(broken), 0o644)
	code, _, errOut := runCLI(t, "validate", bad)
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	if code != 1 || len(lines) != 2 {
		t.Fatalf("validate bad: %d %q", code, errOut)
	}
	re := regexp.MustCompile(`^` + regexp.QuoteMeta(bad) + `:\d+: [a-z_\[\]0-9.]+: .+$`)
	for _, l := range lines {
		if !re.MatchString(l) {
			t.Errorf("problem line %q is not FILE:LINE: field: message", l)
		}
	}
	if code, _, errOut := runCLI(t, "validate"); code == 0 || errOut == "" {
		t.Error("validate without a file")
	}
}

// TestDataDoc_Example keeps the data file example of docs/data.md valid.
func TestDataDoc_Example(t *testing.T) {
	b, err := os.ReadFile("../docs/data.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)```json\n(.*?)```").FindSubmatch(b)
	if m == nil {
		t.Fatal("docs/data.md has no JSON example")
	}
	if _, err := model.Load("docs/data.md example", m[1]); err != nil {
		t.Errorf("the example of docs/data.md does not load:\n%v", err)
	}
}

// TestCLI_ExportInterrupted: an export whose context has ended writes
// nothing and says so in one line.
func TestCLI_ExportInterrupted(t *testing.T) {
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errOut bytes.Buffer
	code := Run(ctx, []string{"export", "--chart", "all", "--out", dir}, testMeta(t), &out, &errOut)
	if entries, _ := os.ReadDir(dir); code == 0 || len(entries) != 0 || !strings.Contains(errOut.String(), "interrupted") || strings.Count(errOut.String(), "\n") != 1 {
		t.Errorf("interrupted export: %d %q, files %v", code, errOut.String(), entries)
	}
}
