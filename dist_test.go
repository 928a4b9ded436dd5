package main

// Checks of what ships: the Windows exe that scripts/dist.sh builds, the
// GitHub workflows that build the packages, and the log file of the
// Windows GUI build.

import (
	"bytes"
	"debug/buildinfo"
	"debug/pe"
	"errors"
	"io"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"careercompare/internal/winres"
)

// TestDist_WindowsExe opens the cross-built exe (make test builds it with
// scripts/dist.sh windows before go test) and checks that it is what a
// Windows user should get: amd64, a GUI program (no console window), an
// icon, a manifest and version information that carries FyneApp.toml's
// version, built with -trimpath and stripped.
func TestDist_WindowsExe(t *testing.T) {
	exes, _ := filepath.Glob(filepath.Join("dist", "*.exe"))
	if len(exes) == 0 {
		t.Skip("no dist/*.exe to check: build it with scripts/dist.sh windows (or make dist); make test does this before go test")
	}
	meta := loadMeta()
	for _, exe := range exes {
		t.Run(filepath.Base(exe), func(t *testing.T) { checkWindowsExe(t, exe, meta) })
	}
}

func checkWindowsExe(t *testing.T, exe string, meta appMeta) {
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
	if gui, err := isWindowsGUI(exe); err != nil || !gui {
		t.Errorf("isWindowsGUI(%s) = %v, %v; the log file would not be used", exe, gui, err)
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
	// -trimpath and the release tag, as recorded by the go command, and no
	// path of this machine inside.
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
	data, err := os.ReadFile(exe)
	if err != nil {
		t.Fatal(err)
	}
	if wd, _ := filepath.Abs("."); bytes.Contains(data, []byte(wd+"/")) {
		t.Errorf("the exe contains the path %s: not built with -trimpath", wd)
	}

	rs, err := winres.Read(f)
	if err != nil {
		t.Fatalf("resources: %v", err)
	}
	// The icon: a group whose images are all there.
	groups := winres.Find(rs, winres.TypeGroupIcon)
	if len(groups) == 0 {
		t.Error("no RT_GROUP_ICON: Explorer and the taskbar would show a blank icon")
	}
	icons := map[uint16]winres.Resource{}
	for _, r := range winres.Find(rs, winres.TypeIcon) {
		if r.Name.Name == "" {
			icons[r.Name.Num] = r
		}
	}
	var sizes []int
	for _, g := range groups {
		imgs, err := winres.ParseGroupIcon(g.Data)
		if err != nil {
			t.Errorf("icon group %v: %v", g.Name, err)
			continue
		}
		largest := 0
		for _, img := range imgs {
			largest = max(largest, img.Width)
			sizes = append(sizes, img.Width)
			if ic, ok := icons[img.ID]; !ok || uint32(len(ic.Data)) != img.Size {
				t.Errorf("icon group %v: image %d (%d px, %d bytes) missing or of another size", g.Name, img.ID, img.Width, img.Size)
			}
		}
		if len(imgs) == 0 || largest < 32 {
			t.Errorf("icon group %v: images %+v, want one of 32 px or more", g.Name, imgs)
		}
	}
	if len(winres.Find(rs, winres.TypeManifest)) == 0 {
		t.Error("no RT_MANIFEST")
	}

	// The version: FyneApp.toml's Version and Build, e.g. 0.1.0 build 1 →
	// 0.1.0.1, in VS_FIXEDFILEINFO and in StringFileInfo.
	versions := winres.Find(rs, winres.TypeVersion)
	if len(versions) != 1 {
		t.Fatalf("%d RT_VERSION resources, want 1", len(versions))
	}
	vi, err := winres.ParseVersionInfo(versions[0].Data)
	if err != nil {
		t.Fatal(err)
	}
	want := appVersion(t, meta)
	if vi.FileVersion != want {
		t.Errorf("VS_FIXEDFILEINFO file version %v, want %v from FyneApp.toml%s", vi.FileVersion, want, stale)
	}
	if pv := vi.Strings["ProductVersion"]; pv != want.String() {
		t.Errorf("StringFileInfo ProductVersion %q, want %q%s", pv, want.String(), stale)
	}
	if fv, ok := vi.Strings["FileVersion"]; ok && !strings.HasPrefix(fv, meta.Version) {
		t.Errorf("StringFileInfo FileVersion %q, want %s…%s", fv, meta.Version, stale)
	}
	if vi.Strings["ProductName"] != meta.Name {
		t.Errorf("StringFileInfo ProductName %q, want %q", vi.Strings["ProductName"], meta.Name)
	}
	var list []string
	for _, r := range rs {
		list = append(list, r.Type.String()+"/"+r.Name.String()+":"+strconv.Itoa(len(r.Data)))
	}
	t.Logf("%s: %d bytes; resources (type/name:bytes) %v; icon images %v px; version %v; strings %q", exe, len(data), list, sizes, vi.FileVersion, vi.Strings)
}

// appVersion is the four-part version fyne package writes: Version
// (x.y.z), then Build.
func appVersion(t *testing.T, meta appMeta) winres.Version {
	t.Helper()
	parts := strings.Split(meta.Version, ".")
	if len(parts) != 3 {
		t.Fatalf("FyneApp.toml Version %q, want x.y.z", meta.Version)
	}
	var v winres.Version
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

// job is what the workflow test reads of a GitHub Actions job.
type job struct {
	RunsOn   string `yaml:"runs-on"`
	Needs    any    `yaml:"needs"`
	Strategy struct {
		Matrix map[string]any `yaml:"matrix"`
	} `yaml:"strategy"`
	Steps []struct {
		Run  string            `yaml:"run"`
		Uses string            `yaml:"uses"`
		With map[string]string `yaml:"with"`
	} `yaml:"steps"`
}

type workflow struct {
	On   map[string]any `yaml:"on"`
	Jobs map[string]job `yaml:"jobs"`
}

func readWorkflow(t *testing.T, name string) workflow {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(".github", "workflows", name))
	if err != nil {
		t.Fatal(err)
	}
	var w workflow
	if err := yaml.Unmarshal(b, &w); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if len(w.Jobs) == 0 {
		t.Fatalf("%s: no jobs", name)
	}
	return w
}

// runners lists the runner labels a job runs on, following ${{ matrix.X }}.
func (j job) runners() []string {
	label := strings.TrimSpace(j.RunsOn)
	if !strings.HasPrefix(label, "${{") {
		return []string{label}
	}
	key := strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(label, "${{"), "}}"))
	key = strings.TrimPrefix(key, "matrix.")
	var out []string
	add := func(v any) {
		if s, ok := v.(string); ok {
			out = append(out, s)
		}
	}
	if list, ok := j.Strategy.Matrix[key].([]any); ok {
		for _, v := range list {
			add(v)
		}
	}
	if incl, ok := j.Strategy.Matrix["include"].([]any); ok {
		for _, e := range incl {
			if m, ok := e.(map[string]any); ok {
				add(m[key])
			}
		}
	}
	return out
}

