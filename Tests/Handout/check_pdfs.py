#!/usr/bin/env python3
"""Checks PDF handouts against the print editions they were made from (run by Tests/Handout/run.sh).

  check_pdfs.py SITE_DIR PDF_DIR [PNG_DIR]

For every <scope>-<audience>.pdf in PDF_DIR, with the print edition it came from:
  - A4 pages, and at least one page per chapter plus the cover and the table of contents;
  - the text (pdftotext) holds every part title and the table of contents gives a page number for
    every chapter (a dot leader then digits);
  - the document title in the metadata is the page's <title>, the language (/Lang) is the html lang,
    and the PDF is tagged (/MarkInfo /Marked true);
  - pages carry 'Pagina N van M', and page 4 the first chapter's title as running title; the cover
    has no page number and shows every line of the edition's cover (organisation, title, audience);
  - no serif font anywhere (pdffonts): the body font is sans-serif, and the margin boxes (running
    title, page numbers), which do not inherit from body, use it too;
  - words are hyphenated (a line ends in a hyphen the HTML does not have);
  - the trainers' version has the answer key and the participants' version does not;
  - the cover, the table of contents and the first quiz page, rendered at 60 dpi, are not blank
    (PNGs written to PNG_DIR for people to look at).
Ends with 'handout: N passed, M failed'; exit 1 when anything failed.
"""
import html
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser


