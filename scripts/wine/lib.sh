# Shared by scripts/wine.sh, wine-msi.sh and bench.sh (sourced, bash): a fresh
# 64-bit Wine prefix in a folder of the caller's, with two test-only
# stand-in DLLs built from the C files beside this file, never shipped:
#   bcryptprimitives.dll  ProcessPrng, which Go 1.24+ programs need and
#                         Debian 12's Wine 8 lacks;
#   uiautomationcore.dll  no-ops for the five UI Automation functions Fyne's
#                         driver calls when built with -tags accessibility,
#                         one of which Wine 8 has only as a stub that aborts
#                         the program (UiaRaiseStructureChangedEvent).
#
# wine_env DIR      exports WINEPREFIX=DIR/prefix and a quiet Wine that asks
#                   for no Mono or Gecko download and writes no menu entries;
#                   Wine's HOME is DIR/home (Go's caches stay where they are)
# w ARGS...         wine ARGS under a timeout (T seconds, default 60)
# wine_prefix       builds the DLLs into DIR/dll, makes the prefix, copies
#                   them into its system32, has Wine load the stand-in
#                   uiautomationcore.dll instead of its own (DllOverrides),
#                   turns off the crash dialog
# wine_dlls         one line saying what the stand-ins are, for the output
# wine_window TITLE the visible X window titled TITLE (on $DISPLAY), or
#                   nothing
# wine_press TITLE KEYS...
#                   focuses that window, found again each time, and sends
#                   it KEYS (xdotool); returns 1 when there is no window
# wine_quit PID TITLE WHAT [NOTE]
#                   presses Ctrl+Q in that window and waits for process PID
#                   to end; under Wine a key sent right after focusing a
#                   window is now and then lost, so a window still there
#                   after 5 s gets a second press, said on stdout as
#                   "WHAT: still open 5 s after Ctrl+Q (NOTE's output);
#                   pressing it again". Returns 0 when PID ended, 1 when
#                   there was no window to press it in, 2 when it did not
#                   end within 20 s of the first press
# classify_fault LOG
#                   where the first "Unhandled page fault" of a session
#                   traced with WINEDEBUG=+loaddll is: "MODULE+OFFSET SYMBOL"
# known_wine_fault DESCRIPTION
#                   true for Wine 8's own fault at exit (its XInput thread)
# wine_persist      starts the prefix's wineserver to stay until it is killed
#                   (wineserver -k): a wine started just as an idle server
#                   exits fails with "recvmsg: Connection reset by peer"
# sub TITLE FUNCTION ARGS...
#                   runs one timed sub-step of a script (now, since: the
#                   clock in seconds)
# Functions print why and return 1 on failure.

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN {printf("%.1f", b - a)}'; }
sub() {
  local title=$1 t0; shift
  t0=$(now)
  echo "  -> $title"
  "$@"
  echo "  <- $title: $(since "$t0") s"
}

wine_env() {
  wine_dir=$1
  mkdir -p "$wine_dir/home"
  export WINEPREFIX=$wine_dir/prefix WINEARCH=win64 WINEDEBUG=-all
  export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
  whome=$wine_dir/home
}

w() { HOME=$whome timeout "${T:-60}" wine "$@"; }

wine_window() { xdotool search --onlyvisible --name "^$1\$" 2>/dev/null | tail -n1 || true; }

wine_press() {
  local id
  id=$(wine_window "$1")
  [ -n "$id" ] || return 1
  shift
  xdotool windowfocus "$id" 2>/dev/null || true
  xdotool key --delay 80 "$@"
}

wine_quit() {
  local pid=$1 title=$2 what=$3 note=${4:-} i extra
  wine_press "$title" ctrl+q || return 1
  for i in $(seq 200); do
    kill -0 "$pid" 2>/dev/null || return 0
    if [ "$i" = 50 ] && [ -n "$(wine_window "$title")" ]; then
      extra=""
      [ -n "$note" ] && extra=" ($("$note"))"
      echo "$what: still open 5 s after Ctrl+Q$extra; pressing it again"
      wine_press "$title" ctrl+q || true
    fi
    sleep 0.1
  done
  kill -0 "$pid" 2>/dev/null || return 0
  return 2
}

wine_persist() { HOME=$whome timeout 20 wineserver -p || { echo "wineserver -p failed" >&2; return 1; }; }

# dll_exports DLL: the names a DLL exports, one a line, sorted.
dll_exports() {
  x86_64-w64-mingw32-objdump -p "$1" | sed -n '/^\[Ordinal\/Name Pointer\] Table/,/^$/s/^[[:space:]]*\[ *[0-9]*\] //p' | sort
}

# uia_functions: the UI Automation functions the Fyne of go.mod looks up in
# uiautomationcore.dll (GetProcAddress in its Windows accessibility code),
# one a line, sorted; what the stand-in must export, no more, no less.
uia_functions() {
  local dir src
  dir=$(go list -m -f '{{.Dir}}' fyne.io/fyne/v2 2>/dev/null) || { echo "go list -m fyne.io/fyne/v2 failed" >&2; return 1; }
  src=$dir/internal/driver/glfw/accessibility_windows.c
  [ -f "$src" ] || { echo "no $src: where does this Fyne publish to UI Automation?" >&2; return 1; }
  grep -o 'GetProcAddress(hUiaCore, "[A-Za-z]*")' "$src" | sed 's/.*"\(.*\)")$/\1/' | sort -u
}

