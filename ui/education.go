package ui

import (
	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"careercompare/charts"
	"careercompare/model"
)

// educationTab compares education and certification and shows the credit
// ladder of the compared careers.
func (u *UI) educationTab() fyne.CanvasObject {
	objects := []fyne.CanvasObject{
		u.headerRow(),
		u.keyDifference(u.data.Comparison.Differences.Education),
		u.ladderSection(),
		u.factSection("Education", func(c *model.Career) []model.Fact { return c.Education }),
		u.factSection("Certification", func(c *model.Career) []model.Fact { return c.Certification }),
	}
	objects = append(objects, u.otherLadders()...)
	return page(objects...)
}

// ladderSection shows the interactive credit ladder with the planner
// beside it and a detail line under it.
func (u *UI) ladderSection() fyne.CanvasObject {
	heading := widget.NewRichText(&widget.TextSegment{Text: "Credit ladder: you start here; this is how far each degree is", Style: widget.RichTextStyleSubHeading})
	ladders := model.Compare(u.data, u.left, u.right).Ladders()
	u.ladder = nil
	if len(ladders) == 0 {
		return container.NewVBox(heading, widget.NewLabel("No credit ladder in this data."))
	}
	var missing []fyne.CanvasObject
	for _, c := range []*model.Career{u.left, u.right} {
		if _, ok := u.data.Ladder(c.Ladder); !ok {
			missing = append(missing, widget.NewLabel(c.Name+": no credit ladder in this data."))
		}
	}
	lw, err := NewLadder(ladders[0], u.chartTheme, func() float64 { return float64(u.theme.scale) })
	if err != nil {
		return container.NewVBox(heading, widget.NewLabel("The ladder cannot be drawn: "+err.Error()))
	}
	u.ladder = lw
	hint := "Click or use Tab and the arrow keys: Enter picks where the student starts and the degree they aim for. Point at any part to read about it."
	detail := widget.NewLabel(hint)
	detail.Wrapping = fyne.TextWrapWord
	lw.OnExplain = func(s string) {
		if s == "" {
			s = hint
		}
		detail.SetText(s)
	}
	plan := newPlanner(lw)
	u.plan = plan
	side := container.NewVBox(plan.content(), u.exportButton(charts.ChartLadder))
	bottom := container.NewVBox(detail)
	top := container.NewVBox(append([]fyne.CanvasObject{heading}, missing...)...)
	return container.NewBorder(top, bottom, nil, nil, container.New(&beside{mainWidth: 640}, lw, container.NewPadded(side)))
}

// ladderView draws a ladder as a picture.
func (u *UI) ladderView(l *model.Ladder, key string) *ChartView {
	v := u.newChartView(func(size charts.Size, th charts.Theme) (Picture, error) {
		img, ll, err := charts.RenderLadderImage(l, model.NoPath(), size, th)
		if err != nil {
			return Picture{}, err
		}
		return Picture{Image: img, Explain: func(p image.Point) string {
			if i := ll.ItemAt(p); i >= 0 {
				return ll.Items[i].Explain
			}
			return ""
		}}, nil
	}, fyne.NewSize(520, 400))
	v.OnError = func(err error) { u.showError("Could not draw the ladder", err) }
	u.views[key] = v
	return v
}

// otherLadders lists the article's other ladders, outside the comparison.
func (u *UI) otherLadders() []fyne.CanvasObject {
	acc := widget.NewAccordion()
	for i := range u.data.Ladders {
		l := &u.data.Ladders[i]
		if l.InComparison {
			continue
		}
		note := widget.NewLabel(l.Note)
		note.Wrapping = fyne.TextWrapWord
		view := u.ladderView(l, "other-"+l.ID)
		view.min = fyne.NewSize(480, 280)
		acc.Append(widget.NewAccordionItem(l.ID, container.NewVBox(note, view)))
	}
	if len(acc.Items) == 0 {
		return nil
	}
	heading := widget.NewRichText(&widget.TextSegment{Text: "Other programs on the article's page (not part of this comparison)", Style: widget.RichTextStyleSubHeading})
	return []fyne.CanvasObject{heading, acc}
}
