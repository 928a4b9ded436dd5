package ui

import (
	"net/url"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"careercompare/internal/catalog"
	"careercompare/model"
	"careercompare/model/wording"
)

// topBar is the area above the tabs: the banner that says which figures
// these are (whole, or folded into one line), the pickers of the two
// careers and of the figures, and a separator. Its widgets are made once
// and updated in place when the data, the language or full screen
// change: no tap or key ever reaches a widget that has left the window.
type topBar struct {
	u *UI
	// area lays out the whole banner, the folded one, the pickers and
	// the separator (topArea).
	area         *fyne.Container
	full, folded *bannerView
	// left, right and figures are the pickers; pickers holds them with
	// their labels, in a wrapping row, or in full screen left "vs" right
	// on the banner's line.
	left, right, figures  *picker
	compare, with, figLbl *widget.Label
	vs                    *widget.Label
	pickers               *fyne.Container
	// choices are what the figures picker offers, in its order.
	choices []figureChoice
}

// figureChoice is a set of figures the figures picker offers: a built-in
// edition, or a data file the counselor opened or imported.
type figureChoice struct {
	edition, file string
}

// newTopBar makes the area above the tabs; update fills it.
func newTopBar(u *UI) *topBar {
	t := &topBar{u: u, full: newBannerView(u, false), folded: newBannerView(u, true),
		compare: widget.NewLabel(""), with: widget.NewLabel(""), figLbl: widget.NewLabel(""), vs: widget.NewLabel("")}
	t.left = newPicker(func(int) { u.pickCareers(true) })
	t.right = newPicker(func(int) { u.pickCareers(false) })
	t.figures = newPicker(t.pickFigures)
	// On a small window or with large text, a career's picker takes at
	// most two fifths of the width: the pickers keep to one or two rows.
	most := func() float32 { return 0.4 * u.win.Canvas().Size().Width }
	t.left.most, t.right.most = most, most
	t.pickers = container.New(&flowRow{})
	t.area = container.New(&topArea{u: u}, t.full.root, t.folded.root, t.pickers, widget.NewSeparator())
	return t
}

// update shows the data, the language and the full-screen state of the
// window.
func (t *topBar) update() {
	u := t.u
	t.full.update()
	t.folded.update()
	names := make([]string, len(u.data.Careers))
	for i := range u.data.Careers {
		names[i] = u.careerChoice(&u.data.Careers[i])
	}
	t.left.set(names, u.data.CareerIndex(u.left.ID))
	t.right.set(names, u.data.CareerIndex(u.right.ID))
	t.updateFigures()
	t.compare.SetText(u.tr("pickers.compare"))
	t.with.SetText(u.tr("pickers.with"))
	t.figLbl.SetText(u.tr("pickers.figures"))
	t.vs.SetText(u.tr("pickers.vs"))
	if u.fullScreen {
		// One line in full screen: the careers beside the folded banner.
		t.pickers.Layout = &compactRow{}
		t.pickers.Objects = []fyne.CanvasObject{t.left.box(true), t.vs, t.right.box(true)}
	} else {
		t.pickers.Layout = &flowRow{}
		t.pickers.Objects = []fyne.CanvasObject{
			container.NewHBox(t.compare, t.left.box(false)), container.NewHBox(t.with, t.right.box(false)),
			container.NewHBox(t.figLbl, t.figures.box(false)),
		}
	}
	t.pickers.Refresh()
	t.area.Refresh()
}

// updateFigures offers the built-in editions and the data files of this
// session and the last one, and selects the figures on screen.
func (t *topBar) updateFigures() {
	u := t.u
	t.choices = nil
	var names []string
	sel := -1
	for _, e := range model.Editions() {
		if u.src.file == "" && u.src.edition == e.ID {
			sel = len(names)
		}
		t.choices = append(t.choices, figureChoice{edition: e.ID})
		names = append(names, e.Name.In(u.lang))
	}
	for _, f := range u.files {
		if f == u.src.file {
			sel = len(names)
		}
		t.choices = append(t.choices, figureChoice{file: f})
		names = append(names, u.tr("pickers.ownFile", catalog.Args{"File": filepath.Base(f)}))
	}
	t.figures.set(names, sel)
}

