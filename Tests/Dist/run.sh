#!/usr/bin/env bash
# make test's proof of `make dist`: bash Tests/Dist/run.sh [DIST_DIR]
# Unpacks dist/kennisbank-<version>-linux-<arch>.tar.gz (after checking its .sha256) outside the repository,
# and runs its binary where nothing of the build machine is left but the C library:
#   - namespace (as root, where `unshare -m` is allowed): a private mount namespace in which the Swift
#     toolchain, the cmark-gfm, mimalloc and libstdc++ shared libraries (bind mounts of /dev/null over
#     each) and this repository (an empty tmpfs, so neither its themes/ nor .build/ can help) are hidden;
#     there the ordinary binary must fail to start, `ldd` must show the dist binary needing only the
#     C library and its own lib/libmimalloc, and `serve` must answer;
#   - without root or where a container refuses unshare, the run fails, unless DIST_ISOLATION=none asks
#     for the rest without hiding (readelf's list of needed libraries instead of the hidden run).
# (A chroot holding only the C library does not do: a Swift binary needs /proc, which only root mounts.)
# Either way the dist binary builds a copy of the real content (content/ and kennisbank.yml, without
# themes/, so the theme has to come from the tarball) with --strict, and the result must equal, byte for
# byte, what the ordinary binary (.build/release/kennisbank) builds from the same copy.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
DIST="$(cd "${1:-$REPO/dist}" && pwd)"
NORMAL="${KENNISBANK:-$REPO/.build/release/kennisbank}"
MODE="${DIST_ISOLATION:-auto}"  # auto (namespace, or fail) | none
START=$(date +%s)
passed=0 failed=0
pass() { passed=$((passed + 1)); echo "PASS  $*"; }
fail() { failed=$((failed + 1)); echo "FAIL  $*"; }

case "$(uname -m)" in aarch64 | arm64) ARCH=arm64 ;; *) ARCH="$(uname -m)" ;; esac
shopt -s nullglob
tarballs=("$DIST"/kennisbank-*-linux-"$ARCH".tar.gz)
[ ${#tarballs[@]} -eq 1 ] || { echo "FAIL  expected one kennisbank-*-linux-$ARCH.tar.gz in $DIST, found ${#tarballs[@]}"; exit 1; }
TARBALL="${tarballs[0]}"
NAME="$(basename "$TARBALL" .tar.gz)"
if (cd "$DIST" && sha256sum --quiet -c "$NAME.tar.gz.sha256"); then pass "$NAME.tar.gz matches its .sha256"; else fail "$NAME.tar.gz does not match its .sha256"; fi
echo "      $(stat -c %s "$TARBALL") bytes ($(( $(stat -c %s "$TARBALL") / 1048576 )) MiB)"

T="$(mktemp -d /tmp/kennisbank-dist.XXXXXX)"
trap 'rm -rf "$T"' EXIT
tar -xzf "$TARBALL" -C "$T"
PKG="$T/$NAME"
for item in kennisbank kennisbank-theme/templates/layout.mustache lib scripts/handout.sh scripts/handout.py \
  templates/pipelines/github.yml templates/pipelines/gitlab.yml licenses/README.txt; do
  [ -e "$PKG/$item" ] || fail "the tarball has no $NAME/$item"
done
mkdir "$T/site-src"
cp -R "$REPO/content" "$REPO/kennisbank.yml" "$T/site-src/"
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git -C "$REPO" log -1 --format=%ct 2>/dev/null || echo 0)}"
unset KENNISBANK_THEME_DIR KENNISBANK_BASE_URL
"$NORMAL" build --quiet --strict --root "$T/site-src" --output "$T/normal"

if [ "$MODE" = auto ]; then
  if [ "$(id -u)" -eq 0 ] && unshare -m --propagation private true 2>/dev/null; then
    MODE=namespace
  else
    echo "FAIL  cannot hide the toolchain here: this needs root and 'unshare -m' (a container needs"
    echo "      --cap-add=SYS_ADMIN --security-opt=apparmor=unconfined); DIST_ISOLATION=none checks without hiding"
    exit 1
  fi
fi
echo "      isolation: $MODE"

if [ "$MODE" = namespace ]; then
  toolchain="$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")"
  libdir="$(dirname "$(readlink -f "$(ldconfig -p | sed -n 's/.*libc\.so\.6.*=> \(.*\)/\1/p' | head -1)")")"
  hidden_files=()
  for file in "$libdir"/libcmark-gfm*.so* "$libdir"/libmimalloc.so* "$libdir"/libstdc++.so*; do
    hidden_files+=("$(readlink -f "$file")")
  done
  # The toolchain: all of it when it has its own folder (/opt/swift/usr), its Swift libraries when it
  # lives in /usr (the official swift image).
  if [ "$toolchain" = /usr ]; then hidden_dirs=(/usr/lib/swift /usr/lib/swift_static); else hidden_dirs=("$toolchain"); fi
  export T PKG NORMAL REPO
  HIDDEN_FILES="$(printf '%s\n' "${hidden_files[@]}" | sort -u)" HIDDEN_DIRS="${hidden_dirs[*]}" \
    unshare -m --propagation private bash -s >"$T/namespace.log" 2>&1 <<'INSIDE' || true
