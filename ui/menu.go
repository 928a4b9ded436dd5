package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"careercompare/charts"
	"careercompare/model"
)

// shortcut is Ctrl+key on Windows and Linux, Cmd+key on macOS. As a main
// menu item's shortcut it works even while a text field has focus.
func shortcut(k fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
}

func item(label string, sc fyne.Shortcut, action func()) *fyne.MenuItem {
	it := fyne.NewMenuItem(label, action)
	it.Shortcut = sc
	return it
}

// mainMenu builds File, View and Help. Every shortcut of the app is here.
func (u *UI) mainMenu() *fyne.MainMenu {
	quit := item("Quit", shortcut(fyne.KeyQ), func() {
		u.saveWindow()
		u.app.Quit()
	})
	quit.IsQuit = true
	file := fyne.NewMenu("File",
		item("Open data…", shortcut(fyne.KeyO), u.openData),
		item("Reload", shortcut(fyne.KeyR), u.reloadData),
		fyne.NewMenuItemSeparator(),
		item("Export handout…", shortcut(fyne.KeyE), func() { u.exportHandout() }),
		item("Export all charts…", nil, func() { u.exportAllCharts() }),
		fyne.NewMenuItemSeparator(),
		item("Export salary chart…", nil, func() { u.exportChart(charts.ChartSalary) }),
		item("Export growth chart…", nil, func() { u.exportChart(charts.ChartGrowth) }),
		item("Export credit ladder…", nil, func() { u.exportChart(charts.ChartLadder) }),
		fyne.NewMenuItemSeparator(),
		quit,
	)
	keys := []fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4, fyne.Key5}
	var view []*fyne.MenuItem
	for i, name := range TabNames {
		view = append(view, item(name, shortcut(keys[i]), func() { u.SelectTab(i) }))
	}
	themeItem := func(label, choice string) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, func() { u.setThemeChoice(choice) })
		it.Checked = u.theme.choice == choice
		return it
	}
	themes := fyne.NewMenuItem("Theme", nil)
	themes.ChildMenu = fyne.NewMenu("",
		themeItem("Follow the system", themeSystem),
		themeItem("Light", themeLight),
		themeItem("Dark", themeDark),
	)
	view = append(view,
		fyne.NewMenuItemSeparator(),
		item("Larger text", shortcut(fyne.KeyEqual), func() { u.setTextScale(1) }),
		item("Smaller text", shortcut(fyne.KeyMinus), func() { u.setTextScale(-1) }),
		item("Normal text size", shortcut(fyne.Key0), func() { u.setTextScale(0) }),
		themes,
	)
	editions := fyne.NewMenuItem("Edition", nil)
	var eds []*fyne.MenuItem
	for _, e := range model.Editions() {
		it := fyne.NewMenuItem(e.Name, func() { u.switchEdition(e.ID) })
		it.Checked = u.src.file == "" && u.src.edition == e.ID
		eds = append(eds, it)
	}
	editions.ChildMenu = fyne.NewMenu("", eds...)
	restore := fyne.NewMenuItem("Restore default data", u.restoreDefault)
	restore.Disabled = u.src.file == ""
	data := fyne.NewMenu("Data", editions, restore)
	help := fyne.NewMenu("Help",
		item("Sources…", nil, u.showSources),
		item("About "+u.info.Name, nil, u.showAbout),
	)
	return fyne.NewMainMenu(file, fyne.NewMenu("View", view...), data, help)
}
