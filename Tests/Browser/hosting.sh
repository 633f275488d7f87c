#!/usr/bin/env bash
# The built site served by nginx like GitHub/GitLab Pages (hosting.py). make test runs it as
#   bash Tests/Browser/hosting.sh [path/to/kennisbank] [hosting.py options: --root SITE ...]
# Installs nginx (Debian's nginx-light, else nginx) and the browser suite's venv when missing.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  if apt-cache show nginx-light >/dev/null 2>&1; then package=nginx-light; else package=nginx; fi
  bash "$REPO/scripts/apt-ensure.sh" "$package"
fi
bash "$HERE/setup.sh" >/dev/null
export SE_OFFLINE=true PYTHONDONTWRITEBYTECODE=1
KENNISBANK="${1:-$REPO/.build/release/kennisbank}"
[ $# -gt 0 ] && shift
exec "${BROWSER_VENV:-$REPO/.venv-browser}/bin/python" "$HERE/hosting.py" --kennisbank "$KENNISBANK" "$@"
