#!/bin/sh
# Writes the content-only pipelines (Sources/Starter/Pipelines/github.yml and gitlab.yml) pinned to one release:
#   sh scripts/fill-pipelines.sh VERSION TARBALL_URL SHA256 OUT_DIR
# -> OUT_DIR/kennisbank-pipeline-github.yml and kennisbank-pipeline-gitlab.yml, with KENNISBANK_VERSION,
# KENNISBANK_DOWNLOAD (the linux-x86_64 tarball's address) and KENNISBANK_SHA256 filled in. The release
# jobs (.github/workflows/release.yml, .gitlab-ci.yml) attach them; scripts/lint-pipelines.sh lints them.
# POSIX sh, so that it runs in the small images of release jobs.
set -eu
[ $# -eq 4 ] || { echo "usage: $0 VERSION TARBALL_URL SHA256 OUT_DIR" >&2; exit 2; }
version=$1 url=$2 sum=$3 out=$4
templates="$(cd "$(dirname "$0")/../Sources/Starter/Pipelines" && pwd)"
case "$sum" in *[!0-9a-f]* | "") echo "fill-pipelines: '$sum' is not a SHA-256 in hex" >&2; exit 1 ;; esac
[ ${#sum} -eq 64 ] || { echo "fill-pipelines: '$sum' is not 64 hex digits" >&2; exit 1; }
mkdir -p "$out"
for kind in github gitlab; do
  sed -e "s|^\(  *KENNISBANK_VERSION:\).*|\1 \"$version\"|" \
      -e "s|^\(  *KENNISBANK_DOWNLOAD:\).*|\1 \"$url\"|" \
      -e "s|^\(  *KENNISBANK_SHA256:\).*|\1 \"$sum\"|" \
      "$templates/$kind.yml" >"$out/kennisbank-pipeline-$kind.yml"
  for value in "\"$version\"" "\"$url\"" "\"$sum\""; do
    grep -qF "$value" "$out/kennisbank-pipeline-$kind.yml" || { echo "fill-pipelines: $kind.yml lost $value" >&2; exit 1; }
  done
done
