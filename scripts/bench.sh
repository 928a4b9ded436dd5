#!/usr/bin/env bash
# Measures Career Compare against the toolkit floor (bench/floor: the
# smallest Fyne app, one window with one label, at the app's default window
# size), all built here with the same commands: the app with its tags
# (scripts/buildtags), the floor as Fyne builds by default (what the
# targets compare with) and the floor with the app's tags. It prints a
# Markdown table (docs/performance.md explains it):
#   startup   process start → window mapped (what `xdotool search
#             --onlyvisible` sees) and → first frame drawn (the window's
#             pixels are no longer all one colour), measured by a small X11
#             helper compiled here (winup, below) that starts the program
#             itself, so no polling process adds to the start-up
#   peak RSS  VmHWM of /proc/PID/status after 10 s idle after the first
#             frame, before any tab switch
#   idle CPU  utime+stime from /proc/PID/stat over the 5 s that follow the
#             first 5 s after the first frame
#   tab switch  (the app only) bench/tabswitch/tabswitch.c presses Ctrl+2,
#             3, 4, 5, 1 through XTest, twice, and times each from the key
#             event to the first changed frame (and to the last change, a
#             chart drawn after the tab): median of the five tabs per run,
#             first visits (each tab built then) and again
#   binary    stripped (go build -trimpath -ldflags "-s -w") and plain
#             (go build) sizes
# Then the app quits with Ctrl+Q (its File ▸ Quit); the floor has no
# shortcut and gets SIGTERM. App, floor and floor with tags take turns over
# N runs; each run has a fresh HOME (no preferences carried over), LANG=C
# and nothing else of the caller's environment. The app's stderr must have
# no error line.
# Then, unless --skip-wine, the same pair under Wine (Debian's Wine 8, Mesa
# llvmpipe; not Windows): the Windows exe and the floor's exe, both from
# scripts/dist.sh (fyne package -os windows -release), start → window mapped
# and → first frame, measured by the same helper, quit with Ctrl+Q; a fresh
# prefix (scripts/wine/lib.sh, with its test-only stand-in DLLs), a
# fresh Xvfb and wineserver for each run, after one unmeasured first start
# of each in the fresh prefix (printed).
# Then, unless --skip-go, the in-process Go benchmarks, -count 5, one package at a time (-p 1: a package's benchmarks are not timed beside another's), with their
# medians.
#
# Usage: scripts/bench.sh [-n RUNS] [--skip-window] [--skip-wine] [--skip-go]   (RUNS: 7, or $N)
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${N:-7}
do_window=1
do_wine=1
do_go=1
while [ $# -gt 0 ]; do
  case $1 in
    -n) runs=${2:-}; shift 2 ;;
    --skip-window) do_window=0; shift ;;
    --skip-wine) do_wine=0; shift ;;
    --skip-go) do_go=0; shift ;;
    *) echo "usage: $0 [-n RUNS] [--skip-window] [--skip-wine] [--skip-go]" >&2; exit 2 ;;
  esac
done
case $runs in
  '' | *[!0-9]* | 0) echo "bench: RUNS must be a positive number, not '$runs'" >&2; exit 2 ;;
esac

