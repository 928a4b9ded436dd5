package ui

import (
	"bytes"
	"errors"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"careercompare/charts"
	"careercompare/charts/export"
	"careercompare/internal/clipimage"
	"careercompare/model"
)

// ImageClipboard takes a PNG picture, as the system clipboard does; tests
// replace it.
type ImageClipboard interface {
	WritePNG(png []byte) error
}

// slideSize is the size of a copied chart: a full-HD slide.
var slideSize = charts.Size{Width: 1920, Height: 1080, Scale: 1}

// copyTarget is what Copy chart copies: the chart or ladder under the
// pointer or with the focus, else the current tab's chart; "" on a tab
// without one. ladder is the ladder of another program, when it is one of
// those.
func (u *UI) copyTarget() (chart string, ladder *model.Ladder) {
	for _, t := range u.chartTabs() {
		if t.view.Pointed() {
			return t.chart, nil
		}
	}
	if u.edu != nil {
		if other, ok := u.edu.pointed(); ok {
			return charts.ChartLadder, other
		}
	}
	switch u.tabs.SelectedIndex() {
	case TabSalary:
		return charts.ChartSalary, nil
	case TabOutlook:
		return charts.ChartGrowth, nil
	case TabEducation:
		if u.ladderOnScreen() != nil {
			return charts.ChartLadder, nil
		}
	}
	return "", nil
}

// selectedText is a field that has selected text.
type selectedText interface {
	fyne.Shortcutable
	SelectedText() string
}

// copyShortcut is Edit › Copy chart, Ctrl+C (Cmd+C): in a field with
// selected text it copies the text, as Ctrl+C always does; elsewhere it
// copies the chart.
func (u *UI) copyShortcut() {
	if f, ok := u.win.Canvas().Focused().(selectedText); ok && f.SelectedText() != "" {
		f.TypedShortcut(&fyne.ShortcutCopy{Clipboard: u.app.Clipboard()})
		return
	}
	u.copyChart()
}

// copyChart puts the chart of copyTarget on the clipboard as a PNG at
// slide size, drawn off the UI goroutine, and says when it is there.
func (u *UI) copyChart() {
	chart, other := u.copyTarget()
	if chart == "" {
		u.showDialog(dialog.NewInformation(u.tr("copy.title"), u.tr("copy.noChart"), u.win))
		return
	}
	c := u.comparison()
	if other != nil {
		c.Ladder, c.Path = other, model.NoPath()
	}
	u.copyPicture(chart, c)
}

// copyPicture draws a chart of c off the UI goroutine and puts it on the
// clipboard as a PNG at slide size.
func (u *UI) copyPicture(chart string, c model.Comparison) {
	pic := export.Picture{Chart: chart, Format: charts.PNG, Size: slideSize, Theme: u.exportTheme(), Lang: u.lang, Comparison: c}
	clip := u.clip
	u.spawn(func() {
		var buf bytes.Buffer
		err := pic.Write(&buf)
		if err == nil {
			err = clip.WritePNG(buf.Bytes())
		}
		fyne.Do(func() { u.afterCopy(chart, err) })
	})
}

// afterCopy says that the chart is on the clipboard, on its Copy button
// for a moment, or why it is not.
func (u *UI) afterCopy(chart string, err error) {
	if u.copied != nil {
		defer u.copied(chart, err)
	}
	if err != nil {
		reason := err.Error()
		switch {
		case errors.Is(err, clipimage.ErrNoDisplay):
			reason = u.tr("copy.noDisplay")
		case errors.Is(err, clipimage.ErrNoX11):
			reason = u.tr("copy.noX11")
		}
		fyne.LogError("copy chart", err)
		u.showDialog(dialog.NewInformation(u.tr("copy.failedTitle"), reason+"\n\n"+u.tr("copy.instead"), u.win))
		return
	}
	// Said where the counselor looks: in view, at the bottom of the
	// window (Ctrl+C may come with the Copy button scrolled away).
	u.toast(u.tr("copy.toast"))
	b := u.copyButton(chart)
	if b == nil {
		return
	}
	b.SetText(u.tr("copy.done"))
	b.SetIcon(theme.ConfirmIcon())
	label := u.tr("copy.button")
	u.later(2*time.Second, func() {
		b.SetText(label)
		b.SetIcon(theme.ContentCopyIcon())
	})
}

// exportTheme is the theme of exported and copied pictures: light, unless
// the window is dark and the user chose dark pictures.
func (u *UI) exportTheme() charts.Theme {
	if u.chartTheme() == charts.Dark && u.app.Preferences().Bool(prefExportDark) {
		return charts.Dark
	}
	return charts.Light
}

// chartButtons are the Copy and Export buttons under a chart, and the Copy
// button, which says when the chart is copied.
func (u *UI) chartButtons(chart string) (buttons fyne.CanvasObject, cp *widget.Button) {
	cp = widget.NewButtonWithIcon(u.tr("copy.button"), theme.ContentCopyIcon(), func() {
		u.copyPicture(chart, u.comparison())
	})
	return container.NewHBox(cp, u.exportButton(chart)), cp
}

// toast shows a short message for two seconds in a box at the bottom
// centre of the window, over its content, whatever is scrolled where.
func (u *UI) toast(text string) {
	c := u.win.Canvas()
	msg := widget.NewLabelWithStyle(text, fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	pop := widget.NewPopUp(container.NewPadded(container.NewHBox(widget.NewIcon(theme.ConfirmIcon()), msg)), c)
	size := pop.MinSize()
	pop.ShowAtPosition(fyne.NewPos((c.Size().Width-size.Width)/2, c.Size().Height-size.Height-4*theme.Padding()))
	u.toasts = append(u.toasts, pop)
	u.later(2*time.Second, func() {
		pop.Hide()
		u.toasts = slices.DeleteFunc(u.toasts, func(p *widget.PopUp) bool { return p == pop })
	})
}
