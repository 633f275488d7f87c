#!/usr/bin/env bash
# Installs the system packages Kennisbank needs to build (Debian): cmark-gfm and its extensions,
# mimalloc (the allocator `kennisbank` links), and pkg-config. Does nothing when they are present; uses sudo when not root.
set -euo pipefail
need=()
for package in libcmark-gfm-dev libcmark-gfm-extensions-dev libmimalloc-dev pkg-config; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || need+=("$package")
done
[ ${#need[@]} -eq 0 ] && exit 0
echo "[deps] apt-get install ${need[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
