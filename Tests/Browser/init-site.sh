#!/usr/bin/env bash
# A new team's first steps, with only the binary (make test runs this as
#   bash Tests/Browser/init-site.sh [path/to/kennisbank]):
#   - `kennisbank init` writes a site for another organisation, and refuses to write it again;
#   - `kennisbank theme export` writes the built-in theme, and refuses to write over it;
#   - the new site, committed to Git (pages show their dates), is built with --strict and served by
#     nginx like GitHub and GitLab Pages (hosting.py: every link, the 404 page, search, a quiz, a
#     rebuild), and no file of its output, nor any file inside its QTI zips, says 'Amsterdam'.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
BIN="${1:-$REPO/.build/release/kennisbank}"
BIN="$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
SITE="$TMP/voorbeeldstad"
fail() { echo "FAIL  $1"; [ -f "${2:-}" ] && sed 's/^/  /' "$2"; exit 1; }

"$BIN" init "$SITE" --organisation "Gemeente Voorbeeldstad" --title "Kennisbank Voorbeeldstad" >"$TMP/out" 2>&1 \
  || fail "kennisbank init" "$TMP/out"
for file in kennisbank.yml content/index.md .gitignore .gitlab-ci.yml .github/workflows/kennisbank.yml; do
  [ -f "$SITE/$file" ] || fail "kennisbank init wrote no $file" "$TMP/out"
done
echo "PASS  init: $(find "$SITE" -type f | wc -l) files in a new folder"
if "$BIN" init "$SITE" >"$TMP/out" 2>&1; then fail "a second init in the same folder did not refuse" "$TMP/out"; fi
grep -q "staat al een kennisbank" "$TMP/out" || fail "a second init refused without saying why" "$TMP/out"
echo "PASS  init refuses a folder that holds a site: $(head -1 "$TMP/out")"

"$BIN" theme export "$TMP/thema" >"$TMP/out" 2>&1 || fail "kennisbank theme export" "$TMP/out"
diff -r "$TMP/thema/templates" "$REPO/themes/default/templates" >/dev/null || fail "the exported templates differ from themes/default"
diff -r "$TMP/thema/assets" "$REPO/themes/default/assets" >/dev/null || fail "the exported assets differ from themes/default"
if "$BIN" theme export "$TMP/thema" >"$TMP/out" 2>&1; then fail "a second theme export wrote over the first" "$TMP/out"; fi
echo "PASS  theme export: $(find "$TMP/thema" -type f | wc -l) files as in themes/default; a second export refuses"

(cd "$SITE" && git init -q && git add -A \
  && GIT_AUTHOR_DATE=2026-01-05T12:00:00Z GIT_COMMITTER_DATE=2026-01-05T12:00:00Z \
     git -c user.name=Kennisbank -c user.email=kennisbank@example.org -c commit.gpgsign=false commit -qm "Nieuwe kennisbank")
exec bash "$HERE/hosting.sh" "$BIN" --root "$SITE" --section voorbeeld-onderdeel \
  --search voorbeeldbegrip --search-expect voorbeeldbegrip --absent Amsterdam
