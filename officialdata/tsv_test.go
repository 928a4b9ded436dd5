package officialdata

import (
	"context"
	"errors"
	"io"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// readAll reads every row of a text file given as a string.
func readAll(text string, want ...string) ([][]string, error) {
	t, err := newTSV(context.Background(), "x.txt", strings.NewReader(text), want...)
	if err != nil {
		return nil, err
	}
	var rows [][]string
	for {
		r, err := t.next()
		if errors.Is(err, io.EOF) {
			return rows, nil
		}
		if err != nil {
			return rows, err
		}
		rows = append(rows, r)
	}
}

func TestTSV_Reads(t *testing.T) {
	rows, err := readAll("\ufeffO*NET-SOC Code\tTitle\r\n29-9021.00\t\"Quoted\" title\r\n\r\n11-9111.00\tLast line without an end", "O*NET-SOC Code", "title")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0][1] != `"Quoted" title` || rows[1][1] != "Last line without an end" {
		t.Errorf("rows %q", rows)
	}
}

func TestTSV_Problems(t *testing.T) {
	long := "A\tB\n" + strings.Repeat("x", MaxLine+10) + "\tb\n"
	for name, c := range map[string]struct{ text, want string }{
		"empty":           {"", "x.txt: the file is empty"},
		"missing column":  {"A\tB\n1\t2\n", `x.txt:1: no column "Task Type" in the header (it has: A, B)`},
		"too few fields":  {"A\tB\tTask Type\n1\t2\n", "x.txt:2: 2 fields, but the header has 3 columns"},
		"too many fields": {"A\tB\tTask Type\n1\t2\t3\n\n1\t2\t3\t4\n", "x.txt:4: 4 fields, but the header has 3 columns"},
		"overlong line":   {strings.Replace(long, "A\tB", "A\tB\tTask Type", 1), "x.txt:2: the line is longer than 16384 bytes"},
		"bad UTF-8":       {"A\tB\tTask Type\n1\t\xff\xfe\t3\n", "x.txt:2: the line is not UTF-8 text"},
		"wide header":     {strings.Repeat("c\t", 80) + "Task Type\n", "x.txt:1: the header has 81 columns"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := readAll(c.text, "Task Type")
			if err == nil || !strings.HasPrefix(err.Error(), c.want) {
				t.Errorf("error %v, want %q…", err, c.want)
			}
			if err != nil && strings.Contains(err.Error(), "\n") {
				t.Errorf("error on more than one line: %q", err)
			}
		})
	}
}

func TestTSV_Cancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := newTSV(ctx, "x.txt", strings.NewReader("A\n1\n"), "A"); !errors.Is(err, context.Canceled) {
		t.Errorf("a cancelled read: %v", err)
	}
}

var oneLineError = regexp.MustCompile(`^x\.txt(:\d+)?: \S[^\n]*$`)

// FuzzTSV reads any bytes as an O*NET text file: the reader never panics;
// it returns rows of the header's width, of UTF-8 text without line ends,
// or one error of one line naming the file.
func FuzzTSV(f *testing.F) {
	f.Add([]byte("O*NET-SOC Code\tTitle\tDescription\n29-9021.00\tT\tD\n"))
	f.Add([]byte("\ufeffA\tB\r\n1\t2\r\n\r\n3\t4"))
	f.Add([]byte("A\tB\n1\n"))
	f.Add([]byte("A\n\xff\n"))
	f.Add([]byte("\n\n\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := newTSV(context.Background(), "x.txt", strings.NewReader(string(data)))
		for err == nil {
			var row []string
			row, err = r.next()
			if err != nil {
				break
			}
			if len(row) != len(r.header) {
				t.Fatalf("a row of %d fields under a header of %d", len(row), len(r.header))
			}
			for _, field := range row {
				if !utf8.ValidString(field) || strings.ContainsAny(field, "\n\t") {
					t.Fatalf("field %q", field)
				}
				if len(field) > MaxLine {
					t.Fatalf("a field of %d bytes", len(field))
				}
			}
		}
		if !errors.Is(err, io.EOF) && !oneLineError.MatchString(err.Error()) {
			t.Fatalf("error %q", err)
		}
	})
}
