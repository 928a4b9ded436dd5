package charts

import (
	"bytes"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"careercompare/model"
)

// TestLabelSVG: the root element gets the role and the name, title and
// desc come first and escaped; anything but an SVG of ours is refused.
func TestLabelSVG(t *testing.T) {
	var buf bytes.Buffer
	spec := BarSpec{Name: "salary", Title: "T", Unit: model.UnitUSD, Bars: []Bar{{Label: "A", Value: model.Float(1), Text: "$1", Career: 0}}}
	if _, err := RenderBars(spec, Size{Width: 600, Height: 400, Scale: 1}, Light, SVG, &buf); err != nil {
		t.Fatal(err)
	}
	out, err := LabelSVG(buf.Bytes(), "salary", `Pay <b>& "more"</b>`, "Bars: A, $1 </desc><script>")
	if err != nil {
		t.Fatal(err)
	}
	checkXML(t, out)
	s := string(out)
	head := s[:strings.Index(s, ">")+1]
	if !strings.HasPrefix(head, `<svg width="600" height="400" `) || !strings.Contains(head, ` role="img" aria-labelledby="salary-title" aria-describedby="salary-desc">`) {
		t.Errorf("root element: %s", head)
	}
	rest := s[len(head):]
	want := `<title id="salary-title">Pay &lt;b&gt;&amp; &#34;more&#34;&lt;/b&gt;</title><desc id="salary-desc">Bars: A, $1 &lt;/desc&gt;&lt;script&gt;</desc><g aria-hidden="true">`
	if !strings.HasPrefix(rest, want) || !strings.HasSuffix(rest, "</g></svg>") || strings.Count(rest, "<text ") != strings.Count(buf.String(), "<text ") {
		t.Errorf("children: %.200s … %s", rest, rest[len(rest)-20:])
	}

	cases := map[string]struct {
		svg, id string
	}{
		"not svg":       {`<html><svg></svg></html>`, "x"},
		"svg prefix":    {`<svgx a="1"></svgx>`, "x"},
		"unended":       {`<svg width="1"`, "x"},
		"empty":         {`<svg width="1"/>`, "x"},
		"two roots":     {`<svg width="1"></svg><svg></svg><p>`, "x"},
		"has hidden":    {`<svg width="1" aria-hidden="true"></svg>`, "x"},
		"has role":      {`<svg width="1" role="presentation"></svg>`, "x"},
		"has label":     {`<svg width="1" aria-label="x"></svg>`, "x"},
		"bad id":        {`<svg width="1"></svg>`, `x" onload="alert(1)`},
		"id with digit": {`<svg width="1"></svg>`, "1x"},
	}
	for name, c := range cases {
		if _, err := LabelSVG([]byte(c.svg), c.id, "t", "d"); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	// A '>' inside a quoted attribute does not end the root element.
	out, err = LabelSVG([]byte(`<svg data-x="a>b" width="1"><g/></svg>`), "x", "t", "d")
	if err != nil || !strings.HasPrefix(string(out), `<svg data-x="a>b" width="1" role="img"`) || !strings.HasSuffix(string(out), `<g aria-hidden="true"><g/></g></svg>`) {
		t.Errorf("quoted '>': %v %s", err, out)
	}
}

// TestRenderBars_SVGTextLength: every text of an SVG carries its width in
// the chart font, so that the layout holds in the reader's fonts.
func TestRenderBars_SVGTextLength(t *testing.T) {
	m, err := NewMeasurer()
	if err != nil {
		t.Fatal(err)
	}
	text := regexp.MustCompile(`<text textLength="([0-9.]+)" lengthAdjust="spacingAndGlyphs" [^>]*font-size:([0-9.]+)px[^>]*>([^<]*)</text>`)
	for _, spec := range specs(t) {
		var buf bytes.Buffer
		if _, err := RenderBars(spec, Size{Width: 800, Height: 500, Scale: 1}, Light, SVG, &buf); err != nil {
			t.Fatal(err)
		}
		s := buf.String()
		all := strings.Count(s, "<text ")
		found := text.FindAllStringSubmatch(s, -1)
		if all == 0 || len(found) != all {
			t.Fatalf("%s: %d of %d texts have a textLength", spec.Name, len(found), all)
		}
		for _, f := range found {
			got, _ := strconv.ParseFloat(f[1], 64)
			size, _ := strconv.ParseFloat(f[2], 64)
			body := strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&#34;", `"`, "&#39;", "'").Replace(f[3])
			// The style rounds the size to 0.1 pixel.
			if want := m.Width(body, size); math.Abs(want-got) > 0.2+want*0.05/size {
				t.Errorf("%s: %q is %.1f pixels wide, textLength says %.1f", spec.Name, body, want, got)
			}
		}
	}
}

func TestParseFormat(t *testing.T) {
	for _, f := range []Format{PNG, SVG, PDF, HTML} {
		got, err := ParseFormat(strings.ToUpper(f.Ext()))
		if err != nil || got != f {
			t.Errorf("%s: %v %v", f.Ext(), got, err)
		}
	}
	if _, err := ParseFormat("gif"); err == nil || !strings.Contains(err.Error(), "html") {
		t.Errorf("gif: %v", err)
	}
	if _, err := PainterFor(HTML); err == nil {
		t.Error("HTML is not a picture format")
	}
}
