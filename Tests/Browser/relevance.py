#!/usr/bin/env python3
"""Relevance of the site search, measured through the real search page in Chromium.

Reads a query set (relevance/queries.txt: `category | query | page, page, ...`), types every query into
the search field of zoeken/index.html, reads the result links in order and reports hit@1, hit@3 and
the mean reciprocal rank (MRR), overall and per category. The browser suite runs it as the check
`relevance` and fails below FLOORS; standalone it prints the table (and --json writes the figures):

  .venv-browser/bin/python Tests/Browser/relevance.py site [--queries FILE] [--json OUT] [--file]

--file opens the site from file:// instead of a local server. No content is hard-coded here: the
queries and their acceptable pages live in the query file.
"""
import argparse
import json
import os
import sys
import time
from urllib.parse import unquote, urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

QUERIES = os.path.join(HERE, "relevance", "queries.txt")
HELDOUT = os.path.join(HERE, "relevance", "heldout.txt")
FRESH = os.path.join(HERE, "relevance", "fresh.txt")
# Issue #27: everyday compounds and questions, and a set written before that work and not tuned on.
EVERYDAY = os.path.join(HERE, "relevance", "everyday.txt")
EVERYDAY_HELDOUT = os.path.join(HERE, "relevance", "everyday-heldout.txt")
# Set from the measured figures (docs/search.md, "Relevance"): a drop below these fails `make test`.
FLOORS = {"hit@1": 0.85, "hit@3": 0.95, "mrr": 0.9}
# The held-out set of #27 measures how far the changes carry beyond the queries they were made for; it
# is further below the others (hit@1 0.861, hit@3 0.944, MRR 0.911), so it guards against regressions
# with a margin of about two queries.
SET_FLOORS = {EVERYDAY_HELDOUT: {"hit@1": 0.8, "hit@3": 0.9, "mrr": 0.85}}


def floors_of(queries_path):
    """The floors that apply to a query set."""
    return SET_FLOORS.get(os.path.abspath(queries_path), FLOORS)
STATUS_WAIT = 8.0
# Queries of the set typed letter by letter for the latency figures (all of them take a minute).
LATENCY_QUERIES = 40


def load_queries(path):
    """[(category, query, [page, ...])] from the line format described in relevance/queries.txt."""
    out = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = [p.strip() for p in line.split("|")]
            if len(parts) != 3 or not parts[1] or not parts[2]:
                raise ValueError("%s:%d: expected 'category | query | page, page', got %r" % (path, number, line))
            pages = [p.strip().strip("/") for p in parts[2].split(",") if p.strip()]
            out.append((parts[0], parts[1], pages))
    return out


def page_of(href, root_url):
    """Site path of a result link without '/index.html' and fragment ('index' for the home page)."""
    if not href.startswith(root_url):
        return href
    path = unquote(urlsplit(href[len(root_url):]).path)
    if path.endswith("index.html"):
        path = path[: -len("index.html")]
    return path.strip("/") or "index"


RESULTS_JS = """
var status = document.getElementById('zoekstatus');
var links = document.querySelectorAll('#zoekresultaten a.zoekresultaat-titel');
return {status: status ? status.textContent : null,
        hrefs: Array.prototype.map.call(links, function (a) { return a.href; })};
"""


def ask(driver, field, query):
    """Puts `query` in the search page's field as typing does (an input event, which the page handles like
    any keystroke); returns the result hrefs once the status names it."""
    driver.execute_script("arguments[0].focus(); arguments[0].value = arguments[1];"
                          "arguments[0].dispatchEvent(new Event('input'));", field, query)
    want = '"%s"' % query.strip()
    end = time.time() + STATUS_WAIT
    while time.time() < end:
        got = driver.execute_script(RESULTS_JS)
        if got["status"] and want in got["status"]:
            return got["hrefs"], got["status"]
        time.sleep(0.02)
    raise RuntimeError("no status for %s after %.0fs (status: %r)" % (want, STATUS_WAIT, got["status"]))


def measure(driver, start_url, root_url, queries):
    """Runs every query on the search page at start_url; returns the per-query rows."""
    from selenium.webdriver.common.by import By
    driver.get(start_url)
    field = driver.find_element(By.ID, "zoekpagina-veld")
    rows = []
    for category, query, pages in queries:
        hrefs, status = ask(driver, field, query)
        found = [page_of(h, root_url) for h in hrefs]
        rank = next((i + 1 for i, p in enumerate(found) if p in pages), 0)
        rows.append({"category": category, "query": query, "rank": rank, "count": len(found),
                     "top": found[:3], "status": status})
    return rows


def summarise(rows):
    """{'all': {...}, category: {...}} with n, hit@1, hit@3 and mrr."""
    groups = {"all": rows}
    for row in rows:
        groups.setdefault(row["category"], []).append(row)
    out = {}
    for name, group in groups.items():
        n = len(group)
        out[name] = {"n": n,
                     "hit@1": sum(1 for r in group if r["rank"] == 1) / n,
                     "hit@3": sum(1 for r in group if 0 < r["rank"] <= 3) / n,
                     "mrr": sum(1.0 / r["rank"] for r in group if r["rank"]) / n,
                     "zero": sum(1 for r in group if r["count"] == 0)}
    return out


