#!/usr/bin/env bash
# `kennisbank resultaten` end to end: bash Tests/Browser/results.sh KENNISBANK_BIN [SITE_DIR] [--only a,b] [--keep DIR]
# Installs what the browser suite needs (setup.sh, idempotent), then runs results.py on the built site: answer sets
# made on its real pages in Chromium, reports checked against an independent tally, vnu and axe on the reports.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
BIN="${1:?usage: results.sh KENNISBANK_BIN [SITE_DIR]}"
SITE="${2:-$REPO/site}"
shift $(( $# < 2 ? $# : 2 ))
bash "$HERE/setup.sh"
export SE_OFFLINE=true PYTHONDONTWRITEBYTECODE=1
exec "${BROWSER_VENV:-$REPO/.venv-browser}/bin/python" "$HERE/results.py" "$BIN" "$SITE" "$@"
