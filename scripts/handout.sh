#!/usr/bin/env bash
# `make handout`: the print editions of a built site (site/print/...) as PDF handouts in build/handout/,
# laid out by WeasyPrint (PyPI) with A4 pages, page numbers, the chapter as running title, a table of
# contents with page numbers, Dutch hyphenation and a tagged PDF/UA-1 file with language and title.
#   bash scripts/handout.sh [SITE_DIR] [OUT_DIR] [--only SUBSTRING]...
#   bash scripts/handout.sh REPORT_DIR OUT_DIR      (a report of `kennisbank resultaten`: OUT_DIR/resultaten-<folder>.pdf)
# Installs what it needs: Pango and fonts from Debian (apt-get, only when missing) and WeasyPrint in the
# venv .venv-handout (or $HANDOUT_VENV).
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SITE="${1:-$REPO/site}"
OUT="${2:-$REPO/build/handout}"
shift $(( $# < 2 ? $# : 2 ))
VENV="${HANDOUT_VENV:-$REPO/.venv-handout}"
WEASYPRINT_VERSION=70.0
export DEBIAN_FRONTEND=noninteractive

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
need=()
for package in libpango-1.0-0 libpangoft2-1.0-0 fonts-liberation fonts-dejavu-core python3-venv poppler-utils qpdf; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || need+=("$package")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "[handout] apt-get install ${need[*]}"
  $SUDO apt-get update -qq
  $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
if [ ! -x "$VENV/bin/python" ]; then
  echo "[handout] creating venv $VENV"
  python3 -m venv "$VENV"
fi
if ! "$VENV/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('weasyprint') != '$WEASYPRINT_VERSION')" 2>/dev/null; then
  echo "[handout] pip install weasyprint==$WEASYPRINT_VERSION"
  "$VENV/bin/pip" install -q --disable-pip-version-check "weasyprint==$WEASYPRINT_VERSION"
fi
# A report folder of `kennisbank resultaten` (make report-pdf) becomes one PDF named after the folder.
if [ -f "$SITE/samenvatting.json" ] && [ -f "$SITE/index.html" ]; then
  exec "$VENV/bin/python" "$REPO/scripts/handout.py" --report "$SITE" "$OUT"
fi
[ -f "$SITE/print/index.html" ] || { echo "[handout] $SITE/print/index.html is missing: build the site first (make)" >&2; exit 2; }
exec "$VENV/bin/python" "$REPO/scripts/handout.py" "$SITE" "$OUT" "$@"
