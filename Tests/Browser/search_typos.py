"""One-letter typos in every glossary term name must still bring that term's page first (issue #20).

The names come from the built site (the <h1> of every begrippen/<slug>/index.html, without a closing
qualifier such as "(juridisch)"), so nothing is hard-coded. For every name and every position of a letter,
four typos are made: a deletion, a doubled letter (insertion), a neighbouring key on a QWERTY keyboard
(substitution) and a swap with the next letter (transposition). A typo that turns a word into another word
the index knows, or into a stop word, is not a typo to the search and is left out (and counted).

Checked in Chromium on the search page, through `KennisbankSearch.query`, the function the search field
calls (typing 2,000+ queries key by key would take minutes):
  - strict: per name and kind, the typo nearest the middle of the name's longest word -> the term's page first;
  - overall: of all typos at all positions, at least FLOOR bring the term's page first (the rest is listed).
"""
import html
import re

FLOOR = 0.99
ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]

RUN_JS = r"""
var done = arguments[arguments.length - 1], cases = arguments[0], api = window.KennisbankSearch, S = window.KennisbankStemmer;
api.query("", 1).then(function () {
  var engine = api.engine, out = [];
  function known(name, typo) {
    var before = S.words(name);
    return S.words(typo).filter(function (w) { return before.indexOf(w) < 0; }).some(function (w) {
      var t = S.term(w);
      return t === null || engine.has(t) || engine.has(w);
    });
  }
  (function next(i) {
    if (i === cases.length) { done(out); return; }
    if (known(cases[i][0], cases[i][1])) { out.push(null); next(i + 1); return; }
    api.query(cases[i][1], 1).then(function (found) {
      out.push(found.results.length ? found.results[0].url : "");
      next(i + 1);
    }, function (e) { out.push("error: " + e); next(i + 1); });
  })(0);
}, function (e) { done("error: " + e); });
"""


def neighbour(c):
    for row in ROWS:
        i = row.find(c)
        if i >= 0:
            return row[i + 1] if i + 1 < len(row) else row[i - 1]
    return "a" if c != "a" else "s"


def variants(name):
    """(kind, position, typo) for every letter of `name`."""
    out = []
    for i, c in enumerate(name):
        if not c.isalpha():
            continue
        out.append(("deletion", i, name[:i] + name[i + 1:]))
        out.append(("insertion", i, name[:i + 1] + c + name[i + 1:]))
        sub = neighbour(c.lower())
        out.append(("substitution", i, name[:i] + (sub.upper() if c.isupper() else sub) + name[i + 1:]))
        if i + 1 < len(name) and name[i + 1].isalpha() and name[i + 1] != c:
            out.append(("transposition", i, name[:i] + name[i + 1] + c + name[i + 2:]))
    return out


def centre_order(name):
    """Letter positions of the name's longest word, from its middle outwards."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\w+", name)]
    start, end = max(words, key=lambda w: (w[1] - w[0], -w[0]))
    middle = (start + end - 1) / 2
    return sorted(range(start, end), key=lambda i: (abs(i - middle), i))


def term_names(site):
    """(name, url) of every glossary term page of the built site."""
    out = []
    for page in site.term_pages:
        m = re.search(r"<h1[^>]*>(.*?)</h1>", site.html(page), re.S)
        if not m:
            continue
        title = html.unescape(re.sub(r"<[^>]+>", "", m.group(1))).strip()
        name = re.sub(r"\s*\([^)]*\)\s*$", "", title) or title
        out.append((name, page))
    return out


def check(driver, search_page_url, site):
    """Problems (an empty list when all is well); prints the figures."""
    names = term_names(site)
    if not names:
        return ["no glossary term pages (begrippen/<slug>/index.html with an <h1>) in the built site"]
    cases, meta = [], []
    for name, url in names:
        for kind, position, typo in variants(name):
            cases.append([name, typo])
            meta.append((name, url, kind, position, typo))
    driver.get(search_page_url)
    firsts = driver.execute_async_script(RUN_JS, cases)
    if isinstance(firsts, str):
        return ["the search did not run: %s" % firsts]
    tested = [(m, f) for m, f in zip(meta, firsts) if f is not None]
    passed = [m for m, f in tested if f == m[1]]
    failed = [(m, f) for m, f in tested if f != m[1]]
    problems = []
    strict = 0
    for name, url in names:
        order = centre_order(name)
        for kind in ("deletion", "insertion", "substitution", "transposition"):
            row = next((((m, f)) for position in order for m, f in tested
                        if m[0] == name and m[2] == kind and m[3] == position), None)
            if row is None:
                continue
            strict += 1
            if row[1] != url:
                problems.append("%s typo %r of %r: first result %s, want %s" % (kind, row[0][4], name, row[1] or "(none)", url))
    rate = len(passed) / len(tested)
    print("typos: %d term names; %d one-letter typos tested (%d left out: another indexed word or a stop word); "
          "term page first for %d (%.1f%%); strict set (one per name and kind, middle of the longest word): %d, %d wrong"
          % (len(names), len(tested), len(cases) - len(tested), len(passed), 100 * rate, strict, len(problems)), flush=True)
    for (name, url, kind, position, typo), first in failed[:20]:
        print("  not first: %s %r -> %s (want %s)" % (kind, typo, first or "(none)", url))
    if rate < FLOOR:
        problems.append("only %.1f%% of one-letter typos bring the term's page first; the floor is %.0f%%" % (100 * rate, 100 * FLOOR))
    return problems
