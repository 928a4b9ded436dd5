package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
)

// The system's file and folder dialogs, behind the interfaces the window
// asks through, which tests replace.

// FileOpener asks for a data file to open. Tests replace it.
type FileOpener interface {
	// OpenFile calls done with the chosen path, or "" on cancel.
	OpenFile(w fyne.Window, done func(path string))
}

// dialogFileOpener asks with Fyne's open dialog, for files of the
// extensions exts (".json"), starting in the folder folder gives, where it
// gives one that exists.
type dialogFileOpener struct {
	exts   []string
	folder func() string
}

func (o dialogFileOpener) OpenFile(w fyne.Window, done func(string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			done("")
			return
		}
		path := r.URI().Path()
		r.Close()
		done(path)
	}, w)
	d.SetFilter(storage.NewExtensionFileFilter(o.exts))
	if o.folder != nil {
		if dir := o.folder(); dir != "" {
			if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
				d.SetLocation(l)
			}
		}
	}
	// Shown first: Fyne 2.8.1's FileDialog.Resize reads the size of the
	// dialog's window, which Show makes (before, a nil dereference).
	d.Show()
	d.Resize(fyne.NewSize(760, 520))
}

// FolderPicker asks for a folder to save into. Fyne's own save dialog
// empties the chosen file before the app writes it, so exports ask for a
// folder and write the file themselves. Tests replace the picker.
type FolderPicker interface {
	// PickFolder calls done with the chosen folder, or "" on cancel.
	PickFolder(w fyne.Window, start string, done func(dir string))
}

type dialogFolderPicker struct{}

func (dialogFolderPicker) PickFolder(w fyne.Window, start string, done func(string)) {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil || u == nil {
			done("")
			return
		}
		done(u.Path())
	}, w)
	if start != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(start)); err == nil {
			d.SetLocation(l)
		}
	}
	// Shown first: Fyne 2.8.1's FileDialog.Resize reads the size of the
	// dialog's window, which Show makes (before, a nil dereference).
	d.Show()
	d.Resize(fyne.NewSize(760, 520))
}