func (j job) script() string {
	var b strings.Builder
	for _, s := range j.Steps {
		b.WriteString(s.Run + "\n")
	}
	return b.String()
}

// TestWorkflows: pull requests run make test on Linux and the pure-Go tests
// on Windows and macOS; a v* tag builds the three packages and publishes
// them.
func TestWorkflows(t *testing.T) {
	ci := readWorkflow(t, "ci.yml")
	if _, ok := ci.On["pull_request"]; !ok {
		t.Errorf("ci.yml: not run on pull requests: on = %v", ci.On)
	}
	onRunner := map[string]string{} // runner label → what its jobs run
	for _, j := range ci.Jobs {
		for _, r := range j.runners() {
			onRunner[r] += j.script()
		}
	}
	if !strings.Contains(onRunner["ubuntu-latest"], "make test") {
		t.Errorf("ci.yml: no make test on ubuntu-latest: %q", onRunner)
	}
	for _, r := range []string{"windows-latest", "macos-latest"} {
		if !strings.Contains(onRunner[r], "go test ./model/... ./charts/...") {
			t.Errorf("ci.yml: no go test ./model/... ./charts/... on %s: %q", r, onRunner[r])
		}
	}

	rel := readWorkflow(t, "release.yml")
	push, _ := rel.On["push"].(map[string]any)
	tags, _ := push["tags"].([]any)
	if len(tags) == 0 || tags[0] != "v*" {
		t.Errorf("release.yml: not run on a v* tag: on = %v", rel.On)
	}
	var all string
	runners := map[string]bool{}
	for _, j := range rel.Jobs {
		all += j.script()
		for _, r := range j.runners() {
			runners[r] = true
		}
	}
	for _, want := range []string{
		"make dist", // Linux .tar.xz and the Windows .zip, as scripts/dist.sh builds and checks them
		"CareerCompare-linux-amd64.tar.xz",
		"CareerCompare-windows-amd64.zip",
		"fyne.io/tools/cmd/fyne@v1.7.4 package -os darwin",
		"gh release create",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("release.yml: no %q in its steps", want)
		}
	}
	linux := false
	for r := range runners {
		linux = linux || strings.HasPrefix(r, "ubuntu-")
	}
	if !linux || !runners["macos-latest"] || !runners["macos-15-intel"] {
		t.Errorf("release.yml runners %v: want ubuntu (Linux, Windows), macos-latest (arm64) and macos-15-intel (amd64)", runners)
	}
}

