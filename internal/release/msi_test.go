package release

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"careercompare/internal/loudskip"
)

// The identities a released MSI must keep for ever: Windows Installer
// finds an installed Career Compare by its UpgradeCode (to upgrade it, or
// to refuse an older package), and each component by its GUID. Changing
// one of them makes the next release install beside the old one.
const (
	msiUpgradeCode       = "{16C3B41B-01E6-4BE4-A8CC-FC78C531D4A7}"
	msiAppComponent      = "{8D35F208-C38C-4198-A970-9E2CE4C7DE87}"
	msiShortcutComp      = "{00BB3E72-D1E2-4669-922A-0C2400FFF2A6}"
	msiManufacturer      = "The Career Compare project"
	msiComponent64Bit    = 256 // msidbComponentAttributes64bit
	msiUpgradeOnlyDetect = 2   // msidbUpgradeAttributesOnlyDetect
)

// TestWindowsMSI reads the Windows Installer package that scripts/dist.sh
// msi builds (make test does, before go test) with msitools' msiinfo, and
// checks it against FyneApp.toml and the packaged exe: the version, name
// and addresses come from the build, the install is per machine into
// Program Files with a Start-menu shortcut, the upgrade identity is the
// fixed one, and an older package refuses to replace a newer one.
func TestWindowsMSI(t *testing.T) {
	msi, err := filepath.Abs(filepath.Join(root, "dist", "CareerCompare-windows-amd64.msi"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(msi); err != nil {
		loudskip.Skip(t, "no %s to check: build it with scripts/dist.sh windows, then scripts/dist.sh msi (make test does, before go test)", msi)
	}
	if _, err := exec.LookPath("msiinfo"); err != nil {
		loudskip.Skip(t, "msiinfo (Debian package msitools) is not installed: scripts/deps.sh test installs it")
	}
	var app struct {
		Website     string
		Description string
		Details     struct{ Name, Version string }
	}
	if _, err := toml.DecodeFile(filepath.Join(root, "FyneApp.toml"), &app); err != nil {
		t.Fatal(err)
	}
	stale := " (if FyneApp.toml or the exe changed since, rebuild it: scripts/dist.sh msi)"

	props := map[string]string{}
	for _, r := range msiTable(t, msi, "Property") {
		props[r[0]] = r[1]
	}
	for k, want := range map[string]string{
		"ProductName":     app.Details.Name,
		"ProductVersion":  app.Details.Version,
		"UpgradeCode":     msiUpgradeCode,
		"Manufacturer":    msiManufacturer,
		"ALLUSERS":        "1", // per machine
		"ARPURLINFOABOUT": app.Website,
		"ARPHELPLINK":     app.Website + "#for-it-departments",
		"ARPPRODUCTICON":  "CareerCompare.ico",
		"ARPNOMODIFY":     "1",
	} {
		if props[k] != want {
			t.Errorf("Property %s = %q, want %q%s", k, props[k], want, stale)
		}
	}
	if !strings.HasPrefix(props["ProductCode"], "{") {
		t.Errorf("ProductCode %q", props["ProductCode"])
	}

	info := msiinfo(t, "suminfo", msi)
	for _, want := range []string{"Template: x64;1033", "Author: " + msiManufacturer, "Comments: " + app.Description} {
		if !strings.Contains(info, want+"\n") {
			t.Errorf("summary information has no %q:\n%s", want, info)
		}
	}

	// Where it goes: C:\Program Files\<Name>\, and the Start menu.
	dirs := map[string][2]string{} // id → parent, name
	for _, r := range msiTable(t, msi, "Directory") {
		dirs[r[0]] = [2]string{r[1], r[2]}
	}
	if d := dirs["INSTALLDIR"]; d != [2]string{"ProgramFiles64Folder", app.Details.Name} {
		t.Errorf("INSTALLDIR is %q in %q, want %q in ProgramFiles64Folder", d[1], d[0], app.Details.Name)
	}
	// One file, the exe, in a 64-bit component with the fixed GUID.
	files := msiTable(t, msi, "File")
	if len(files) != 1 || files[0][0] != "CareerCompare.exe" || files[0][1] != "App" || files[0][2] != "CareerCompare.exe" {
		t.Fatalf("File table %q, want the one CareerCompare.exe of component App", files)
	}
	comps := map[string][]string{}
	for _, r := range msiTable(t, msi, "Component") {
		comps[r[0]] = r
	}
	for id, want := range map[string][2]string{"App": {msiAppComponent, "INSTALLDIR"}, "StartMenuShortcut": {msiShortcutComp, "ProgramMenuFolder"}} {
		c := comps[id]
		if c == nil {
			t.Errorf("no component %s", id)
			continue
		}
		attr, _ := strconv.Atoi(c[3])
		if c[1] != want[0] || c[2] != want[1] || attr&msiComponent64Bit == 0 {
			t.Errorf("component %s: GUID %s in %s, attributes %s; want %s in %s, 64-bit", id, c[1], c[2], c[3], want[0], want[1])
		}
	}
	shortcuts := msiTable(t, msi, "Shortcut")
	if len(shortcuts) != 1 {
		t.Fatalf("Shortcut table %q, want one", shortcuts)
	}
	sc := shortcuts[0]
	if sc[1] != "ProgramMenuFolder" || sc[2] != app.Details.Name || sc[4] != "[INSTALLDIR]CareerCompare.exe" || sc[8] != props["ARPPRODUCTICON"] || sc[11] != "INSTALLDIR" {
		t.Errorf("shortcut %q: want %q in ProgramMenuFolder to [INSTALLDIR]CareerCompare.exe, icon %s, working folder INSTALLDIR", sc, app.Details.Name, props["ARPPRODUCTICON"])
	}
	icons := msiTable(t, msi, "Icon")
	if len(icons) != 1 || icons[0][0] != props["ARPPRODUCTICON"] {
		t.Errorf("Icon table %q, want %s", icons, props["ARPPRODUCTICON"])
	}

	// Upgrades: an older version of this UpgradeCode is removed; a newer
	// one is only detected, and the launch condition then refuses.
	var older, newer bool
	for _, r := range msiTable(t, msi, "Upgrade") {
		if r[0] != msiUpgradeCode {
			t.Errorf("Upgrade row of another UpgradeCode: %q", r)
			continue
		}
		attr, _ := strconv.Atoi(r[4])
		switch {
		case r[1] == "" && r[2] == app.Details.Version && attr&msiUpgradeOnlyDetect == 0 && r[6] == "WIX_UPGRADE_DETECTED":
			older = true
		case r[1] == app.Details.Version && r[2] == "" && attr&msiUpgradeOnlyDetect != 0 && r[6] == "WIX_DOWNGRADE_DETECTED":
			newer = true
		default:
			t.Errorf("unexpected Upgrade row %q", r)
		}
	}
	if !older || !newer {
		t.Errorf("Upgrade table: older versions removed %v, newer detected %v; want both", older, newer)
	}
	var refuses bool
	for _, r := range msiTable(t, msi, "LaunchCondition") {
		if r[0] == "NOT WIX_DOWNGRADE_DETECTED" && strings.Contains(r[1], "A newer version of "+app.Details.Name+" is already installed") {
			refuses = true
		}
	}
	if !refuses {
		t.Error("no launch condition that refuses an older package over a newer one, with its message")
	}
	var removes bool
	for _, r := range msiTable(t, msi, "InstallExecuteSequence") {
		removes = removes || r[0] == "RemoveExistingProducts"
	}
	if !removes {
		t.Error("InstallExecuteSequence has no RemoveExistingProducts: an upgrade would leave the old version")
	}

	// The exe inside is the one scripts/dist.sh built.
	if _, err := exec.LookPath("msiextract"); err != nil {
		t.Fatalf("msiextract: %v (msitools has both)", err)
	}
	dir := t.TempDir()
	if out, err := exec.Command("msiextract", "-C", dir, msi).CombinedOutput(); err != nil {
		t.Fatalf("msiextract: %v\n%s", err, out)
	}
	inside, err := os.ReadFile(filepath.Join(dir, app.Details.Name, "CareerCompare.exe")) // msiextract drops ProgramFiles64Folder
	if err != nil {
		t.Fatal(err)
	}
	built, err := os.ReadFile(filepath.Join(root, "dist", "CareerCompare.exe"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(inside, built) {
		t.Errorf("the exe in the MSI (%d bytes) is not dist/CareerCompare.exe (%d bytes)%s", len(inside), len(built), stale)
	}
	if files[0][3] != strconv.Itoa(len(built)) {
		t.Errorf("File table size %s, the exe has %d bytes", files[0][3], len(built))
	}
	t.Logf("%s: %s %s by %s, product %s, upgrade code %s; %s (%d bytes) into [ProgramFiles64Folder]%s; shortcut in ProgramMenuFolder",
		msi, props["ProductName"], props["ProductVersion"], props["Manufacturer"], props["ProductCode"], props["UpgradeCode"], files[0][2], len(built), app.Details.Name)
}

func msiinfo(t *testing.T, args ...string) string {
	t.Helper()
	cmd := exec.Command("msiinfo", args...)
	// msiinfo export writes a table's binary columns (the Icon table's
	// icon) as files under the folder it runs in: not into the source tree.
	cmd.Dir = t.TempDir()
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("msiinfo %s: %v", strings.Join(args, " "), err)
	}
	return strings.ReplaceAll(string(out), "\r\n", "\n")
}

// msiTable is a table's rows, as msiinfo export writes it: tab-separated,
// after three lines of column names, types and the table's keys.
func msiTable(t *testing.T, msi, table string) [][]string {
	t.Helper()
	lines := strings.Split(strings.TrimRight(msiinfo(t, "export", msi, table), "\n"), "\n")
	if len(lines) < 3 {
		t.Fatalf("msiinfo export %s: %q", table, lines)
	}
	cols := len(strings.Split(lines[0], "\t"))
	var rows [][]string
	for _, l := range lines[3:] {
		r := strings.Split(l, "\t")
		if len(r) != cols {
			t.Fatalf("table %s: row %q has %d columns, want %d", table, l, len(r), cols)
		}
		rows = append(rows, r)
	}
	return rows
}
