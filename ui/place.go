package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"careercompare/internal/catalog"
	"careercompare/model"
	"careercompare/model/wording"
)

// prefPlace is the area code of the place whose pay the Salary tab shows
// beside the nation's, remembered for the next session.
const prefPlace = "data.place"

// place is the place whose pay is on screen beside the nation's, where the
// data has wages there; nil otherwise.
func (u *UI) place() *model.Place {
	if u.data.Wages == nil {
		return nil
	}
	if p, ok := u.data.Wages.Place(u.placeArea); ok && p.Kind != model.PlaceNation {
		return p
	}
	return nil
}

// setPlace shows the pay of a place beside the nation's ("" for the
// nation alone), remembers it, and draws the Salary tab again.
func (u *UI) setPlace(area string) {
	u.placeArea = area
	u.app.Preferences().SetString(prefPlace, area)
	u.rebuildTab(TabSalary)
}

// rebuildTab builds tab i again from the data, if it was built.
func (u *UI) rebuildTab(i int) {
	st := u.tabs.Items[i].Content.(*fyne.Container)
	if len(st.Objects) == 0 {
		return
	}
	st.Objects = nil
	u.fillTab(i)
}

// placeRow is the Salary tab's choice of a place: the place shown, and a
// button that searches the places; without wages by place, how to bring
// them in.
func (u *UI) placeRow() fyne.CanvasObject {
	w := u.data.Wages
	if w == nil || len(w.Careers) == 0 {
		hint := widget.NewLabel(u.tr("placePick.none"))
		hint.Wrapping = fyne.TextWrapWord
		add := widget.NewButtonWithIcon(u.tr("placePick.add"), theme.ContentAddIcon(), func() { u.importData() })
		return container.NewBorder(nil, nil, nil, add, hint)
	}
	shown := u.tr("place.nation")
	if p := u.place(); p != nil {
		shown = wording.PlaceName(u.lang, p)
	}
	pick := widget.NewButtonWithIcon(shown, theme.SearchIcon(), func() { u.pickPlace() })
	label := widget.NewLabelWithStyle(u.tr("placePick.label", catalog.Args{"Release": w.Release.In(u.lang)}), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.New(&flowRow{}, label, pick)
}

// pickPlace asks for a place: typed letters find it by name, state or
// code ("Minnesota", "Minneapolis", "nonmetropolitan", "MN").
func (u *UI) pickPlace() {
	w := u.data.Wages
	search := newKeyEntry(u)
	search.SetPlaceHolder(u.tr("placePick.search"))
	var found []*model.Place
	var d dialog.Dialog
	list := widget.NewList(func() int { return len(found) + 1 },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			text := u.tr("place.nation")
			if i > 0 && i-1 < len(found) {
				text = wording.PlaceName(u.lang, found[i-1])
			}
			o.(*widget.Label).SetText(text)
		})
	list.OnSelected = func(i widget.ListItemID) {
		area := ""
		if i > 0 && i-1 < len(found) {
			area = found[i-1].Area
		}
		d.Hide()
		u.setPlace(area)
	}
	filter := func(q string) {
		found = found[:0]
		for _, p := range w.Find(q) {
			if p.Kind != model.PlaceNation {
				found = append(found, p)
			}
		}
		list.UnselectAll()
		list.Refresh()
	}
	search.OnChanged = filter
	// Enter takes the first place found.
	search.OnSubmitted = func(string) {
		if len(found) > 0 {
			list.Select(1)
		}
	}
	filter("")
	d = dialog.NewCustom(u.tr("placePick.title"), u.tr("button.cancel"), container.NewBorder(search, nil, nil, nil, list), u.win)
	d.Resize(u.dialogSize(560, 480))
	u.showDialog(d)
	u.win.Canvas().Focus(search)
}

// placeCells are each career's pay in the place on screen, as figure
// cells: the median (or why there is none), the middle 80%, the jobs.
func (u *UI) placeCells() fyne.CanvasObject {
	c := u.compared()
	if c.Place == nil {
		return nil
	}
	cell := func(k *model.Career) fyne.CanvasObject {
		pay, ok := c.PlacePay(k)
		var segs []widget.RichTextSegment
		if !ok {
			segs = append(segs, &widget.TextSegment{Text: u.tr("place.notInTables"), Style: widget.RichTextStyleParagraph})
		} else {
			_, text, _, _ := wording.PlaceMedian(u.lang, pay)
			segs = append(segs, &widget.TextSegment{Text: onScreen(text), Style: headingStyle})
			if pay.RoughPay {
				segs = append(segs, &widget.TextSegment{Text: u.tr("place.rough"), Style: widget.RichTextStyleParagraph})
			}
			if s := wording.PlaceSpreadText(u.lang, pay); s != "" {
				segs = append(segs, &widget.TextSegment{Text: s, Style: widget.RichTextStyleParagraph})
			}
			segs = append(segs, &widget.TextSegment{Text: wording.PlaceJobs(u.lang, pay), Style: widget.RichTextStyleParagraph})
		}
		w := c.Data.Wages
		src := u.data.SourceLabel(u.lang, w.Source)
		if r := w.Release.In(u.lang); !strings.Contains(src, r) {
			src += " · " + r
		}
		segs = append(segs, &widget.TextSegment{Text: u.tr("fact.source", catalog.Args{"Source": src}), Style: captionStyle})
		rt := widget.NewRichText(segs...)
		rt.Wrapping = fyne.TextWrapWord
		return rt
	}
	title := u.tr("placePick.section", catalog.Args{"Place": c.Place.Name, "Release": c.Data.Wages.Release.In(u.lang)})
	return section(title, cell(c.Left), cell(c.Right))
}
