package release

import (
	"bytes"
	"debug/buildinfo"
	"debug/pe"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"careercompare/internal/loudskip"

	"github.com/tc-hib/winres"

	"careercompare/internal/appmeta"
)

// root is the repository, two folders up from this package.
const root = "../.."

// TestWindowsExe opens the cross-built exe and checks that it is what a
// Windows user should get: amd64, a GUI program (no console window), an
// icon, a manifest and version information that carries FyneApp.toml's
// version, built with -trimpath and stripped.
func TestWindowsExe(t *testing.T) {
	exes, _ := filepath.Glob(filepath.Join(root, "dist", "*.exe"))
	if len(exes) == 0 {
		msg := "no dist/*.exe to check: build it with scripts/dist.sh windows (make test does, before go test)"
		loudskip.Skip(t, "%s", msg)
	}
	b, err := os.ReadFile(filepath.Join(root, "FyneApp.toml"))
	if err != nil {
		t.Fatal(err)
	}
	meta, err := appmeta.Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	for _, exe := range exes {
		t.Run(filepath.Base(exe), func(t *testing.T) { checkWindowsExe(t, exe, meta) })
	}
}

func checkWindowsExe(t *testing.T, exe string, meta appmeta.Meta) {
	stale := " (if FyneApp.toml changed since, rebuild it: scripts/dist.sh windows)"
	f, err := pe.Open(exe)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if f.Machine != pe.IMAGE_FILE_MACHINE_AMD64 {
		t.Errorf("machine %#x, want AMD64", f.Machine)
	}
	oh, ok := f.OptionalHeader.(*pe.OptionalHeader64)
	if !ok {
		t.Fatalf("optional header %T, want PE32+", f.OptionalHeader)
	}
	if oh.Subsystem != pe.IMAGE_SUBSYSTEM_WINDOWS_GUI {
		t.Errorf("subsystem %d, want WINDOWS_GUI (%d): a console window would open beside the app", oh.Subsystem, pe.IMAGE_SUBSYSTEM_WINDOWS_GUI)
	}
	// Stripped (-s -w): no COFF symbols, no DWARF.
	if len(f.Symbols) != 0 {
		t.Errorf("%d symbols: not stripped", len(f.Symbols))
	}
	for _, s := range f.Sections {
		if strings.HasPrefix(s.Name, ".debug_") || strings.HasPrefix(s.Name, ".zdebug_") || strings.HasPrefix(s.Name, "/") {
			t.Errorf("section %q: debug information left in", s.Name)
		}
	}
	// -trimpath and the release tag (which makes applog write the log
	// file), as recorded by the go command, and no path of this machine.
	bi, err := buildinfo.ReadFile(exe)
	if err != nil {
		t.Fatal(err)
	}
	settings := map[string]string{}
	for _, s := range bi.Settings {
		settings[s.Key] = s.Value
	}
	if settings["-trimpath"] != "true" || !strings.Contains(","+settings["-tags"]+",", ",release,") ||
		settings["GOOS"] != "windows" || settings["GOARCH"] != "amd64" || settings["CGO_ENABLED"] != "1" {
		t.Errorf("build settings %v, want -trimpath, -tags release, windows/amd64 with cgo", settings)
	}
	checkTags(t, exe, appTags(t))
	data, err := os.ReadFile(exe)
	if err != nil {
		t.Fatal(err)
	}
	if wd, _ := filepath.Abs(root); bytes.Contains(data, []byte(wd+"/")) {
		t.Errorf("the exe contains the path %s: not built with -trimpath", wd)
	}

	rs, err := winres.LoadFromEXE(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("resources: %v", err)
	}
	// The icon: a group whose images are all there (GetIcon fails on a
	// missing one), one of them 32 px or more.
	var groups []winres.Identifier
	rs.WalkType(winres.RT_GROUP_ICON, func(id winres.Identifier, _ uint16, _ []byte) bool {
		groups = append(groups, id)
		return true
	})
	if len(groups) == 0 {
		t.Error("no RT_GROUP_ICON: Explorer and the taskbar would show a blank icon")
	}
	var sizes []int
	for _, g := range groups {
		icon, err := rs.GetIcon(g)
		if err != nil {
			t.Errorf("icon group %v: %v", g, err)
			continue
		}
		px, err := iconSizes(icon)
		if err != nil {
			t.Errorf("icon group %v: %v", g, err)
		}
		sizes = append(sizes, px...)
	}
	if len(sizes) == 0 || slices.Max(sizes) < 32 {
		t.Errorf("icon images %v px, want one of 32 px or more", sizes)
	}
	if countType(rs, winres.RT_MANIFEST) == 0 {
		t.Error("no RT_MANIFEST")
	}

	// The version: FyneApp.toml's Version and Build, e.g. 0.1.0 build 1 →
	// 0.1.0.1, in VS_FIXEDFILEINFO and in StringFileInfo.
	var raw [][]byte
	rs.WalkType(winres.RT_VERSION, func(_ winres.Identifier, _ uint16, d []byte) bool {
		raw = append(raw, d)
		return true
	})
	if len(raw) != 1 {
		t.Fatalf("%d RT_VERSION resources, want 1", len(raw))
	}
	fileVersion, err := fixedFileVersion(raw[0])
	if err != nil {
		t.Fatal(err)
	}
	want := appVersion(t, meta)
	if fileVersion != want {
		t.Errorf("VS_FIXEDFILEINFO file version %v, want %v from FyneApp.toml%s", fileVersion, want, stale)
	}
	strs := versionStrings(raw[0])
	wantText := fmt.Sprintf("%d.%d.%d.%d", want[0], want[1], want[2], want[3])
	if pv := strs["ProductVersion"]; pv != wantText {
		t.Errorf("StringFileInfo ProductVersion %q, want %q%s", pv, wantText, stale)
	}
	if fv, ok := strs["FileVersion"]; ok && !strings.HasPrefix(fv, meta.Version) {
		t.Errorf("StringFileInfo FileVersion %q, want %s…%s", fv, meta.Version, stale)
	}
	if strs["ProductName"] != meta.Name {
		t.Errorf("StringFileInfo ProductName %q, want %q", strs["ProductName"], meta.Name)
	}
	t.Logf("%s: %d bytes; %d resources; icon images %v px; version %v; strings %q", exe, len(data), rs.Count(), sizes, fileVersion, strs)
}