// pickFigures shows the figures chosen in the figures picker: a built-in
// edition, or a data file again (a file that no longer loads leaves the
// data on screen as it is, and says why).
func (t *topBar) pickFigures(i int) {
	if i < 0 || i >= len(t.choices) {
		return
	}
	switch ch := t.choices[i]; {
	case ch.file != "" && ch.file != t.u.src.file:
		t.u.loadFile(ch.file)
		t.updateFigures() // back to the figures on screen, if it did not load
	case ch.file == "" && (t.u.src.file != "" || ch.edition != t.u.src.edition):
		t.u.switchEdition(ch.edition)
	}
}

// picker is a select that is updated in place and never opens its list
// from a tap or key that reaches it once it has left the window: Fyne's
// Select would open it on no canvas, and fail.
type picker struct {
	widget.Select
	onPick func(i int)
	// setting is true while the app sets the options and selection, so
	// that it does not count as the user's pick.
	setting bool
	// retired is set when the picker's part of the window was rebuilt
	// without it (a planner's, with new data): it takes no more input.
	retired bool
	// most, when set, bounds the picker's width (see selectWidth).
	most func() float32
}

// newGuardedSelect is a picker of options that calls changed as a Select's
// OnChanged would.
func newGuardedSelect(options []string, changed func(string)) *picker {
	p := &picker{}
	p.Options = options
	p.OnChanged = changed
	p.ExtendBaseWidget(p)
	return p
}

// wideSelect is a picker as wide as its longest choice.
func wideSelect(p *picker) fyne.CanvasObject { return p.box(false) }

func newPicker(onPick func(i int)) *picker {
	p := &picker{onPick: onPick}
	p.OnChanged = func(string) {
		if !p.setting {
			p.onPick(p.SelectedIndex())
		}
	}
	p.ExtendBaseWidget(p)
	return p
}

// set replaces the options and selects the one at sel (none for -1),
// without calling onPick.
func (p *picker) set(options []string, sel int) {
	p.setting = true
	defer func() { p.setting = false }()
	p.Options = options
	if sel >= 0 && sel < len(options) {
		p.SetSelectedIndex(sel)
	} else {
		p.ClearSelected()
	}
	p.Refresh()
}

// retire stops the picker taking input: its part of the window was
// rebuilt without it.
func (p *picker) retire() { p.retired = true }

// onCanvas reports whether the picker is in a window and not retired.
func (p *picker) onCanvas() bool {
	return !p.retired && fyne.CurrentApp() != nil && fyne.CurrentApp().Driver().CanvasForObject(p) != nil
}

// Tapped opens the list, when the picker is in a window.
func (p *picker) Tapped(e *fyne.PointEvent) {
	if p.onCanvas() {
		p.Select.Tapped(e)
	}
}

// TypedKey opens the list or moves the selection, when the picker is in a
// window.
func (p *picker) TypedKey(e *fyne.KeyEvent) {
	if p.onCanvas() {
		p.Select.TypedKey(e)
	}
}

// box is the picker as wide as its longest choice (a choice is never cut
// into something that reads as another), or, compact for full screen, at
// most ten characters wide: each choice begins with the career's short
// name, which stays whole.
func (p *picker) box(compact bool) fyne.CanvasObject {
	return container.New(&selectWidth{s: &p.Select, compact: compact, most: p.most}, p)
}

// bannerView is the banner whole, or folded into one line (for full
// screen and for a text size that would make the whole one take too much
// of the window).
type bannerView struct {
	u      *UI
	folded bool
	root   *fyne.Container
	bg     *canvas.Rectangle
	icon   *widget.Icon
	// title is the edition's warning, bold, where it has one; text says
	// which figures these are and how old; link, on the newest edition,
	// where the next ones are published.
	title, text *widget.Label
	link        *widget.Hyperlink
	// action switches to the newest edition, where the figures on screen
	// are older; leave leaves full screen.
	action, leave *widget.Button
}

