package charts

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestSVG_WellFormed: every SVG the charts write (the golden pictures of
// every chart and ladder) is a well-formed XML document whose elements
// name each attribute once — a browser refuses the file otherwise (a
// viewBox written twice made every exported SVG unreadable).
func TestSVG_WellFormed(t *testing.T) {
	files, err := filepath.Glob("testdata/golden*/*.svg")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden SVGs (%v)", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := wellFormed(b); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
	if err := wellFormed([]byte(`<svg viewBox="0 0 1 1" width="1" viewBox="0 0 1 1"></svg>`)); err == nil {
		t.Error("an attribute written twice is not found")
	}
}

// wellFormed reads an XML document whole and fails on an error or an
// element with an attribute twice.
func wellFormed(b []byte) error {
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		if se, ok := tok.(xml.StartElement); ok {
			seen := map[xml.Name]bool{}
			for _, a := range se.Attr {
				if seen[a.Name] {
					return errors.New("<" + se.Name.Local + "> has the attribute " + a.Name.Local + " twice")
				}
				seen[a.Name] = true
			}
		}
	}
}