set -u
cd /
result() { echo "RESULT $*"; }
for dir in $HIDDEN_DIRS; do [ -d "$dir" ] && mount -t tmpfs -o size=1m,mode=0755 hidden "$dir"; done
while IFS= read -r file; do [ -n "$file" ] && mount --bind /dev/null "$file"; done <<<"$HIDDEN_FILES"
echo "hidden: $HIDDEN_DIRS $(echo $HIDDEN_FILES)"
if "$NORMAL" --version >/dev/null 2>&1; then result fail "the ordinary binary still starts: the hiding hides nothing"
else result pass "the ordinary binary cannot start here ($("$NORMAL" --version 2>&1 | head -1 | cut -c1-120))"; fi
mount -t tmpfs -o size=1m,mode=0755 hidden "$REPO"
if [ -e "$REPO/themes" ]; then result fail "the repository is still visible"; fi
ldd "$PKG/kennisbank" | tee "$T/ldd.txt"
other="$(grep -vE "^\s*(linux-vdso|linux-gate)|/(libc|libm|libgcc_s)\.so|ld-linux|$PKG/lib/libmimalloc\.so" "$T/ldd.txt" || true)"
if [ -z "$other" ] && ! grep -q "not found" "$T/ldd.txt"; then result pass "ldd: only the C library and the tarball's lib/libmimalloc"
else result fail "ldd shows more than the C library: $other"; fi
version="$("$PKG/kennisbank" --version 2>&1)" && result pass "kennisbank --version: $version" || result fail "kennisbank --version: $version"
if "$PKG/kennisbank" build --quiet --strict --root "$T/site-src" --output "$T/dist-out" >"$T/dist-build.log" 2>&1; then
  result pass "the dist binary builds the real content with --strict"
else result fail "the dist binary's build failed: $(tail -5 "$T/dist-build.log")"; fi
# serve (FlyingFox, linked in): the home page over HTTP on a free port.
port=$(( 20000 + RANDOM % 20000 ))
"$PKG/kennisbank" serve --quiet --root "$T/site-src" --port "$port" >"$T/serve.log" 2>&1 &
server=$!
status=""
for _ in $(seq 1 120); do
  kill -0 "$server" 2>/dev/null || break
  if exec 3<>"/dev/tcp/127.0.0.1/$port" 2>/dev/null; then
    printf 'GET / HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nConnection: close\r\n\r\n' "$port" >&3
    status="$(head -1 <&3 | tr -d '\r')"
    exec 3<&-
    break
  fi
  sleep 0.5
done
kill "$server" 2>/dev/null; wait "$server" 2>/dev/null
case "$status" in *" 200"*) result pass "kennisbank serve answers: $status" ;; *) result fail "kennisbank serve did not answer on port $port: '$status' $(tail -3 "$T/serve.log")" ;; esac
INSIDE
  sed -n 's/^RESULT //p' "$T/namespace.log" | while read -r verdict message; do echo "$verdict $message"; done >"$T/results"
  while read -r verdict message; do
    if [ "$verdict" = pass ]; then pass "$message"; else fail "$message"; fi
  done <"$T/results"
  [ -s "$T/results" ] || { fail "the namespace run reported nothing:"; sed 's/^/      /' "$T/namespace.log"; }
  OUTPUT="$T/dist-out"
else
  # No isolation allowed here: only what readelf says the binary needs, and the same site, without hiding.
  echo "SKIP  the hidden-toolchain run (DIST_ISOLATION=none)"
  needed="$(readelf -d "$PKG/kennisbank" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | tr '\n' ' ')"
  if echo "$needed" | tr ' ' '\n' | grep -vE '^$|^(libc|libm|libgcc_s|libmimalloc)\.so|^ld-linux' >/dev/null; then fail "the binary needs $needed"
  else pass "readelf: the binary needs only $needed"; fi
  if "$PKG/kennisbank" build --quiet --strict --root "$T/site-src" --output "$T/dist-out" >"$T/dist-build.log" 2>&1; then
    pass "the dist binary builds the real content with --strict"
  else fail "the dist binary's build failed: $(tail -5 "$T/dist-build.log")"; fi
  OUTPUT="$T/dist-out"
fi

if [ ! -d "$OUTPUT" ]; then
  fail "the dist binary wrote no site to compare"
elif diff -r "$T/normal" "$OUTPUT" >"$T/diff.txt" 2>&1; then
  pass "the dist binary's site equals the ordinary binary's, byte for byte ($(find "$OUTPUT" -type f | wc -l) files)"
else
  fail "the dist binary's site differs from the ordinary binary's:"; head -20 "$T/diff.txt" | sed 's/^/      /'
fi
echo "dist: $passed passed, $failed failed ($(( $(date +%s) - START )) s)"
[ "$failed" -eq 0 ]
