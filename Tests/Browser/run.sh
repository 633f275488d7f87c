#!/usr/bin/env bash
# Kennisbank browser test suite: bash Tests/Browser/run.sh [SITE_DIR] [--screenshots DIR] [--only a,b] [-v]
# Installs what it needs (setup.sh, idempotent), then runs suite.py. Exit 0 only when every check passes.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
SITE="${1:-$REPO/site}"
[ $# -gt 0 ] && shift
bash "$HERE/setup.sh"
export SE_OFFLINE=true PYTHONDONTWRITEBYTECODE=1
exec "${BROWSER_VENV:-$REPO/.venv-browser}/bin/python" "$HERE/suite.py" "$SITE" "$@"
