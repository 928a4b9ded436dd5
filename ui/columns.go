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

// section is a heading over two aligned columns.
// subHeading is a heading that wraps, so that at a large text size it
// never widens the window.
func subHeading(text string) *widget.RichText {
	rt := widget.NewRichText(&widget.TextSegment{Text: text, Style: subHeadingStyle})
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

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

// fillLast is a vertical layout whose last object takes the height the
// others leave, at least its minimum: a chart under its text grows with
// the window.
//
// Given its page's scroll, it also keeps hidden, in their place, the
// objects that lie wholly below the part of the page in view until they
// are scrolled into it: Fyne paints every visible object of a window, in
// view or not, and for text that means shaping each line again and
// rasterising it into a texture. So the facts of a tab below its first
// screen cost nothing in the frame that first shows the tab, nor memory,
// until they are scrolled to. They are shown from the scroll's OnScrolled
// and from Layout, before the frame that could show them is painted: they
// never pop in.
type fillLast struct {
	scroll *container.Scroll
	// waiting are the objects hidden until they are scrolled into view.
	waiting map[fyne.CanvasObject]bool
	objects []fyne.CanvasObject
}

// counts is whether o takes its place in the page: visible, or waiting to
// be scrolled into view.
func (f *fillLast) counts(o fyne.CanvasObject) bool { return o.Visible() || f.waiting[o] }

func (f *fillLast) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var size fyne.Size
	n := 0
	for _, o := range objects {
		if !f.counts(o) {
			continue
		}
		m := o.MinSize()
		size.Width = max(size.Width, m.Width)
		size.Height += m.Height
		n++
	}
	if n > 1 {
		size.Height += theme.Padding() * float32(n-1)
	}
	return size
}

func (f *fillLast) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	y := float32(0)
	for i, o := range objects {
		if !f.counts(o) {
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
	f.objects = objects
	f.reveal()
}

// reveal shows what has come into view, and, at the first layout, hides
// what lies below it.
func (f *fillLast) reveal() {
	if f.scroll == nil || f.scroll.Size().Height <= 0 {
		return
	}
	first := f.waiting == nil
	if first {
		f.waiting = map[fyne.CanvasObject]bool{}
	}
	// The page's top is a padding below the scroll content's.
	bottom := f.scroll.Offset.Y + f.scroll.Size().Height - theme.Padding()
	for _, o := range f.objects {
		below := o.Position().Y > bottom
		switch {
		case first && below && o.Visible():
			f.waiting[o] = true
			o.Hide()
		case f.waiting[o] && !below:
			delete(f.waiting, o)
			o.Show()
		}
	}
}

// page wraps a tab's content in padding and a vertical scroll.
func page(objects ...fyne.CanvasObject) *container.Scroll {
	f := &fillLast{}
	s := container.NewVScroll(container.NewPadded(container.New(f, objects...)))
	f.scroll = s
	s.OnScrolled = func(fyne.Position) { f.reveal() }
	return s
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

// twoLines gives its one object the height of two lines of text, at the
// window's text size, whatever it says.
type twoLines struct{}

func (twoLines) MinSize(objects []fyne.CanvasObject) fyne.Size {
	probe := widget.NewLabel("M\nM").MinSize()
	return fyne.NewSize(0, probe.Height)
}

func (twoLines) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// flowRow lays its objects out in a row, each at its minimum width, and
// starts a new row when the next does not fit: at a large text size on a
// small screen the pickers wrap instead of being cut off.
type flowRow struct{ width float32 }

func (f *flowRow) rows(objects []fyne.CanvasObject, width float32) (rows [][]fyne.CanvasObject) {
	pad := theme.Padding()
	var row []fyne.CanvasObject
	x := float32(0)
	for _, o := range objects {
		w := o.MinSize().Width
		if len(row) > 0 && x+w > width {
			rows, row, x = append(rows, row), nil, 0
		}
		row = append(row, o)
		x += w + pad
	}
	if len(row) > 0 {
		rows = append(rows, row)
	}
	return rows
}

func (f *flowRow) MinSize(objects []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding()
	widest, h := float32(0), float32(0)
	width := f.width
	if width == 0 {
		width = 1e6
	}
	for _, row := range f.rows(objects, width) {
		rh := float32(0)
		for _, o := range row {
			rh = max(rh, o.MinSize().Height)
		}
		h += rh + pad
	}
	for _, o := range objects {
		widest = max(widest, o.MinSize().Width)
	}
	return fyne.NewSize(widest, max(0, h-pad))
}

func (f *flowRow) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	f.width = size.Width
	pad := theme.Padding()
	y := float32(0)
	for _, row := range f.rows(objects, size.Width) {
		x, rh := float32(0), float32(0)
		for _, o := range row {
			rh = max(rh, o.MinSize().Height)
		}
		for _, o := range row {
			m := o.MinSize()
			o.Move(fyne.NewPos(x, y+(rh-m.Height)/2))
			o.Resize(m)
			x += m.Width + pad
		}
		y += rh + pad
	}
}

// selectWidth gives a select the width of its longest choice at the
// window's text size, so that a choice is never cut into something that
// reads as another; compact, for full screen, at most ten characters of
// it (the choices begin with a short name that stays whole).
type selectWidth struct {
	s       *widget.Select
	compact bool
	// most, when set, is the most width the select may take (a share of
	// the window's): its choices begin with a short name that stays
	// whole when the rest is cut.
	most func() float32
}

func (w *selectWidth) MinSize([]fyne.CanvasObject) fyne.Size {
	m := w.s.MinSize()
	size := theme.TextSize()
	widest := fyne.MeasureText(w.s.PlaceHolder, size, fyne.TextStyle{}).Width
	for _, o := range w.s.Options {
		widest = max(widest, fyne.MeasureText(o, size, fyne.TextStyle{}).Width)
	}
	if w.compact {
		widest = min(widest, fyne.MeasureText("MMMMMMMMMM", size, fyne.TextStyle{}).Width)
	}
	pad := theme.InnerPadding()
	width := max(m.Width, widest+4*pad+theme.IconInlineSize())
	if w.most != nil && w.most() > 0 {
		width = max(m.Width, min(width, w.most()))
	}
	return fyne.NewSize(width, m.Height)
}

func (w *selectWidth) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// compactRow lays its objects out in one row, each at its minimum size,
// centred on the row's height: the careers' pickers on full screen's one
// line.
type compactRow struct{}

func (compactRow) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for _, o := range objects {
		m := o.MinSize()
		w, h = w+m.Width+theme.Padding(), max(h, m.Height)
	}
	return fyne.NewSize(max(0, w-theme.Padding()), h)
}

func (compactRow) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	x := float32(0)
	for _, o := range objects {
		m := o.MinSize()
		o.Move(fyne.NewPos(x, (size.Height-m.Height)/2))
		o.Resize(m)
		x += m.Width + theme.Padding()
	}
}
