package release

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"careercompare/internal/loudskip"
)

// TestMetainfo reads the AppStream metainfo that scripts/dist.sh metainfo
// writes (make test does, before go test; the Linux tarball carries the
// same file) and checks it against FyneApp.toml: what a software centre
// shows must be what the app says about itself. appstreamcli validates
// its form; this checks its values.
func TestMetainfo(t *testing.T) {
	var app struct {
		Website     string
		Description string
		Details     struct{ ID, Name, Version string }
		LinuxAndBSD struct{ Comment string }
	}
	if _, err := toml.DecodeFile(filepath.Join(root, "FyneApp.toml"), &app); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(root, "dist", app.Details.ID+".metainfo.xml")
	b, err := os.ReadFile(path)
	if err != nil {
		loudskip.Skip(t, "no %s to check: build it with scripts/dist.sh metainfo (make test does, before go test)", path)
	}
	var m struct {
		Type        string `xml:"type,attr"`
		ID          string `xml:"id"`
		Name        string `xml:"name"`
		Summary     string `xml:"summary"`
		Developer   string `xml:"developer_name"`
		Description struct {
			P []string `xml:"p"`
		} `xml:"description"`
		Launchable struct {
			Type string `xml:"type,attr"`
			ID   string `xml:",chardata"`
		} `xml:"launchable"`
		URL         string `xml:"url"`
		Screenshots []struct {
			Image string `xml:"image"`
		} `xml:"screenshots>screenshot"`
		Rating struct {
			Type string `xml:"type,attr"`
		} `xml:"content_rating"`
		Releases []struct {
			Version string `xml:"version,attr"`
			Date    string `xml:"date,attr"`
		} `xml:"releases>release"`
	}
	if err := xml.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	check := func(what, got, want string) {
		t.Helper()
		if got != want {
			t.Errorf("%s %q, want %q (if FyneApp.toml changed since, rebuild it: scripts/dist.sh metainfo)", what, got, want)
		}
	}
	check("component type", m.Type, "desktop-application")
	check("id", m.ID, app.Details.ID)
	check("name", m.Name, app.Details.Name)
	check("summary", m.Summary, app.LinuxAndBSD.Comment)
	check("developer_name", m.Developer, msiManufacturer) // the MSI's publisher
	if len(m.Description.P) == 0 {
		t.Fatal("no description")
	}
	check("description's first paragraph", m.Description.P[0], app.Description)
	check("launchable", m.Launchable.Type+" "+m.Launchable.ID, "desktop-id "+app.Details.ID+".desktop")
	check("url", m.URL, app.Website)
	check("content_rating type", m.Rating.Type, "oars-1.1")
	if len(m.Releases) != 1 {
		t.Fatalf("releases %v, want one", m.Releases)
	}
	check("release version", m.Releases[0].Version, app.Details.Version)
	if !regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`).MatchString(m.Releases[0].Date) {
		t.Errorf("release date %q", m.Releases[0].Date)
	}
	// The screenshot: docs/screenshot.png of the release's tag, as the
	// repository serves the file itself.
	if len(m.Screenshots) != 1 {
		t.Fatalf("screenshots %v, want one", m.Screenshots)
	}
	repo := strings.TrimPrefix(app.Website, "https://github.com/")
	check("screenshot", m.Screenshots[0].Image, "https://raw.githubusercontent.com/"+repo+"/v"+app.Details.Version+"/docs/screenshot.png")
	if _, err := os.Stat(filepath.Join(root, "docs", "screenshot.png")); err != nil {
		t.Errorf("the screenshot's file: %v", err)
	}
}
