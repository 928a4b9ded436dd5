package charts

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"regexp"
)

// svgID is what LabelSVG accepts as an id: a letter, then letters, digits,
// '-' or '_'.
var svgID = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_-]*$`)

// LabelSVG makes an SVG picture of this package an image that assistive
// technology can name, for use inline in an HTML page: the root <svg>
// element gets role="img", aria-labelledby its <title> (the name) and
// aria-describedby its <desc> (what it shows), its first children, with
// the ids id+"-title" and id+"-desc"; the drawing after them is wrapped
// in a group hidden from assistive technology, so that a screen reader
// says the name and the description and not the picture's scattered
// labels. title and desc are plain text; they are escaped here. It fails
// on input that is not one <svg> element, or whose root element already
// has a role or an ARIA name.
func LabelSVG(svg []byte, id, title, desc string) ([]byte, error) {
	if !svgID.MatchString(id) {
		return nil, fmt.Errorf("charts: SVG id %q: use a letter, then letters, digits, - or _", id)
	}
	body := bytes.TrimSpace(svg)
	if !bytes.HasPrefix(body, []byte("<svg")) || len(body) < 5 || !isSpace(body[4]) && body[4] != '>' {
		return nil, errors.New("charts: not an SVG picture: it does not begin with <svg")
	}
	end := startTagEnd(body)
	if end < 0 {
		return nil, errors.New("charts: the SVG's root element does not end")
	}
	if body[end-1] == '/' {
		return nil, errors.New("charts: the SVG is empty")
	}
	if !bytes.HasSuffix(body, []byte("</svg>")) {
		return nil, errors.New("charts: the SVG does not end with </svg>")
	}
	tag := body[:end]
	for _, attr := range []string{"role=", "aria-label=", "aria-labelledby=", "aria-describedby=", "aria-hidden="} {
		if bytes.Contains(tag, []byte(" "+attr)) {
			return nil, fmt.Errorf("charts: the SVG already has %s", attr[:len(attr)-1])
		}
	}
	var out bytes.Buffer
	drawing := body[end+1 : len(body)-len("</svg>")]
	out.Grow(len(body) + len(title) + len(desc) + 160)
	out.Write(tag)
	fmt.Fprintf(&out, ` role="img" aria-labelledby="%[1]s-title" aria-describedby="%[1]s-desc">`, id)
	fmt.Fprintf(&out, `<title id="%s-title">%s</title><desc id="%s-desc">%s</desc>`, id, html.EscapeString(title), id, html.EscapeString(desc))
	out.WriteString(`<g aria-hidden="true">`)
	out.Write(drawing)
	out.WriteString(`</g></svg>`)
	return out.Bytes(), nil
}

// startTagEnd returns the index of the '>' that ends the start tag at the
// beginning of b, skipping quoted attribute values, or -1.
func startTagEnd(b []byte) int {
	var quote byte
	for i, c := range b {
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return i
		}
	}
	return -1
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }
