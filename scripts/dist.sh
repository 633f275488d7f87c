#!/usr/bin/env bash
# `make dist`: dist/kennisbank-<version>-linux-<arch>.tar.gz and its .sha256, a download whose binary needs
# nothing but the C library (glibc: libc, libm, and libgcc_s, which glibc itself depends on):
#   - the Swift standard library, Foundation (with its ICU data) and libstdc++ linked statically;
#   - cmark-gfm and its extensions linked from Debian's static libcmark-gfm.a, with the concurrency fix
#     of Sources/CmarkConcurrency switched to its --wrap form (see special_characters.c);
#   - mimalloc, which Debian ships only as a shared library, in lib/ beside the binary (RUNPATH $ORIGIN/lib);
#   - libcurl, which FoundationNetworking needs and Kennisbank never calls, replaced by stubs (dist/curl_stub.c);
#   - the default theme in kennisbank-theme/ beside the binary (where Theme's ThemeLocator looks first),
#     scripts/handout.sh and handout.py for the PDF handouts, the content-only pipelines
#     (from Sources/Starter/Pipelines/, as templates/pipelines/), and the licences of what is linked in.
# It shares `make tool`'s release build (both link the Swift standard library statically; the compiled
# modules are the same): the binary is linked once more with the flags below, copied out, and
# `make tool`'s binary linked again, so .build/release/kennisbank stays the ordinary one.
#   bash scripts/dist.sh [OUT_DIR]      (default dist/; Tests/Dist/run.sh checks the result)
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:-$REPO/dist}"
SWIFT="${SWIFT:-swift}"
read -r -a RELEASE <<<"${SWIFT_RELEASE_FLAGS:--c release --static-swift-stdlib}"
START=$(date +%s)
cd "$REPO"

bash scripts/apt-ensure.sh libcmark-gfm-dev libcmark-gfm-extensions-dev libmimalloc-dev pkg-config binutils
# The curl stubs stand in for an HTTP client nobody calls; make sure that stays true.
if grep -rlE "import FoundationNetworking|URLSession" Sources >/dev/null; then
  echo "dist: a source under Sources/ uses FoundationNetworking; the dist binary has no libcurl (scripts/dist/curl_stub.c)" >&2
  exit 1
fi

case "$(uname -m)" in
  x86_64) ARCH=x86_64 ;;
  aarch64 | arm64) ARCH=arm64 ;;
  *) ARCH="$(uname -m)" ;;
esac
LIBDIR="$(pkg-config --variable=libdir libcmark-gfm)"
WORK="$REPO/.build/dist-link"
rm -rf "$WORK"
mkdir -p "$WORK/lib" "$WORK/pkgconfig"
# A folder with only the static archives, found first: pkg-config points the link there.
ln -s "$LIBDIR/libcmark-gfm.a" "$LIBDIR/libcmark-gfm-extensions.a" "$WORK/lib/"
sed "s|^libdir=.*|libdir=$WORK/lib|" "$LIBDIR/pkgconfig/libcmark-gfm.pc" >"$WORK/pkgconfig/libcmark-gfm.pc"
CLANG="$(dirname "$(command -v "$SWIFT")")/clang"
[ -x "$CLANG" ] || CLANG=clang
STDCXX="$("$CLANG" -print-file-name=libstdc++.a)"
[ -f "$STDCXX" ] || { echo "dist: no libstdc++.a (Debian: libstdc++-12-dev)" >&2; exit 1; }
ln -s "$STDCXX" "$WORK/lib/libstdc++.a"
"$CLANG" -O2 -fPIC -c scripts/dist/curl_stub.c -o "$WORK/curl_stub.o"
ar rcs "$WORK/lib/libcurl.a" "$WORK/curl_stub.o"

echo "[dist] linking the static binary"
PKG_CONFIG_PATH="$WORK/pkgconfig" "$SWIFT" build "${RELEASE[@]}" --product kennisbank \
  -Xlinker -L"$WORK/lib" \
  -Xlinker --wrap=cmark_inlines_add_special_character -Xlinker --wrap=cmark_inlines_remove_special_character \
  -Xlinker '-rpath=$ORIGIN/lib'
