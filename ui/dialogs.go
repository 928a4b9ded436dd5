package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"careercompare/model"
	"careercompare/model/wording"
)

func heading(text string) widget.RichTextSegment {
	return &widget.TextSegment{Text: text, Style: widget.RichTextStyleSubHeading}
}

func para(text string) widget.RichTextSegment {
	return &widget.TextSegment{Text: text, Style: widget.RichTextStyleParagraph}
}

// sourcesText lists every source and every figure with where it comes from.
func (u *UI) sourcesText() *widget.RichText {
	ds := u.data
	segs := []widget.RichTextSegment{heading("Sources")}
	for _, s := range ds.Sources {
		segs = append(segs, &widget.TextSegment{Text: s.Title, Style: widget.RichTextStyle{TextStyle: fyne.TextStyle{Bold: true}}})
		for _, kv := range [][2]string{{"Publisher", s.Publisher}, {"Year", s.Year}, {"Address", s.Address}, {"Note", s.Note}} {
			if kv[1] != "" {
				segs = append(segs, &widget.TextSegment{Text: kv[0] + ": " + kv[1], Style: captionStyle})
			}
		}
	}
	segs = append(segs, heading("Figures"))
	figure := func(who, what string, f model.Figure) {
		v := onScreen(wording.Figure(f))
		line := who + ", " + what + ": " + v + " (" + f.Measure
		if f.Period != "" {
			line += ", " + f.Period
		}
		line += "). Source: " + ds.SourceLabel(f.Source)
		if f.Edition != "" {
			line += "; " + f.Edition
		}
		segs = append(segs, para(line+"."))
	}
	for _, c := range ds.Careers {
		figure(c.Name, "salary", c.Salary)
		figure(c.Name, "growth", c.Growth)
	}
	if r := ds.Reference; r != nil {
		figure(r.Name, "salary", r.Salary)
		figure(r.Name, "growth", r.Growth)
	}
	segs = append(segs, heading("Edition"), para(ds.Edition.Name+": "+ds.Edition.Banner+"."))
	rt := widget.NewRichText(segs...)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// showSources opens Help ▸ Sources.
func (u *UI) showSources() {
	d := dialog.NewCustom("Sources", "Close", container.NewVScroll(u.sourcesText()), u.win)
	d.Resize(fyne.NewSize(760, 560))
	d.Show()
}

// licences names what the binary bundles and under which licence.
const licences = `Bundled software and fonts:
• Fyne toolkit — BSD 3-Clause License
• go-chart v2 (wcharczuk) — MIT License
• Roboto font (bundled with go-chart; used for every chart, the ladder and embedded in the handout PDF) — Apache License 2.0
• gopdf (signintech) — MIT License
• golang/freetype — FreeType License
• Go and golang.org/x/image — BSD 3-Clause License`

// showAbout opens Help ▸ About.
func (u *UI) showAbout() {
	logs := "Log: messages go to the terminal the app was started from; there is no log file."
	if u.info.LogFile != "" {
		logs = "Log file: " + u.info.LogFile + " (the run before: careercompare.previous.log beside it)."
	}
	text := u.info.Name + " " + u.info.Version + "\n\n" +
		"Compares Health Informatics and Health Information Management for counseling sessions.\n" +
		"Data: " + u.data.Edition.Name + " — " + u.data.Edition.Banner + ".\n" + logs + "\n\n" + licences
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom("About "+u.info.Name, "Close", container.NewVScroll(l), u.win)
	d.Resize(fyne.NewSize(620, 420))
	d.Show()
}