export CGO_ENABLED=1
# The app's build tags (scripts/buildtags).
tags=$(cat scripts/buildtags)
work=$(mktemp -d)
xvfb_pid=""
helper_pid=""
wine_xvfb=""
cleanup() {
  # Only what this script started, by its process id.
  if [ -n "$helper_pid" ] && kill -0 "$helper_pid" 2>/dev/null; then
    local c
    for c in $(ps -o pid= --ppid "$helper_pid" 2>/dev/null); do
      kill $(ps -o pid= --ppid "$c" 2>/dev/null) "$c" 2>/dev/null || true
    done
    kill "$helper_pid" 2>/dev/null || true
  fi
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  if [ -d "$work/wine/prefix" ]; then WINEPREFIX=$work/wine/prefix timeout 20 wineserver -k 2>/dev/null || true; fi
  [ -n "$wine_xvfb" ] && kill "$wine_xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "bench: FAIL: $*" >&2; exit 1; }

# ---- system packages (scripts/deps.sh knows the bench's set) ----
scripts/deps.sh bench

# ---- machine ----
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
echo "bench: $(nproc) CPUs ($cpu), $(go env GOVERSION), load average $(cut -d' ' -f1-3 /proc/loadavg) at start"

# ---- statistics: median, min, max of numbers on stdin ----
stats() { sort -g | awk '{v[NR]=$1} END {if (NR==0) {print "- - -"; exit}
  m = (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2; print m, v[1], v[NR]}'; }
# fmt3 FORMAT "median min max": "median (min–max)"
fmt3() { awk -v f="$1" -v s="$2" 'BEGIN {split(s, a, " "); if (a[1]=="-") {print "–"; exit}
  printf(f " (" f "–" f ")\n", a[1], a[2], a[3])}'; }
# ratios A_FILE B_FILE: the per-pair ratios a/b, one a line (b = 0 skipped)
ratios() { paste -d' ' "$1" "$2" | awk '$2 > 0 {printf("%.4f\n", $1/$2)}'; }
# met VALUE OP LIMIT
met() { awk -v v="$1" -v l="$3" -v op="$2" 'BEGIN {if (v=="-") {print "–"; exit}
  ok = (op=="<=") ? (v <= l) : (v >= l); print ok ? "yes" : "**no**"}'; }

# ---- winup: starts a program and reports when its window is mapped and
# when its first frame is drawn, in ms since the fork ----
build_winup() {
  [ -x "$work/winup" ] && return
  cat >"$work/winup.c" <<'EOF'
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void) {
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}
static int ignore(Display *d, XErrorEvent *e) { (void)d; (void)e; return 0; }
static int titled(Display *d, Window w, const char *want) {
	Atom type, net = XInternAtom(d, "_NET_WM_NAME", False), utf8 = XInternAtom(d, "UTF8_STRING", False);
	int fmt, ok = 0;
	unsigned long n, after;
	unsigned char *p = NULL;
	char *name = NULL;
	if (XGetWindowProperty(d, w, net, 0, 1024, False, utf8, &type, &fmt, &n, &after, &p) == Success && p) {
		ok = strcmp((char *)p, want) == 0;
		XFree(p);
	}
	if (!ok && XFetchName(d, w, &name) && name) {
		ok = strcmp(name, want) == 0;
		XFree(name);
	}
	return ok;
}
/* drawn: the window's pixels are not all one colour */
static int drawn(Display *d, Window w) {
	XWindowAttributes a;
	if (!XGetWindowAttributes(d, w, &a) || a.map_state != IsViewable) return 0;
	XImage *im = XGetImage(d, w, 0, 0, a.width, a.height, AllPlanes, ZPixmap);
	if (!im) return 0;
	unsigned long first = XGetPixel(im, 0, 0);
	int diff = 0;
	for (int y = 0; y < a.height && !diff; y += 2)
		for (int x = 0; x < a.width; x += 2)
			if (XGetPixel(im, x, y) != first) { diff = 1; break; }
	XDestroyImage(im);
	return diff;
}
/* usage: winup OUT TITLE TIMEOUT_MS CMD ARGS... */
int main(int argc, char **argv) {
	if (argc < 5) { fprintf(stderr, "usage: winup OUT TITLE TIMEOUT_MS CMD ARGS...\n"); return 2; }
	const char *out = argv[1], *title = argv[2];
	double timeout = atof(argv[3]);
	Display *d = XOpenDisplay(NULL);
	if (!d) { fprintf(stderr, "winup: cannot open display\n"); return 2; }
	XSetErrorHandler(ignore);
	Window root = DefaultRootWindow(d), win = 0;
	XSelectInput(d, root, SubstructureNotifyMask);
	XSync(d, False);
	double t0 = now_ms(), mapped = -1, painted = -1;
	pid_t pid = fork();
	if (pid < 0) { perror("winup: fork"); return 2; }
	if (pid == 0) {
		close(ConnectionNumber(d));
		execvp(argv[4], argv + 4);
		perror("winup: exec");
		_exit(127);
	}
	while (painted < 0 && now_ms() - t0 < timeout) {
		int st;
		if (waitpid(pid, &st, WNOHANG) == pid) { pid = 0; break; }
		while (XPending(d)) {
			XEvent e;
			XNextEvent(d, &e);
			Window w = 0;
			if (e.type == MapNotify) w = e.xmap.window;
			if (e.type == PropertyNotify) w = e.xproperty.window;
			if (!w || win) continue;
			if (titled(d, w, title)) { win = w; mapped = now_ms() - t0; }
			else if (e.type == MapNotify) XSelectInput(d, w, PropertyChangeMask); /* its title may come later */
		}
		if (win && drawn(d, win)) { painted = now_ms() - t0; break; }
		usleep(win ? 4000 : 1000);
	}
	FILE *f = fopen(out, "w");
	if (!f) { perror("winup: result"); return 2; }
	fprintf(f, "%d %.1f %.1f\n", (int)pid, mapped, painted);
	fclose(f);
	XCloseDisplay(d);
	if (pid == 0) return 3; /* the program ended before its window was drawn */
	if (painted < 0) kill(pid, SIGTERM);
	int st;
	waitpid(pid, &st, 0);
	return painted < 0 ? 4 : (WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st));
}
EOF
  gcc -O2 -Wall -o "$work/winup" "$work/winup.c" -lX11 || fail "could not compile the X11 helper (needs gcc and libx11-dev, part of xorg-dev)"
}