// TestLogFile: the log file of a Windows GUI build, exercised here through
// startFileLog, which startLogging calls there.
func TestLogFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "CareerCompare") // does not exist yet
	prev := log.Writer()
	meta := appMeta{Name: "Career Compare", Version: "9.8.7", Build: 6}
	var shown []string
	show := func(path string) { shown = append(shown, path) }

	var stderr bytes.Buffer
	errOut, end := startFileLog(dir, meta, &stderr, true, show)
	path := filepath.Join(dir, logFileName)
	if logFilePath() != path {
		t.Errorf("logFilePath() = %q, want %q", logFilePath(), path)
	}
	log.Println("Fyne error:  something") // how Fyne logs
	_, _ = io.WriteString(errOut, "my.json:3: careers[0].salary: negative\n")
	endWith(end, errors.New("no window"))
	if log.Writer() != prev || logFilePath() != "" {
		t.Error("the log was not given back after the command ended")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Career Compare 9.8.7 (build 6) started", "Fyne error:  something", "my.json:3: careers[0].salary: negative", "careercompare: no window"} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("log file lacks %q:\n%s", want, b)
		}
	}
	// With a working stderr, the lines go there too, except the final
	// error, which run prints there itself; nothing needs showing.
	if s := stderr.String(); !strings.Contains(s, "Fyne error") || !strings.Contains(s, "my.json:3") || strings.Contains(s, "no window") {
		t.Errorf("stderr got %q", s)
	}
	if len(shown) != 0 {
		t.Errorf("shown %q with a working stderr", shown)
	}

	// The next run starts the file afresh and keeps this one as the
	// previous; without a working stderr nothing goes there, and an error
	// shows the file.
	stderr.Reset()
	_, end = startFileLog(dir, meta, &stderr, false, show)
	log.Println("second run")
	endWith(end, exitError(1))
	b, _ = os.ReadFile(path)
	if bytes.Contains(b, []byte("no window")) || !bytes.Contains(b, []byte("second run")) || !bytes.Contains(b, []byte("exit code 1")) || stderr.Len() != 0 {
		t.Errorf("second run: stderr %q, file:\n%s", stderr.String(), b)
	}
	if old, _ := os.ReadFile(filepath.Join(dir, prevLogFileName)); !bytes.Contains(old, []byte("no window")) {
		t.Errorf("the previous run's log was not kept: %q", old)
	}
	if len(shown) != 1 || shown[0] != path {
		t.Errorf("shown %q, want the log file once", shown)
	}

	// A clean quit shows nothing.
	_, end = startFileLog(dir, meta, &stderr, false, show)
	endWith(end, nil)
	if b, _ = os.ReadFile(path); !bytes.Contains(b, []byte(" quit\n")) || len(shown) != 1 {
		t.Errorf("clean quit: shown %q, file:\n%s", shown, b)
	}

	// A folder that cannot be made: one line on stderr, the log stays put.
	stderr.Reset()
	blocker := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(blocker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	w, end := startFileLog(filepath.Join(blocker, "CareerCompare"), meta, &stderr, false, show)
	endWith(end, errors.New("x"))
	if w != &stderr || log.Writer() != prev || !strings.Contains(stderr.String(), "cannot write the log file") || logFilePath() != "" || len(shown) != 1 {
		t.Errorf("unwritable folder: stderr %q, shown %q", stderr.String(), shown)
	}
}

// endWith ends a log as the window command does, with defer.
func endWith(end endLogFunc, err error) {
	defer end(&err)
}

// TestLogFile_Panic: a panic on its way out of the window command (no
// OpenGL, say) is recorded and goes on.
func TestLogFile_Panic(t *testing.T) {
	dir := t.TempDir()
	prev, prevFlags := log.Writer(), log.Flags()
	defer func() {
		log.SetOutput(prev)
		log.SetFlags(prevFlags)
		_ = debug.SetCrashOutput(nil, debug.CrashOptions{})
		setLogFilePath("")
	}()
	var shown []string
	var recovered any
	func() {
		defer func() { recovered = recover() }()
		_, end := startFileLog(dir, appMeta{Name: "Career Compare"}, io.Discard, false, func(p string) { shown = append(shown, p) })
		var err error
		defer end(&err)
		panic("glfw: no OpenGL")
	}()
	b, _ := os.ReadFile(filepath.Join(dir, logFileName))
	if recovered != "glfw: no OpenGL" || !bytes.Contains(b, []byte("careercompare: panic: glfw: no OpenGL")) || len(shown) != 1 {
		t.Errorf("panic: recovered %v, shown %q, file:\n%s", recovered, shown, b)
	}
}

// TestLogFile_NotOnThisOS: on Linux and macOS, and for a binary that is not
// a Windows GUI program, the window command keeps logging to stderr.
func TestLogFile_NotOnThisOS(t *testing.T) {
	var stderr bytes.Buffer
	prev := log.Writer()
	w, end := startLogging(loadMeta(), &stderr)
	endWith(end, errors.New("x"))
	if w != &stderr || log.Writer() != prev || logFilePath() != "" || stderr.Len() != 0 {
		t.Errorf("startLogging changed the log on this OS (%q)", stderr.String())
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	gui, err := isWindowsGUI(exe)
	if wantErr := runtime.GOOS != "windows"; gui || (err != nil) != wantErr {
		t.Errorf("isWindowsGUI(this test binary) = %v, %v; want false (a console program or not a PE file)", gui, err)
	}
}
