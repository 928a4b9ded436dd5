package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"careercompare/model"
	"careercompare/model/wording"
)

// captionStyle is the style of a source line under a fact.
var captionStyle = widget.RichTextStyle{
	ColorName: theme.ColorNamePlaceHolder,
	SizeName:  theme.SizeNameCaptionText,
}

// careerHeader shows a career's name beside a swatch of its colour, the
// colour its bars have in every chart.
func (u *UI) careerHeader(c *model.Career) fyne.CanvasObject {
	swatch := canvas.NewRectangle(u.palette().Career(u.data.CareerIndex(c.ID)))
	u.onTheme(func() {
		swatch.FillColor = u.palette().Career(u.data.CareerIndex(c.ID))
		swatch.Refresh()
	})
	swatch.SetMinSize(fyne.NewSize(18, 18))
	swatch.CornerRadius = 3
	segs := []widget.RichTextSegment{&widget.TextSegment{Text: c.Name + " (" + c.Short + ")", Style: widget.RichTextStyleSubHeading}}
	if c.Occupation != "" {
		segs = append(segs, &widget.TextSegment{Text: "Figures of the stand-in occupation: " + c.Occupation, Style: captionStyle})
	}
	name := widget.NewRichText(segs...)
	name.Wrapping = fyne.TextWrapWord
	return container.NewBorder(nil, nil, container.NewCenter(swatch), nil, name)
}

// headerRow puts the two careers' headers in aligned columns.
func (u *UI) headerRow() fyne.CanvasObject {
	return container.NewGridWithColumns(2, u.careerHeader(u.left), u.careerHeader(u.right))
}

// sourceText names a fact's source, and its interpretation if any.
func (u *UI) sourceText(f model.Fact) string {
	s := "Source: " + u.data.SourceLabel(f.Source)
	if f.Interpretation != "" {
		s += " · Interpretation: " + f.Interpretation
	}
	return s
}

// factSegments renders facts as bullets, each with its source under it.
func (u *UI) factSegments(facts []model.Fact) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	for _, f := range facts {
		segs = append(segs,
			&widget.TextSegment{Text: "• " + f.Text, Style: widget.RichTextStyleParagraph},
			&widget.TextSegment{Text: u.sourceText(f), Style: captionStyle},
		)
	}
	return segs
}

// factList is a wrapping list of facts, or a note that the data has none.
func (u *UI) factList(facts []model.Fact) *widget.RichText {
	segs := u.factSegments(facts)
	if len(segs) == 0 {
		segs = []widget.RichTextSegment{&widget.TextSegment{Text: "None named in this data.", Style: captionStyle}}
	}
	rt := widget.NewRichText(segs...)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// section is a heading over two aligned columns.
func section(title string, left, right fyne.CanvasObject) fyne.CanvasObject {
	return container.NewVBox(
		widget.NewRichText(&widget.TextSegment{Text: title, Style: widget.RichTextStyleSubHeading}),
		container.NewGridWithColumns(2, left, right),
	)
}

// factSection compares one kind of fact of the two careers.
func (u *UI) factSection(title string, get func(*model.Career) []model.Fact) fyne.CanvasObject {
	return section(title, u.factList(get(u.left)), u.factList(get(u.right)))
}

// keyDifference states a tab's key difference in one sentence.
func (u *UI) keyDifference(f model.Fact) fyne.CanvasObject {
	rt := widget.NewRichText(
		&widget.TextSegment{Text: "Key difference: ", Style: widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Bold: true}}},
		&widget.TextSegment{Text: f.Text, Style: widget.RichTextStyleParagraph},
		&widget.TextSegment{Text: u.sourceText(f), Style: captionStyle},
	)
	rt.Wrapping = fyne.TextWrapWord
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	u.onTheme(func() {
		bg.FillColor = theme.Color(theme.ColorNameInputBackground)
		bg.Refresh()
	})
	bg.CornerRadius = theme.InputRadiusSize()
	return container.NewStack(bg, container.NewPadded(rt))
}

// figureCell shows one figure large, with what it measures and its source.
func (u *UI) figureCell(f model.Figure, notes []model.Fact) fyne.CanvasObject {
	value := onScreen(wording.Figure(f))
	src := "Source: " + u.data.SourceLabel(f.Source)
	if f.Period != "" {
		src += " · " + f.Period
	}
	if f.Edition != "" {
		src += " · " + f.Edition
	}
	segs := []widget.RichTextSegment{
		&widget.TextSegment{Text: value, Style: widget.RichTextStyleHeading},
		&widget.TextSegment{Text: f.Measure, Style: widget.RichTextStyleParagraph},
		&widget.TextSegment{Text: src, Style: captionStyle},
	}
	if f.Note != "" {
		segs = append(segs, &widget.TextSegment{Text: f.Note, Style: captionStyle})
	}
	segs = append(segs, u.factSegments(notes)...)
	rt := widget.NewRichText(segs...)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// fillLast is a vertical layout whose last object takes the height the
// others leave, at least its minimum: a chart under its text grows with
// the window.
type fillLast struct{}

func (fillLast) MinSize(objects []fyne.CanvasObject) fyne.Size {
	return layout.NewVBoxLayout().MinSize(objects)
}

func (fillLast) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	y := float32(0)
	for i, o := range objects {
		if !o.Visible() {
			continue
		}
		h := o.MinSize().Height
		if i == len(objects)-1 {
			h = max(h, size.Height-y)
		}
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h + pad
	}
}

// page wraps a tab's content in padding and a vertical scroll.
func page(objects ...fyne.CanvasObject) fyne.CanvasObject {
	return container.NewVScroll(container.NewPadded(container.New(fillLast{}, objects...)))
}

// beside puts a side panel to the right of the main object when the width
// allows both, and under it when it does not, so a small window still
// shows the ladder at a readable size. It remembers the last width it laid
// out at to report a fitting minimum height.
type beside struct {
	mainWidth float32 // the main object's width below which the panel moves under it
	width     float32
}

func (b *beside) sideBySide(width float32, side fyne.CanvasObject) bool {
	return width >= b.mainWidth+side.MinSize().Width+theme.Padding()
}

func (b *beside) MinSize(objects []fyne.CanvasObject) fyne.Size {
	m, s := objects[0].MinSize(), objects[1].MinSize()
	if b.width > 0 && b.sideBySide(b.width, objects[1]) {
		return fyne.NewSize(m.Width+s.Width+theme.Padding(), max(m.Height, s.Height))
	}
	return fyne.NewSize(max(m.Width, s.Width), m.Height+s.Height+theme.Padding())
}

func (b *beside) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	b.width = size.Width
	main, side := objects[0], objects[1]
	sm := side.MinSize()
	if b.sideBySide(size.Width, side) {
		main.Move(fyne.NewPos(0, 0))
		main.Resize(fyne.NewSize(size.Width-sm.Width-theme.Padding(), size.Height))
		side.Move(fyne.NewPos(size.Width-sm.Width, 0))
		side.Resize(fyne.NewSize(sm.Width, size.Height))
		return
	}
	mh := max(main.MinSize().Height, size.Height-sm.Height-theme.Padding())
	main.Move(fyne.NewPos(0, 0))
	main.Resize(fyne.NewSize(size.Width, mh))
	side.Move(fyne.NewPos(0, mh+theme.Padding()))
	side.Resize(fyne.NewSize(size.Width, sm.Height))
}
