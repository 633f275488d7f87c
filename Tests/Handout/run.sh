#!/usr/bin/env bash
# PDF handout checks for `make test`: bash Tests/Handout/run.sh [SITE_DIR] [KENNISBANK]
# Writing every handout takes minutes of CPU (the whole training is some 120 pages per audience), so this
# renders a representative subset with the same script as `make handout`:
#   - both audiences of the smallest section edition with a quiz (cover, table of contents, chapters, a
#     quiz, the begrippen chapter);
#   - the participants' edition of another section, the one with the most glossary terms, once with the compact
#     glossary it has by default and once with the whole articles (print.sectionGlossary: full, in a copy
#     of the site): the compact one must have fewer pages.
# check_pdfs.py checks them (structure, cover, fonts) and writes PNGs of the cover, the contents and the
# first quiz page to build/handout-test/pages. Then the site is built again with --handouts: its print
# pages must link exactly the PDFs made, and each link must reach its file.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
SITE="$(cd "${1:-$REPO/site}" && pwd)"
KENNISBANK="${2:-$REPO/.build/release/kennisbank}"
OUT="$REPO/build/handout-test"
# As make site-check builds: review dates against the last commit, no base URL from the environment.
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git -C "$REPO" log -1 --format=%ct 2>/dev/null || echo 0)}"
unset KENNISBANK_BASE_URL
status=0
# The smallest section edition that has a quiz (its trainers' edition has an answer key): a section
# without one (the vragenlijsten) would leave the quiz checks nothing to check.
section=""
for edition in $(ls -Sr "$SITE"/print/onderdeel/*/index.html); do
  folder="$(dirname "$edition")"
  if grep -q 'print-answer-key' "$folder/trainer/index.html"; then section="$(basename "$folder")"; break; fi
done
[ -n "$section" ] || { echo "FAIL  no section print edition with a quiz in $SITE/print/onderdeel"; exit 1; }
# Another section, the one whose edition has the most glossary terms (the definitions, here).
glossary="$(for edition in "$SITE"/print/onderdeel/*/index.html; do
  [ "$(basename "$(dirname "$edition")")" = "$section" ] && continue
  echo "$(grep -o 'print-part--compact' "$edition" | wc -l) $(basename "$(dirname "$edition")")"
done | sort -rn | head -1)"
terms="${glossary%% *}" glossary="${glossary#* }"
[ "$terms" -gt 0 ] || { echo "FAIL  no section edition has a compact glossary"; exit 1; }
rm -rf "$OUT"
bash "$REPO/scripts/handout.sh" "$SITE" "$OUT" --only "$section-deelnemers" --only "$section-trainers" --only "$glossary-deelnemers"

# The same section with the whole articles: a copy of the site's sources with print.sectionGlossary: full.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/root"
cp -R "$REPO/content" "$REPO/kennisbank.yml" "$work/root/"
if [ -d "$REPO/themes" ]; then cp -R "$REPO/themes" "$work/root/"; fi
grep -q '^print:' "$work/root/kennisbank.yml" && { echo "FAIL  kennisbank.yml has a print: key already; this test adds one"; exit 1; }
printf 'print:\n  sectionGlossary: full\n' >>"$work/root/kennisbank.yml"
"$KENNISBANK" build --quiet --root "$work/root" --output "$work/full-site"
bash "$REPO/scripts/handout.sh" "$work/full-site" "$work/full" --only "$glossary-deelnemers" >/dev/null
compact_pages="$(pdfinfo "$OUT/$glossary-deelnemers.pdf" | sed -n 's/^Pages: *//p')"
full_pages="$(pdfinfo "$work/full/$glossary-deelnemers.pdf" | sed -n 's/^Pages: *//p')"
if [ "$compact_pages" -lt "$full_pages" ]; then
  echo "PASS  $glossary-deelnemers.pdf: $compact_pages pages with the compact glossary of $terms terms, $full_pages with the whole articles"
else
  echo "FAIL  $glossary-deelnemers.pdf: $compact_pages pages with the compact glossary, $full_pages with the whole articles"; status=1
fi

python3 "$HERE/check_pdfs.py" "$SITE" "$OUT" "$OUT/pages" || status=1
# The checks must be able to fail: the participants' PDF passed off as the trainers' one has no answers.
planted="$(mktemp -d)"
cp "$OUT/$section-deelnemers.pdf" "$planted/$section-trainers.pdf"
if python3 "$HERE/check_pdfs.py" "$SITE" "$planted" >/dev/null; then
  echo "FAIL  planted: the participants' PDF passed as the trainers' one"; status=1
else
  echo "PASS  planted: the participants' PDF named as the trainers' one is rejected"
fi
rm -rf "$planted"

# Published with the site: the print pages link the PDFs made, and only those.
"$KENNISBANK" build --quiet --strict --root "$REPO" --output "$work/published" --handouts "$OUT"
python3 - "$work/published" "$OUT" <<'PY' || status=1
import os, re, sys
site, made = sys.argv[1], sorted(f for f in os.listdir(sys.argv[2]) if f.endswith(".pdf"))
linked, broken = set(), []
for folder, _dirs, files in os.walk(os.path.join(site, "print")):
    for name in files:
        if name != "index.html":
            continue
        text = open(os.path.join(folder, name), encoding="utf-8").read()
        for href in re.findall(r'href="([^"#]+\.pdf)"', text):
            target = os.path.normpath(os.path.join(folder, href))
            linked.add(os.path.basename(target))
            if not os.path.isfile(target):
                broken.append("%s -> %s" % (os.path.relpath(folder, site), href))
if broken or sorted(linked) != made:
    print("FAIL  print pages link %s (broken: %s); made: %s" % (sorted(linked), broken[:3], made))
    sys.exit(1)
print("PASS  published with --handouts: the print pages link the %d PDFs made, every link reaches its file" % len(made))
PY
exit $status
