package charts

import (
	"io"
	"strings"
	"testing"

	"careercompare/model"
	"careercompare/model/modeltest"
)

// TestSalarySpec_Place: with wages by place brought in, the salary chart
// stands each career's pay in the place beside its pay in the nation, both
// of BLS's one release where its national table was brought in; a rough
// estimate of the pay is marked on its bar, rough jobs are not; what BLS
// does not publish is said, never drawn as zero; the plot keeps its room.
func TestSalarySpec_Place(t *testing.T) {
	c := modeltest.WithWages(t)
	for _, tc := range []struct {
		area string
		want []string // the labels under the bars of the two careers
		text []string // the values on them
		note string   // a note the chart must have, if any
	}{
		{"27", []string{"U.S., May 2025", "Minnesota, May 2025", "U.S., May 2025", "Minnesota, May 2025"}, []string{"$67,310", "$70,100", "$117,960", "$125,050"},
			"No range is drawn for HIM in Minnesota: BLS publishes a percentile of that pay only as “#”"},
		{"2700001", []string{"U.S., May 2025", "Northwest Minnesota nonmetropolitan area, May 2025 (rough estimate)"}, []string{"$67,310", "$52,000"},
			"No range is drawn for HI in Northwest Minnesota nonmetropolitan area: BLS publishes no estimate"},
		{"66", []string{"U.S., May 2025", "Guam, May 2025", "U.S., May 2025", "Guam, May 2025"}, []string{"$67,310", "BLS publishes no wage estimate here", "$117,960", "no row in BLS's wage tables here"}, ""},
	} {
		cp, ok := c.WithPlace(tc.area)
		if !ok {
			t.Fatalf("no place %s", tc.area)
		}
		spec := SalarySpec(cp, model.English)
		for i, want := range tc.want {
			if b := spec.Bars[i]; b.Label != want || b.Text != tc.text[i] || b.Place != (i%2 == 1) {
				t.Errorf("%s bar %d: %q %q (place %v), want %q %q", tc.area, i, b.Label, b.Text, b.Place, want, tc.text[i])
			}
		}
		if m := spec.Bars[1].Measure; !strings.Contains(m, "May 2025") || strings.Contains(m, "May 2024") {
			t.Errorf("%s: the place's bar measures %q: not of the wage tables' release", tc.area, m)
		}
		if s := spec.Bars[1].Source; strings.Count(s, "May 2025") != 1 {
			t.Errorf("%s: the place's bar's source %q says its release other than once", tc.area, s)
		}
		if spec.Bars[1].Value == nil && tc.area != "66" {
			t.Errorf("%s: the place's bar has no value", tc.area)
		}
		if tc.area == "66" && spec.Bars[1].Value != nil {
			t.Error("Guam's missing estimate is drawn")
		}
		notes := strings.Join(spec.Notes, " ")
		if !strings.Contains(notes, "BLS OEWS") || strings.Contains(notes, "HI, HI,") {
			t.Errorf("%s: the chart does not name the wages' source: %q", tc.area, notes)
		}
		if !strings.Contains(notes, tc.note) || tc.note == "" && strings.Contains(notes, "No range") {
			t.Errorf("%s: the notes %q do not say %q", tc.area, notes, tc.note)
		}
		for _, b := range spec.Bars {
			if b.Place && b.Spread != nil && strings.Contains(tc.note, "for "+b.Group) {
				t.Errorf("%s: a range is drawn for %s though BLS caps it", tc.area, b.Group)
			}
		}
		l, err := RenderBars(spec, Size{Width: 1200, Height: 800, Scale: 1}, Light, PNG, io.Discard)
		if err != nil {
			t.Fatal(err)
		}
		checkFigure(t, "place "+tc.area, l, MinPlotShare)
	}
}
