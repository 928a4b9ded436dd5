package ui

import (
	"net/url"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"careercompare/internal/catalog"
	"careercompare/model"
	"careercompare/model/wording"
)

// bannerText says which edition the figures are, where they come from and
// how old they are.
func (u *UI) bannerText() string {
	e := u.data.Edition
	s := u.tr("banner.figures", catalog.Args{"Banner": e.Banner.In(u.lang)})
	if f := u.fileName(); f != "" {
		s = u.tr("banner.fromFile", catalog.Args{"File": f, "Edition": e.Name.In(u.lang)}) + " " + s
	}
	if age := wording.Age(u.lang, e, u.now()); age != "" {
		s += " " + age
	}
	if t := e.Translation.In(u.lang); t != "" && u.lang != model.English {
		s += " " + t
	}
	if u.warning != "" {
		s = u.warning + " " + s
	}
	return s
}

// bannerBox is the line above the tabs that says which figures these are.
// An edition with a warning (the article's) shows it in a warning box with
// a button to the newest official edition; an older official edition
// points to the newest; the newest says where later ones are published.
func (u *UI) bannerBox() fyne.CanvasObject {
	text := widget.NewLabel(u.bannerText())
	text.Wrapping = fyne.TextWrapWord
	newest, _ := model.BuiltIn(model.NewestEdition)
	var action fyne.CanvasObject
	switch {
	case u.src.file == "" && u.src.edition == model.NewestEdition:
		// Under the text, wrapping: a link is no button to sit beside it.
		link, _ := url.Parse("https://www.bls.gov/ooh/")
		h := widget.NewHyperlink(u.tr("banner.yearly"), link)
		h.Wrapping = fyne.TextWrapWord
		return container.NewBorder(nil, nil, widget.NewIcon(theme.InfoIcon()), nil, container.NewVBox(text, h))
	case u.src.edition != model.NewestEdition || u.src.file != "":
		action = widget.NewButton(u.tr("banner.useNewest", catalog.Args{"Edition": newest.Name.In(u.lang)}), func() { u.switchEdition(model.NewestEdition) })
	}
	warn := u.data.Edition.Warning.In(u.lang)
	if warn == "" {
		row := container.NewBorder(nil, nil, widget.NewIcon(theme.InfoIcon()), nil, text)
		if action == nil {
			return row
		}
		// The action beside the text when the window is wide, under it
		// when it is not.
		return container.New(&beside{mainWidth: 480}, row, container.NewCenter(action))
	}
	// A warning: bold, in a tinted box with a border, and the way out.
	title := widget.NewLabelWithStyle(warn, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	body := container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil,
		container.New(&beside{mainWidth: 480}, container.NewVBox(title, text), container.NewCenter(action)))
	return u.warningBox(body)
}

// warningBox puts a warning in a tinted box with a border, recoloured with
// the theme.
func (u *UI) warningBox(content fyne.CanvasObject) fyne.CanvasObject {
	bg := canvas.NewRectangle(u.theme.Color(colorWarningBackground, u.app.Settings().ThemeVariant()))
	bg.StrokeColor = u.theme.Color(colorWarningBorder, u.app.Settings().ThemeVariant())
	bg.StrokeWidth = 2
	bg.CornerRadius = theme.InputRadiusSize()
	u.onTheme(func() {
		v := u.app.Settings().ThemeVariant()
		bg.FillColor, bg.StrokeColor = u.theme.Color(colorWarningBackground, v), u.theme.Color(colorWarningBorder, v)
		bg.Refresh()
	})
	return container.NewStack(bg, container.NewPadded(content))
}
