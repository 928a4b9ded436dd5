package officialdata_test

import (
	"archive/zip"
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"careercompare/officialdata"
	"careercompare/officialdata/officialtest"
)

// Sizes of the O*NET 31.0 download, as the reference gives them: 1,016
// occupations, 910 with skill ratings, about 20 tasks each; and of the
// BLS table, about 1,100 rows.
const (
	benchOccupations = 1016
	benchRated       = 910
	benchTasks       = 20
	benchBLSRows     = 1100
)

// benchCode is the code of the i-th occupation of the bench download.
func benchCode(i int) string { return fmt.Sprintf("%02d-%04d", 11+i/400, 1011+i%400*10) }

// writeBenchZip writes a zip shaped like db_31_0_text.zip at the size of
// the real download: every file an import reads, with as many rows as the
// real ones, and the big files it does not read (Work Context.txt) left
// out. Its rows are made up.
func writeBenchZip(b *testing.B, path string) {
	b.Helper()
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	zw := zip.NewWriter(f)
	file := func(name, header string, rows func(w *bufio.Writer)) {
		fw, err := zw.Create("db_31_0_text/" + name)
		if err != nil {
			b.Fatal(err)
		}
		w := bufio.NewWriter(fw)
		w.WriteString(header + "\r\n")
		rows(w)
		if err := w.Flush(); err != nil {
			b.Fatal(err)
		}
	}
	each := func(w *bufio.Writer, n int, row func(i int, code string)) {
		for i := range n {
			row(i, benchCode(i)+".00")
		}
	}
	file("Read Me.txt", "O*NET 31.0 Database\r\nAugust 2026 Release", func(*bufio.Writer) {})
	file("Occupation Data.txt", "O*NET-SOC Code\tTitle\tDescription", func(w *bufio.Writer) {
		each(w, benchOccupations, func(i int, c string) {
			fmt.Fprintf(w, "%s\tOccupation %d\t%s\r\n", c, i, strings.Repeat("Describe the work of the occupation. ", 8))
		})
	})
	file("Task Statements.txt", "O*NET-SOC Code\tTask ID\tTask\tTask Type\tIncumbents Responding\tDate\tDomain Source", func(w *bufio.Writer) {
		each(w, benchOccupations, func(i int, c string) {
			for k := range benchTasks {
				fmt.Fprintf(w, "%s\t%d\tPerform task %d of the occupation with care and report on it.\tCore\t30\t08/2026\tIncumbent\r\n", c, i*100+k, k)
			}
		})
	})
	file("Task Ratings.txt", "O*NET-SOC Code\tTask ID\tScale ID\tCategory\tData Value\tN\tStandard Error\tLower CI Bound\tUpper CI Bound\tRecommend Suppress\tDate\tDomain Source", func(w *bufio.Writer) {
		each(w, benchRated, func(i int, c string) {
			for k := range benchTasks {
				for cat := 1; cat <= 7; cat++ {
					fmt.Fprintf(w, "%s\t%d\tFT\t%d\t14.29\t30\t3.1\t8.5\t20.1\tN\t08/2026\tIncumbent\r\n", c, i*100+k, cat)
				}
				fmt.Fprintf(w, "%s\t%d\tIM\tn/a\t%.2f\t30\t0.1\tn/a\tn/a\tN\t08/2026\tIncumbent\r\n", c, i*100+k, 3+float64(k%10)/5)
				fmt.Fprintf(w, "%s\t%d\tRT\tn/a\t%.2f\t30\t3.0\tn/a\tn/a\tN\t08/2026\tIncumbent\r\n", c, i*100+k, 100-float64(k))
			}
		})
	})
	skills := func(prefix string, n int) func(w *bufio.Writer) {
		return func(w *bufio.Writer) {
			each(w, benchRated, func(i int, c string) {
				for k := range n {
					for _, scale := range []string{"IM", "LV"} {
						fmt.Fprintf(w, "%s\t%s.%d\tSkill %s%d\t%s\t%.2f\t8\t0.125\t3.0\t4.0\tN\tN\t08/2026\tAnalyst\r\n", c, prefix, k, prefix, k, scale, 2+float64((i+k)%20)/10)
					}
				}
			})
		}
	}
	skillHeader := "O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tData Value\tN\tStandard Error\tLower CI Bound\tUpper CI Bound\tRecommend Suppress\tNot Relevant\tDate\tDomain Source"
	file("Essential Skills.txt", skillHeader, skills("2.A", 10))
	file("Transferable Skills.txt", skillHeader, skills("2.B", 25))
	eteHeader := "O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tCategory\tData Value\tN\tStandard Error\tLower CI Bound\tUpper CI Bound\tRecommend Suppress\tDate\tDomain Source"
	file("Education.txt", eteHeader, func(w *bufio.Writer) {
		each(w, benchRated, func(i int, c string) {
			for cat := 1; cat <= 12; cat++ {
				fmt.Fprintf(w, "%s\t2.D.1\tRequired Level of Education\tRL\t%d\t%.2f\t20\tn/a\tn/a\tn/a\tn/a\t08/2026\tOccupational Expert\r\n", c, cat, 100.0/12)
			}
		})
	})
	file("Education Categories.txt", "Element ID\tElement Name\tScale ID\tCategory\tCategory Description", func(w *bufio.Writer) {
		for cat := 1; cat <= 12; cat++ {
			fmt.Fprintf(w, "2.D.1\tRequired Level of Education\tRL\t%d\tLevel %d\r\n", cat, cat)
		}
	})
	file("Job Zones.txt", "O*NET-SOC Code\tJob Zone\tDate\tDomain Source", func(w *bufio.Writer) {
		each(w, benchOccupations, func(i int, c string) { fmt.Fprintf(w, "%s\t%d\t08/2026\tAnalyst\r\n", c, 1+i%5) })
	})
	file("Job Zone Reference.txt", "Job Zone\tName\tExperience\tEducation\tJob Training\tExamples\tSVP Range", func(w *bufio.Writer) {
		for z := 1; z <= 5; z++ {
			fmt.Fprintf(w, "%d\tJob Zone %d: Zone\tx\tx\tx\tx\tx\r\n", z, z)
		}
	})
	if err := zw.Close(); err != nil {
		b.Fatal(err)
	}
}

