#!/usr/bin/env bash
# Drives the real window under Xvfb with scripted xdotool input for a while
# (tabs, resizes, Tab to the credit ladder, arrow keys and Enter on it, the
# planner's fields, text size), then quits with Ctrl+Q: the exit code must
# be 0 and there must be no error line of ours.
# Usage: scripts/soak.sh ./careercompare [SECONDS] [--offline]
#   --offline runs the app with no network at all (unshare -rn; the X socket
#   stays reachable).
set -euo pipefail
bin=$(realpath "${1:-./careercompare}")
secs=${2:-60}
wrap=()
if [ "${3:-}" = "--offline" ]; then wrap=(unshare -rn); fi
work=$(mktemp -d)
xvfb_pid="" app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "soak: FAIL: $*" >&2; sed 's/^/  app: /' "$work/app.log" >&2 2>/dev/null || true; exit 1; }

d=60
while [ -e "/tmp/.X11-unix/X$d" ] || [ -e "/tmp/.X$d-lock" ]; do d=$((d + 1)); done
Xvfb ":$d" -screen 0 1400x900x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [ -S "/tmp/.X11-unix/X$d" ] && break; sleep 0.1; done
export DISPLAY=":$d"
# A home as a desktop has it: Fyne's file dialog (a Return on a button
# may open one) logs an error for each standard folder that is missing, and
# Fyne 2.8 one for a missing ~/.cache (it makes its cache folder there).
mkdir -p "$work/home"/{Desktop,Documents,Downloads,Music,Pictures,Videos,.cache}
LANG=C HOME="$work/home" "${wrap[@]}" "$bin" >"$work/app.log" 2>&1 &
app_pid=$!
timeout 60 xdotool search --sync --onlyvisible --name '^Career Compare$' >/dev/null || fail "no window"
window() { xdotool search --onlyvisible --name '^Career Compare$' 2>/dev/null | tail -n1; }
sleep 2
end=$(( $(date +%s) + secs ))
n=0
RANDOM=20261127
while [ "$(date +%s)" -lt "$end" ]; do
  w=$(window); [ -n "$w" ] || fail "the window went away"
  xdotool windowfocus "$w" 2>/dev/null || true
  case $((RANDOM % 8)) in
    0) xdotool key "ctrl+$((RANDOM % 5 + 1))" ;;
    1) xdotool windowsize "$w" $((500 + RANDOM % 900)) $((380 + RANDOM % 500)) ;;
    2) # to the Education tab, then Tab until the ladder has focus, then keys
       xdotool key ctrl+1; sleep 0.3
       xdotool key --delay 60 Tab Right Right Return Right Right Right Right Return ;;
    3) xdotool key --delay 50 Left Right Home End space Return ;;
    4) xdotool key ctrl+equal ;;
    5) xdotool key ctrl+minus ;;
    6) xdotool key --delay 40 Tab Tab BackSpace BackSpace 4 0 Tab 1 5 ;;
    7) xdotool mousemove $((RANDOM % 1100)) $((RANDOM % 700)) ;;
  esac
  n=$((n + 1))
  sleep 0.25
  kill -0 "$app_pid" 2>/dev/null || fail "the app died after $n actions"
done
w=$(window); xdotool windowfocus "$w" 2>/dev/null || true
xdotool key Escape ctrl+q
for _ in $(seq 100); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$app_pid" 2>/dev/null && fail "Ctrl+Q did not quit"
set +e; wait "$app_pid"; rc=$?; set -e
app_pid=""
[ "$rc" -eq 0 ] || fail "exit code $rc after $n actions"
# Fyne 2.8 logs "failed to watch theme settings" when there is no D-Bus
# session bus (a desktop session has one; these X servers have none): that
# line alone is the test machine's, not an error of the app.
if grep -v 'Fyne error:  failed to watch theme settings$' "$work/app.log" | grep -Ei 'error|panic|careercompare:|goroutine [0-9]+ \['; then fail "error lines after $n actions"; fi
echo "soak: ok ($n scripted actions in ${secs} s${wrap:+, offline}, clean quit)"
