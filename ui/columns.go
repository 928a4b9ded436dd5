package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"careercompare/internal/catalog"
	"careercompare/model"
	"careercompare/model/wording"
)

// captionStyle is the style of a source line under a fact.
var captionStyle = widget.RichTextStyle{
	ColorName: theme.ColorNamePlaceHolder,
	SizeName:  theme.SizeNameCaptionText,
}

// strongStyle is bold body text on a line of its own (Fyne's
// RichTextStyleStrong is inline: the next segment would run on after it).
var strongStyle = widget.RichTextStyle{
	ColorName: theme.ColorNameForeground,
	SizeName:  theme.SizeNameText,
	TextStyle: fyne.TextStyle{Bold: true},
}

// headingStyle and subHeadingStyle are Fyne's heading styles on a line of
// their own: Fyne 2.8 made RichTextStyleHeading and RichTextStyleSubHeading
// inline, so the next segment ran on after them ("SourcesHealth IT Jobs…").
var (
	headingStyle = widget.RichTextStyle{
		ColorName: theme.ColorNameForeground,
		SizeName:  theme.SizeNameHeadingText,
		TextStyle: fyne.TextStyle{Bold: true},
	}
	subHeadingStyle = widget.RichTextStyle{
		ColorName: theme.ColorNameForeground,
		SizeName:  theme.SizeNameSubHeadingText,
		TextStyle: fyne.TextStyle{Bold: true},
	}
)

// text is a data text in the window's language.
func (u *UI) text(t model.Text) string { return t.In(u.lang) }