// appVersion is the four-part version fyne package writes: Version
// (x.y.z), then Build.
func appVersion(t *testing.T, meta appmeta.Meta) [4]uint16 {
	t.Helper()
	parts := strings.Split(meta.Version, ".")
	if len(parts) != 3 {
		t.Fatalf("FyneApp.toml Version %q, want x.y.z", meta.Version)
	}
	var v [4]uint16
	for i, p := range parts {
		n, err := strconv.ParseUint(p, 10, 16)
		if err != nil {
			t.Fatalf("FyneApp.toml Version %q: %v", meta.Version, err)
		}
		v[i] = uint16(n)
	}
	v[3] = uint16(meta.Build)
	return v
}

// fixedFileVersion reads the file version of VS_FIXEDFILEINFO, which
// follows its signature 0xFEEF04BD in a VS_VERSIONINFO resource.
// (tc-hib/winres/version parses only UTF-16 string tables; the fyne tool
// writes code page 1252, so the two parts are read here.)
func fixedFileVersion(vi []byte) ([4]uint16, error) {
	i := bytes.Index(vi, []byte{0xBD, 0x04, 0xEF, 0xFE})
	if i < 0 || i+16 > len(vi) {
		return [4]uint16{}, fmt.Errorf("no VS_FIXEDFILEINFO in %d bytes", len(vi))
	}
	ms, ls := binary.LittleEndian.Uint32(vi[i+8:]), binary.LittleEndian.Uint32(vi[i+12:])
	return [4]uint16{uint16(ms >> 16), uint16(ms), uint16(ls >> 16), uint16(ls)}, nil
}

// versionStrings reads the StringFileInfo of a VS_VERSIONINFO resource:
// each String is a NUL-terminated UTF-16 key, padding NULs, and its
// NUL-terminated value.
func versionStrings(vi []byte) map[string]string {
	u := make([]uint16, len(vi)/2)
	for i := range u {
		u[i] = binary.LittleEndian.Uint16(vi[2*i:])
	}
	text := string(utf16.Decode(u))
	out := map[string]string{}
	for _, key := range []string{"ProductName", "ProductVersion", "FileVersion", "CompanyName", "FileDescription"} {
		_, rest, ok := strings.Cut(text, key+"\x00")
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, "\x00")
		if v, _, ok := strings.Cut(rest, "\x00"); ok {
			out[key] = v
		}
	}
	return out
}

// iconSizes reads the widths of an icon's images from its ICO header
// (ICONDIR, then 16-byte entries whose first byte is the width; 0 means
// 256).
func iconSizes(icon *winres.Icon) ([]int, error) {
	var ico bytes.Buffer
	if err := icon.SaveICO(&ico); err != nil {
		return nil, err
	}
	b := ico.Bytes()
	if len(b) < 6 {
		return nil, fmt.Errorf("ICO of %d bytes", len(b))
	}
	n := int(binary.LittleEndian.Uint16(b[4:6]))
	var out []int
	for i := 0; i < n && 6+16*i < len(b); i++ {
		w := int(b[6+16*i])
		if w == 0 {
			w = 256
		}
		out = append(out, w)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no images")
	}
	return out, nil
}

func countType(rs *winres.ResourceSet, typ winres.Identifier) int {
	n := 0
	rs.WalkType(typ, func(winres.Identifier, uint16, []byte) bool { n++; return true })
	return n
}
