package charts

import (
	"image"
	"testing"

	"careercompare/model"
	"careercompare/model/modeltest"
)

// TestLayoutLadder_NoOverlap: every ladder of every built-in edition, in
// both languages, with and without the planned path, from a narrow
// window's width to a slide's and at twice the text size: no two texts
// overlap, every text is inside the picture, and the type is never under
// the floor asked for.
func TestLayoutLadder_NoOverlap(t *testing.T) {
	m, err := NewMeasurer()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range model.Editions() {
		c := modeltest.Edition(t, e.ID)
		// Each ladder with the plans of modeltest.Planned (40 quarter
		// credits) and of the review's student (40 semester credits reach
		// 60 quarter credits, near the associate's degree), where they
		// apply to it.
		ins := []model.PlanInput{modeltest.Planned(t).Path.PlanInput,
			{Entry: "transfer-students", Goal: 2, Earned: 40, EarnedUnit: model.SemesterCredits, PerTerm: 15, TermUnit: model.SemesterCredits, TermsPerYear: 2}}
		planned := 0
		for i := range c.Data.Ladders {
			l := &c.Data.Ladders[i]
			for _, lang := range model.Langs() {
				paths := []model.Path{model.NoPath()}
				for _, in := range ins {
					if p, err := l.Plan(in); err == nil {
						paths = append(paths, model.Path{PlanInput: in, Plan: p})
						planned++
					}
				}
				for _, path := range paths {
					words := LadderWords{Lang: lang, Plan: true, Notes: true, Tags: CareerTags(c, lang)}
					for _, c := range []struct {
						w  int
						ts float64
					}{{420, 1}, {520, 1}, {640, 1}, {760, 1}, {1000, 1}, {1920, 1}, {760, 1.5}, {940, 1.5}, {940, 2}, {1000, 2}, {940, 2.5}, {1000, 2.5}, {1920, 2.5}} {
						{
							w, ts := c.w, c.ts
							minText := 11 * ts
							ll := LayoutLadder(l, path, words, w, 300, ts, minText, Light, m)
							h := max(ll.Needed, 300)
							ll = LayoutLadder(l, path, words, w, h, ts, minText, Light, m)
							frame := image.Rect(0, 0, w, h)
							var boxes []image.Rectangle
							for _, tx := range ll.Texts {
								if !tx.Box.In(frame) {
									t.Errorf("%s %s %s w=%d ×%.0f: %q at %v is outside %v", e.ID, l.ID, lang, w, ts, tx.Text, tx.Box, frame)
								}
								if tx.Size < minText-0.01 {
									t.Errorf("%s %s %s w=%d ×%.0f: %q at %.1f px, under %.1f", e.ID, l.ID, lang, w, ts, tx.Text, tx.Size, minText)
								}
								boxes = append(boxes, tx.Box)
							}
							if i, j, bad := overlaps(boxes); bad {
								t.Errorf("%s %s %s plan=%v w=%d ×%.1f: %q %v overlaps %q %v", e.ID, l.ID, lang, path.Plan != nil, w, ts, ll.Texts[i].Text, ll.Texts[i].Box, ll.Texts[j].Text, ll.Texts[j].Box)
							}
							// The marker of where the plan's credits reach covers no text.
							for _, s := range ll.Shapes {
								if s.Kind != ShapeTriangleDown {
									continue
								}
								for _, tx := range ll.Texts {
									if s.Rect.Overlaps(tx.Box) {
										t.Errorf("%s %s %s w=%d ×%.1f: the plan's marker %v covers %q %v", e.ID, l.ID, lang, w, ts, s.Rect, tx.Text, tx.Box)
									}
								}
							}
						}
					}
				}
			}
		}
		if planned == 0 {
			t.Errorf("%s: no ladder took a plan: the planned layouts went untested", e.ID)
		}
	}
}
