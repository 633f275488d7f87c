#!/usr/bin/env bash
# `kennisbank serve` in Chromium: the warning banner, the error page, the keyboard (serve.py). make test
# runs it as
#   bash Tests/Browser/serve.sh [path/to/kennisbank]
# Installs the browser suite's venv and Chromium when missing.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
bash "$HERE/setup.sh" >/dev/null
export SE_OFFLINE=true PYTHONDONTWRITEBYTECODE=1
exec "${BROWSER_VENV:-$REPO/.venv-browser}/bin/python" "$HERE/serve.py" --kennisbank "${1:-$REPO/.build/release/kennisbank}"