// writeBenchWorkbook writes a workbook of the 2025–35 layout with as many
// rows as BLS's table.
func writeBenchWorkbook(b *testing.B, dir string) string {
	b.Helper()
	src, err := os.ReadFile(filepath.Join(officialtest.Testdata(b), "bls", "occupation-2025-35.tsv"))
	if err != nil {
		b.Fatal(err)
	}
	var desc strings.Builder
	for _, line := range strings.Split(string(src), "\n") {
		desc.WriteString(line + "\n")
		if strings.HasPrefix(line, "2025 National Employment Matrix title") {
			fmt.Fprintf(&desc, "Total, all occupations\t00-0000\tSummary\t170300.0\t176200.0\t100\t100\t5900.0\t3.5\t5.8\t18900.0\t50980\t—\t—\t—\t—\n")
			for i := range benchBLSRows {
				fmt.Fprintf(&desc, "      Occupation %d\t%s\tLine item\t%d.5\t%d.7\t0.1\t0.1\t1.2\t%.1f\t2.0\t3.1\t%d\tBachelor's degree\tNone\tNone\tOOH Content\n", i, benchCode(i), 10+i, 11+i, float64(i%40)-5, 40000+i*50)
			}
			break
		}
	}
	descPath := filepath.Join(dir, "desc.tsv")
	if err := os.WriteFile(descPath, []byte(desc.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	return officialtest.Workbook(b, descPath, filepath.Join(dir, "occupation.xlsx"))
}

// BenchmarkImport31Zip2535 imports 2 and 50 occupations from a zip of the
// 31.0 layout at the real download's size and a 2025–35 workbook of the
// table's size: both read, the data built and written, as the command
// does.
func BenchmarkImport31Zip2535(b *testing.B) {
	dir := b.TempDir()
	zipPath := filepath.Join(dir, "db_31_0_text.zip")
	writeBenchZip(b, zipPath)
	workbook := writeBenchWorkbook(b, dir)
	if zr, err := zip.OpenReader(zipPath); err == nil {
		var unzipped uint64
		for _, f := range zr.File {
			unzipped += f.UncompressedSize64
		}
		zr.Close()
		b.Logf("the files an import reads unzip to %.1f MB", float64(unzipped)/(1<<20))
	}
	ctx := context.Background()
	for _, n := range []int{2, 50} {
		codes := make([]string, n)
		for i := range codes {
			codes[i] = benchCode(i * 17)
		}
		b.Run(fmt.Sprintf("%d occupations", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				d, err := officialdata.Open(ctx, zipPath, workbook)
				if err != nil {
					b.Fatal(err)
				}
				ds, _, err := d.Build(ctx, codes)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := officialdata.Marshal(ds); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
