#!/usr/bin/env bash
# Starts the real binary under Xvfb, waits for its window, switches through
# the five tabs with the keyboard, quits with Ctrl+Q and fails on any error
# line or a non-zero exit. Also checks the headless paths of the command
# line. Usage: scripts/smoke.sh ./careercompare
set -euo pipefail
bin=$(realpath "${1:-./careercompare}")
work=$(mktemp -d)
xvfb_pid=""
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "smoke: FAIL: $*" >&2; [ -f "$work/app.log" ] && sed 's/^/  app: /' "$work/app.log" >&2; exit 1; }

# Headless: no display gives one line and exit 1.
set +e
out=$(env -u DISPLAY -u WAYLAND_DISPLAY "$bin" 2>&1); rc=$?
set -e
[ "$rc" -eq 1 ] || fail "without a display the exit code is $rc, want 1"
[ "$(printf '%s\n' "$out" | wc -l)" -eq 1 ] || fail "without a display it printed more than one line: $out"
grep -q "export" <<<"$out" || fail "the no-display line does not point at export: $out"
"$bin" --version | grep -q "Career Compare" || fail "--version"
"$bin" export --chart all --format svg --out "$work" >/dev/null || fail "export --chart all"
for c in salary growth ladder; do ls "$work"/$c-*.svg >/dev/null 2>&1 || fail "export --chart all wrote no $c chart"; done

# An X server without OpenGL (no GLX), as a VM without a GL driver: one
# plain sentence first, the toolkit's lines below, exit 1, no stack trace.
d=90
while [ -e "/tmp/.X11-unix/X$d" ] || [ -e "/tmp/.X$d-lock" ]; do d=$((d + 1)); done
Xvfb ":$d" -screen 0 1280x800x24 -nolisten tcp -extension GLX >"$work/xvfb-noglx.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [ -S "/tmp/.X11-unix/X$d" ] && break; sleep 0.1; done
set +e
out=$(DISPLAY=":$d" LANG=C HOME="$work" timeout 60 "$bin" 2>&1); rc=$?
set -e
kill "$xvfb_pid" 2>/dev/null || true
wait "$xvfb_pid" 2>/dev/null || true
xvfb_pid=""
[ "$rc" -eq 1 ] || fail "without OpenGL the exit code is $rc, want 1: $out"
head -n1 <<<"$out" | grep -Eq '^Career Compare could not open its window: .+\. See Known limits in the README\.$' ||
  fail "without OpenGL the first line is not the plain sentence: $out"
if grep -q 'goroutine ' <<<"$out"; then fail "without OpenGL: a Go stack trace: $out"; fi
echo "smoke: no OpenGL: $(head -n1 <<<"$out")"

# A free display number.
d=90
while [ -e "/tmp/.X11-unix/X$d" ] || [ -e "/tmp/.X$d-lock" ]; do d=$((d + 1)); done
Xvfb ":$d" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [ -S "/tmp/.X11-unix/X$d" ] && break; sleep 0.1; done
[ -S "/tmp/.X11-unix/X$d" ] || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
export DISPLAY=":$d"

# A plain C locale, as on servers: the app must not log about it.
mkdir -p "$work/.cache" # a home as a desktop has it: Fyne 2.8 makes its cache folder in ~/.cache
LANG=C LC_ALL=C HOME="$work" "$bin" >"$work/app.log" 2>&1 &
app_pid=$!
# The window as the user sees it: searched again before each key, since the
# toolkit may replace its first X window while it starts.
window() { xdotool search --onlyvisible --name '^Career Compare$' 2>/dev/null | tail -n1; }
timeout 60 xdotool search --sync --onlyvisible --name '^Career Compare$' >/dev/null || fail "no window within 60 s"
echo "smoke: window $(window) is up"
sleep 2 # let the first pictures render
press() {
  local w
  w=$(window)
  [ -n "$w" ] || fail "the window went away before $1"
  xdotool windowfocus "$w" 2>/dev/null || true
  xdotool key "$1"
}
# Each tab looks different: a picture of the screen after each key must
# differ from the one before, and Ctrl+1 at the end must bring back the first.
shot() { xwd -root -silent | md5sum | cut -d' ' -f1; }
declare -A seen
prev=""
for k in 1 2 3 4 5 1; do
  press "ctrl+$k"
  sleep 1
  kill -0 "$app_pid" 2>/dev/null || fail "the app died after Ctrl+$k"
  cur=$(shot)
  [ "$cur" != "$prev" ] || fail "Ctrl+$k did not change the window"
  if [ -n "${seen[$k]:-}" ] && [ "${seen[$k]}" != "$cur" ]; then fail "Ctrl+$k showed something else the second time"; fi
  seen[$k]=$cur
  prev=$cur
done
[ ${#seen[@]} -eq 5 ] || fail "the five tabs did not look different"

# Copy chart: Ctrl+C with the pointer on the Salary chart puts a 1920×1080
# PNG on the X clipboard; read it back as another program would paste it.
press ctrl+4
sleep 1
eval "$(xdotool getwindowgeometry --shell "$(window)")"
xdotool mousemove $((X + WIDTH / 2)) $((Y + HEIGHT * 3 / 5))
sleep 0.3
press ctrl+c
got=""
for _ in $(seq 50); do
  if xclip -selection clipboard -t TARGETS -o 2>/dev/null | grep -qx image/png; then
    xclip -selection clipboard -t image/png -o >"$work/copied.png" 2>/dev/null || true
    got=$(identify -format '%m %wx%h' "$work/copied.png" 2>/dev/null || true)
    [ -n "$got" ] && break
  fi
  sleep 0.2
done
[ "$got" = "PNG 1920x1080" ] || fail "Ctrl+C on the Salary chart put no 1920x1080 PNG on the clipboard (got: '${got:-nothing}')"
echo "smoke: Copy chart pasted back from the X clipboard: $got"
press ctrl+q
for _ in $(seq 100); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$app_pid" 2>/dev/null; then fail "Ctrl+Q did not quit within 10 s"; fi
set +e; wait "$app_pid"; rc=$?; set -e
app_pid=""
[ "$rc" -eq 0 ] || fail "the app exited with $rc"
# Fyne 2.8 logs "failed to watch theme settings" when there is no D-Bus
# session bus (a desktop session has one; these X servers have none): that
# line alone is the test machine's, not an error of the app.
if grep -v 'Fyne error:  failed to watch theme settings$' "$work/app.log" | grep -Ei 'error|panic|careercompare:|goroutine [0-9]+ \['; then
  fail "the app logged errors"
fi
echo "smoke: ok (window, five tabs, Copy chart, clean quit, headless paths, no OpenGL)"