if [ "$do_window" = 1 ]; then
  # ---- builds: the same commands for all three, in this run: the app with
  # its tags, the floor as Fyne builds by default (the targets' reference)
  # and the floor with the app's tags ----
  echo "bench: building the app (-tags $tags), the floor (Fyne's default) and the floor with the app's tags, stripped and plain"
  go build -tags "$tags" -trimpath -ldflags "-s -w" -o "$work/app-stripped" .
  go build -trimpath -ldflags "-s -w" -o "$work/floor-stripped" ./bench/floor # untagged: the floor as Fyne builds by default
  go build -tags "$tags" -trimpath -ldflags "-s -w" -o "$work/floortags-stripped" ./bench/floor
  go build -tags "$tags" -o "$work/app-plain" .
  go build -o "$work/floor-plain" ./bench/floor # untagged: the floor as Fyne builds by default
  go build -tags "$tags" -o "$work/floortags-plain" ./bench/floor

  build_winup
  gcc -O2 -Wall -o "$work/tabswitch" bench/tabswitch/tabswitch.c -lXtst -lX11 ||
    fail "could not compile bench/tabswitch/tabswitch.c (needs libxtst-dev)"

  # ---- our own X server ----
  d=77
  while [ -e "/tmp/.X11-unix/X$d" ] || [ -e "/tmp/.X$d-lock" ]; do d=$((d + 1)); done
  # -br: a black root, so that a mapped but undrawn window is one colour.
  Xvfb ":$d" -screen 0 1920x1080x24 -br -nolisten tcp >"$work/xvfb.log" 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 100); do [ -S "/tmp/.X11-unix/X$d" ] && break; sleep 0.1; done
  [ -S "/tmp/.X11-unix/X$d" ] || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
  export DISPLAY=":$d"
  renderer=""
  gl_named=0
  if command -v glxinfo >/dev/null 2>&1; then
    renderer=$(glxinfo -B 2>/dev/null | sed -n 's/^OpenGL renderer string: //p' || true)
    [ -n "$renderer" ] && gl_named=1
  fi
  [ -n "$renderer" ] || renderer="Mesa $(dpkg-query -W -f='${Version}' libgl1-mesa-dri 2>/dev/null) (driver named after the first run)"
  echo "bench: Xvfb on :$d, $renderer"

  hz=$(getconf CLK_TCK)
  ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

  # run KIND I: one measured run of the app, the floor or the floor with
  # the app's tags (floortags)
  run() {
    local kind=$1 i=$2 bin title out home tpid pid mapped painted t1 t2 c1 c2 w rc
    bin=$work/$kind-stripped
    title=$([ "$kind" = app ] && echo "Career Compare" || echo "Floor")
    out=$work/$kind-$i
    home=$work/home-$kind-$i
    mkdir -p "$home/.cache" # Fyne 2.8 makes its cache folder in ~/.cache
    "$work/winup" "$out.up" "$title" 60000 /usr/bin/time -v -o "$out.time" \
      env -i PATH="$PATH" DISPLAY="$DISPLAY" HOME="$home" LANG=C "$bin" >"$out.stdout" 2>"$out.stderr" &
    helper_pid=$!
    # The helper writes its result once the first frame is drawn (or after
    # 60 s without one).
    while [ ! -s "$out.up" ] && kill -0 "$helper_pid" 2>/dev/null; do sleep 0.05; done
    [ -s "$out.up" ] || { cat "$out.stderr" >&2; fail "$kind run $i: the helper ended without a result"; }
    read -r tpid mapped painted <"$out.up"
    [ "${painted%.*}" -ge 0 ] 2>/dev/null || { cat "$out.stderr" >&2; fail "$kind run $i: no window drawn within 60 s"; }
    pid=$(ps -o pid= --ppid "$tpid" | tr -d ' ' | head -n1)
    [ -n "$pid" ] || fail "$kind run $i: no process under /usr/bin/time"
    # Without glxinfo, the GL driver the program loaded names the renderer.
    if [ "$gl_named" = 0 ] && grep -q 'swrast_dri' "/proc/$pid/maps" 2>/dev/null; then
      renderer="Mesa $(dpkg-query -W -f='${Version}' libgl1-mesa-dri 2>/dev/null) swrast"
      if grep -q 'libLLVM' "/proc/$pid/maps"; then renderer="$renderer, llvmpipe"; fi
      gl_named=1
    fi
    sleep 5
    t1=$EPOCHREALTIME c1=$(ticks "$pid")
    sleep 5
    t2=$EPOCHREALTIME c2=$(ticks "$pid")
    # The peak RSS of the idle window, before any tab is switched to.
    awk '/^VmHWM:/ {printf("%.1f\n", $2/1024)}' "/proc/$pid/status" >>"$work/$kind.rss"
    if [ "$kind" = app ]; then
      w=$(xdotool search --onlyvisible --name '^Career Compare$' 2>/dev/null | tail -n1)
      [ -n "$w" ] || fail "app run $i: window not found"
      # The tab switch: Ctrl+2…5, 1, twice (first visits, then again).
      "$work/tabswitch" "$w" 2 >"$out.tabs" 2>"$out.tabs.err" || { cat "$out.tabs.err" >&2; fail "app run $i: the tab switch"; }
      awk '$1 == 1 {print $3}' "$out.tabs" | stats | cut -d' ' -f1 >>"$work/app.tab1"
      awk '$1 == 2 {print $3}' "$out.tabs" | stats | cut -d' ' -f1 >>"$work/app.tab2"
      awk '$1 == 1 {print $4}' "$out.tabs" | stats | cut -d' ' -f1 >>"$work/app.tab1s"
      xdotool windowfocus "$w" 2>/dev/null || true
      xdotool key ctrl+q
    else
      kill -TERM "$pid"
    fi
    for _ in $(seq 150); do kill -0 "$helper_pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$helper_pid" 2>/dev/null; then
      kill -KILL "$pid" 2>/dev/null || true
      fail "$kind run $i: did not end within 15 s of being closed"
    fi
    set +e; wait "$helper_pid"; rc=$?; set -e
    helper_pid=""
    if [ "$kind" = app ]; then
      [ "$rc" -eq 0 ] || { cat "$out.stderr" >&2; fail "app run $i: exit status $rc after Ctrl+Q"; }
      # (Fyne 2.8's "failed to watch theme settings": no D-Bus session bus
      # on this X server, the machine's, not the app's.)
      if grep -v 'Fyne error:  failed to watch theme settings$' "$out.stderr" | grep -Ei 'error|panic|careercompare:|goroutine [0-9]+ \[' >&2; then
        fail "app run $i: error lines on stderr (above)"
      fi
    fi
    echo "$mapped" >>"$work/$kind.map"
    echo "$painted" >>"$work/$kind.paint"
    awk -v a="$c1" -v b="$c2" -v t1="$t1" -v t2="$t2" -v hz="$hz" 'BEGIN {printf("%.2f\n", (b-a)/hz/(t2-t1)*100)}' >>"$work/$kind.cpu"
    printf '  %-9s run %d: window %6.1f ms, first frame %6.1f ms, peak RSS %6.1f MB, idle CPU %5.2f%%%s\n' "$kind" "$i" \
      "$mapped" "$painted" "$(tail -n1 "$work/$kind.rss")" "$(tail -n1 "$work/$kind.cpu")" \
      "$([ "$kind" = app ] && printf ', tab switch %s ms (first visits), %s ms (again)' "$(tail -n1 "$work/app.tab1")" "$(tail -n1 "$work/app.tab2")")"
  }

  echo "bench: $runs runs each, app, floor and floor with the app's tags in turn"
  for i in $(seq "$runs"); do
    run app "$i"
    run floor "$i"
    run floortags "$i"
  done

  size() { stat -c %s "$1" | awk '{printf("%.2f\n", $1/1048576)}'; }
  for k in app floor floortags; do
    size "$work/$k-stripped" >"$work/$k.bin"
    size "$work/$k-plain" >"$work/$k.binplain"
  done

  # ratio SUFFIX FLOOR: the median of the per-run ratios app/FLOOR, as "1.23×"
  ratio() {
    local r
    r=$(ratios "$work/app.$1" "$work/$2.$1" | stats | cut -d' ' -f1)
    if [ "$r" = "-" ]; then echo "–"; else printf '%.2f×' "$r"; fi
  }
  row() { # name unit-format file-suffix target-ratio
    local name=$1 f=$2 s=$3 target=$4 r m="–"
    r=$(ratios "$work/app.$s" "$work/floor.$s" | stats | cut -d' ' -f1)
    [ -n "$target" ] && [ "$r" != "-" ] && m=$(met "$r" "<=" "$target")
    printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$(fmt3 "$f" "$(stats <"$work/app.$s")")" \
      "$(fmt3 "$f" "$(stats <"$work/floor.$s")")" "$(fmt3 "$f" "$(stats <"$work/floortags.$s")")" \
      "$(ratio "$s" floor)" "$(ratio "$s" floortags)" "$([ -n "$target" ] && echo "≤ ${target}× floor" || echo "–")" "$m"
  }
  approw() { # name unit-format file-suffix: the app only
    printf '| %s | %s | – | – | – | – | – | – |\n' "$1" "$(fmt3 "$2" "$(stats <"$work/app.$3")")"
  }
  echo
  echo "Career Compare vs the Fyne floor: $runs runs each, $(nproc) CPUs ($cpu), Xvfb + $renderer, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; the app built with -tags $tags"
  echo
  echo "| metric | app median (min–max) | floor, Fyne's default build | floor with the app's tags ($tags) | app/floor (median of runs) | app/floor with tags | target (vs the default floor) | met? |"
  echo "|---|---|---|---|---|---|---|---|"
  row "startup: window mapped (ms)" "%.0f" map 1.1
  row "startup: first frame drawn (ms)" "%.0f" paint 1.15
  row "peak RSS, idle, before any tab switch (MB)" "%.1f" rss 1.0
  row "idle CPU, 5–10 s after the first frame (% of one core)" "%.2f" cpu ""
  row "binary, stripped (MB)" "%.2f" bin 1.0
  row "binary, not stripped (MB)" "%.2f" binplain ""
  approw "tab switch, Ctrl+1…5 to the changed frame, first visit of each tab (ms, median of the five)" "%.0f" tab1
  approw "tab switch, Ctrl+1…5 to the changed frame, again (ms, median of the five)" "%.0f" tab2
  approw "tab switch, first visit, until the tab stops changing (charts drawn; ms, median of the five)" "%.0f" tab1s
  echo