BIN="$("$SWIFT" build "${RELEASE[@]}" --show-bin-path)/kennisbank"
VERSION="$("$BIN" --version | cut -d' ' -f1)"
NAME="kennisbank-$VERSION-linux-$ARCH"
STAGE="$WORK/$NAME"
mkdir -p "$STAGE/lib" "$STAGE/scripts" "$STAGE/licenses"
# Symbols stay (a crash report names functions); the debug information goes (80 MB instead of 91).
objcopy --strip-debug "$BIN" "$STAGE/kennisbank"
echo "[dist] linking make tool's binary again"
"$SWIFT" build "${RELEASE[@]}" --product kennisbank

# The static cmark-gfm switches its special characters through the wrappers of the concurrency fix.
calls="$(objdump -d --no-show-raw-insn --disassemble=cmark_manage_extensions_special_characters "$STAGE/kennisbank")"
for switch in add remove; do
  grep -q "<__wrap_cmark_inlines_${switch}_special_character>" <<<"$calls" ||
    { echo "dist: cmark-gfm's special-character switch ($switch) does not go through --wrap" >&2; exit 1; }
done
# Only the C library and mimalloc may be needed; mimalloc comes from lib/.
needed="$(readelf -d "$STAGE/kennisbank" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort | tr '\n' ' ')"
for library in $needed; do
  case "$library" in
    libc.so.* | libm.so.* | libgcc_s.so.* | ld-linux*.so.* | libmimalloc.so.*) ;;
    *) echo "dist: the binary needs $library, which is not part of the C library" >&2; exit 1 ;;
  esac
done
MIMALLOC="$(readelf -d "$LIBDIR/libmimalloc.so" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')"
cp -L "$LIBDIR/$MIMALLOC" "$STAGE/lib/$MIMALLOC"
cp -R themes/default "$STAGE/kennisbank-theme"
cp scripts/handout.sh scripts/handout.py "$STAGE/scripts/"
mkdir -p "$STAGE/templates/pipelines"
cp Sources/Starter/Pipelines/github.yml Sources/Starter/Pipelines/gitlab.yml "$STAGE/templates/pipelines/"
cp README.md "$STAGE/"
cp /usr/share/doc/libcmark-gfm0*/copyright "$STAGE/licenses/cmark-gfm.txt"
cp /usr/share/doc/libmimalloc2*/copyright "$STAGE/licenses/mimalloc.txt"
cp /usr/share/doc/libstdc++6/copyright "$STAGE/licenses/libstdc++.txt"
swift_license="$(dirname "$(dirname "$(readlink -f "$(command -v "$SWIFT")")")")/share/swift/LICENSE.txt"
if [ -f "$swift_license" ]; then cp "$swift_license" "$STAGE/licenses/swift.txt"
else echo "Apache License 2.0 with Runtime Library Exception: https://swift.org/LICENSE.txt" >"$STAGE/licenses/swift.txt"; fi
cp .build/checkouts/swift-argument-parser/LICENSE.txt "$STAGE/licenses/swift-argument-parser.txt"
cp .build/checkouts/Yams/LICENSE "$STAGE/licenses/Yams.txt"
cp .build/checkouts/FlyingFox/LICENSE "$STAGE/licenses/FlyingFox.txt"
cat >"$STAGE/licenses/README.txt" <<EOF
kennisbank $VERSION links in, besides its own code:
  - the Swift standard library, Foundation and Dispatch (swift.txt: Apache License 2.0 with Runtime Library Exception);
  - ICU from swift-foundation-icu, inside Foundation (Unicode License v3:
    https://github.com/swiftlang/swift-foundation-icu/blob/main/LICENSE);
  - libstdc++ (libstdc++.txt: GPL 3 with the GCC Runtime Library Exception);
  - cmark-gfm (cmark-gfm.txt), swift-argument-parser, Yams and FlyingFox (their own files);
and ships mimalloc beside it in lib/ (mimalloc.txt: MIT).
EOF

mkdir -p "$OUT"
TARBALL="$OUT/$NAME.tar.gz"
EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 0)}"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$EPOCH" --mode='u+rwX,go+rX,go-w' \
  -C "$WORK" -cf - "$NAME" | gzip -9 -n >"$TARBALL"
(cd "$OUT" && sha256sum "$NAME.tar.gz" >"$NAME.tar.gz.sha256")
rm -rf "$STAGE"
echo "[dist] $TARBALL: $(du -k "$TARBALL" | cut -f1) KiB ($(stat -c %s "$TARBALL") bytes), binary needs: $needed, $(( $(date +%s) - START )) s"
