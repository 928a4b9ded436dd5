package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"careercompare/charts"
	"careercompare/internal/catalog"
	"careercompare/model"
	"careercompare/model/wording"
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

// tabKeys are the keys of the tabs' shortcuts, Ctrl+1…5.
var tabKeys = []fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4, fyne.Key5}

// mainMenu builds File, Edit, View, Data and Help in the window's language.
// Every shortcut of the app is here.
func (u *UI) mainMenu() *fyne.MainMenu {
	// Ctrl+C (Cmd+C) copies the chart, or the text selected in a field.
	edit := fyne.NewMenu(u.tr("menu.edit"), item(u.tr("menu.copyChart"), &fyne.ShortcutCopy{}, u.copyShortcut))
	return fyne.NewMainMenu(u.fileMenu(), edit, u.viewMenu(), u.dataMenu(), u.helpMenu())
}

// fileMenu is File: a new session, the data, the exports, Quit.
func (u *UI) fileMenu() *fyne.Menu {
	quit := item(u.tr("menu.quit"), shortcut(fyne.KeyQ), func() {
		u.saveWindow()
		u.app.Quit()
	})
	quit.IsQuit = true
	exportLadder := item(u.tr("menu.exportLadder"), nil, func() { u.exportChart(charts.ChartLadder) })
	// The careers compared have a credit ladder to export, or not.
	exportLadder.Disabled = u.compared().Ladder == nil
	reload := item(u.tr("menu.reload"), shortcut(fyne.KeyR), u.reloadData)
	reload.Disabled = u.src.file == ""
	return fyne.NewMenu(u.tr("menu.file"),
		item(u.tr("menu.newSession"), shortcut(fyne.KeyN), u.newSession),
		fyne.NewMenuItemSeparator(),
		item(u.tr("menu.open"), shortcut(fyne.KeyO), u.openData),
		reload,
		item(u.tr("menu.import"), nil, func() { u.importData() }),
		fyne.NewMenuItemSeparator(),
		item(u.tr("menu.exportHandout"), shortcut(fyne.KeyE), func() { u.exportHandout() }),
		item(u.tr("menu.exportAll"), nil, func() { u.exportAllCharts() }),
		fyne.NewMenuItemSeparator(),
		item(u.tr("menu.exportSalary"), nil, func() { u.exportChart(charts.ChartSalary) }),
		item(u.tr("menu.exportGrowth"), nil, func() { u.exportChart(charts.ChartGrowth) }),
		exportLadder,
		fyne.NewMenuItemSeparator(),
		quit,
	)
}

// viewMenu is View: the tabs, the text size, the theme, the language and
// full screen.
func (u *UI) viewMenu() *fyne.Menu {
	var view []*fyne.MenuItem
	for i, id := range tabIDs {
		view = append(view, item(u.tr(id), shortcut(tabKeys[i]), func() { u.SelectTab(i) }))
	}
	themeItem := func(label, choice string) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, func() { u.setThemeChoice(choice) })
		it.Checked = u.theme.choice == choice
		return it
	}
	themes := fyne.NewMenuItem(u.tr("menu.theme"), nil)
	themes.ChildMenu = fyne.NewMenu("",
		themeItem(u.tr("menu.themeSystem"), themeSystem),
		themeItem(u.tr("menu.themeLight"), themeLight),
		themeItem(u.tr("menu.themeDark"), themeDark),
	)
	langItem := func(label string, lang model.Lang) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, func() { u.setLang(lang) })
		it.Checked = u.lang == lang
		return it
	}
	langs := fyne.NewMenuItem(u.tr("menu.language"), nil)
	// Each language is named in itself, so that a reader finds their own.
	langs.ChildMenu = fyne.NewMenu("", langItem("English", model.English), langItem("Español", model.Spanish))
	fullScreen := item(u.tr("menu.fullScreen"), fullScreenShortcut(), func() { u.setFullScreen(!u.fullScreen) })
	fullScreen.Checked = u.fullScreen
	view = append(view,
		fyne.NewMenuItemSeparator(),
		item(u.tr("menu.larger"), shortcut(fyne.KeyEqual), func() { u.setTextScale(1) }),
		item(u.tr("menu.smaller"), shortcut(fyne.KeyMinus), func() { u.setTextScale(-1) }),
		item(u.tr("menu.normalSize"), shortcut(fyne.Key0), func() { u.setTextScale(0) }),
		themes,
		langs,
		fyne.NewMenuItemSeparator(),
		fullScreen,
	)
	return fyne.NewMenu(u.tr("menu.view"), view...)
}

// dataMenu is Data: the built-in editions (and how to bring in a later
// one), and the way back to them from a file.
func (u *UI) dataMenu() *fyne.Menu {
	editions := fyne.NewMenuItem(u.tr("menu.edition"), nil)
	var eds []*fyne.MenuItem
	for _, e := range model.Editions() {
		it := fyne.NewMenuItem(u.tr("menu.editionItem", catalog.Args{"Name": e.Name.In(u.lang), "About": e.About.In(u.lang)}), func() { u.switchEdition(e.ID) })
		it.Checked = u.src.file == "" && u.src.edition == e.ID
		eds = append(eds, it)
	}
	if newest, _ := model.BuiltIn(model.NewestEdition); wording.Superseded(u.lang, model.Edition{Released: newest.Released}, u.now()) != "" {
		// BLS has probably published since the newest edition here: how
		// to bring it in.
		later := fyne.NewMenuItem(u.tr("menu.editionLater"), func() { u.importData() })
		eds = append(eds, fyne.NewMenuItemSeparator(), later)
	}
	editions.ChildMenu = fyne.NewMenu("", eds...)
	restore := fyne.NewMenuItem(u.tr("menu.restore"), u.restoreDefault)
	restore.Disabled = u.src.file == ""
	return fyne.NewMenu(u.tr("menu.data"), editions, restore)
}

// helpMenu is Help: the quick start, the shortcuts, the sources, About.
func (u *UI) helpMenu() *fyne.Menu {
	return fyne.NewMenu(u.tr("menu.help"),
		item(u.tr("menu.quickStart"), nil, u.showQuickStart),
		item(u.tr("menu.shortcuts"), nil, u.showShortcuts),
		fyne.NewMenuItemSeparator(),
		item(u.tr("menu.sources"), nil, u.showSources),
		item(u.tr("menu.about", catalog.Args{"App": u.info.Name}), nil, u.showAbout),
	)
}
