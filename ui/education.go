package ui

import (
	"image"
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"careercompare/charts"
	"careercompare/internal/catalog"
	"careercompare/model"
	"careercompare/model/wording"
)

// educationTab compares education and certification and shows the credit
// ladder of the compared careers with its planner.
func (u *UI) educationTab() fyne.CanvasObject {
	objects := []fyne.CanvasObject{
		u.headerRow(),
		u.keyDifference(model.TopicEducation),
		u.ladderSection(),
		u.factSection("section.education", func(c *model.Career) []model.Fact { return c.Education }),
		u.factSection("section.certification", func(c *model.Career) []model.Fact { return c.Certification }),
	}
	if o := u.otherLadders(); o != nil {
		objects = append(objects, o)
	}
	scroll := page(objects...)
	if u.ladder != nil {
		// A ladder that grows (large text, a narrow window) lengthens the
		// page.
		u.ladder.OnNeedsHeight = func() { scroll.Refresh() }
	}
	for key, v := range u.views {
		if strings.HasPrefix(key, "other-") {
			v.OnNeedsHeight = func() { scroll.Refresh() }
		}
	}
	return scroll
}

// ladderSection shows the interactive credit ladder with the hint above
// it, the planner (its answer first) beside it, the line that explains
// what is under the pointer under it, and "About these numbers".
func (u *UI) ladderSection() fyne.CanvasObject {
	heading := subHeading(u.tr("ladder.heading"))
	c := model.Compare(u.data, u.left, u.right)
	u.ladder = nil
	if c.Ladder == nil {
		none := widget.NewLabel(wording.NoLadder(u.lang, u.data.Edition))
		none.Wrapping = fyne.TextWrapWord
		return container.NewVBox(heading, none)
	}
	var missing []fyne.CanvasObject
	for _, k := range c.Careers() {
		if _, ok := u.data.Ladder(k.Ladder); !ok {
			missing = append(missing, widget.NewLabel(u.tr("ladder.careerHasNone", catalog.Args{"Career": u.text(k.Name)})))
		}
	}
	words := charts.LadderWords{Lang: u.lang, Tags: charts.CareerTags(c, u.lang)}
	lw, err := NewLadder(c.Ladder, words, u.chartTheme, func() float64 { return float64(u.theme.scale) })
	if err != nil {
		return container.NewVBox(heading, widget.NewLabel(u.tr("ladder.cannotDraw", catalog.Args{"Error": err.Error()})))
	}
	u.ladder = lw
	hint := widget.NewRichText(&widget.TextSegment{Text: u.tr("ladder.hint"), Style: captionStyle})
	hint.Wrapping = fyne.TextWrapWord
	detail, say := u.detailLine("")
	lw.OnExplain = say
	plan := newPlanner(u, lw)
	u.plan = plan
	side := container.NewVBox(plan.content(), u.chartButtons(charts.ChartLadder))
	top := container.NewVBox(append([]fyne.CanvasObject{heading, hint}, missing...)...)
	bottom := container.NewVBox(detail, u.aboutNumbers(c.Ladder))
	return container.NewBorder(top, bottom, nil, nil, container.New(&beside{mainWidth: 600}, lw, container.NewPadded(side)))
}

// aboutNumbers folds how the app read what the source leaves open into
// one note that expands.
func (u *UI) aboutNumbers(l *model.Ladder) fyne.CanvasObject {
	notes := wording.LadderNotes(u.lang, l)
	if len(notes) == 0 {
		return widget.NewLabel("")
	}
	var segs []widget.RichTextSegment
	for _, n := range notes {
		segs = append(segs, &widget.TextSegment{Text: "• " + n, Style: widget.RichTextStyleParagraph})
	}
	rt := widget.NewRichText(segs...)
	rt.Wrapping = fyne.TextWrapWord
	return widget.NewAccordion(widget.NewAccordionItem(u.tr("ladder.aboutNumbers"), rt))
}

// ladderView draws a ladder as a picture.
func (u *UI) ladderView(l *model.Ladder, key string) *ChartView {
	words := charts.LadderWords{Lang: u.lang, Notes: true}
	v := u.newChartView(func(size charts.Size, th charts.Theme) (Picture, error) {
		img, ll, err := charts.RenderLadderImage(l, model.NoPath(), words, size, th)
		if err != nil {
			return Picture{}, err
		}
		pic := Picture{Image: img, Smallest: smallestText(ll.Texts), Words: ladderWords(words.Lang, l, ll), Explain: func(p image.Point) string {
			if i := ll.ItemAt(p); i >= 0 {
				return ll.Items[i].Explain
			}
			return ""
		}}
		if ll.Needed > ll.Height {
			pic.Height = int(math.Ceil(float64(ll.Needed) / size.Scale))
		}
		return pic, nil
	}, fyne.NewSize(520, 400))
	v.OnError = func(err error) { u.showError(u.tr("error.drawLadder"), err) }
	u.views[key] = v
	return v
}

// otherLadders folds the source's ladders of other programs, outside the
// comparison, under one plain sentence; nil when there are none.
func (u *UI) otherLadders() fyne.CanvasObject {
	var ids []string
	var objs []fyne.CanvasObject
	for i := range u.data.Ladders {
		l := &u.data.Ladders[i]
		if l.InComparison {
			continue
		}
		ids = append(ids, l.ID)
		note := widget.NewLabel(u.text(l.Note))
		note.Wrapping = fyne.TextWrapWord
		view := u.ladderView(l, "other-"+l.ID)
		view.min = fyne.NewSize(480, 300)
		objs = append(objs, widget.NewLabelWithStyle(u.text(l.Title), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), note, view)
	}
	if len(ids) == 0 {
		return nil
	}
	intro := widget.NewLabel(u.trn("ladder.othersIntro", len(ids), catalog.Args{"IDs": strings.Join(ids, ", ")}))
	intro.Wrapping = fyne.TextWrapWord
	acc := widget.NewAccordion(widget.NewAccordionItem(u.trn("ladder.others", len(ids)), container.NewVBox(append([]fyne.CanvasObject{intro}, objs...)...)))
	return acc
}
