package ui

import (
	"net/url"
	"runtime"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"careercompare/internal/catalog"
	"careercompare/model"
	"careercompare/model/wording"
)

func heading(text string) widget.RichTextSegment {
	return &widget.TextSegment{Text: text, Style: subHeadingStyle}
}

func para(text string) widget.RichTextSegment {
	return &widget.TextSegment{Text: text, Style: widget.RichTextStyleParagraph}
}

// link is a web address that opens in the browser, or its text when it is
// not one.
func link(address string) widget.RichTextSegment {
	if u, err := url.Parse(address); err == nil && (u.Scheme == "https" || u.Scheme == "http") {
		return &widget.HyperlinkSegment{Text: address, URL: u}
	}
	return &widget.TextSegment{Text: address, Style: captionStyle}
}

// sourcesText lists every source, with its address as a link, and every
// figure with where it comes from.
func (u *UI) sourcesText() *widget.RichText {
	ds := u.data
	segs := []widget.RichTextSegment{heading(u.tr("sources.title"))}
	for _, s := range ds.Sources {
		segs = append(segs, &widget.TextSegment{Text: u.text(s.Title), Style: widget.RichTextStyle{TextStyle: fyne.TextStyle{Bold: true}}})
		for _, kv := range []struct {
			id string
			t  model.Text
		}{{"sources.publisher", s.Publisher}, {"sources.year", s.Year}, {"sources.note", s.Note}} {
			if wording.Known(kv.t.EN) {
				segs = append(segs, &widget.TextSegment{Text: u.tr(kv.id, catalog.Args{"Text": u.text(kv.t)}), Style: captionStyle})
			}
		}
		if wording.Known(s.Address) {
			// A link is inline: an empty block after it ends its line, so
			// that the next title does not run on after the address.
			segs = append(segs, link(s.Address), &widget.TextSegment{Style: widget.RichTextStyleParagraph})
		}
	}
	segs = append(segs, heading(u.tr("sources.figures")))
	figure := func(who, whatID string, f model.Figure) {
		line := u.tr("sources.figure", catalog.Args{"Who": who, "What": u.tr(whatID), "Value": onScreen(wording.Figure(u.lang, f)), "Measure": u.text(f.Measure)})
		if p := u.text(f.Period); p != "" {
			line += ", " + p
		}
		line += ". " + u.tr("fact.source", catalog.Args{"Source": ds.SourceLabel(u.lang, f.Source)})
		if e := u.text(f.Edition); e != "" {
			line += " (" + strings.TrimSuffix(e, ".") + ")"
		}
		segs = append(segs, para(line+"."))
	}
	for _, c := range ds.Careers {
		figure(u.text(c.Name), "sources.salary", c.Salary)
		figure(u.text(c.Name), "sources.growth", c.Growth)
	}
	if r := ds.Reference; r != nil {
		figure(u.text(r.Name), "sources.salary", r.Salary)
		figure(u.text(r.Name), "sources.growth", r.Growth)
	}
	e := ds.Edition
	segs = append(segs, heading(u.tr("sources.edition")), para(u.text(e.Name)+": "+u.text(e.Banner)+"."))
	if cv := u.text(e.Caveat); cv != "" {
		segs = append(segs, para(cv))
	}
	if age := wording.Age(u.lang, e, u.now()); age != "" {
		segs = append(segs, para(age))
	}
	rt := widget.NewRichText(segs...)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// showSources opens Help ▸ Sources.
func (u *UI) showSources() {
	d := dialog.NewCustom(u.tr("sources.title"), u.tr("button.close"), container.NewVScroll(u.sourcesText()), u.win)
	d.Resize(u.dialogSize(760, 560))
	u.showDialog(d)
}

// licences names what the binary bundles and under which licence.
const licences = `• Fyne — BSD 3-Clause License
• go-chart v2 (wcharczuk) — MIT License
• Roboto (bundled with go-chart; every chart, the ladder, the handout PDF) — Apache License 2.0
• gopdf (signintech) — MIT License
• golang/freetype — FreeType License
• go-i18n (nicksnyder) — MIT License; BurntSushi/toml — MIT License
• golang.design/x/clipboard (Copy chart) — MIT License; jeandeaual/go-locale — MIT License
• Go, golang.org/x/image and golang.org/x/text — BSD 3-Clause License
• excelize, xuri/efp and xuri/nfp (File › Import official data…) — BSD 3-Clause License; richardlehane/mscfb and msoleps — Apache License 2.0; tiendc/go-deepcopy — MIT License; golang.org/x/net and golang.org/x/crypto — BSD 3-Clause License`

// showAbout opens Help ▸ About.
func (u *UI) showAbout() {
	logs := u.tr("about.noLog")
	if u.info.LogFile != "" {
		logs = u.tr("about.log", catalog.Args{"File": u.info.LogFile})
	}
	e := u.data.Edition
	text := strings.Join([]string{
		u.info.Name + " " + u.info.Version,
		u.tr("about.what"),
		u.tr("about.data", catalog.Args{"Edition": u.text(e.Name), "Banner": u.text(e.Banner)}),
		u.tr("about.yearly"),
		logs,
		u.tr("about.bundled") + "\n" + licences,
	}, "\n\n")
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	ooh, _ := url.Parse("https://www.bls.gov/ooh/")
	d := dialog.NewCustom(u.tr("menu.about", catalog.Args{"App": u.info.Name}), u.tr("button.close"),
		container.NewVScroll(container.NewVBox(l, widget.NewHyperlink("bls.gov/ooh", ooh))), u.win)
	d.Resize(u.dialogSize(620, 460))
	u.showDialog(d)
}

// showQuickStart opens Help ▸ Quick start: a session in five steps.
func (u *UI) showQuickStart() {
	segs := []widget.RichTextSegment{heading(u.tr("quick.title"))}
	for _, id := range []string{"quick.step1", "quick.step2", "quick.step3", "quick.step4", "quick.step5"} {
		segs = append(segs, para(u.tr(id)))
	}
	rt := widget.NewRichText(segs...)
	rt.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(u.tr("menu.quickStart"), u.tr("button.close"), container.NewVScroll(rt), u.win)
	d.Resize(u.dialogSize(640, 480))
	u.showDialog(d)
}

// modifier is the name of the shortcuts' key on this system.
func modifier() string {
	if runtime.GOOS == "darwin" {
		return "Cmd"
	}
	return "Ctrl"
}

// showShortcuts opens Help ▸ Keyboard shortcuts.
func (u *UI) showShortcuts() {
	m := modifier()
	rows := [][2]string{
		{m + "+1 … " + m + "+5", u.tr("keys.tabs")},
		{m + "+N", u.tr("keys.newSession")},
		{m + "+O", u.tr("keys.open")},
		{m + "+R", u.tr("keys.reload")},
		{m + "+E", u.tr("keys.handout")},
		{m + "+C", u.tr("keys.copy")},
		{fullScreenKeys(), u.tr("keys.fullScreen")},
		{"Esc", u.tr("keys.closeDialog")},
		{m + "+= / " + m + "+- / " + m + "+0", u.tr("keys.textSize")},
		{m + "+Q", u.tr("keys.quit")},
		{"Tab / Shift+Tab", u.tr("keys.focus")},
		{u.tr("keys.arrows"), u.tr("keys.ladder")},
	}
	form := widget.NewForm()
	for _, r := range rows {
		l := widget.NewLabel(r[1])
		l.Wrapping = fyne.TextWrapWord
		form.Append(r[0], l)
	}
	d := dialog.NewCustom(u.tr("menu.shortcuts"), u.tr("button.close"), container.NewVScroll(form), u.win)
	d.Resize(u.dialogSize(620, 420))
	u.showDialog(d)
}
