package main

import (
	_ "embed"
	"strconv"
	"strings"
)

// fyneAppTOML is the app's metadata. A plain go build does not put it into
// the binary (Fyne looks for it beside the executable at run time), so it is
// embedded and read here: the version and app ID are right wherever the
// binary runs.
//
//go:embed FyneApp.toml
var fyneAppTOML string

// appMeta is what the app says about itself.
type appMeta struct {
	ID, Name, Version string
	Build             int
}

// loadMeta reads the [Details] section of the embedded FyneApp.toml.
func loadMeta() appMeta {
	m := appMeta{ID: "org.careercompare.app", Name: "Career Compare", Version: "dev"}
	section := ""
	for _, line := range strings.Split(fyneAppTOML, "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "[") {
			section = strings.Trim(line, "[] ")
			continue
		}
		key, val, ok := strings.Cut(line, "=")
		if !ok || section != "Details" {
			continue
		}
		key, val = strings.TrimSpace(key), strings.TrimSpace(val)
		str := strings.Trim(val, `"`)
		switch key {
		case "ID":
			m.ID = str
		case "Name":
			m.Name = str
		case "Version":
			m.Version = str
		case "Build":
			if n, err := strconv.Atoi(val); err == nil {
				m.Build = n
			}
		}
	}
	return m
}

// String is the version line printed by --version.
func (m appMeta) String() string {
	return m.Name + " " + m.Version + " (build " + strconv.Itoa(m.Build) + ")"
}
