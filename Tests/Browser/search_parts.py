"""Search on demand (issue #17, item 3), on a generated site large enough to cut its index into parts.

Builds a corpus from bench/generate_corpus.py with the release tool, then, served over HTTP and opened
from file://, on an ordinary page:
  - before the search field is used, no part of the index is loaded, and the scripts and data the page
    loads add up to at most BUDGET bytes (HTML and CSS are counted apart, not in the budget);
  - focusing the field loads search-index.js; typing a glossary term's name with its first letter wrong
    (so the correct term lives in another part of the index than the typo would) brings that term's page
    first with 'Bedoelde je: ...', while only some of the term parts are loaded.
Byte counts are file sizes on disk of what the page loaded (the Resource Timing entries), so they are the
same from file:// and over HTTP. Times are printed, never asserted.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from urllib.parse import unquote, urlsplit

from common import REPO, CheckFailed, ensure

BUDGET = 100 * 1024
PAGES = 600

# Resource Timing lists what the page fetched over HTTP; from file:// it lists nothing, so the script and
# stylesheet elements (search.js adds its parts as <script> elements) are read as well.
LOADED_JS = """
var seen = performance.getEntriesByType('resource').map(function (e) { return e.name; });
Array.prototype.forEach.call(document.querySelectorAll('script[src], link[rel=stylesheet][href]'), function (el) {
  seen.push(el.src || el.href);
});
return seen.concat([location.href]).map(function (u) { return u.split('#')[0]; });
"""

PICK_JS = r"""
var names = arguments[0], S = window.KennisbankStemmer, meta = window.KENNISBANK_SEARCH, api = window.KennisbankSearch;
function part(key) {
  var parts = meta.termParts, lo = 0, hi = parts.length - 1;
  while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (parts[mid][0] <= key) lo = mid; else hi = mid - 1; }
  return lo;
}
for (var i = 0; i < names.length; i++) {
  var words = S.words(names[i][0]);
  if (words.length !== 1 || words[0].length < 7) continue;
  var w = words[0], typo = (w[0] === "z" ? "y" : String.fromCharCode(w.charCodeAt(0) + 1)) + w.slice(1);
  var right = S.term(w), wrong = S.term(typo);
  if (!wrong || api.engine.has(wrong) || api.engine.has(typo) || part(wrong) === part(right)) continue;
  return [names[i][0], names[i][1], typo, part(right), part(wrong), meta.termParts.length];
}
return null;
"""


def build_corpus(tmp):
    """A generated site of PAGES pages in tmp/site, built with the release tool."""
    tool = os.path.join(REPO, ".build", "release", "kennisbank")
    ensure(os.path.isfile(tool), "%s is missing: build the tool first (make tool)" % tool)
    corpus = os.path.join(tmp, "corpus")
    subprocess.run([sys.executable, os.path.join(REPO, "bench", "generate_corpus.py"), str(PAGES), corpus],
                   check=True, stdout=subprocess.DEVNULL)
    site = os.path.join(tmp, "site")
    done = subprocess.run([tool, "build", "--root", os.path.join(corpus, "kennisbank"), "--output", site],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    ensure(done.returncode == 0, "building the generated corpus failed:\n" + done.stdout[-2000:])
    return site


def local_path(url, root, base):
    """The file on disk behind a URL the page loaded (None when it is not part of the site)."""
    if not url.startswith(base):
        return None
    path = unquote(urlsplit(url[len(base):]).path)
    return os.path.join(root, path) if path else None


def sizes(urls, root, base):
    """Bytes of scripts and data, and of everything else (HTML, CSS), among the loaded files."""
    scripts, other = 0, 0
    for url in set(urls):
        path = local_path(url, root, base)
        if not path or not os.path.isfile(path):
            continue
        if path.endswith(".js"):
            scripts += os.path.getsize(path)
        else:
            other += os.path.getsize(path)
    return scripts, other


def one(b, root, base, page, names, label):
    """The checks on one way of opening the site; returns problems and prints the figures."""
    from selenium.webdriver.common.by import By
    d = b.driver
    b.get(base + page, settle=0.5)
    urls = d.execute_script(LOADED_JS)
    early = [u for u in urls if re.search(r"search-index\.js|/search/(terms|docs)-\d+\.js", u)]
    ensure(not early, "%s: the index loads before the search field is used: %s" % (label, early))
    scripts, other = sizes(urls, root, base)
    problems = []
    if scripts > BUDGET:
        problems.append("%s: %d bytes of scripts and data before search is used (budget %d)" % (label, scripts, BUDGET))
    field = d.find_element(By.ID, "zoekveld")
    started = time.time()
    field.click()
    end = time.time() + 20
    while time.time() < end and not d.execute_script("return !!(window.KennisbankSearch && window.KennisbankSearch.engine)"):
        time.sleep(0.02)
    entry_ms = (time.time() - started) * 1000
    case = d.execute_script(PICK_JS, names)
    ensure(case, "%s: no glossary name to misspell across parts (%d names)" % (label, len(names)))
    name, url, typo, right_part, wrong_part, parts = case
    typed = time.time()
    field.send_keys(typo)
    first, status = None, ""
    while time.time() < end:
        got = d.execute_script(
            "var a = document.querySelector('#zoekresultaten a.zoekresultaat-titel'), s = document.getElementById('zoekstatus');"
            "return [a && a.href, s && s.textContent];")
        first, status = got
        if first and "Bedoelde" in (status or ""):
            break
        time.sleep(0.02)
    results_ms = (time.time() - typed) * 1000
    loaded = d.execute_script(LOADED_JS)
    term_parts = sorted({u for u in loaded if re.search(r"/search/terms-\d+\.js", u)})
    doc_parts = sorted({u for u in loaded if re.search(r"/search/docs-\d+\.js", u)})
    after, _ = sizes(loaded, root, base)
    print("      %s: %d bytes of scripts+data and %d of HTML/CSS before search is used; focus -> index entry %.0f ms; "
          "typo %r (for %r, term part %d; the typo would be in part %d of %d) -> results %.0f ms; "
          "loaded %d term parts, %d doc parts, %d bytes of scripts+data in all"
          % (label, scripts, other, entry_ms, typo, name, right_part, wrong_part, parts, results_ms,
             len(term_parts), len(doc_parts), after), flush=True)
    if not first or not first.split("#")[0].endswith(url):
        problems.append("%s: %r (for %r) gives %s first, want %s" % (label, typo, name, first, url))
    if "Bedoelde je" not in (status or ""):
        problems.append("%s: no 'Bedoelde je' for %r; status %r" % (label, typo, status))
    if not 0 < len(term_parts) < parts:
        problems.append("%s: %d of %d term parts loaded for one word; want some, not all" % (label, len(term_parts), parts))
    return problems


def check(browser, server_class, tmp=None):
    """The check: builds the corpus, then runs over HTTP and from file://."""
    from pathlib import Path
    from siteinfo import SiteInfo
    own = tmp is None
    tmp = tmp or tempfile.mkdtemp(prefix="kb-search-parts-")
    try:
        t0 = time.time()
        root = build_corpus(tmp)
        print("      (generated %d-page corpus built in %.1fs)" % (PAGES, time.time() - t0), flush=True)
        site = SiteInfo(root)
        names = []
        for page in site.term_pages:
            m = re.search(r"<h1[^>]*>(.*?)</h1>", site.html(page), re.S)
            if m:
                names.append([re.sub(r"<[^>]+>", "", m.group(1)).strip(), page])
        page = next((p for p in site.pages if p.count("/") >= 2 and not p.startswith(("begrippen/", "toetsen/", "zoeken/"))), None)
        ensure(page, "the generated site has no content page")
        problems = []
        with server_class(root) as srv:
            problems += one(browser, root, srv.url(""), page, names, "http")
        problems += one(browser, root, Path(root).as_uri() + "/", page, names, "file")
        return problems
    except subprocess.CalledProcessError as e:
        raise CheckFailed("generating the corpus failed: %s" % e)
    finally:
        if own:
            shutil.rmtree(tmp, ignore_errors=True)
