package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"careercompare/model/modeltest"
)

// TestCLI_ExportPlace: export --place draws the salary chart with the pay
// of a place, named or by its code, beside the nation's; an unknown or
// ambiguous place lists those it could be.
func TestCLI_ExportPlace(t *testing.T) {
	c := modeltest.WithWages(t)
	b, err := json.Marshal(c.Data)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	data := filepath.Join(dir, "with-wages.json")
	os.WriteFile(data, b, 0o644)
	for _, place := range []string{"Minnesota", "27"} {
		out := filepath.Join(dir, "salary-"+place+".svg")
		if code, _, stderr := runCLI(t, "export", "--data", data, "--place", place, "--format", "svg", "--out", out); code != 0 {
			t.Fatalf("--place %s: exit %d: %s", place, code, stderr)
		}
		if svg, _ := os.ReadFile(out); !strings.Contains(string(svg), "Minnesota, May 2025") || !strings.Contains(string(svg), "$70,100") {
			t.Errorf("--place %s: the chart does not show Minnesota's pay", place)
		}
	}
	for place, want := range map[string]string{
		"Minnesotta": `export: --place "Minnesotta": no such place in the data's wages: Minnesota (state) [27]; Minneapolis-St. Paul-Bloomington, MN-WI (metro area) [33460]; Northwest Minnesota nonmetropolitan area [2700001]`,
		"Wisconsin":  `export: --place "Wisconsin": no such place in the data's wages; they have: Minnesota (state) [27]; Minneapolis-St. Paul-Bloomington, MN-WI (metro area) [33460]; Northwest Minnesota nonmetropolitan area [2700001]; Guam (territory) [66]`,
		"Minn":       `export: --place "Minn" is 3 places: name one: Minnesota (state) [27]; Minneapolis-St. Paul-Bloomington, MN-WI (metro area) [33460]; Northwest Minnesota nonmetropolitan area [2700001]`,
	} {
		code, _, stderr := runCLI(t, "export", "--data", data, "--place", place, "--out", filepath.Join(dir, "x.png"))
		if code != 1 || strings.TrimSpace(stderr) != "careercompare: "+want {
			t.Errorf("--place %s: exit %d, %q; want %q", place, code, stderr, want)
		}
	}
}