fi

if [ "$do_wine" = 1 ]; then
  # ---- the same pair under Wine: the Windows exe and the floor's exe ----
  echo "bench: Wine: building the exe and the floor's exe (scripts/dist.sh windows, floor-windows)"
  scripts/dist.sh windows >"$work/dist-exe.log" 2>&1 || { cat "$work/dist-exe.log" >&2; fail "scripts/dist.sh windows"; }
  scripts/dist.sh floor-windows >"$work/dist-floor.log" 2>&1 || { cat "$work/dist-floor.log" >&2; fail "scripts/dist.sh floor-windows"; }
  mkdir -p "$work/wine/run"
  cp dist/CareerCompare.exe "$work/wine/run/app.exe"
  cp dist/floor/Floor.exe "$work/wine/run/floor.exe"
  build_winup
  # shellcheck source=scripts/wine/lib.sh
  . scripts/wine/lib.sh
  wine_env "$work/wine"
  t0=$EPOCHREALTIME
  (unset DISPLAY; wine_prefix) || fail "the Wine prefix"
  echo "bench: Wine: $(wine --version 2>/dev/null), a fresh prefix in $(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN {printf("%.1f", b - a)}') s; $(wine_dlls)"

  # wine_run KIND I: one run of the exe (app) or the floor's exe under Wine,
  # on an X server of its own, quit with Ctrl+Q; I=0 is the first start.
  wine_run() {
    local kind=$1 i=$2 title out tpid mapped painted rc q d=77
    title=$([ "$kind" = app ] && echo "Career Compare" || echo "Floor")
    out=$work/wine/$kind-$i
    while [ -e "/tmp/.X11-unix/X$d" ] || [ -e "/tmp/.X$d-lock" ]; do d=$((d + 1)); done
    Xvfb ":$d" -screen 0 1920x1080x24 -br -nolisten tcp >"$out.xvfb" 2>&1 &
    wine_xvfb=$!
    for _ in $(seq 100); do [ -S "/tmp/.X11-unix/X$d" ] && break; sleep 0.1; done
    [ -S "/tmp/.X11-unix/X$d" ] || fail "Xvfb :$d did not start: $(cat "$out.xvfb")"
    # (+loaddll: where a fault at exit is, classify_fault in scripts/wine/lib.sh)
    (cd "$work/wine/run" && DISPLAY=":$d" HOME=$whome WINEDEBUG=-all,+loaddll exec "$work/winup" "$out.up" "$title" 90000 wine "$kind.exe") \
      >"$out.stdout" 2>"$out.stderr" &
    helper_pid=$!
    while [ ! -s "$out.up" ] && kill -0 "$helper_pid" 2>/dev/null; do sleep 0.05; done
    [ -s "$out.up" ] || { cat "$out.stderr" >&2; fail "Wine $kind run $i: the helper ended without a result"; }
    read -r tpid mapped painted <"$out.up"
    if ! [ "${painted%.*}" -ge 0 ] 2>/dev/null; then
      grep -v ':trace:loaddll:' "$out.stderr" >&2
      # The app's own log says why its window did not open.
      find "$WINEPREFIX/drive_c/users" -name careercompare.log -exec sed 's/^/  app log: /' {} + >&2 2>/dev/null || true
      fail "Wine $kind run $i: no window drawn within 90 s"
    fi
    sleep 1
    # Ctrl+Q, and once more when Wine 8 lost the key (scripts/wine/lib.sh).
    q=0
    DISPLAY=":$d" wine_quit "$helper_pid" "$title" "  Wine $kind run $i" || q=$?
    [ "$q" != 1 ] || fail "Wine $kind run $i: window not found to quit"
    [ "$q" != 2 ] || fail "Wine $kind run $i: two presses of Ctrl+Q did not end it within 20 s"
    set +e; wait "$helper_pid"; rc=$?; set -e
    helper_pid=""
    timeout 20 wineserver -k 2>/dev/null || true
    kill "$wine_xvfb" 2>/dev/null || true
    wait "$wine_xvfb" 2>/dev/null || true
    wine_xvfb=""
    # Wine 8's own fault at exit (its XInput thread, after the quit; see
    # scripts/wine.sh) ends the process with exit 0, or 137 when Wine's
    # debugger for it comes first: said, not a failure; the times stand.
    local fault=""
    if grep -q 'Unhandled page fault' "$out.stderr"; then
      fault=$(classify_fault "$out.stderr")
      known_wine_fault "$fault" || { grep -v ':trace:loaddll:' "$out.stderr" >&2; fail "Wine $kind run $i: a fault that is not Wine 8's XInput one: $fault"; }
      echo "  Wine $kind run $i: Wine 8's fault at exit in $fault (exit $rc), after Ctrl+Q"
    fi
    if [ "$rc" -ne 0 ] && ! { [ "$rc" = 137 ] && [ -n "$fault" ]; }; then
      grep -v ':trace:loaddll:' "$out.stderr" >&2
      fail "Wine $kind run $i: exit status $rc after Ctrl+Q"
    fi
    if [ "$i" = 0 ]; then
      printf '  %-5s first start in the fresh prefix: window %6.0f ms, first frame %6.0f ms (not counted)\n' "$kind" "$mapped" "$painted"
      return
    fi
    echo "$mapped" >>"$work/wine/$kind.map"
    echo "$painted" >>"$work/wine/$kind.paint"
    printf '  %-5s run %d: window %6.1f ms, first frame %6.1f ms\n' "$kind" "$i" "$mapped" "$painted"
  }
  echo "bench: Wine: $runs runs each, exe and floor alternating, each with a fresh Xvfb and wineserver"
  wine_run app 0
  wine_run floor 0
  for i in $(seq "$runs"); do
    wine_run app "$i"
    wine_run floor "$i"
  done
  wrow() { # name file-suffix
    local a b r
    a=$(stats <"$work/wine/app.$2")
    b=$(stats <"$work/wine/floor.$2")
    r=$(ratios "$work/wine/app.$2" "$work/wine/floor.$2" | stats | cut -d' ' -f1)
    printf '| %s | %s | %s | %s |\n' "$1" "$(fmt3 "%.0f" "$a")" "$(fmt3 "%.0f" "$b")" "$(printf '%.2f×' "$r")"
  }
  echo
  echo "Under Wine 8 + llvmpipe, not Windows: the Windows exe vs the floor's exe, $runs runs each, $(nproc) CPUs ($cpu), Xvfb, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
  echo
  echo "| metric (under Wine 8 + llvmpipe, not Windows) | exe median (min–max) | floor exe median (min–max) | exe/floor (median of pairs) |"
  echo "|---|---|---|---|"
  wrow "startup: window mapped (ms)" map
  wrow "startup: first frame drawn (ms)" paint
  echo
