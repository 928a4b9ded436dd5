package release

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// TestDocLinks fails when a relative link of README.md or docs/*.md points
// to a file that does not exist, or to a heading (#anchor) that the Markdown
// file it points to does not have: a reader who follows it finds nothing.
func TestDocLinks(t *testing.T) {
	docs, err := filepath.Glob(filepath.Join(root, "docs", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	files := append([]string{filepath.Join(root, "README.md")}, docs...)
	links := 0
	for _, f := range files {
		n, problems, err := checkLinks(f)
		if err != nil {
			t.Fatal(err)
		}
		links += n
		for _, p := range problems {
			t.Error(p)
		}
	}
	if len(files) < 5 || links < 20 {
		t.Fatalf("only %d links in %d files checked", links, len(files))
	}
}

// TestCheckLinks: the checker finds a missing file and a missing heading,
// and passes what exists.
func TestCheckLinks(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("other.md", "# Other\n\n## Known limits in detail\n\n## Memory: 1.29 × the floor\n\n## Twice\n\n## Twice\n")
	write("picture.png", "")
	cases := []struct {
		name, text string
		problems   int
	}{
		{"a file", "[x](other.md) ![y](picture.png)", 0},
		{"a heading", "[x](other.md#known-limits-in-detail) [y](other.md#memory-129--the-floor)", 0},
		{"a heading twice", "[x](other.md#twice) [y](other.md#twice-1)", 0},
		{"a heading of its own", "# Here\n[x](#here)", 0},
		{"not relative", "[x](https://example.org/none.md) [y](mailto:a@b.c)", 0},
		{"in code", "```\n[x](none.md)\n```\n`[y](none.md)`", 0},
		{"a missing file", "[x](none.md)", 1},
		{"a missing picture", "![x](none.png)", 1},
		{"a missing heading", "[x](other.md#none)", 1},
		{"a missing heading of its own", "[x](#none)", 1},
		{"a third of twice", "[x](other.md#twice-2)", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			write("doc.md", c.text+"\n")
			_, problems, err := checkLinks(filepath.Join(dir, "doc.md"))
			if err != nil {
				t.Fatal(err)
			}
			if len(problems) != c.problems {
				t.Errorf("%d problems, want %d: %q", len(problems), c.problems, problems)
			}
		})
	}
}

// checkLinks returns how many relative links the Markdown file has, and a
// problem for each that points to nothing.
func checkLinks(file string) (links int, problems []string, err error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return 0, nil, err
	}
	// A Markdown link or image target: ](path), ](path#anchor) or
	// ](path "title").
	linkRE := regexp.MustCompile(`\]\(([^)\s]+)(?:\s+"[^"]*")?\)`)
	for i, line := range prose(string(b)) {
		for _, m := range linkRE.FindAllStringSubmatch(line, -1) {
			target := m[1]
			if strings.Contains(target, ":") { // https:, mailto:
				continue
			}
			links++
			if p := checkLink(file, target); p != "" {
				problems = append(problems, fmt.Sprintf("%s:%d: %s: %s", file, i+1, target, p))
			}
		}
	}
	return links, problems, nil
}

// checkLink says what is wrong with one relative link of file, or "".
func checkLink(file, target string) string {
	path, anchor, _ := strings.Cut(target, "#")
	dest := file
	if path != "" {
		dest = filepath.Join(filepath.Dir(file), filepath.FromSlash(path))
		if _, err := os.Stat(dest); err != nil {
			return "no such file"
		}
	}
	if anchor == "" || !strings.HasSuffix(dest, ".md") {
		return ""
	}
	b, err := os.ReadFile(dest)
	if err != nil {
		return err.Error()
	}
	if !headingAnchors(string(b))[anchor] {
		return "no heading #" + anchor + " in " + filepath.Base(dest)
	}
	return ""
}

// prose returns the file's lines with fenced code blocks emptied and
// inline code removed, so that a link shown as code is not checked.
func prose(text string) []string {
	lines := unfenced(text)
	inline := regexp.MustCompile("`[^`]*`")
	for i, l := range lines {
		lines[i] = inline.ReplaceAllString(l, "")
	}
	return lines
}

// unfenced returns the file's lines with fenced code blocks emptied.
func unfenced(text string) []string {
	lines := strings.Split(text, "\n")
	fenced := false
	for i, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), "```") {
			fenced = !fenced
			lines[i] = ""
		} else if fenced {
			lines[i] = ""
		}
	}
	return lines
}

// headingAnchors returns the anchors GitHub gives the file's headings:
// the text in lower case, without punctuation, spaces as hyphens, and
// -1, -2… after a heading that came before.
func headingAnchors(text string) map[string]bool {
	anchors := map[string]bool{}
	seen := map[string]int{}
	for _, l := range unfenced(text) {
		h := strings.TrimLeft(l, "#")
		if len(h) == len(l) || len(l)-len(h) > 6 || !strings.HasPrefix(h, " ") {
			continue
		}
		slug := strings.Map(func(r rune) rune {
			switch {
			case r == ' ':
				return '-'
			case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
				return unicode.ToLower(r)
			}
			return -1
		}, strings.TrimSpace(h))
		if n := seen[slug]; n > 0 {
			anchors[fmt.Sprintf("%s-%d", slug, n)] = true
		} else {
			anchors[slug] = true
		}
		seen[slug]++
	}
	return anchors
}
