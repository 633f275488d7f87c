#!/usr/bin/env python3
"""Search on demand at scale: bytes a page loads before search is used, and time to first results.

usage: .venv-browser/bin/python bench/search_load.py [PAGES ...] [--runs N]

For each size, generates a corpus with bench/generate_corpus.py, builds it with the release tool
(.build/release/kennisbank; `make tool` first) and, in headless Chromium, over HTTP (a local server) and
from file://, on an ordinary content page:
  - bytes of scripts and data loaded before the search field is used (file sizes of what the page
    loaded), and HTML + CSS apart;
  - focus -> the index entry (search-index.js) parsed;
  - a query typed at once after that (input event) -> results in the list: the first query (its parts
    not loaded yet) and a second query with other words;
  - parts loaded after those queries, their bytes, and the index's size on disk.
Medians over --runs fresh page loads (default 3). Prints a table. Nothing here is a pass/fail test.
"""
import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "Tests", "Browser"))
sys.dont_write_bytecode = True

from common import DESKTOP, Browser, SiteServer  # noqa: E402
import search_parts  # noqa: E402

TIMING_JS = r"""
var done = arguments[arguments.length - 1], queries = arguments[0], field = document.getElementById('zoekveld');
var out = {}, t0 = performance.now();
field.focus();
(function entry() {
  if (!(window.KennisbankSearch && window.KennisbankSearch.engine && document.getElementById('zoekresultaten'))) {
    if (performance.now() - t0 > 30000) { done(null); return; }
    setTimeout(entry, 2); return;
  }
  out.entry = performance.now() - t0;
  ask(0);
})();
function ask(i) {
  if (i === queries.length) { done(out); return; }
  var list = document.getElementById('zoekresultaten'), start = performance.now();
  var watch = new MutationObserver(function () {
    if (!list.querySelector('a.zoekresultaat-titel')) return;
    watch.disconnect();
    out['q' + i] = performance.now() - start;
    setTimeout(function () { ask(i + 1); }, 50);
  });
  watch.observe(list, { childList: true });
  field.value = queries[i];
  field.dispatchEvent(new Event('input'));
}
"""


def folder_bytes(path):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs)


def measure(browser, root, base, page, queries):
    d = browser.driver
    browser.get(base + page, settle=0.3)
    before = d.execute_script(search_parts.LOADED_JS)
    scripts, other = search_parts.sizes(before, root, base)
    got = d.execute_async_script(TIMING_JS, queries)
    after = d.execute_script(search_parts.LOADED_JS)
    parts = sorted({u.split("?")[0] for u in after if "/search/" in u})
    total, _ = search_parts.sizes(after, root, base)
    return {"scripts": scripts, "other": other, "entry": got["entry"], "q0": got["q0"], "q1": got["q1"],
            "parts": len(parts), "after": total}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pages", nargs="*", type=int, default=[10000])
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    rows = []
    browser = Browser(*DESKTOP)
    try:
        for pages in a.pages:
            tmp = tempfile.mkdtemp(prefix="kb-search-load-")
            try:
                search_parts.PAGES = pages
                t0 = time.time()
                root = search_parts.build_corpus(tmp)
                built = time.time() - t0
                page = next(p for p in sorted(os.listdir(root)) if os.path.isdir(os.path.join(root, p))
                            and p not in ("assets", "begrippen", "toetsen", "zoeken", "search"))
                sub = sorted(f for f in os.listdir(os.path.join(root, page)) if os.path.isdir(os.path.join(root, page, f)))
                page = "%s/%s/index.html" % (page, sub[0])
                index = os.path.getsize(os.path.join(root, "search-index.js"))
                partsize = folder_bytes(os.path.join(root, "search"))
                nparts = len(os.listdir(os.path.join(root, "search")))
                queries = ["klacht melding", "organisatie bewoners"]
                for label in ("http", "file"):
                    runs = []
                    for _ in range(a.runs):
                        if label == "http":
                            with SiteServer(root) as srv:
                                runs.append(measure(browser, root, srv.url(""), page, queries))
                        else:
                            from pathlib import Path
                            runs.append(measure(browser, root, Path(root).as_uri() + "/", page, queries))
                    med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
                    rows.append((pages, label, index, partsize, nparts, med, built))
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
    finally:
        browser.quit()
    print("| pages | via | entry | parts (files) | before use: scripts+data / HTML+CSS | focus->entry | 1st query | 2nd query | parts loaded (bytes) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for pages, label, index, partsize, nparts, m, built in rows:
        print("| %d | %s | %.0f KB | %.1f MB (%d) | %.0f KB / %.0f KB | %.0f ms | %.0f ms | %.0f ms | %d (%.0f KB) |" % (
            pages, label, index / 1024, partsize / 1048576, nparts, m["scripts"] / 1024, m["other"] / 1024,
            m["entry"], m["q0"], m["q1"], m["parts"], m["after"] / 1024))
    return 0


if __name__ == "__main__":
    sys.exit(main())
