#!/usr/bin/env bash
# Runs every subcommand, and a 10 s window session, with no network at all
# (a new network namespace: unshare -rn). Usage: scripts/offline.sh ./careercompare
set -euo pipefail
bin=$(realpath "${1:-./careercompare}")
if ! unshare -rn true 2>/dev/null; then
  echo "offline: skipped: this machine cannot make a network namespace (unshare -rn)"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
off() { unshare -rn "$@"; }
off "$bin" --version >/dev/null
off "$bin" template >"$work/data.json"
off "$bin" validate "$work/data.json" >/dev/null
off "$bin" export --chart all --format png --out "$work" >/dev/null
off "$bin" export --format pdf --out "$work/handout.pdf" >/dev/null
off "$bin" export --format html --out "$work/handout.html" >/dev/null
[ "$(ls "$work" | wc -l)" -eq 6 ] || { echo "offline: FAIL: exports missing: $(ls "$work")" >&2; exit 1; }
"$(dirname "$0")/soak.sh" "$bin" 10 --offline
echo "offline: ok (every subcommand and a window session without network)"
