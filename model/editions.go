package model

import (
	"embed"
	"fmt"
	"strings"
)

//go:embed data/*.json
var embedded embed.FS

// Ids and files of the built-in editions.
const (
	// ArticleEdition is the id of the article's edition, the default.
	ArticleEdition = "article-2012-22"
	// BLSEdition is the id of the official BLS 2022–32 edition.
	BLSEdition = "bls-2022-32"
	// BLS2434Edition is the id of the official BLS 2024–34 edition.
	BLS2434Edition = "bls-2024-34"
	// NewestEdition is the newest official edition the app ships: the only
	// one any text may call newer.
	NewestEdition = BLS2434Edition
	// ArticleFile is the embedded file of the article's edition.
	ArticleFile = "data/article-2012-22.json"
	// BLSFile is the embedded file of the BLS 2022–32 edition.
	BLSFile = "data/bls-2022-32.json"
	// BLS2434File is the embedded file of the BLS 2024–34 edition.
	BLS2434File = "data/bls-2024-34.json"
)

// DefaultJSON returns the embedded default data file, a starting point for a
// counselor's own data.
func DefaultJSON() []byte {
	b, err := embedded.ReadFile(ArticleFile)
	if err != nil {
		// The file is compiled in; a test proves it is there.
		return nil
	}
	return b
}

// Default returns a fresh copy of the default dataset: the article's
// comparison, exactly as the article gives it.
func Default() (*Dataset, error) {
	return Load("(built-in) "+ArticleFile, DefaultJSON())
}

// EditionInfo names one built-in edition and the embedded file it is in,
// for menus that list the editions without loading them.
type EditionInfo struct {
	// ID is the edition id, as in the file's edition.id.
	ID string
	// Name is the edition name, as in the file's edition.name.
	Name Text
	// About says how old its figures are, e.g. "pay of May 2024, released
	// August 2025" (a test holds it to the file).
	About Text
	// File is the path of the embedded file, e.g. "data/bls-2022-32.json".
	File string
	// Year is the year its figures describe, as the file's edition.year.
	Year int
	// Released is the day it was published, as the file's
	// edition.released; "" for the article, which names none.
	Released string
}

// Editions lists the built-in editions, the article's (the default) first,
// then the official ones from the newest. The slice is new on every call;
// changing it changes nothing else.
func Editions() []EditionInfo {
	return []EditionInfo{
		{ID: ArticleEdition, File: ArticleFile, Year: 2012,
			Name:  Text{"Article (2012–22)", "Artículo (2012–22)"},
			About: Text{"pay of May 2012 and 2012–22 projections, from an undated college article", "salarios de mayo de 2012 y proyecciones 2012–22, de un artículo sin fecha de una universidad"}},
		{ID: BLS2434Edition, File: BLS2434File, Year: 2024, Released: "2025-08-28",
			Name:  Text{EN: "BLS 2024–34"},
			About: Text{"pay of May 2024, released August 2025 (the newest edition this app has)", "salarios de mayo de 2024, publicada en agosto de 2025 (la edición más reciente que tiene esta aplicación)"}},
		{ID: BLSEdition, File: BLSFile, Year: 2022,
			Name:  Text{EN: "BLS 2022–32"},
			About: Text{"pay of May 2022, released in 2023 (an older edition)", "salarios de mayo de 2022, publicada en 2023 (una edición anterior)"}},
	}
}

// BuiltIn returns the built-in edition with the given id.
func BuiltIn(id string) (EditionInfo, bool) {
	e, err := editionInfo(id)
	return e, err == nil
}

func editionInfo(id string) (EditionInfo, error) {
	var ids []string
	for _, e := range Editions() {
		if e.ID == id {
			return e, nil
		}
		ids = append(ids, e.ID)
	}
	return EditionInfo{}, fmt.Errorf("no built-in edition %q (the built-in editions are %s)", id, strings.Join(ids, ", "))
}

// EditionJSON returns the data file of the built-in edition with the given
// id, a fresh copy on every call.
func EditionJSON(id string) ([]byte, error) {
	e, err := editionInfo(id)
	if err != nil {
		return nil, err
	}
	b, err := embedded.ReadFile(e.File)
	if err != nil {
		return nil, fmt.Errorf("read built-in edition %s: %w", id, err)
	}
	return b, nil
}

// LoadEdition loads and checks the built-in edition with the given id. Its
// problems, if any, name the file as "(built-in) data/<file>".
func LoadEdition(id string) (*Dataset, error) {
	e, err := editionInfo(id)
	if err != nil {
		return nil, err
	}
	b, err := EditionJSON(id)
	if err != nil {
		return nil, err
	}
	// The problems already name the file; wrapping them would break their
	// FILE:LINE: field: message form.
	return Load("(built-in) "+e.File, b)
}

// OlderThanNewest reports whether an edition's figures are older than
// those of the newest edition the app ships: an edition with a warning
// (the article's), or one that describes an earlier year. An edition that
// does not say its year is not called older.
func OlderThanNewest(e Edition) bool {
	newest, _ := BuiltIn(NewestEdition)
	return !e.Warning.IsZero() || e.Year > 0 && e.Year < newest.Year
}