fi

if [ "$do_go" = 1 ]; then
  echo "bench: go test -tags $tags -run '^\$' -bench . -benchmem -count 5 -p 1 ./charts ./ui ./officialdata/oews"
  # en_US: the test binary has no plainlocale import, and Fyne logs about "C".
  LANG=en_US.UTF-8 LC_ALL= go test -tags "$tags" -run '^$' -bench . -benchmem -count 5 -p 1 ./charts ./ui ./officialdata/oews | tee "$work/go.txt" | grep -E '^(ok|FAIL|---)' || true
  grep -q '^FAIL' "$work/go.txt" && { cat "$work/go.txt" >&2; fail "go test -bench failed"; }
  echo
  echo "| benchmark | median (min–max) per op | allocs/op | target | met? |"
  echo "|---|---|---|---|---|"
  awk '/^Benchmark/ {
      name = $1; sub(/-[0-9]+$/, "", name); sub(/^Benchmark/, "", name)
      if (!(name in n)) order[++k] = name
      v[name, ++n[name]] = $3 / 1e6
      for (i = 4; i < NF; i++) if ($(i+1) == "allocs/op") allocs[name] = $i
    }
    # the target in ms, or 0 for none
    function target(s) {
      if (s ~ /^BarsImage\/.*1920x1080|^ChartView\/rerender|^TabSwitch|^LadderLayout/) return 16
      if (s ~ /^Handout/) return 1000
      if (s ~ /^Read\/state/) return 3000
      if (s ~ /^Read\/metro/) return 10000
      return 0
    }
    END {
      for (j = 1; j <= k; j++) {
        s = order[j]; m = n[s]
        for (a = 1; a <= m; a++) x[a] = v[s, a]
        for (a = 1; a <= m; a++) for (b = a + 1; b <= m; b++) if (x[b] < x[a]) { t = x[a]; x[a] = x[b]; x[b] = t }
        med = (m % 2) ? x[(m+1)/2] : (x[m/2] + x[m/2+1]) / 2
        lim = target(s)
        f = med < 0.1 ? 1000 : 1; u = med < 0.1 ? "µs" : "ms"
        printf("| %s | %.2f (%.2f–%.2f) %s | %s | %s | %s |\n", s, med * f, x[1] * f, x[m] * f, u, allocs[s],
          lim ? "< " lim " ms" : "–", lim ? (med < lim ? "yes" : "**no**") : "–")
      }
    }' "$work/go.txt"
  # The OEWS reading benchmarks also report the peak RSS of a process
  # that only reads the table (target: 250 MB).
  awk '/^Benchmark/ { for (i = 4; i < NF; i++) if ($(i+1) == "peak-MB") {
        name = $1; sub(/-[0-9]+$/, "", name); sub(/^Benchmark/, "", name)
        if (!(name in n)) order[++k] = name
        v[name, ++n[name]] = $i } }
    END {
      if (k) { print ""; print "| benchmark | peak RSS median (min–max) | target | met? |"; print "|---|---|---|---|" }
      for (j = 1; j <= k; j++) {
        s = order[j]; m = n[s]
        for (a = 1; a <= m; a++) x[a] = v[s, a]
        for (a = 1; a <= m; a++) for (b = a + 1; b <= m; b++) if (x[b] < x[a]) { t = x[a]; x[a] = x[b]; x[b] = t }
        med = (m % 2) ? x[(m+1)/2] : (x[m/2] + x[m/2+1]) / 2
        printf("| %s | %.0f (%.0f–%.0f) MB | ≤ 250 MB | %s |\n", s, med, x[1], x[m], med <= 250 ? "yes" : "**no**")
      }
    }' "$work/go.txt"
fi
echo
echo "bench: done; load average $(cut -d' ' -f1-3 /proc/loadavg)"
