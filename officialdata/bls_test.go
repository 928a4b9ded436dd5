package officialdata_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"careercompare/officialdata"
	"careercompare/officialdata/officialtest"
)

// TestBLS_Editions reads the 2024–34 workbook and the 2023–33 one, whose
// headers say their years with a hyphen, in another order, one with a line
// break and one with a double space: both are matched by meaning.
func TestBLS_Editions(t *testing.T) {
	ctx := context.Background()
	for name, c := range map[string]struct {
		path                   string
		period                 string
		base, projected, wages int
		rows                   int
	}{
		"2024–34": {officialtest.Workbook2434(t), "2024–34", 2024, 2034, 2024, 4},
		"2023–33": {officialtest.Workbook2333(t), "2023–33", 2023, 2033, 2023, 3},
	} {
		t.Run(name, func(t *testing.T) {
			b, err := officialdata.OpenBLS(ctx, c.path)
			if err != nil {
				t.Fatal(err)
			}
			if b.Period() != c.period || b.BaseYear != c.base || b.ProjectedYear != c.projected || b.WageYear != c.wages || !b.Thousands || b.Sheet != "Table 1.2" {
				t.Errorf("edition %s (%d–%d), wages %d, thousands %v, sheet %q", b.Period(), b.BaseYear, b.ProjectedYear, b.WageYear, b.Thousands, b.Sheet)
			}
			if b.Occupations() != c.rows {
				t.Errorf("%d occupations, want %d (the summary rows left out)", b.Occupations(), c.rows)
			}
		})
	}
}

// rewrite builds the 2024–34 workbook with its description edited.
func rewrite(t *testing.T, edit func(string) string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(officialtest.Testdata(t), "bls", "occupation-2024-34.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	desc := filepath.Join(dir, "desc.tsv")
	if err := os.WriteFile(desc, []byte(edit(string(b))), 0o644); err != nil {
		t.Fatal(err)
	}
	return officialtest.Workbook(t, desc, filepath.Join(dir, "occupation.xlsx"))
}

func TestBLS_Problems(t *testing.T) {
	ctx := context.Background()
	for name, c := range map[string]struct {
		edit func(string) string
		want string
	}{
		"missing column": {func(s string) string {
			return strings.Replace(s, "Median annual wage, dollars, 2024[1]", "Mean wage", 1)
		},
			`occupation.xlsx: sheet "Table 1.2", row 2: no column "Median annual wage, dollars, YYYY" in the header row`},
		"no sheet": {func(s string) string { return strings.Replace(s, "#sheet Table 1.2", "#sheet Projections", 1) },
			`occupation.xlsx: no sheet "Table 1.2" (the workbook has: "Table 1.1", "Projections")`},
		"no header": {func(s string) string { return strings.ReplaceAll(s, "National Employment Matrix code", "Matrix id") },
			`occupation.xlsx: sheet "Table 1.2": no header row with a column "National Employment Matrix code" in the first 20 rows`},
		"years disagree": {func(s string) string { return strings.Replace(s, "percent, 2024–34", "percent, 2023–33", 1) },
			`occupation.xlsx: sheet "Table 1.2", cell G2: the percent change is for 2023-33, the employment for 2024–2034`},
		"code twice": {func(s string) string {
			return strings.Replace(s, "Medical dosimetrists\t29-2036", "Medical dosimetrists\t29-2072", 1)
		},
			`occupation.xlsx: sheet "Table 1.2", cell B6: the code 29-2072 is given a second time`},
		"no rows": {func(s string) string { return s[:strings.Index(s, "Total, all occupations\t00-0000\tSummary")] },
			`occupation.xlsx: sheet "Table 1.2": no occupation rows`},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := officialdata.OpenBLS(ctx, rewrite(t, c.edit))
			if err == nil || !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "\n") {
				t.Errorf("error %v, want one line with %q", err, c.want)
			}
		})
	}
	// A wage the data file cannot hold is refused when it is imported.
	path := rewrite(t, func(s string) string { return strings.Replace(s, "\t67310\t", "\t99999999\t", 1) })
	d, err := officialdata.Open(ctx, officialtest.ONetDir(t), path)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := d.Build(ctx, []string{"29-9021", "11-9111"}); err == nil || !strings.Contains(err.Error(), `sheet "Table 1.2", cell J7: the median wage 99,999,999 is outside the data file's range, 0 … 10,000,000`) {
		t.Errorf("a wage out of range: %v", err)
	}
}
