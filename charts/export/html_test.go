package export

import (
	"bytes"
	"encoding/json"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"careercompare/charts"
	"careercompare/model"
	"careercompare/model/modeltest"
)

// pagePolicy is the Content-Security-Policy every HTML handout carries: no
// script, nothing loaded.
const pagePolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

// planned is an edition's default comparison with a transfer student's
// path to the bachelor's planned, as modeltest.Planned for the article.
func planned(t *testing.T, edition string) model.Comparison {
	t.Helper()
	c := modeltest.Edition(t, edition)
	c.Date = session
	if c.Ladder == nil {
		t.Fatalf("%s: no ladder", edition)
	}
	goal := -1
	for _, j := range c.Ladder.Degrees() {
		if strings.HasPrefix(strings.ToLower(c.Ladder.Rungs[j].Ends.EN), "bachelor") {
			goal = j
		}
	}
	in := model.PlanInput{Entry: "transfer-students", Goal: goal, Earned: 40, PerTerm: 15, TermsPerYear: 4}
	p, err := c.Ladder.Plan(in)
	if err != nil {
		t.Fatalf("%s: %v", edition, err)
	}
	c.Path = model.Path{PlanInput: in, Plan: p}
	return c
}

// writePage writes the HTML handout and parses it as a browser does.
func writePage(t *testing.T, h Handout) ([]byte, *html.Node) {
	t.Helper()
	h.Format = charts.HTML
	var buf bytes.Buffer
	if err := h.Write(&buf); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("the page does not parse: %v", err)
	}
	return buf.Bytes(), doc
}

// elements returns every element under n in document order.
func elements(n *html.Node) []*html.Node {
	var out []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			out = append(out, c)
		}
		out = append(out, elements(c)...)
	}
	return out
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// attrOr is n's attribute key, or "".
func attrOr(n *html.Node, key string) string {
	v, _ := attr(n, key)
	return v
}

// textOf is the text under n, its white space folded.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return fold(b.String())
}

func fold(s string) string { return strings.Join(strings.Fields(s), " ") }

func squeeze(s string) string { return strings.Join(strings.Fields(s), "") }

