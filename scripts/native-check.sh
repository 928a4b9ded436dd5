#!/usr/bin/env bash
# Checks a built Career Compare on the machine it was built for: the macOS
# and Windows jobs of .github/workflows/ci.yml and release.yml run it (in
# bash; Git Bash on Windows), since those systems cannot be run where make
# test runs.
#   - --version, template, validate of a good file (exit 0) and of a bad
#     one (exit 1, the problem named), an export of every chart as PNG and
#     SVG and of the handout (each file of its kind);
#   - the window: started, given WAIT seconds (default 10), a screenshot of
#     the whole screen (screencapture on macOS, a .NET screen copy through
#     PowerShell on Windows), then ended. It fails if the app exited early
#     or logged an error line of ours (on Windows the GUI exe logs to
#     %AppData%\CareerCompare\careercompare.log, which is checked too);
#   - on Windows, what a screen reader is given: while the window is open,
#     scripts/native-uia.ps1 lists its UI Automation elements from outside
#     the process (ControlType and Name of each, into uia.txt) and fails
#     when the Education tab's facts are not among them (the app publishes
#     its window when built with -tags accessibility, scripts/buildtags).
# Usage: scripts/native-check.sh BINARY OUTDIR
#   OUTDIR gets the exports, the logs and screen.png (upload it).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
out=$2
wait_s=${WAIT:-10}
mkdir -p "$out"
cd "$out"
fail() { echo "native-check: FAIL: $*" >&2; exit 1; }
case $(uname -s) in
  Darwin) os=macos ;;
  MINGW* | MSYS* | CYGWIN*) os=windows ;;
  *) os=other ;;
esac
[ -x "$bin" ] || fail "$bin is not an executable"
echo "native-check: $bin on $os ($(uname -sm))"

# ---- the command line ----
"$bin" --version >version.txt 2>&1 || fail "--version: exit $?: $(cat version.txt)"
grep -q '^Career Compare [0-9]' version.txt || fail "--version printed: $(cat version.txt)"
echo "  --version: $(cat version.txt)"
"$bin" template >data.json || fail "template"
"$bin" validate data.json >valid.txt 2>&1 || fail "validate of the built-in data: $(cat valid.txt)"
printf '{"schema": 1,\n "bogus": 2}\n' >bad.json
set +e
"$bin" validate bad.json >bad.txt 2>&1
rc=$?
set -e
[ "$rc" = 1 ] || fail "validate bad.json: exit $rc, want 1: $(cat bad.txt)"
grep -q '^bad.json:2: bogus: unknown field' bad.txt || fail "validate bad.json did not name the problem: $(cat bad.txt)"
echo "  validate: good file exit 0, bad file exit 1 ($(wc -l <bad.txt | tr -d ' ') problems)"
mkdir -p charts
for f in png svg; do
  "$bin" export --chart all --format "$f" --out charts >/dev/null || fail "export --chart all --format $f"
done
"$bin" export --format pdf --out handout.pdf >/dev/null || fail "export --format pdf"
n=0
for c in salary growth ladder; do
  for f in charts/"$c"-*.png; do
    [ "$(head -c 4 "$f" | od -An -tx1 | tr -d ' \n')" = 89504e47 ] || fail "$f is not a PNG"
    n=$((n + 1))
  done
  for f in charts/"$c"-*.svg; do
    head -c 4 "$f" | grep -q '<svg' || fail "$f is not an SVG"
    n=$((n + 1))
  done
done
[ "$n" = 6 ] || fail "export --chart all wrote $n charts, want 3 PNG and 3 SVG: $(ls charts)"
head -c 5 handout.pdf | grep -q '%PDF-' || fail "handout.pdf is not a PDF"
echo "  exports: 3 PNG, 3 SVG, handout.pdf ($(wc -c <handout.pdf | tr -d ' ') bytes)"

# ---- the window ----
applog=""
if [ "$os" = windows ] && [ -n "${APPDATA:-}" ]; then
  applog=$(cygpath -u "$APPDATA")/CareerCompare/careercompare.log
  rm -f "$applog"
fi
"$bin" >window.out 2>window.err &
pid=$!
sleep "$wait_s"
alive=1
kill -0 "$pid" 2>/dev/null || alive=0
case $os in
  macos) screencapture -x screen.png || echo "  (screencapture failed)" ;;
  windows)
    powershell.exe -NoProfile -NonInteractive -Command '
      Add-Type -AssemblyName System.Windows.Forms, System.Drawing
      $b = [System.Windows.Forms.SystemInformation]::VirtualScreen
      $bmp = New-Object System.Drawing.Bitmap $b.Width, $b.Height
      $g = [System.Drawing.Graphics]::FromImage($bmp)
      $g.CopyFromScreen($b.Left, $b.Top, 0, 0, $bmp.Size)
      $bmp.Save("screen.png", [System.Drawing.Imaging.ImageFormat]::Png)' || echo "  (the screen copy failed)" ;;
esac
winpid=""
[ "$os" = windows ] && winpid=$(cat "/proc/$pid/winpid" 2>/dev/null || true)
# What a screen reader is given (Windows): the window's UI Automation
# elements, read from outside the process while the window is open.
uia_rc=""
if [ "$os" = windows ] && [ "$alive" = 1 ]; then
  uia_rc=0
  powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -File "$(cygpath -w "$root/scripts/native-uia.ps1")" \
    -ProcessId "${winpid:-0}" -Title "Career Compare" -Data "$(cygpath -w "$PWD/data.json")" \
    -Catalog "$(cygpath -w "$root/internal/catalog")" -Out "$(cygpath -w "$PWD/uia.txt")" >uia.out 2>&1 || uia_rc=$?
  kill -0 "$pid" 2>/dev/null || alive=0
fi
if [ "$alive" = 1 ]; then
  if [ -n "$winpid" ]; then
    taskkill //F //PID "$winpid" >/dev/null 2>&1 || kill "$pid" 2>/dev/null || true
  else
    kill "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
fi
[ -n "$applog" ] && [ -f "$applog" ] && cp "$applog" careercompare.log
for f in window.out window.err careercompare.log; do
  [ -s "$f" ] && { echo "  $f:"; sed 's/^/  | /' "$f"; }
done
[ "$alive" = 1 ] || fail "the app ended within $wait_s s of starting its window"
if [ -n "$uia_rc" ]; then
  echo "  UI Automation (scripts/native-uia.ps1):"
  tr -d '\r' <uia.out | sed 's/^/  | /'
  [ "$uia_rc" = 0 ] || fail "UI Automation does not give a screen reader the Education tab's facts (above; every element in $out/uia.txt)"
fi
if [ -n "$applog" ]; then
  [ -f careercompare.log ] || fail "no %AppData%\\CareerCompare\\careercompare.log"
  grep -q ' started (windows/' careercompare.log || fail "the log file has no start line"
fi
if cat window.out window.err careercompare.log 2>/dev/null | grep -Ei 'error|panic|careercompare:|goroutine [0-9]+ \[|could not open'; then
  fail "the app logged error lines (above)"
fi
[ -f screen.png ] && echo "  screenshot: $out/screen.png"
echo "native-check: ok (command line, exports, the window for $wait_s s${uia_rc:+, its UI Automation elements})"