class EditionParser(HTMLParser):
    """Titles of the parts, chapters, <title> and html lang of a print edition."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lang, self.title, self.parts, self.chapters = None, "", [], 0
        self.cover, self._cover_depth = [], 0
        self._in_title = False
        self._part = None
        self._depth = 0
        self.text = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "title":
            self._in_title = True
        if "print-part__title" in (a.get("class") or "").split():
            self._part, self._depth = [], 1
        elif self._part is not None:
            self._depth += 1
        if tag == "section" and "print-chapter" in (a.get("class") or "").split():
            self.chapters += 1
        if tag == "header" and "print-cover" in (a.get("class") or "").split():
            self._cover_depth = 1
        elif self._cover_depth:
            self._cover_depth += 1
            self.cover.append("")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if self._cover_depth:
            self._cover_depth -= 1
        if self._part is not None:
            self._depth -= 1
            if self._depth == 0:
                self.parts.append(" ".join("".join(self._part).split()))
                self._part = None

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if self._part is not None:
            self._part.append(data)
        if self._cover_depth > 1 and self.cover:
            self.cover[-1] += data
        self.text.append(data)


def run(*cmd):
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def pdf_catalog(path):
    """(/Lang, /MarkInfo) of the document catalog, read with qpdf --json."""
    data = json.loads(run("qpdf", "--json", "--json-key=qpdf", path))["qpdf"][1]
    root = data["obj:" + data["trailer"]["value"]["/Root"]]["value"]
    lang = root.get("/Lang", "")
    return (lang[2:] if lang.startswith("u:") else lang), root.get("/MarkInfo", {})


def source_html(site, name):
    scope, audience = name[:-4].rsplit("-", 1)
    folder = os.path.join(site, "print") if scope == "kennisbank" else os.path.join(site, "print", "onderdeel", scope)
    if audience == "trainers":
        folder = os.path.join(folder, "trainer")
    return os.path.join(folder, "index.html"), audience


def not_blank(pdf, page):
    """True when the page, rendered in grey at 20 dpi, has a fair number of dark pixels."""
    pgm = subprocess.run(["pdftoppm", "-gray", "-r", "20", "-f", str(page), "-l", str(page), pdf],
                         check=True, capture_output=True).stdout
    # P5 header: magic, width, height, maxval, then the pixels.
    fields = pgm.split(maxsplit=4)
    pixels = fields[4]
    return sum(1 for b in pixels if b < 128) > 30


def check(site, pdf, png_dir):
    problems = []
    name = os.path.basename(pdf)
    source, audience = source_html(site, name)
    if not os.path.isfile(source):
        return ["%s: no print edition %s for it" % (name, source)]
    parser = EditionParser()
    with open(source, encoding="utf-8") as f:
        parser.feed(f.read())
    info = run("pdfinfo", pdf)
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)
    if not size or abs(float(size.group(1)) - 595.28) > 1 or abs(float(size.group(2)) - 841.89) > 1:
        problems.append("pages are not A4: %s" % (size.group(0) if size else "no page size"))
    if pages < parser.chapters + 2:
        problems.append("%d pages for %d chapters plus cover and contents" % (pages, parser.chapters))
    title = re.search(r"^Title:\s+(.*)$", info, re.M)
    want_title = " ".join(html.unescape(parser.title).split())
    if not title or title.group(1).strip() != want_title:
        problems.append("metadata title %r, expected %r" % (title.group(1) if title else None, want_title))
    lang, mark = pdf_catalog(pdf)
    if lang != parser.lang:
        problems.append("document language /Lang %r, expected %r" % (lang, parser.lang))
    if mark.get("/Marked") is not True or not re.search(r"^Tagged:\s+yes", info, re.M):
        problems.append("not a tagged PDF (MarkInfo %r)" % mark)
    text_pages = run("pdftotext", "-layout", pdf, "-").split("\f")
    flat = " ".join(" ".join(text_pages).replace("\u2010\n", "").replace("\u00ad", "").split())
    missing = [t for t in parser.parts if t not in flat]
    if missing:
        problems.append("%d part title(s) missing from the text, e.g. %r" % (len(missing), missing[:3]))
    toc = next((p for p in text_pages if "Inhoudsopgave" in p), "")
    unnumbered = [line.strip() for line in toc.splitlines()
                  if re.match(r"^\s*\d+ \S", line) and not re.search(r"\.{3,}\s*\d+\s*$", line)]
    if not toc or unnumbered:
        problems.append("table of contents without page numbers: %r" % (unnumbered[:3] or "no 'Inhoudsopgave' page"))
    if not all(("Pagina %d van %d" % (n + 1, pages)) in text_pages[n] for n in range(1, pages)):
        problems.append("not every page after the cover says 'Pagina N van %d'" % pages)
    cover = " ".join(text_pages[0].split())
    if "Pagina" in cover:
        problems.append("the cover carries a page number")
    cover_lines = [" ".join(line.split()) for line in parser.cover if line.strip()]
    missing_cover = [line for line in cover_lines if line not in cover]
    if not cover_lines or missing_cover:
        problems.append("the cover lacks %r" % (missing_cover or "every line of header.print-cover"))
    fonts = [line.split()[0] for line in run("pdffonts", pdf).splitlines()[2:] if line.strip()]
    serif = [font for font in fonts if "serif" in font.lower() and "sans" not in font.lower()]
    if serif:
        problems.append("serif font(s) %s: the margin boxes do not use the body font" % ", ".join(serif))
    # The first chapter starts on page 3 and runs on: page 4's header line names it.
    header = next((line for line in text_pages[3].splitlines() if line.strip()), "") if pages > 3 else ""
    if parser.parts and parser.parts[0] not in " ".join(header.split()):
        problems.append("page 4 has no running title %r in its first line %r" % (parser.parts[0], header.strip()))
    source_text = " ".join("".join(parser.text).split())
    breaks = re.findall(r"(\w+)\u2010\n\s*(\w+)", "\f".join(text_pages))
    hyphenated = [l + r for l, r in breaks if (l + r) in source_text and (l + "-" + r) not in source_text]
    if not hyphenated:
        problems.append("no automatically hyphenated word found (hyphens: auto, lang nl)")
    has_key = "Goed antwoord:" in flat
    if audience == "trainers" and not has_key:
        problems.append("trainers' version without 'Goed antwoord:'")
    if audience == "deelnemers" and (has_key or "Feedback bij" in flat):
        problems.append("participants' version shows answers")
    quiz_page = next((n + 1 for n, p in enumerate(text_pages) if "Vraag 1." in p), None)
    for page in sorted({1, 2, quiz_page or 2}):
        if not not_blank(pdf, page):
            problems.append("page %d looks blank" % page)
        if png_dir:
            os.makedirs(png_dir, exist_ok=True)
            run("pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page), "-singlefile", pdf,
                os.path.join(png_dir, "%s-p%d" % (name[:-4], page)))
    print("%s  %s: %d pages, %d titles, %d hyphenations, lang %s, fonts %s%s" % (
        "PASS" if not problems else "FAIL", name, pages, len(parser.parts), len(hyphenated), lang,
        ", ".join(sorted({f.split("+", 1)[-1] for f in fonts})),
        "".join("\n      " + p for p in problems)))
    return problems


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    site, pdf_dir = sys.argv[1], sys.argv[2]
    png_dir = sys.argv[3] if len(sys.argv) > 3 else None
    pdfs = sorted(os.path.join(pdf_dir, f) for f in os.listdir(pdf_dir) if f.endswith(".pdf"))
    passed = failed = 0
    for pdf in pdfs:
        if check(site, pdf, png_dir):
            failed += 1
        else:
            passed += 1
    if not pdfs:
        print("no PDFs in %s" % pdf_dir)
        failed += 1
    print("handout: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
