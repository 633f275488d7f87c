#!/usr/bin/env python3
"""`kennisbank resultaten` end to end, on the real pages of a built site (run by results.sh, `make results-test`).

For the evaluation vragenlijst, the zelfscan and a quiz: hundreds of submissions are filled in on the page in
Chromium and exported with the page's own buttons (CSV, JSON and the mail link; the mail also as .txt and as
.eml the way mail programs save it), with duplicates, newer versions, exports without a submission id and
broken files among them. The report made from them must hold every count of an independent tally made from
the plans in this test (results_data.py), obey the small-group rule (again computed here), name every file it
left out with its reason and line, compare two groups, be the same bytes for the same answers in any order,
and pass the Nu Html Checker and axe-core at 390 and 1280 px. Screenshots go to the screenshots folder.

  .venv-browser/bin/python Tests/Browser/results.py KENNISBANK_BIN SITE_DIR [--screenshots DIR] [--only a,b]
"""
import argparse
import csv
import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import axe  # noqa: E402
import results_data as rd  # noqa: E402
import results_files as rf  # noqa: E402
from common import DESKTOP, MOBILE, REPO, Browser, Report, SiteServer, ensure  # noqa: E402
from interactive import js  # noqa: E402
from questionnaire_spec import Spec  # noqa: E402
from results_page import PageDriver  # noqa: E402
from static_checks import Vnu  # noqa: E402

TABLES_JS = r"""
const out = {};
for (const s of document.querySelectorAll('.resultaten-vraag, .resultaten-uitkomst')) {
  const table = s.querySelector('table.resultaten-tabel');
  if (!table) continue;
  out[s.querySelector('h3').id] = [...table.querySelectorAll('tbody tr')].map(r =>
    [...r.children].map(c => c.textContent.replace(/\s+/g, ' ').trim()));
}
return {tables: out, svgs: [...document.querySelectorAll('svg')].map(s => [s.getAttribute('role'), !!s.querySelector('title'),
        (s.getAttribute('aria-labelledby') || '').split(' ').every(id => id && document.getElementById(id))]),
        wide: document.documentElement.scrollWidth > window.innerWidth + 1,
        text: document.querySelector('main').innerText};"""


def run_tool(binary, args, cwd):
    p = subprocess.run([binary, "resultaten", "--root", REPO] + args, cwd=cwd, capture_output=True, text=True, timeout=300)
    return p.returncode, p.stdout, p.stderr


def load_summary(folder):
    with open(os.path.join(folder, "samenvatting.json"), encoding="utf-8") as f:
        return json.load(f)


def compare_summary(got, want, problems, label=""):
    if got.get("antwoorden") != want["antwoorden"]:
        problems.append("%santwoorden is %r, the plans give %r" % (label, got.get("antwoorden"), want["antwoorden"]))
    for qid, entry in want["vragen"].items():
        g = got.get("vragen", {}).get(qid)
        if g is None:
            problems.append("%sno entry for question %r" % (label, qid))
            continue
        for key, value in entry.items():
            have = sorted(g.get(key) or []) if key == "teksten" else g.get(key)
            if have != value:
                problems.append("%squestion %r: %s is %r, the independent tally gives %r" % (label, qid, key, have, value))
    for tid, levels in want["themas"].items():
        if got.get("themas", {}).get(tid) != levels:
            problems.append("%stheme %r: levels %r, expected %r" % (label, tid, got.get("themas", {}).get(tid), levels))
        if got.get("scores", {}).get(tid) != want["scores"][tid]:
            problems.append("%stheme %r: scores %r, expected %r" % (label, tid, got.get("scores", {}).get(tid), want["scores"][tid]))


def check_csv_counts(folder, summary, problems):
    with open(os.path.join(folder, "samenvatting.csv"), "rb") as f:
        raw = f.read()
    ensure(raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw, "samenvatting.csv lacks the BOM or CRLF lines")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    ensure(rows[0] == ["groep", "thema_id", "vraag_id", "vraag", "soort", "antwoord", "aantal", "procent"], "samenvatting.csv header %r" % rows[:1])
    group = rows[1][0] if len(rows) > 1 else ""
    for row in rows[1:]:
        if row[0] != group or row[4] in ("niveau",):
            continue
        entry = summary["vragen"].get(row[2])
        want = entry.get("beantwoord") if row[5] == "(beantwoord)" else (entry.get("opties") or {}).get(row[5], "?")
        if row[5] in ("(goed)", "(fout)"):
            want = entry.get(row[5][1:-1])
        if str(want) != row[6]:
            problems.append("samenvatting.csv: %s / %s has %r, samenvatting.json %r" % (row[2], row[5], row[6], want))


def check_html(b, srv, summary, labels, problems, quiz=False, shot=None):
    b.get(srv.url("index.html"), settle=0.2)
    r = js(b.driver, TABLES_JS)
    for role, title, named in r["svgs"]:
        if role != "img" or not title or not named:
            problems.append("a chart lacks role=img, a title or its aria-labelledby targets")
    if r["wide"]:
        problems.append("the report scrolls sideways at %d px" % b.width)
    for anchor, rows in r["tables"].items():
        if not anchor.startswith("vraag-"):
            continue
        qid = list(summary["vragen"])[int(anchor.split("-")[1]) - 1]
        opties = summary["vragen"][qid].get("opties", {})
        for row, label in zip(rows, labels[qid]):
            count = row[2] if quiz else row[1]
            if row[0] != label or count != str(opties.get(label)):
                problems.append("report table of %r: row %r, expected %r with %r" % (qid, row[:3], label, opties.get(label)))
    problems += ["axe@%d: %s" % (b.width, v) for v in axe.run_axe(b.driver)]
    if shot:
        b.screenshot_full(shot)
    return r["text"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("binary")
    ap.add_argument("site")
    ap.add_argument("--screenshots", default=os.environ.get("SHOTS_DIR") or os.path.join(REPO, "build", "screenshots"))
    ap.add_argument("--only")
    ap.add_argument("--keep", help="keep the answer files and reports in this folder")
    a = ap.parse_args()
    report = Report(only=[x for x in (a.only or "").split(",") if x])
    binary, site = os.path.abspath(a.binary), os.path.abspath(a.site)
    shots = os.path.abspath(a.screenshots)
    os.makedirs(shots, exist_ok=True)
    work = a.keep or tempfile.mkdtemp(prefix="kb-resultaten-")
    os.makedirs(work, exist_ok=True)
    t0 = time.time()
    desk, mob = Browser(*DESKTOP), Browser(*MOBILE, mobile=True)
    vnu_pages = []
    try:
        with SiteServer(site) as srv:
            ctx = rf.Context(report, desk, mob, srv, binary, work, shots, vnu_pages)
            rf.evaluation(ctx, "evaluatie-pilottraining", 150)
            rf.zelfscan(ctx, "oefen-zelfscan", 60)
            rf.quiz(ctx, 60)
        if vnu_pages:
            def vnu():
                results = Vnu(work, vnu_pages).results()
                return ["%s: %s" % (p, e) for p in vnu_pages for e in results.get(p, {}).get("errors", [])]
            report.run("resultaten-vnu", vnu)
    finally:
        desk.quit()
        mob.quit()
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)
    print("resultaten: %d passed, %d failed (%.0f s)" % (report.passed, report.failed, time.time() - t0))
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
