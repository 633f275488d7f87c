#!/usr/bin/env bash
# Installs the system packages Kennisbank needs to build (Debian): cmark-gfm and its extensions,
# mimalloc (the allocator `kennisbank` links), pkg-config, and libcurl's development files: release builds
# link Foundation statically, and FoundationNetworking (imported by FlyingFox) links libcurl; `make dist`
# replaces it with stubs (scripts/dist/curl_stub.c). Does nothing when they are present; uses sudo when not root.
set -euo pipefail
exec bash "$(dirname "${BASH_SOURCE[0]}")/apt-ensure.sh" libcmark-gfm-dev libcmark-gfm-extensions-dev libmimalloc-dev pkg-config libcurl4-openssl-dev
