#!/usr/bin/env bash
# QTI and GIFT checks: bash Tests/QTI/run.sh [SITE_DIR]
# Checks the site's packages and those of the hostile fixture (Tests/QTI/hostile-site, built here with
# the release binary) with check_qti.py. Installs what it needs: xmllint (libxml2-utils) from Debian,
# and citolab-qti-convert and pygiftparser in the venv .venv-qti (or $QTI_VENV).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
SITE="${1:-$REPO/site}"
VENV="${QTI_VENV:-$REPO/.venv-qti}"
export DEBIAN_FRONTEND=noninteractive
if ! command -v xmllint >/dev/null; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends libxml2-utils >/dev/null
fi
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
if ! "$VENV/bin/python" - <<'PY' 2>/dev/null
import importlib.metadata as m, sys
sys.exit(0 if m.version("citolab-qti-convert") == "0.2.0" and m.version("pygiftparser") == "1.1" else 1)
PY
then
  echo "[qti] pip install citolab-qti-convert==0.2.0 pygiftparser==1.1"
  "$VENV/bin/pip" install -q --disable-pip-version-check "citolab-qti-convert==0.2.0" "pygiftparser==1.1"
fi
HOSTILE="$(mktemp -d)"
trap 'rm -rf "$HOSTILE"' EXIT
rmdir "$HOSTILE"
# The hostile site holds raw HTML and script links on purpose: its warnings are what it tests.
if ! out="$("$REPO/.build/release/kennisbank" build --allow-warnings --quiet --root "$HERE/hostile-site" --output "$HOSTILE" 2>&1)"; then
  echo "$out"; echo "[qti] the hostile fixture site did not build"; exit 1
fi
PYTHONDONTWRITEBYTECODE=1 exec "$VENV/bin/python" "$HERE/check_qti.py" "$SITE" "$HOSTILE"