# build_dll NAME LIBS...: DIR/dll/NAME.dll from NAME.c beside this file.
build_dll() {
  local name=$1 src dll
  shift
  src=$(dirname "${BASH_SOURCE[0]}")/$name.c
  dll=$wine_dir/dll/$name.dll
  mkdir -p "$wine_dir/dll"
  x86_64-w64-mingw32-gcc -O2 -Wall -Wextra -Werror -shared -s -o "$dll" "$src" "$@" || { echo "could not build $dll" >&2; return 1; }
}

wine_prefix() {
  local sys32 want have
  build_dll bcryptprimitives -ladvapi32 || return 1
  dll_exports "$wine_dir/dll/bcryptprimitives.dll" | grep -qx ProcessPrng || { echo "bcryptprimitives.dll does not export ProcessPrng" >&2; return 1; }
  build_dll uiautomationcore || return 1
  want=$(uia_functions) || return 1
  [ -n "$want" ] || { echo "found no UI Automation function in Fyne's accessibility_windows.c" >&2; return 1; }
  have=$(dll_exports "$wine_dir/dll/uiautomationcore.dll")
  [ "$have" = "$want" ] || {
    echo "the stand-in uiautomationcore.dll exports $(paste -sd" " <<<"$have"), Fyne's driver looks up $(paste -sd" " <<<"$want"): make scripts/wine/uiautomationcore.c match" >&2
    return 1
  }
  (unset DISPLAY WAYLAND_DISPLAY; HOME=$whome timeout 180 wineboot -i) >"$wine_dir/wineboot.log" 2>&1 ||
    { cat "$wine_dir/wineboot.log" >&2; echo "wineboot failed" >&2; return 1; }
  timeout 60 wineserver -w || true
  sys32=$WINEPREFIX/drive_c/windows/system32
  [ -d "$sys32" ] || { echo "no system32 in $WINEPREFIX" >&2; return 1; }
  cp "$wine_dir/dll/bcryptprimitives.dll" "$wine_dir/dll/uiautomationcore.dll" "$sys32/"
  # Wine has a uiautomationcore.dll of its own and loads it first: the
  # prefix is told to load the one in system32 (native) instead. A fault
  # must not open Wine's crash dialog on the X server (it would wait for a
  # click): winedbg reports it on stderr only.
  (unset DISPLAY
    w reg add 'HKCU\Software\Wine\DllOverrides' /v uiautomationcore /t REG_SZ /d native /f &&
    w reg add 'HKCU\Software\Wine\WineDbg' /v ShowCrashDialog /t REG_DWORD /d 0 /f) >/dev/null 2>&1 ||
    { echo "reg add failed" >&2; return 1; }
  timeout 60 wineserver -w || true
}

wine_dlls() {
  echo "test-only stand-ins in system32 (never shipped): bcryptprimitives.dll ($(stat -c %s "$wine_dir/dll/bcryptprimitives.dll") bytes: ProcessPrng), uiautomationcore.dll ($(stat -c %s "$wine_dir/dll/uiautomationcore.dll") bytes, loaded instead of Wine's: no-op $(dll_exports "$wine_dir/dll/uiautomationcore.dll" | paste -sd, - | sed 's/,/, /g'))"
}

# Wine prints "wine: Unhandled page fault on execute access to ADDR" when a
# thread runs into memory that is gone. classify_fault LOG explains each
# such line from the +loaddll trace of that session: which module's range
# the address is in, and where in it (Wine's own DLLs carry symbols).
classify_fault() {
  local log=$1 addr base size mod sym off
  addr=$(sed -n 's/.*Unhandled page fault on execute access to \(0*[0-9A-Fa-f]*\).*/\1/p;T;q' "$log")
  [ -n "$addr" ] || { echo "other: $(grep -m1 -E 'Unhandled|fault' "$log")"; return; }
  # The modules loaded in this session, with their base.
  while read -r mod base; do
    local file
    file=$(find /usr/lib -path "*x86_64-windows/$mod" -print -quit 2>/dev/null)
    [ -n "$file" ] || continue
    size=$(x86_64-w64-mingw32-objdump -p "$file" | awk '/^SizeOfImage/ {print $2}')
    if [ $((16#$addr >= 16#$base && 16#$addr < 16#$base + 16#$size)) = 1 ]; then
      off=$(printf '0x%x' $((16#$addr - 16#$base)))
      local pref
      pref=$(x86_64-w64-mingw32-objdump -p "$file" | awk '/^ImageBase/ {print $2}')
      sym=$(x86_64-w64-mingw32-objdump -d --start-address=$((16#$pref + off)) --stop-address=$((16#$pref + off + 1)) "$file" |
        sed -n 's/^[0-9a-f]* <\(.*\)>:$/\1/p' || true)
      echo "$mod+$off ${sym:-?}"
      return
    fi
  done < <(sed -n 's/.*Loaded L"C:\\\\windows\\\\system32\\\\\([^"]*\)" at \([0-9A-Fa-f]*\).*/\1 \2/p' "$log" | sort -u)
  echo "other: 0x$addr, in no Wine DLL of the session"
}
# known_wine_fault DESCRIPTION: Wine 8's XInput: its update thread signals
# done_event and then returns through code that GLFW's glfwTerminate has
# just unloaded (FreeLibrary of xinput1_4.dll); later Wine keeps a module
# reference in that thread (FreeLibraryAndExitThread).
known_wine_fault() { [[ $1 == xinput1_4.dll+*hid_update_thread_proc* ]]; }