// careerHeader shows a career's name beside a swatch of its colour, the
// colour its bars have in every chart, and the occupation that stands in
// for it.
func (u *UI) careerHeader(c *model.Career) fyne.CanvasObject {
	swatch := canvas.NewRectangle(u.palette().Career(u.data.CareerIndex(c.ID)))
	u.onTheme(func() {
		swatch.FillColor = u.palette().Career(u.data.CareerIndex(c.ID))
		swatch.Refresh()
	})
	swatch.SetMinSize(fyne.NewSize(18, 18))
	swatch.CornerRadius = 3
	segs := []widget.RichTextSegment{&widget.TextSegment{Text: wording.CareerHead(u.lang, c), Style: subHeadingStyle}}
	if !c.Occupation.IsZero() {
		segs = append(segs, &widget.TextSegment{Text: u.tr("career.standIn", catalog.Args{"Occupation": u.text(c.Occupation)}), Style: captionStyle})
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
	s := u.tr("fact.source", catalog.Args{"Source": u.data.SourceLabel(u.lang, f.Source)})
	if !f.Interpretation.IsZero() {
		s += " · " + u.tr("ladder.interpretation", catalog.Args{"Note": u.text(f.Interpretation)})
	}
	return s
}

// factSegments renders facts as bullets. When every fact of the list has
// the same source and none an interpretation, the source is said once
// under the list; otherwise under each fact. A text that has no form in
// the window's language says so.
func (u *UI) factSegments(facts []model.Fact) []widget.RichTextSegment {
	same := len(facts) > 1
	for _, f := range facts {
		same = same && f.Source == facts[0].Source && f.Interpretation.IsZero()
	}
	var segs []widget.RichTextSegment
	for _, f := range facts {
		segs = append(segs, &widget.TextSegment{Text: "• " + u.text(f.Text) + u.untranslated(f.Text), Style: widget.RichTextStyleParagraph})
		if !same {
			segs = append(segs, &widget.TextSegment{Text: u.sourceText(f), Style: captionStyle})
		}
	}
	if same {
		segs = append(segs, &widget.TextSegment{Text: u.sourceText(facts[0]), Style: captionStyle})
	}
	return segs
}

// untranslated marks a data text that has no form in the window's
// language and is shown in English instead: " (in English)".
func (u *UI) untranslated(t model.Text) string {
	if u.lang == model.English || t.Has(u.lang) || !model.NeedsSpanish(t.EN) {
		return ""
	}
	return " " + u.tr("text.untranslated")
}

// noneNamed is what a tab says of an empty list.
func (u *UI) noneNamed() string {
	if s := u.text(u.data.Edition.NoneNamed); s != "" {
		return s
	}
	return u.tr("facts.noneNamed")
}

// factList is a wrapping list of facts, or a note that the data has none.
func (u *UI) factList(facts []model.Fact) *widget.RichText {
	segs := u.factSegments(facts)
	if len(segs) == 0 {
		segs = []widget.RichTextSegment{&widget.TextSegment{Text: u.noneNamed(), Style: captionStyle}}
	}
	rt := widget.NewRichText(segs...)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// subHeading is a heading that wraps, so that at a large text size it
// never widens the window.
func subHeading(text string) *widget.RichText {
	rt := widget.NewRichText(&widget.TextSegment{Text: text, Style: subHeadingStyle})
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// section is a heading over two aligned columns.
func section(title string, left, right fyne.CanvasObject) fyne.CanvasObject {
	return container.NewVBox(
		subHeading(title),
		container.NewGridWithColumns(2, left, right),
	)
}

// factSection compares one kind of fact of the two careers.
func (u *UI) factSection(titleID string, get func(*model.Career) []model.Fact) fyne.CanvasObject {
	return section(u.tr(titleID), u.factList(get(u.left)), u.factList(get(u.right)))
}

// keyDifference states the key difference of the careers on screen for a
// topic, in a box under its own small heading: the one the data writes
// for this pair, or the one Career Compare puts together from their
// facts, which says so; then its sources.
func (u *UI) keyDifference(topic model.Topic) fyne.CanvasObject {
	kd := wording.KeyDifferenceOf(u.compared(), topic, u.lang)
	var segs []widget.RichTextSegment
	// A text that says "The main difference: …" itself needs no heading
	// that says it again.
	if !strings.HasPrefix(strings.ToLower(kd.Text), u.tr("tab.keyDifferenceSaid")) {
		segs = append(segs, &widget.TextSegment{Text: u.tr("tab.keyDifference"), Style: widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder, SizeName: theme.SizeNameCaptionText, TextStyle: fyne.TextStyle{Bold: true}}})
	}
	text := kd.Text
	if kd.English {
		text += " " + u.tr("text.untranslated")
	}
	segs = append(segs,
		&widget.TextSegment{Text: text, Style: widget.RichTextStyleParagraph},
		&widget.TextSegment{Text: u.keyDifferenceSource(kd), Style: captionStyle},
	)
	rt := widget.NewRichText(segs...)
	rt.Wrapping = fyne.TextWrapWord
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	u.onTheme(func() {
		bg.FillColor = theme.Color(theme.ColorNameInputBackground)
		bg.Refresh()
	})
	bg.CornerRadius = theme.InputRadiusSize()
	return container.NewStack(bg, container.NewPadded(rt))
}

// keyDifferenceSource names where a key difference comes from: its
// sources, each once, and, for one Career Compare put together, that it
// did; for a written one, how its authors read their source.
func (u *UI) keyDifferenceSource(kd wording.KeyDifference) string {
	labels := make([]string, len(kd.Sources))
	for i, id := range kd.Sources {
		labels[i] = u.data.SourceLabel(u.lang, id)
	}
	s := u.tr("fact.source", catalog.Args{"Source": strings.Join(labels, "; ")})
	switch {
	case kd.Computed:
		s += " · " + u.tr("keydiff.computed")
	case kd.Interpretation != "":
		s += " · " + u.tr("ladder.interpretation", catalog.Args{"Note": kd.Interpretation})
	}
	if kd.PlaceAdded {
		s += " · " + u.tr("keydiff.placeAdded")
	}
	return s
}

// figureCell shows one figure large, with what it measures, whose figure
// it is, its spread, its source and its notes.
func (u *UI) figureCell(f model.Figure, occupation model.Text, notes []model.Fact) fyne.CanvasObject {
	segs := []widget.RichTextSegment{
		&widget.TextSegment{Text: onScreen(wording.Figure(u.lang, f)), Style: headingStyle},
		&widget.TextSegment{Text: u.text(f.Measure), Style: widget.RichTextStyleParagraph},
	}
	if o := u.text(f.Occupation); o != "" {
		segs = append(segs, &widget.TextSegment{Text: u.tr("chart.figureOf", catalog.Args{"Occupation": o}), Style: widget.RichTextStyleParagraph})
	} else if o := u.text(occupation); o != "" {
		segs = append(segs, &widget.TextSegment{Text: u.tr("chart.figureOf", catalog.Args{"Occupation": o}), Style: widget.RichTextStyleParagraph})
	}
	if sp := f.Spread; sp != nil {
		segs = append(segs, &widget.TextSegment{Text: u.tr("figure.spread", catalog.Args{"Low": onScreen(wording.FormatValue(sp.P10, sp.Unit)), "High": onScreen(wording.FormatValue(sp.P90, sp.Unit))}), Style: widget.RichTextStyleParagraph})
	}
	src := u.tr("fact.source", catalog.Args{"Source": u.data.SourceLabel(u.lang, f.Source)})
	if p := u.text(f.Period); p != "" {
		src += " · " + p
	}
	if e := u.text(f.Edition); e != "" {
		src += " · " + e
	}
	segs = append(segs, &widget.TextSegment{Text: src, Style: captionStyle})
	if n := u.text(f.Note); n != "" {
		segs = append(segs, &widget.TextSegment{Text: n, Style: captionStyle})
	}
	segs = append(segs, u.factSegments(notes)...)
	rt := widget.NewRichText(segs...)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}
