#!/usr/bin/env bash
# The accessible HTML handout in a real browser: exports the handout of
# every built-in edition in English and Spanish with a planned path (and
# one of a data file whose texts are markup), then checks each page in
# Debian's Chromium (or Google Chrome) with axe-core, with no network
# (scripts/a11y/check.mjs).
# Builds nothing: make test builds the binary first.
# Usage: scripts/a11y.sh ./careercompare
# A11Y_OUT=DIR keeps the screenshots, printed PDFs and accessibility trees
# there; by default they go to a temporary folder that is removed.
set -euo pipefail
bin=$(realpath "${1:-./careercompare}")
cd "$(dirname "$0")/.."
here=scripts/a11y
for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "a11y: $tool is missing: install Node.js 18 or newer (scripts/deps.sh test installs Debian's nodejs and npm)" >&2; exit 1; }
done
# CHROMIUM names the browser; else Debian's Chromium, else Google Chrome.
export CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v google-chrome || true)}
[ -n "$CHROMIUM" ] && [ -x "$CHROMIUM" ] || { echo "a11y: no Chromium: apt-get install chromium (scripts/deps.sh test does), or set CHROMIUM" >&2; exit 1; }
[ -x "$bin" ] || { echo "a11y: no binary at $bin: make build" >&2; exit 1; }

step() {
  local name=$1; shift
  local t0; t0=$(date +%s%N)
  "$@"
  echo "a11y: $name: $(( ($(date +%s%N) - t0) / 1000000 )) ms"
}

# npm ci when node_modules is not what package-lock.json pins (the first
# run needs the npm registry; later ones run offline).
install() {
  if [ -d "$here/node_modules" ] && cmp -s "$here/package-lock.json" "$here/node_modules/.ci-lock.json"; then
    return
  fi
  npm ci --prefix "$here" --no-audit --no-fund --loglevel=error >/dev/null
  cp "$here/package-lock.json" "$here/node_modules/.ci-lock.json"
}

if [ -n "${A11Y_OUT:-}" ]; then
  out=$A11Y_OUT
  mkdir -p "$out"
else
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
fi

export_all() {
  local editions
  editions=$("$bin" export --help | sed -n 's/.*--edition ID *built-in edition: \(.*\) (the first.*/\1/p' | tr -d ',')
  [ -n "$editions" ] || { echo "a11y: cannot read the editions from $bin export --help" >&2; return 1; }
  for e in $editions; do
    for lang in en es; do
      "$bin" export --format html --edition "$e" --lang "$lang" --paper letter \
        --from transfer-students --to bachelor --earned 40 \
        --name "Ana Pérez" --next "Meet the HIT advisor; Visit the campus" \
        --out "$out/handout-$e-$lang.html" >/dev/null
    done
  done
  # A counselor's data file whose texts are markup: shown as text, run never.
  "$bin" template | node -e '
    let d = ""; process.stdin.on("data", (c) => (d += c)).on("end", () => {
      const j = JSON.parse(d);
      j.careers[0].name = "<script>alert(1)</script>";
      j.careers[1].name = "\"><img src=x onerror=alert(1)>";
      j.sources[0].title = "</title><svg onload=alert(2)>";
      j.ladders[0].entries[0].label = "<iframe src=https://example.org></iframe>";
      process.stdout.write(JSON.stringify(j));
    });' >"$out/hostile.json"
  "$bin" export --format html --data "$out/hostile.json" --from transfer-students --to bachelor \
    --name "<script>alert(3)</script>" --out "$out/handout-hostile.html" >/dev/null
}

step "npm ci (puppeteer-core, axe-core)" install
step "export the HTML handouts" export_all
step "Chromium + axe-core, $(ls "$out"/*.html | wc -l) pages" node "$here/check.mjs" "$out" "$out"/*.html
[ -n "${A11Y_OUT:-}" ] && echo "a11y: screenshots, printed PDFs and accessibility trees in $out"
echo "a11y: ok"