def table(summary, rows):
    lines = ["%-11s %4s %6s %6s %6s %5s" % ("category", "n", "hit@1", "hit@3", "MRR", "zero")]
    for name in ["all"] + sorted(k for k in summary if k != "all"):
        s = summary[name]
        lines.append("%-11s %4d %6.3f %6.3f %6.3f %5d" % (name, s["n"], s["hit@1"], s["hit@3"], s["mrr"], s["zero"]))
    misses = [r for r in rows if r["rank"] != 1]
    if misses:
        lines.append("not first (%d):" % len(misses))
        for r in misses:
            lines.append("  [%s] %r: rank %s; top: %s" % (r["category"], r["query"], r["rank"] or "-", ", ".join(r["top"]) or "(none)"))
    return "\n".join(lines)


def applies(site_root, queries_path=QUERIES):
    """True when the site has most pages the set names: it was built from this repository's content."""
    pages = {p for _, _, ps in load_queries(queries_path) for p in ps}
    found = sum(1 for p in pages if os.path.isfile(os.path.join(site_root, "index.html" if p == "index" else p + "/index.html")))
    return found >= 0.8 * len(pages)


def check(driver, start_url, root_url, queries_path=QUERIES):
    """The suite's `relevance` check: problems when a figure is below its floor (the table is printed)."""
    print("relevance of %s:" % os.path.relpath(queries_path, HERE), flush=True)
    rows = measure(driver, start_url, root_url, load_queries(queries_path))
    summary = summarise(rows)
    print(table(summary, rows), flush=True)
    problems = ["%s is %.3f, below the floor %.2f (Tests/Browser/relevance.py FLOORS)" % (k, summary["all"][k], v)
                for k, v in floors_of(queries_path).items() if summary["all"][k] < v]
    zero = [r["query"] for r in rows if r["count"] == 0]
    if zero:
        problems.append("queries with zero results although a page answers them: %s" % ", ".join(map(repr, zero)))
    return problems


KEYSTROKES_JS = r"""
var done = arguments[arguments.length - 1], queries = arguments[0], field = document.getElementById('zoekveld');
var times = [], first = null, t0 = performance.now();
field.focus();
// Time to the first results: focus (which loads the index) and the first letter of the first query.
(function ready() {
  var list = document.getElementById('zoekresultaten');
  if (!list) { if (performance.now() - t0 > 10000) { done(null); return; } setTimeout(ready, 5); return; }
  type(0, 1);
})();
function type(q, n) {
  if (q === queries.length) { done({ first: first, keys: times }); return; }
  if (n > queries[q].length) { type(q + 1, 1); return; }
  var list = document.getElementById('zoekresultaten'), start = performance.now(), timer;
  var watch = new MutationObserver(function () {
    watch.disconnect(); clearTimeout(timer);
    var ms = performance.now() - start;
    if (first === null) first = performance.now() - t0; else times.push(ms);
    setTimeout(function () { type(q, n + 1); }, 0);
  });
  watch.observe(list, { childList: true });
  timer = setTimeout(function () { watch.disconnect(); times.push(null); type(q, n + 1); }, 3000);
  field.value = queries[q].slice(0, n);
  field.dispatchEvent(new Event('input'));
}
"""


def latency(driver, page_url, queries_path=QUERIES):
    """Milliseconds from a keystroke (an input event) to the results list changing, typed letter by letter
    in the header field of `page_url` for the first LATENCY_QUERIES queries of the set; and from focusing the field to the first
    results. Reported, not asserted: timing on a shared machine is not a test."""
    driver.get(page_url)
    queries = [q for _, q, _ in load_queries(queries_path)][:LATENCY_QUERIES] if queries_path else ["onderscheid", "discriminatie"]
    got = driver.execute_async_script(KEYSTROKES_JS, queries)
    if not got:
        return ["the header search field did not get a results list"]
    keys = sorted(t for t in got["keys"] if t is not None)
    lost = sum(1 for t in got["keys"] if t is None)
    pick = lambda f: keys[min(len(keys) - 1, int(f * len(keys)))]
    print("latency: focus to first results %.0f ms; %d keystrokes to results: median %.1f ms, p90 %.1f ms, "
          "p99 %.1f ms, max %.1f ms%s" % (got["first"], len(keys), pick(0.5), pick(0.9), pick(0.99), keys[-1],
                                           "; %d without a change of the list" % lost if lost else ""), flush=True)
    return []


def main():
    from common import DESKTOP, Browser, SiteServer
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("site")
    ap.add_argument("--queries", default=QUERIES)
    ap.add_argument("--json", help="write rows and summary here")
    ap.add_argument("--file", action="store_true", help="open the site from file:// instead of http")
    ap.add_argument("--latency", action="store_true", help="also time keystrokes to results in the header field")
    a = ap.parse_args()
    root = os.path.abspath(a.site)
    queries = load_queries(a.queries)
    browser = Browser(*DESKTOP)
    try:
        if a.file:
            from pathlib import Path
            root_url = Path(root).as_uri() + "/"
            rows = measure(browser.driver, root_url + "zoeken/index.html", root_url, queries)
        else:
            with SiteServer(root) as srv:
                rows = measure(browser.driver, srv.url("zoeken/index.html"), srv.url(""), queries)
                if a.latency:
                    latency(browser.driver, srv.url("index.html"), a.queries)
    finally:
        browser.quit()
    summary = summarise(rows)
    print(table(summary, rows))
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump({"summary": summary, "rows": rows}, f, indent=1, ensure_ascii=False)
    return 0 if all(summary["all"][k] >= v for k, v in floors_of(a.queries).items()) else 1


if __name__ == "__main__":
    sys.exit(main())
