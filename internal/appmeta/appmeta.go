// Package appmeta reads what the app says about itself (its ID, name,
// version and build) from FyneApp.toml, which main.go embeds.
package appmeta

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/BurntSushi/toml"
)

// Meta is what the app says about itself: the [Details] of FyneApp.toml.
type Meta struct {
	ID      string `toml:"ID"`
	Name    string `toml:"Name"`
	Version string `toml:"Version"`
	Build   int    `toml:"Build"`
}

// Parse reads the [Details] section of FyneApp.toml.
func Parse(fyneAppTOML []byte) (Meta, error) {
	var doc struct {
		Details Meta `toml:"Details"`
	}
	if err := toml.Unmarshal(fyneAppTOML, &doc); err != nil {
		return Meta{}, fmt.Errorf("FyneApp.toml: %w", err)
	}
	m := doc.Details
	if m.ID == "" || m.Name == "" || m.Version == "" {
		return Meta{}, errors.New("FyneApp.toml: [Details] needs ID, Name and Version")
	}
	return m, nil
}

// String is the version line printed by --version.
func (m Meta) String() string {
	return m.Name + " " + m.Version + " (build " + strconv.Itoa(m.Build) + ")"
}