// nextElement is the element after n among its siblings, or nil.
func nextElement(n *html.Node) *html.Node {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

// checkPage checks what makes the page accessible and self-contained.
func checkPage(t *testing.T, name string, doc *html.Node, lang model.Lang) {
	t.Helper()
	all := elements(doc)
	ids := map[string]bool{}
	var levels []int
	policies := 0
	for _, n := range all {
		if id, ok := attr(n, "id"); ok {
			if ids[id] {
				t.Errorf("%s: id %q twice", name, id)
			}
			ids[id] = true
		}
		switch n.Data {
		case "html":
			if l, _ := attr(n, "lang"); l != string(lang) {
				t.Errorf("%s: <html lang=%q>, want %q", name, l, lang)
			}
		case "meta":
			if v, _ := attr(n, "http-equiv"); strings.EqualFold(v, "Content-Security-Policy") {
				policies++
				if c, _ := attr(n, "content"); c != pagePolicy {
					t.Errorf("%s: policy %q", name, c)
				}
				if n.Parent == nil || n.Parent.Data != "head" {
					t.Errorf("%s: the policy is not in <head>", name)
				}
			}
		case "script", "iframe", "object", "embed", "link", "img", "image", "use", "base", "form", "input", "audio", "video", "source", "foreignObject":
			t.Errorf("%s: a <%s> element", name, n.Data)
		case "h1", "h2", "h3", "h4", "h5", "h6":
			levels = append(levels, int(n.Data[1]-'0'))
			if textOf(n) == "" {
				t.Errorf("%s: an empty <%s>", name, n.Data)
			}
		}
		for _, a := range n.Attr {
			k := strings.ToLower(a.Key)
			switch {
			case strings.HasPrefix(k, "on"):
				t.Errorf("%s: <%s %s=%q>", name, n.Data, a.Key, a.Val)
			case k == "src" || k == "srcset" || k == "xlink:href" || k == "href" && n.Data != "a" || k == "style" && strings.Contains(strings.ToLower(a.Val), "url("):
				t.Errorf("%s: <%s %s=%q> would load something", name, n.Data, a.Key, a.Val)
			case k == "href" && !strings.HasPrefix(a.Val, "#") && !strings.HasPrefix(a.Val, "https://") && !strings.HasPrefix(a.Val, "http://"):
				t.Errorf("%s: link to %q", name, a.Val)
			}
		}
	}
	if policies != 1 {
		t.Errorf("%s: %d Content-Security-Policy meta elements", name, policies)
	}
	// Headings in order: one h1 first, no level skipped.
	if len(levels) < 5 || levels[0] != 1 {
		t.Errorf("%s: headings %v", name, levels)
	}
	for i, l := range levels {
		if i > 0 && (l == 1 || l > levels[i-1]+1) {
			t.Errorf("%s: heading levels %v skip or repeat h1 at %d", name, levels, i)
		}
	}
	for _, n := range all {
		// Every reference points at an element of the page.
		for _, v := range []string{attrOr(n, "aria-labelledby"), attrOr(n, "aria-describedby")} {
			for _, id := range strings.Fields(v) {
				if !ids[id] {
					t.Errorf("%s: aria-labelledby names %q, which is not on the page", name, id)
				}
			}
		}
		if v, ok := attr(n, "href"); ok && strings.HasPrefix(v, "#") && !ids[v[1:]] {
			t.Errorf("%s: link to %s, which is not on the page", name, v)
		}
		switch n.Data {
		case "table":
			checkTable(t, name, n)
		case "svg":
			checkSVG(t, name, n)
		}
	}
}

// checkTable: a caption, column headers with scope, a row header with
// scope in each body row.
func checkTable(t *testing.T, name string, table *html.Node) {
	t.Helper()
	var caption string
	cols, rows := 0, 0
	for _, n := range elements(table) {
		switch {
		case n.Data == "caption":
			caption = textOf(n)
		case n.Data == "th" && n.Parent.Parent.Data == "thead":
			if s, _ := attr(n, "scope"); s != "col" {
				t.Errorf("%s: a column header without scope=col", name)
			}
			cols++
		case n.Data == "tr" && n.Parent.Data == "tbody":
			rows++
			first := n.FirstChild
			for first != nil && first.Type != html.ElementNode {
				first = first.NextSibling
			}
			if s, _ := attr(first, "scope"); first.Data != "th" || s != "row" {
				t.Errorf("%s: a row of table %q without a row header", name, caption)
			}
		}
	}
	if caption == "" || cols < 2 || rows < 1 {
		t.Errorf("%s: table %q: %d column headers, %d rows", name, caption, cols, rows)
	}
}

// checkSVG: role img, named by its own title and described by its desc,
// and a chart's figures in a table right after it.
func checkSVG(t *testing.T, name string, svg *html.Node) {
	t.Helper()
	if r, _ := attr(svg, "role"); r != "img" {
		t.Errorf("%s: an SVG with role %q", name, r)
	}
	var kids []*html.Node
	for c := svg.FirstChild; c != nil && len(kids) < 2; c = c.NextSibling {
		if c.Type == html.ElementNode {
			kids = append(kids, c)
		}
	}
	if len(kids) < 2 || kids[0].Data != "title" || kids[1].Data != "desc" {
		t.Fatalf("%s: the SVG does not begin with <title> and <desc>", name)
	}
	tid, _ := attr(kids[0], "id")
	did, _ := attr(kids[1], "id")
	l, _ := attr(svg, "aria-labelledby")
	d, _ := attr(svg, "aria-describedby")
	if l != tid || d != did || textOf(kids[0]) == "" || len(textOf(kids[1])) < 40 {
		t.Errorf("%s: SVG aria-labelledby %q, aria-describedby %q, title %q, desc %q", name, l, d, textOf(kids[0]), textOf(kids[1]))
	}
	// The drawing's own labels are hidden: the name and description say it.
	if g := nextElement(kids[1]); g == nil || g.Data != "g" || nextElement(g) != nil {
		t.Errorf("%s: the drawing of %s is not one group after title and desc", name, tid)
	} else if h, _ := attr(g, "aria-hidden"); h != "true" {
		t.Errorf("%s: the drawing of %s is not hidden from assistive technology", name, tid)
	}
	if tid == "ladder-title" {
		return
	}
	next := nextElement(svg.Parent)
	if svg.Parent.Data != "figure" || next == nil || next.Data != "table" {
		t.Errorf("%s: chart %s is not followed by its data table", name, tid)
	}
}

// TestHTMLHandout_Editions writes the HTML handout of each built-in
// edition in both languages with a planned path, on both papers: it parses,
// is accessible by construction, and says everything the PDF says.
func TestHTMLHandout_Editions(t *testing.T) {
	for _, e := range model.Editions() {
		c := planned(t, e.ID)
		for _, lang := range model.Langs() {
			for _, paper := range []Paper{Letter, A4} {
				name := e.ID + "/" + string(lang) + "/" + paper.Name
				h := Handout{Comparison: c, Lang: lang, Paper: paper, Student: "Ana Pérez", NextSteps: "Meet the HIT advisor\nVisit the campus"}
				raw, doc := writePage(t, h)
				checkPage(t, name, doc, lang)
				if !bytes.HasPrefix(raw, []byte("<!DOCTYPE html>\n<html lang=")) {
					t.Errorf("%s: begins %.40q", name, raw)
				}
				size := map[string]string{"letter": "letter", "a4": "A4"}[paper.Name]
				if !bytes.Contains(raw, []byte("@page { size: "+size+";")) {
					t.Errorf("%s: no @page size %s", name, size)
				}
				text := textOf(doc)
				// Compared without white space: textOf spaces the texts of
				// elements apart, inline ones too.
				bare := squeeze(text)
				for _, want := range contentTexts(newContent(h)) {
					if !strings.Contains(bare, squeeze(want)) {
						t.Errorf("%s: the page lacks %q", name, want)
					}
				}
				english := []string{"Key differences", "Sources", "Data table", "Topic", "Where students start", "The plan", "Next steps", "Start here", "End here"}
				if lang == model.Spanish {
					for _, w := range english {
						if strings.Contains(text, w) {
							t.Errorf("%s: English %q in the Spanish page", name, w)
						}
					}
				} else if !strings.Contains(text, "Start here: Bringing credits from another college") || !strings.Contains(text, "End here: 180 quarter credits") {
					t.Errorf("%s: the ladder in words does not mark the planned path", name)
				}
			}
		}
	}
}

// contentTexts are the texts of the handout's content, which the PDF
// writes and the page must too.
func contentTexts(c *content) []string {
	out := []string{c.title, c.student, c.date, c.warning, c.standIns}
	out = append(out, c.figures...)
	out = append(out, c.nextSteps...)
	out = append(out, c.plan...)
	for _, d := range c.diffs {
		out = append(out, d.label, d.text)
	}
	for _, k := range c.careers {
		out = append(out, k.name)
	}
	for _, s := range c.sections {
		out = append(out, s.name)
		for _, items := range s.items {
			for _, it := range items {
				out = append(out, it.text)
			}
		}
	}
	for _, b := range c.bars {
		out = append(out, b.Title)
		out = append(out, b.Notes...)
		for _, bar := range b.Bars {
			out = append(out, bar.Label, bar.Text, bar.Measure)
		}
	}
	if l := c.ladder; l != nil {
		out = append(out, l.title, l.desc)
		out = append(out, l.notes(c)...)
		for _, m := range append(append([]mark(nil), l.rungs...), l.entries...) {
			out = append(out, m.text)
		}
	}
	for _, s := range c.sources {
		out = append(out, s.text)
	}
	return out
}

// TestHTMLHandout_Hostile exports a counselor's data file whose texts are
// markup: the page shows them as text, and none of it becomes an element,
// an attribute or a link.
func TestHTMLHandout_Hostile(t *testing.T) {
	evil := []string{`<script>alert(1)</script>`, `"><img src=x onerror=alert(1)>`, `</style><script>alert(2)</script>`, `x' onmouseover='alert(3)`, `</title><svg onload=alert(4)>`}
	var doc map[string]any
	if err := json.Unmarshal(model.DefaultJSON(), &doc); err != nil {
		t.Fatal(err)
	}
	careers := doc["careers"].([]any)
	careers[0].(map[string]any)["name"] = evil[0]
	careers[1].(map[string]any)["name"] = evil[1]
	careers[0].(map[string]any)["short"] = evil[3]
	duties := careers[0].(map[string]any)["duties"].([]any)
	duties[0].(map[string]any)["text"] = evil[2]
	src := doc["sources"].([]any)[0].(map[string]any)
	src["title"] = evil[4]
	src["address"] = `https://example.org/"><script>alert(5)</script>`
	doc["sources"].([]any)[1].(map[string]any)["address"] = `javascript:alert(6)`
	ladder := doc["ladders"].([]any)[0].(map[string]any)
	ladder["title"] = evil[1]
	entry := ladder["entries"].([]any)[0].(map[string]any)
	entry["label"], entry["plain"] = evil[0], evil[1]
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	ds, err := model.Load("hostile.json", b)
	if err != nil {
		t.Fatal(err)
	}
	c, err := ds.DefaultComparison()
	if err != nil {
		t.Fatal(err)
	}
	c.Date = session
	for _, lang := range model.Langs() {
		h := Handout{Comparison: c, Lang: lang, Student: evil[0], NextSteps: evil[1] + "\n" + evil[2]}
		raw, page := writePage(t, h)
		name := "hostile/" + string(lang)
		checkPage(t, name, page, lang)
		// checkPage refuses any script element and any on… attribute; the
		// markup has none of the texts' tags either.
		for _, bad := range []string{"<script", "<img", "<svg onload", `href="javascript`} {
			if bytes.Contains(bytes.ToLower(raw), []byte(bad)) {
				t.Errorf("%s: the page's markup holds %q", name, bad)
			}
		}
		text := squeeze(textOf(page))
		for _, s := range evil {
			if !strings.Contains(text, squeeze(s)) {
				t.Errorf("%s: the page does not show %q as text", name, s)
			}
		}
		if !strings.Contains(text, `https://example.org/"><script>alert(5)</script>`) || !strings.Contains(text, "javascript:alert(6)") {
			t.Errorf("%s: the hostile address is not shown as text", name)
		}
	}
}

// TestHTMLHandout_NoLadder: data without a ladder says so in the title
// block, and has no ladder section: no heading over nothing.
func TestHTMLHandout_NoLadder(t *testing.T) {
	c := modeltest.Default(t)
	c.Ladder, c.Path = nil, model.NoPath()
	raw, doc := writePage(t, Handout{Comparison: c, Lang: model.English})
	checkPage(t, "no ladder", doc, model.English)
	if !strings.Contains(textOf(doc), "No credit ladder in this data.") || bytes.Contains(raw, []byte(`id="ladder-title"`)) || bytes.Contains(raw, []byte(`id="ladder-heading"`)) {
		t.Error("the page without a ladder does not say so")
	}
}

// TestHTMLHandout_Contrast: every colour the page writes text in has a
// contrast of at least 4.5:1 on every background it sets (WCAG 1.4.3).
func TestHTMLHandout_Contrast(t *testing.T) {
	css := handoutHTML[strings.Index(handoutHTML, "<style>"):strings.Index(handoutHTML, "</style>")]
	var texts, backgrounds []string
	for _, m := range regexp.MustCompile(`(?:^|[^-])(color|background):\s*(#[0-9a-fA-F]{3,6})`).FindAllStringSubmatch(css, -1) {
		if m[1] == "color" {
			texts = append(texts, m[2])
		} else {
			backgrounds = append(backgrounds, m[2])
		}
	}
	if len(texts) < 4 || len(backgrounds) < 2 {
		t.Fatalf("colours %v on %v", texts, backgrounds)
	}
	for _, fg := range texts {
		for _, bg := range backgrounds {
			if r := contrast(fg, bg); r < 4.5 {
				t.Errorf("%s on %s: contrast %.2f:1", fg, bg, r)
			}
		}
	}
}

// contrast is the WCAG contrast ratio of two #rrggbb colours.
func contrast(a, b string) float64 {
	lum := func(hex string) float64 {
		hex = strings.TrimPrefix(hex, "#")
		if len(hex) == 3 {
			hex = string([]byte{hex[0], hex[0], hex[1], hex[1], hex[2], hex[2]})
		}
		var l [3]float64
		for i := range l {
			v, _ := strconv.ParseUint(hex[2*i:2*i+2], 16, 8)
			c := float64(v) / 255
			if c <= 0.03928 {
				l[i] = c / 12.92
			} else {
				l[i] = math.Pow((c+0.055)/1.055, 2.4)
			}
		}
		return 0.2126*l[0] + 0.7152*l[1] + 0.0722*l[2]
	}
	x, y := lum(a), lum(b)
	return (math.Max(x, y) + 0.05) / (math.Min(x, y) + 0.05)
}

// TestHandout_Formats: the default name follows the format, and the PDF
// is still a PDF.
func TestHandout_Formats(t *testing.T) {
	c := modeltest.Planned(t)
	for f, ext := range map[charts.Format]string{charts.PDF: ".pdf", charts.HTML: ".html"} {
		h := Handout{Comparison: c, Lang: model.English, Format: f}
		if !strings.HasSuffix(h.DefaultName(), ext) {
			t.Errorf("%s: %s", ext, h.DefaultName())
		}
		var buf bytes.Buffer
		if err := h.Write(&buf); err != nil {
			t.Fatal(err)
		}
		magic := map[string]string{".pdf": "%PDF", ".html": "<!DOCTYPE html>"}[ext]
		if !bytes.HasPrefix(buf.Bytes(), []byte(magic)) {
			t.Errorf("%s begins %.20q", ext, buf.Bytes())
		}
	}
}

// BenchmarkHTMLHandout writes the HTML handout of a planned path.
func BenchmarkHTMLHandout(b *testing.B) {
	c := modeltest.Planned(b)
	c.Date = session
	h := Handout{Comparison: c, Lang: model.English, Format: charts.HTML}
	b.ReportAllocs()
	for b.Loop() {
		if err := h.Write(&bytes.Buffer{}); err != nil {
			b.Fatal(err)
		}
	}
}
