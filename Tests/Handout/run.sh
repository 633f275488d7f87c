#!/usr/bin/env bash
# PDF handout checks for `make test`: bash Tests/Handout/run.sh [SITE_DIR]
# Writing every handout takes minutes of CPU (the whole training is some 120 pages per audience), so this
# renders a representative subset with the same script as `make handout`: both audiences of the smallest
# section edition with a quiz (cover, table of contents, chapters, a quiz, the begrippen chapter). Then check_pdfs.py
# checks them and writes PNGs of the cover, the contents and the first quiz page to build/handout-test/pages.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
SITE="$(cd "${1:-$REPO/site}" && pwd)"
OUT="$REPO/build/handout-test"
# The smallest section edition that has a quiz (its trainers' edition has an answer key): a section
# without one (the vragenlijsten) would leave the quiz checks nothing to check.
section=""
for edition in $(ls -Sr "$SITE"/print/onderdeel/*/index.html); do
  folder="$(dirname "$edition")"
  if grep -q 'print-answer-key' "$folder/trainer/index.html"; then section="$(basename "$folder")"; break; fi
done
[ -n "$section" ] || { echo "FAIL  no section print edition with a quiz in $SITE/print/onderdeel"; exit 1; }
rm -rf "$OUT"
bash "$REPO/scripts/handout.sh" "$SITE" "$OUT" --only "$section-deelnemers" --only "$section-trainers"
status=0
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
exit $status
