#!/usr/bin/env bash
# The trainers' guide, tested (guide_test.py): make test runs it as 'make guide-test'.
#   bash Tests/Guide/run.sh [path/to/kennisbank]
# Review dates are measured against the last commit's time, as in 'make site-check'.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
export PYTHONDONTWRITEBYTECODE=1
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git -C "$REPO" log -1 --format=%ct 2>/dev/null || true)}"
[ -n "$SOURCE_DATE_EPOCH" ] || unset SOURCE_DATE_EPOCH
unset KENNISBANK_BASE_URL
exec python3 "$HERE/guide_test.py" "${1:-$REPO/.build/release/kennisbank}"
