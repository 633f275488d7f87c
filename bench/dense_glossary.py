#!/usr/bin/env python3
"""A dense-glossary variant of a generated corpus: 500 terms named after everyday words of its own prose.

    python3 bench/dense_glossary.py bench/work/corpus-10000 bench/work/corpus-dense-10000

The generated corpus has one term per 20 pages, named like its prose but rarely mentioned. This variant
keeps every page and quiz and replaces content/begrippen/ with TERMS terms whose names are ordinary
words of the pages (no determiners, prepositions, conjunctions, pronouns or modal verbs): the 500
consecutive words, by the share of pages they occur in, whose shares add up closest to TARGET. That
sum is how many distinct terms an average page mentions, and so links (auto-linking links the first
mention of each term). With the defaults about 150 terms are linked per page.

Writes OUT/kennisbank/ and OUT/hugo/ (files hard-linked to the corpus where unchanged) and prints its
stats as JSON, including the measured average number of distinct terms per page.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import re
import shutil
import sys

TERMS, TARGET = 500, 150.0
FUNCTION_WORDS = set("""
de het een en in op bij met voor door over tijdens binnen zonder tegen na tussen volgens naar maar omdat
terwijl want zodat hoewel of deze dit dat die elke elk onze ons jouw alle veel sommige kan moet wil mag
zal wij zij men iedereen niemand je is om te niet ook er als dan
""".split())
WORD = re.compile(r"[a-zà-ÿ]+")


def body_of(text: str) -> str:
    """The prose auto-linking sees: no front matter, headings, code or link targets."""
    if text.startswith("---"):
        parts = text.split("\n---", 1)
        text = parts[1] if len(parts) == 2 else text
    text = "\n".join(line for line in text.split("\n") if not line.lstrip().startswith("#"))
    text = re.sub(r"\]\([^)]*\)", "]", text)
    return re.sub(r"`[^`]*`", "", text.lower())


def document_shares(content: str) -> tuple[dict[str, float], int]:
    """word -> share of ordinary pages it occurs in."""
    counts: collections.Counter = collections.Counter()
    pages = 0
    for folder, _, files in os.walk(content):
        top = os.path.relpath(folder, content).split(os.sep)[0]
        if top in ("begrippen", "toetsen"):
            continue
        for name in files:
            if name.endswith(".md") and name not in ("_index.md", "index.md"):
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    counts.update(set(WORD.findall(body_of(f.read()))))
                pages += 1
    return {w: c / pages for w, c in counts.items()}, pages


def choose(shares: dict[str, float], terms: int, target: float) -> list[str]:
    ranked = [w for w, _ in sorted(shares.items(), key=lambda x: (-x[1], x[0]))
              if len(w) >= 4 and w not in FUNCTION_WORDS]
    best, best_start = None, 0
    for start in range(0, max(1, len(ranked) - terms + 1)):
        total = sum(shares[w] for w in ranked[start:start + terms])
        if best is None or abs(total - target) < best:
            best, best_start = abs(total - target), start
        if total < target:
            break
    return sorted(ranked[best_start:best_start + terms])


def term_file(word: str, rank: int, aliases_key: str) -> str:
    title = word[:1].upper() + word[1:]
    definition = f"Het woord '{word}' zoals deze kennisbank het gebruikt (begrip {rank + 1} van de dichte begrippenlijst)."
    return (f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n{aliases_key}: []\n"
            f"definition: {json.dumps(definition, ensure_ascii=False)}\n---\n\n"
            f"Een begrip uit de dagelijkse taal van de pagina's: {word}. Deze pagina bestaat om te meten wat een "
            f"begrippenlijst kost waarvan de namen op bijna elke pagina staan.\n")


def link_tree(src: str, dst: str, skip: str):
    """Hard-link src into dst (copy when linking fails), leaving out the folder `skip` (absolute)."""
    for folder, dirs, files in os.walk(src):
        if os.path.abspath(folder) == skip:
            dirs[:] = []
            continue
        target = os.path.join(dst, os.path.relpath(folder, src))
        os.makedirs(target, exist_ok=True)
        for name in files:
            try:
                os.link(os.path.join(folder, name), os.path.join(target, name))
            except OSError:
                shutil.copyfile(os.path.join(folder, name), os.path.join(target, name))


def make(corpus: str, out: str, terms: int = TERMS, target: float = TARGET) -> dict:
    shares, pages = document_shares(os.path.join(corpus, "kennisbank", "content"))
    words = choose(shares, terms, target)
    for tool, key in (("kennisbank", "aliases"), ("hugo", "termAliases")):
        src, dst = os.path.join(corpus, tool), os.path.join(out, tool)
        if os.path.exists(dst):
            shutil.rmtree(dst)
        glossary = os.path.join(src, "content", "begrippen")
        link_tree(src, dst, os.path.abspath(glossary))
        os.makedirs(os.path.join(dst, "content", "begrippen"), exist_ok=True)
        if os.path.isfile(os.path.join(glossary, "_index.md")):
            shutil.copyfile(os.path.join(glossary, "_index.md"), os.path.join(dst, "content", "begrippen", "_index.md"))
        for rank, word in enumerate(words):
            with open(os.path.join(dst, "content", "begrippen", f"{word}.md"), "w", encoding="utf-8") as f:
                f.write(term_file(word, rank, key))
    return {"terms": len(words), "pages_counted": pages, "terms_per_page_expected": round(sum(shares[w] for w in words), 1),
            "first_terms": words[:8]}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", help="a generated corpus folder (with kennisbank/ and hugo/)")
    ap.add_argument("out")
    ap.add_argument("--terms", type=int, default=TERMS)
    ap.add_argument("--target", type=float, default=TARGET, help="distinct terms per page (default 150)")
    a = ap.parse_args(argv)
    print(json.dumps(make(a.corpus, a.out, a.terms, a.target)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