func newBannerView(u *UI, folded bool) *bannerView {
	b := &bannerView{u: u, folded: folded, bg: canvas.NewRectangle(nil), icon: widget.NewIcon(theme.InfoIcon()),
		title: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), text: widget.NewLabel("")}
	b.action = widget.NewButton("", func() { u.switchEdition(model.NewestEdition) })
	b.leave = widget.NewButtonWithIcon("", theme.ViewRestoreIcon(), func() { u.setFullScreen(false) })
	b.bg.StrokeWidth = 2
	b.bg.CornerRadius = theme.InputRadiusSize()
	var row fyne.CanvasObject
	if folded {
		b.text.Truncation = fyne.TextTruncateEllipsis
		row = container.NewBorder(nil, nil, b.icon, container.NewHBox(b.action, b.leave), b.text)
	} else {
		b.title.Wrapping, b.text.Wrapping = fyne.TextWrapWord, fyne.TextWrapWord
		link, _ := url.Parse("https://www.bls.gov/ooh/")
		b.link = widget.NewHyperlink("", link)
		b.link.Wrapping = fyne.TextWrapWord
		row = container.NewBorder(nil, nil, b.icon, nil,
			container.New(&beside{mainWidth: 480}, container.NewVBox(b.title, b.text, b.link), container.NewCenter(b.action)))
	}
	b.root = container.NewStack(b.bg, container.NewPadded(row))
	return b
}

// update says the data on screen: a warning box for an edition with a
// warning, the way to the newest edition where the figures are older,
// where the next editions come from on the newest.
func (b *bannerView) update() {
	u := b.u
	e := u.data.Edition
	warn := e.Warning.In(u.lang)
	b.icon.SetResource(theme.InfoIcon())
	if warn != "" {
		b.icon.SetResource(theme.WarningIcon())
	}
	older := model.OlderThanNewest(e)
	newest, _ := model.BuiltIn(model.NewestEdition)
	// A part not shown says nothing either.
	say(b.action, older && !(b.folded && u.fullScreen), u.tr("banner.useNewest", catalog.Args{"Edition": newest.Name.In(u.lang)}))
	// Short, with its icon: the banner's line keeps room for the edition.
	say(b.leave, b.folded && u.fullScreen, u.tr("fullScreen.leaveShort"))
	if b.folded {
		b.text.TextStyle.Bold = warn != ""
		b.text.SetText(u.foldedText())
	} else {
		say(b.title, warn != "", warn)
		b.text.SetText(u.bannerText())
		link := u.tr("banner.yearly")
		if wording.Superseded(u.lang, e, u.now()) != "" {
			link = u.tr("banner.link") // the text says when BLS publishes
		}
		say(b.link, u.src.file == "" && u.src.edition == model.NewestEdition, link)
	}
	b.recolour()
	b.root.Refresh()
}

// recolour tints the banner as a warning where the edition has one.
func (b *bannerView) recolour() {
	u := b.u
	if u.data == nil || u.data.Edition.Warning.IsZero() {
		b.bg.FillColor, b.bg.StrokeColor = nil, nil
	} else {
		v := u.app.Settings().ThemeVariant()
		b.bg.FillColor, b.bg.StrokeColor = u.theme.Color(colorWarningBackground, v), u.theme.Color(colorWarningBorder, v)
	}
	b.bg.Refresh()
}

// texter is a widget with a text.
type texter interface {
	fyne.CanvasObject
	SetText(string)
}

// say shows a widget with a text, or hides it with none.
func say(o texter, show bool, text string) {
	if !show {
		text = ""
	}
	o.SetText(text)
	if show && !o.Visible() {
		o.Show()
	} else if !show && o.Visible() {
		o.Hide()
	}
}

// bannerText says which edition the figures are, where they come from and
// how old they are; on an edition that BLS has probably superseded, so.
func (u *UI) bannerText() string {
	e := u.data.Edition
	s := u.tr("banner.figures", catalog.Args{"Banner": e.Banner.In(u.lang)})
	if f := u.fileName(); f != "" {
		s = u.tr("banner.fromFile", catalog.Args{"File": f, "Edition": e.Name.In(u.lang)}) + " " + s
	}
	if age := wording.Age(u.lang, e, u.now()); age != "" {
		s += " " + age
	}
	if sup := wording.Superseded(u.lang, e, u.now()); sup != "" && !model.OlderThanNewest(e) {
		s += " " + sup
	}
	if t := e.Translation.In(u.lang); t != "" && u.lang != model.English {
		s += " " + t
	}
	if u.warning != "" {
		s = u.warning + " " + s
	}
	return s
}

// foldedText is the banner in one line: the edition's name and its
// warning, or its age.
func (u *UI) foldedText() string {
	e := u.data.Edition
	text := e.Name.In(u.lang)
	if w := e.Warning.In(u.lang); w != "" {
		return w // it names the edition's origin
	}
	if age := wording.Age(u.lang, e, u.now()); age != "" {
		text += ". " + age
	}
	return text
}
