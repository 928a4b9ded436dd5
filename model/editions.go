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
	// ArticleFile is the embedded file of the article's edition.
	ArticleFile = "data/article-2012-22.json"
	// BLSFile is the embedded file of the BLS 2022–32 edition.
	BLSFile = "data/bls-2022-32.json"
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

// EditionInfo names one built-in edition and the embedded file it is in.
type EditionInfo struct {
	// ID is the edition id, as in the file's edition.id.
	ID string
	// Name is the edition name for menus, as in the file's edition.name.
	Name string
	// File is the path of the embedded file, e.g. "data/bls-2022-32.json".
	File string
}

// Editions lists the built-in editions, the article's (the default) first.
// The slice is new on every call; changing it changes nothing else.
func Editions() []EditionInfo {
	return []EditionInfo{
		{ID: ArticleEdition, Name: "Article (2012–22)", File: ArticleFile},
		{ID: BLSEdition, Name: "BLS 2022–32", File: BLSFile},
	}
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
