#!/usr/bin/env bash
# Installs the system packages Kennisbank needs to build (Debian): cmark-gfm and its extensions,
# mimalloc (the allocator `kennisbank` links), and pkg-config. Does nothing when they are present; uses sudo when not root.
set -euo pipefail
exec bash "$(dirname "${BASH_SOURCE[0]}")/apt-ensure.sh" libcmark-gfm-dev libcmark-gfm-extensions-dev libmimalloc-dev pkg-config
