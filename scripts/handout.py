#!/usr/bin/env python3
"""Writes the print editions of a built site as PDF with WeasyPrint (run by scripts/handout.sh).

  handout.py SITE_DIR OUT_DIR [--only SUBSTRING]...

print/index.html -> OUT/kennisbank-deelnemers.pdf, print/trainer/ -> kennisbank-trainers.pdf,
print/onderdeel/<section>/ -> <section>-deelnemers.pdf and <section>-trainers.pdf. --only keeps the
editions whose PDF name contains one of the substrings. Prints one line per PDF with its page count
and the seconds it took.
"""
import argparse
import logging
import os
import sys
import time

import weasyprint


def editions(site):
    """(pdf name, html path) of every print edition, in a stable order."""
    found = []
    root = os.path.join(site, "print")
    for folder, _dirs, files in os.walk(root):
        if "index.html" not in files:
            continue
        rel = os.path.relpath(folder, root).replace(os.sep, "/")
        parts = [] if rel == "." else rel.split("/")
        audience = "trainers" if parts and parts[-1] == "trainer" else "deelnemers"
        if audience == "trainers":
            parts = parts[:-1]
        scope = parts[1] if len(parts) == 2 and parts[0] == "onderdeel" else ("kennisbank" if not parts else None)
        if scope:
            found.append(("%s-%s.pdf" % (scope, audience), os.path.join(folder, "index.html")))
    return sorted(found)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("site")
    ap.add_argument("out")
    ap.add_argument("--only", action="append", default=[])
    ap.add_argument("--report", action="store_true", help="SITE is a report folder of kennisbank resultaten")
    a = ap.parse_args()
    # WeasyPrint reports every CSS property it does not know (the screen styles have several); only
    # real errors matter here.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    os.makedirs(a.out, exist_ok=True)
    if a.report:
        chosen = [("resultaten-%s.pdf" % os.path.basename(os.path.abspath(a.site)), os.path.join(a.site, "index.html"))]
    else:
        chosen = [(n, p) for n, p in editions(a.site) if not a.only or any(s in n for s in a.only)]
    if not chosen:
        print("[handout] no print editions found in %s/print" % a.site, file=sys.stderr)
        return 2
    total = time.time()
    for name, html in chosen:
        start = time.time()
        document = weasyprint.HTML(filename=html).render()
        # PDF/UA-1: tagged, with the document language (html lang) and title (<title>) in the file.
        document.write_pdf(os.path.join(a.out, name), pdf_variant="pdf/ua-1")
        print("[handout] %-40s %3d pages  %5.1f s" % (name, len(document.pages), time.time() - start), flush=True)
    print("[handout] %d PDF(s) in %s, %.1f s (WeasyPrint %s)" % (len(chosen), a.out, time.time() - total, weasyprint.__version__))
    return 0


if __name__ == "__main__":
    sys.exit(main())
