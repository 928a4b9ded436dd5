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

// educationTab is the Education tab: education and certification
// compared, and the credit ladder of the compared careers with its
// planner beside it.
type educationTab struct {
	u *UI
	// ladder and planner are the interactive ladder and its planner; nil
	// when the data has no ladder for the compared careers.
	ladder  *Ladder
	planner *planner
	// detail explains the part of the ladder under the pointer; copy is
	// the ladder's Copy button. Both nil without a ladder.
	detail *detailLine
	copy   *widget.Button
	// others are the pictures of the source's ladders of other programs,
	// by the ladder's id.
	others map[string]*ChartView
}

// educationPage builds the Education tab.
func (u *UI) educationPage() fyne.CanvasObject {
	e := &educationTab{u: u, others: map[string]*ChartView{}}
	u.edu = e
	objects := []fyne.CanvasObject{
		u.headerRow(),
		u.keyDifference(model.TopicEducation),
		e.ladderSection(),
		u.factSection("section.education", func(c *model.Career) []model.Fact { return c.Education }),
		u.factSection("section.certification", func(c *model.Career) []model.Fact { return c.Certification }),
	}
	if o := e.otherLadders(); o != nil {
		objects = append(objects, o)
	}
	scroll := page(objects...)
	if e.ladder != nil {
		// A ladder that grows (large text, a narrow window) lengthens the
		// page.
		e.ladder.OnNeedsHeight = func() { scroll.Refresh() }
	}
	for _, v := range e.others {
		v.OnNeedsHeight = func() { scroll.Refresh() }
	}
	return scroll
}

// retire stops the planner's pickers taking input: the tabs were rebuilt
// without them.
func (e *educationTab) retire() {
	if e.planner != nil {
		e.planner.retire()
	}
}

// pointed is the ladder under the pointer or with the focus: another
// program's (with its ladder) or the compared careers' (nil); ok is false
// for none.
func (e *educationTab) pointed() (other *model.Ladder, ok bool) {
	for id, v := range e.others {
		if v.Pointed() {
			if l, found := e.u.data.Ladder(id); found {
				return l, true
			}
		}
	}
	return nil, e.ladder != nil && e.ladder.Pointed()
}

// ladderSection shows the interactive credit ladder with the hint above
// it, the planner (its answer first) beside it, the line that explains
// what is under the pointer under it, and "About these numbers".
func (e *educationTab) ladderSection() fyne.CanvasObject {
	u := e.u
	heading := subHeading(u.tr("ladder.heading"))
	c := model.Compare(u.data, u.left, u.right)
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
	e.ladder = lw
	lw.SetPath(u.plan.pathOn(c.Ladder))
	hint := widget.NewRichText(&widget.TextSegment{Text: u.tr("ladder.hint"), Style: captionStyle})
	hint.Wrapping = fyne.TextWrapWord
	e.detail = newDetailLine("")
	lw.OnExplain = e.detail.say
	e.planner = newPlanner(u, c.Ladder)
	// A choice on the ladder goes to the plan through the planner's
	// pickers, which show it too.
	lw.OnChanged = e.planner.fromLadder
	buttons, cp := u.chartButtons(charts.ChartLadder)
	e.copy = cp
	side := container.NewVBox(e.planner.content(), buttons)
	top := container.NewVBox(append([]fyne.CanvasObject{heading, hint}, missing...)...)
	bottom := container.NewVBox(e.detail.object, e.aboutNumbers(c.Ladder))
	return container.NewBorder(top, bottom, nil, nil, container.New(&beside{mainWidth: 600}, lw, container.NewPadded(side)))
}

// aboutNumbers folds how the app read what the source leaves open into
// one note that expands.
func (e *educationTab) aboutNumbers(l *model.Ladder) fyne.CanvasObject {
	u := e.u
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

// ladderView draws another program's ladder as a picture.
func (e *educationTab) ladderView(l *model.Ladder) *ChartView {
	u := e.u
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
	e.others[l.ID] = v
	return v
}

// otherLadders folds the source's ladders of other programs, outside the
// comparison, under one plain sentence; nil when there are none.
func (e *educationTab) otherLadders() fyne.CanvasObject {
	u := e.u
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
		view := e.ladderView(l)
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
