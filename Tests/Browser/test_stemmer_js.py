"""Browser checks for the search scripts: stemmer.js, and search.js over a fixture index.

run(driver, repo_root) -> list[str] returns failure messages (empty when all is well); the browser suite
calls it with a Selenium Chrome driver. It needs no built site:
  1. stemmer.js stems every word of Tests/SearchTests/Data/dutch-words.txt like the reference
     (snowballstemmer 3.1.1 "dutch_porter", made by scripts/make-stem-data.py; the Swift tests use the
     same files, so Swift and JavaScript stem alike);
  2. the tokenizer meets Data/tokenizer-cases.tsv, as SearchTokenizer.swift does (diacritics, stop
     words, digits, punctuation); compounds split as Data/compound-cases.tsv says (DutchCompounds.swift
     checks the same file) and questions are read as Data/question-frames.tsv says (QuestionFrames.swift);
  3. search.js ranks Tests/SearchTests/Data/fixture-index/ (the golden index of SearchFixture.swift):
     field order, typo corrections with 'Bedoelde je', synonyms, question words, distances;
  4. the UI on small pages written to a temporary folder with that index: nothing of the index loads
     before the field is focused; results as you type under #zoekveld with a count in #zoekstatus, arrow
     keys and Escape, and the search page reading ?q=.
Standalone: python3 Tests/Browser/test_stemmer_js.py  (headless Chromium via /usr/bin/chromedriver).
"""
import html
import json
import pathlib
import re
import shutil
import sys
import tempfile
import time

CHUNK = 2000
STATUS_WAIT = 5.0


def _read_lines(path):
    return path.read_text(encoding="utf-8").split("\n")[:-1]


def _inject(driver, repo, *relative):
    for rel in relative:
        driver.execute_script((repo / rel).read_text(encoding="utf-8"))


def _wait(driver, script, *args, timeout=STATUS_WAIT):
    """Polls a JavaScript expression until it is truthy; returns its last value."""
    end = time.time() + timeout
    value = None
    while time.time() < end:
        value = driver.execute_script(script, *args)
        if value:
            return value
        time.sleep(0.05)
    return value


def check_stemmer(driver, repo):
    data = repo / "Tests" / "SearchTests" / "Data"
    words, stems = _read_lines(data / "dutch-words.txt"), _read_lines(data / "dutch-stems.txt")
    if len(words) != len(stems) or len(words) < 5000:
        return [f"stemmer data: {len(words)} words, {len(stems)} stems (aligned, 5000+ expected)"]
    mismatches = []
    for start in range(0, len(words), CHUNK):
        chunk = words[start:start + CHUNK]
        got = driver.execute_script(
            "return arguments[0].map(function (w) { return window.KennisbankStemmer.stem(w); });", chunk)
        for word, actual, expected in zip(chunk, got, stems[start:start + CHUNK]):
            if actual != expected:
                mismatches.append(f"{word}: got {actual}, want {expected}")
    if mismatches:
        return [f"stemmer.js: {len(mismatches)} of {len(words)} words differ from snowball dutch_porter, "
                f"first: {'; '.join(mismatches[:20])}"]
    return []


def check_tokenizer(driver, repo):
    """Data/tokenizer-cases.tsv (text TAB terms) is shared with the Swift tests of SearchTokenizer."""
    failures = []
    lines = _read_lines(repo / "Tests" / "SearchTests" / "Data" / "tokenizer-cases.tsv")
    for line in (l for l in lines if l and not l.startswith("#")):
        text, expected = line.split("\t")
        got = driver.execute_script("return window.KennisbankStemmer.tokens(arguments[0]);", text)
        if got != expected.split():
            failures.append(f"tokens({text!r}): got {got}, want {expected.split()}")
    return failures


COMPOUNDS = """
var vocabulary = {}, cases = arguments[1], S = window.KennisbankStemmer, out = [];
arguments[0].forEach(function (line) { var c = line.split("\\t"); vocabulary[c[0]] = +c[1]; });
function bits(t) { return Object.prototype.hasOwnProperty.call(vocabulary, t) ? vocabulary[t] : 0; }
cases.forEach(function (word) {
  out.push((S.compoundParts(word, bits) || ["-"]).join(" ") + "\\t" + (S.diminutiveBase(word, bits) || "-"));
});
return out;
"""


def check_compounds(driver, repo):
    """Data/compound-cases.tsv (word, parts, diminutive base) against compound-vocabulary.tsv, as
    DutchCompoundsTests checks DutchCompounds.swift: the index and the query split alike."""
    data = repo / "Tests" / "SearchTests" / "Data"
    vocabulary = [l for l in _read_lines(data / "compound-vocabulary.tsv") if not l.startswith("#")]
    cases = [l.split("\t") for l in _read_lines(data / "compound-cases.tsv") if not l.startswith("#")]
    got = driver.execute_script(COMPOUNDS, vocabulary, [c[0] for c in cases])
    wrong = [f"{c[0]}: got {g!r}, want {c[1]!r} / {c[2]!r}" for c, g in zip(cases, got) if g != c[1] + "\t" + c[2]]
    if len(cases) < 2000 or wrong:
        return [f"compoundParts: {len(wrong)} of {len(cases)} cases differ from DutchCompounds.swift, first: {'; '.join(wrong[:10])}"]
    return []


def check_question_frames(driver, repo):
    """Data/question-frames.tsv, as QuestionFramesTests checks QuestionFrames.swift."""
    failures = []
    for line in _read_lines(repo / "Tests" / "SearchTests" / "Data" / "question-frames.tsv"):
        if line.startswith("#"):
            continue
        text, want = line.split("\t")
        got = driver.execute_script("var S = window.KennisbankStemmer; return S.questionFrames(S.words(arguments[0]))"
                                    ".map(function (f) { return f.frame; }).join(' ') || '-';", text)
        if got != want:
            failures.append(f"questionFrames({text!r}): got {got!r}, want {want!r}")
    return failures


# query -> URLs of which one must come first (and, optionally, URLs that must rank below the first)
RANKING_CASES = [
    ("indirect onderscheid", {"begrippen/indirect-onderscheid/index.html",
                              "definities/onderscheid-en-rechtvaardiging/index.html"}),
    # the page about discrimination (through the stem's stub) or the one page with this very form; since
    # short pages are no longer rewarded for being short (#27), they are 0.006 apart
    ("discriminerende", {"definities/discriminatie/index.html", "valkuilen/intentie-versus-effect/index.html"}),
    ("artikel 1", {"juridisch-kader/grondwet-artikel-1/index.html"}),
    ("Artikel 1 van de Grondwet", {"juridisch-kader/grondwet-artikel-1/index.html"}),
    ("racisme", {"begrippen/racisme/index.html", "definities/racisme/index.html"}),
    ("racistische", {"begrippen/racisme/index.html"}),
    ("onderscheid", {"begrippen/onderscheid/index.html"}),
    ("cafe", {"rol-van-de-gemeente/ketenpartners/index.html"}),
    ("rechtvaard", {"definities/onderscheid-en-rechtvaardiging/index.html"}),
    # typos (one and two letters, a swap, a word still being typed with a typo)
    ("discrimnatie", {"definities/discriminatie/index.html"}),
    ("onderschied", {"begrippen/onderscheid/index.html"}),
    ("rasisme", {"begrippen/racisme/index.html", "definities/racisme/index.html"}),
    ("ketenpatrn", {"rol-van-de-gemeente/ketenpartners/index.html"}),
    # whole questions: question words weigh little, the page that matches most meaningful words comes first
    ("wanneer mag indirect onderscheid", {"begrippen/indirect-onderscheid/index.html"}),
    ("hoe zit het met artikel 1 van de grondwet", {"juridisch-kader/grondwet-artikel-1/index.html"}),
    # synonyms of the site (fixture: klacht = melding) and glossary aliases as the term itself
    ("klacht", {"rol-van-de-gemeente/ketenpartners/index.html"}),
    ("indirecte discriminatie", {"begrippen/indirect-onderscheid/index.html"}),
    # compounds (issue #27): written apart, split ('haatmoslim' is in no page), joined, and a diminutive
    ("moslim haat", {"rol-van-de-gemeente/moslimhaat/index.html"}),
    ("toeslagen affaire", {"begrippen/toeslagenaffaire/index.html"}),
    ("moslimhaat", {"rol-van-de-gemeente/moslimhaat/index.html"}),
    # questions of whom to turn to and what to do find the pages that say they answer them, even when no
    # other word of the question is in the index
    ("bij wie kan ik aankloppen", {"melden-en-hulp/index.html"}),
    ("wat moet ik doen", {"valkuilen/eigen-rol/index.html"}),
    ("mijn collega maakt een grap wat moet ik doen", {"valkuilen/eigen-rol/index.html"}),
]

# query -> a URL that must be among the results: pages found through a compound's parts
FOUND_CASES = [("haat tegen moslims", "rol-van-de-gemeente/moslimhaat/index.html"),
               ("haatmoslims", "begrippen/haatzaaien/index.html")]

# Queries that must neither throw nor hang: object keys, regex and HTML characters, very long words and
# queries, other scripts, emoji, only digits, only punctuation, a lone combining mark.
HOSTILE = ["constructor", "__proto__ hasOwnProperty toString", "=indirect onderscheid", "(((", ".*+?[", "<script>",
           "a" * 5000, " ".join(["woord%d" % i for i in range(300)]), "racisme " * 200, "ﺍﻟﻌﻨﺼﺮﻳﺔ", "人種差別",
           "😀 🙈", "1234567890", "!!!", "\u0301", "ĳs ǅemal ß İ", "discrimnatie racisme artikel 1 klacht indirect"]

# query -> the 'Bedoelde je' text (None: the query's words are all in the index)
SUGGESTIONS = [("discrimnatie", "discriminatie"), ("Indirct onderscheid", "indirect onderscheid"),
               ("racisme", None), ("xyzzyq", None)]

SEARCH = """
var done = arguments[arguments.length - 1];
window.KennisbankSearch.query(arguments[0], 20).then(function (found) {
  done(found.results.map(function (r) { return r.url; }));
}, function (e) { done("error: " + e); });
"""

SUGGEST = """
var done = arguments[arguments.length - 1];
window.KennisbankSearch.query(arguments[0], 3).then(function (f) { done(f.suggestion); }, function (e) { done("error: " + e); });
"""

# Optimal string alignment distance with a limit; the prefix flag measures against the best prefix.
DISTANCES = [("discriminatie", "discrimnatie", 2, False, 1), ("racisme", "racsime", 2, False, 1),
             ("abc", "abc", 1, False, 0), ("kort", "langer woord", 2, False, 3), ("discrim", "discriminatie", 1, True, 0),
             ("dsicrim", "discriminatie", 2, True, 1), ("", "ab", 2, False, 2)]


def check_ranking(driver):
    failures = []
    for query, firsts in RANKING_CASES:
        urls = driver.execute_async_script(SEARCH, query)
        if not urls or urls[0] not in firsts:
            failures.append(f"ranking {query!r}: first is {urls[:1]}, want one of {sorted(firsts)}")
    urls = driver.execute_async_script(SEARCH, "racisme")
    passing = "valkuilen/intentie-versus-effect/index.html"
    if passing not in urls or urls.index(passing) < 2:
        failures.append(f"ranking 'racisme': the page with only passing mentions ranks too high: {urls}")
    for query, url in FOUND_CASES:
        urls = driver.execute_async_script(SEARCH, query)
        if url not in urls:
            failures.append(f"ranking {query!r}: {url} is not among the results {urls}")
    if driver.execute_async_script(SEARCH, "één") != []:
        failures.append("ranking 'één': a stop-word-only query should find nothing")
    if driver.execute_async_script(SEARCH, "xyzzyq") != []:
        failures.append("ranking 'xyzzyq': expected no results")
    for query, want in SUGGESTIONS:
        got = driver.execute_async_script(SUGGEST, query)
        if got != want:
            failures.append(f"suggestion for {query!r}: got {got!r}, want {want!r}")
    for query in HOSTILE:
        got = driver.execute_async_script(SEARCH, query)
        if not isinstance(got, list):
            failures.append(f"hostile query {query[:40]!r}: {got}")
    for a, b, limit, prefix, want in DISTANCES:
        got = driver.execute_script("return window.KennisbankSearch.distance.apply(null, arguments);", a, b, limit, prefix)
        if got != want:
            failures.append(f"distance({a!r}, {b!r}, {limit}, {prefix}): got {got}, want {want}")
    return failures


def _copy_index(folder, repo):
    """The golden fixture index (search-index.js and its parts) into `folder`."""
    fixture = repo / "Tests/SearchTests/Data/fixture-index"
    for path in fixture.rglob("*.js"):
        target = folder / path.relative_to(fixture)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)


PAGE = """<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>{title}</title>
<link rel="stylesheet" href="{repo}/themes/default/assets/css/search.css">
<script defer src="{root}teksten.js"></script>
<script defer src="{repo}/themes/default/assets/js/kennisbank.js"></script>
<script defer src="{repo}/themes/default/assets/js/stemmer.js"></script>
{index}
<script defer src="{repo}/themes/default/assets/js/search.js"></script></head>
<body data-root="{root}" data-begrippen>
<header class="site-header"><form class="site-search" role="search" action="{root}zoeken/index.html">
<label for="zoekveld">Zoeken</label> <input type="search" id="zoekveld" name="q"> <button>Zoeken</button></form></header>
<main id="inhoud" tabindex="-1">{main}</main></body></html>
"""


def _dutch_texts(repo):
    """The theme's Dutch interface texts (texts/nl.yml: keys nested by two spaces, values in double
    quotes), flattened to dotted keys as the build reads them."""
    flat, path = {}, []
    for line in (repo / "themes/default/texts/nl.yml").read_text(encoding="utf-8").split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, _, value = line.strip().partition(":")
        path = path[:(len(line) - len(line.lstrip())) // 2] + [key]
        if value.strip():
            flat[".".join(path)] = json.loads(value.strip())
    return flat


def _write_pages(folder, repo):
    """A content page and the search page, with the fixture index beside them (loaded only on demand),
    and the scripts' Dutch texts as the build publishes them (assets/js/teksten.js)."""
    base = repo.as_uri()
    _copy_index(folder, repo)
    texts = _dutch_texts(repo)
    script = {k[len("script."):] if k.startswith("script.") else k: v for k, v in texts.items()
              if k.startswith(("script.search.", "script.popup.", "words."))}
    (folder / "teksten.js").write_text("window.KENNISBANK_TEXTS = %s;\n" % json.dumps(script, ensure_ascii=False), encoding="utf-8")
    search_page = re.sub(r"\{\{t\.([\w.]+)\}\}", lambda m: html.escape(texts[m.group(1)], quote=True).replace("&#x27;", "'"),
                         (repo / "themes/default/templates/search.mustache").read_text(encoding="utf-8"))
    pages = []
    for rel, root, title, main in (
            ("definities/racisme", "../../", "Racisme", "<h1>Racisme</h1>"),
            ("zoeken", "../", "Zoeken", search_page.replace("{{root}}", "../"))):
        (folder / rel).mkdir(parents=True)
        (folder / rel / "index.html").write_text(
            PAGE.format(title=title, repo=base, root=root, main=main, index=""), encoding="utf-8")
        pages.append(folder / rel / "index.html")
    return pages


def check_ui(driver, repo):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    failures = []
    with tempfile.TemporaryDirectory(prefix="kennisbank-search-") as tmp:
        folder = pathlib.Path(tmp)
        page, search_page = _write_pages(folder, repo)
        driver.get(page.as_uri())
        loaded = driver.execute_script(
            "return [!!window.KENNISBANK_SEARCH, !!window.KENNISBANK_SEARCH_PARTS, "
            "Array.from(document.scripts).map(function (s) { return s.src; }).filter(function (s) { return /search-index\\.js|\\/search\\/(terms|docs)-/.test(s); })];")
        if loaded != [False, False, []]:
            failures.append(f"the index loads before the search field is used: {loaded}")
        field = driver.find_element(By.ID, "zoekveld")
        field.send_keys("indirect onderscheid")
        status = _wait(driver, "var s = document.getElementById('zoekstatus'); return s && s.textContent;")
        if not re.fullmatch(r'\d+ resultaten voor "indirect onderscheid"', status or ""):
            failures.append(f"dropdown: status is {status!r}")
        if driver.execute_script("return document.getElementById('zoekstatus').getAttribute('role');") != "status":
            failures.append("dropdown: #zoekstatus lacks role=status")
        hrefs = driver.execute_script(
            "return Array.from(document.querySelectorAll('#zoekresultaten a')).map(function (a) { return a.href; });")
        want = (folder / "begrippen" / "indirect-onderscheid" / "index.html").as_uri()
        if not hrefs or hrefs[0] != want:
            failures.append(f"dropdown: first link is {hrefs[:1]}, want {want} (relative to data-root)")
        marks = driver.execute_script(
            "return Array.from(document.querySelectorAll('#zoekresultaten li:first-child mark'))"
            ".map(function (m) { return m.textContent; });")
        if marks != ["Indirect", "onderscheid"]:
            failures.append(f"dropdown: marks in first result are {marks}")
        field.send_keys(Keys.ARROW_DOWN)
        if driver.execute_script("return document.activeElement.href;") != want:
            failures.append("dropdown: ArrowDown does not focus the first result")
        driver.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
        driver.switch_to.active_element.send_keys(Keys.ARROW_UP)
        driver.switch_to.active_element.send_keys(Keys.ARROW_UP)
        if driver.execute_script("return document.activeElement.id;") != "zoekveld":
            failures.append("dropdown: ArrowUp from the first result does not return to the field")
        field.send_keys(Keys.ARROW_DOWN)
        driver.switch_to.active_element.send_keys(Keys.ESCAPE)
        if driver.execute_script("return document.activeElement.id;") != "zoekveld":
            failures.append("dropdown: Escape on a result does not return focus to the field")
        if driver.execute_script("return document.querySelector('.zoek-dropdown').classList.contains('is-open');"):
            failures.append("dropdown: Escape does not close the results")
        field.send_keys(Keys.ESCAPE)
        if field.get_attribute("value") != "":
            failures.append("dropdown: a second Escape does not clear the field")
        field.send_keys("xyzzyq")
        status = _wait(driver, "return document.getElementById('zoekstatus').textContent;")
        if not (status or "").startswith("Geen resultaten"):
            failures.append(f"dropdown: no-results status is {status!r}")
        if "begrippenlijst" not in driver.find_element(By.ID, "zoekresultaten").text:
            failures.append("dropdown: no-results message does not point to the begrippenlijst")
        # A site without a glossary (no data-begrippen on <body>) is not sent to one.
        driver.execute_script("document.body.removeAttribute('data-begrippen');")
        field.send_keys(Keys.ESCAPE)
        field.send_keys(Keys.ESCAPE)
        field.send_keys("qyzzyx")
        _wait(driver, "return document.getElementById('zoekstatus').textContent.indexOf('qyzzyx') >= 0 || null;")
        if "begrippenlijst" in driver.find_element(By.ID, "zoekresultaten").text:
            failures.append("dropdown: without a glossary the no-results message still points to the begrippenlijst")
        driver.execute_script("document.body.setAttribute('data-begrippen', '');")

        driver.get(search_page.as_uri() + "?q=artikel%201")
        status = _wait(driver, "return document.getElementById('zoekstatus').textContent;")
        if not (status or "").endswith('voor "artikel 1"'):
            failures.append(f"search page: status is {status!r}")
        first = driver.execute_script("var a = document.querySelector('#zoekresultaten a'); return a && a.href;")
        want = (folder / "juridisch-kader" / "grondwet-artikel-1" / "index.html").as_uri()
        if first != want:
            failures.append(f"search page: first result is {first}, want {want}")
        if driver.find_element(By.ID, "zoekpagina-veld").get_attribute("value") != "artikel 1":
            failures.append("search page: the field does not show the query from ?q=")

        # A compound that matched through a part is marked as a whole: 'moslimhaat' for 'haat'.
        driver.get(search_page.as_uri() + "?q=haat")
        _wait(driver, "return document.getElementById('zoekstatus').textContent;")
        marks = _wait(driver, "var m = Array.prototype.map.call(document.querySelectorAll('#zoekresultaten mark'),"
                              " function (e) { return e.textContent.toLowerCase(); }); return m.indexOf('moslimhaat') >= 0 && m;")
        if not marks:
            failures.append("search page: 'moslimhaat' is not marked for the query 'haat'")

        driver.get(page.as_uri())
        field = driver.find_element(By.ID, "zoekveld")
        field.send_keys("discrimnatie")
        status = _wait(driver, "var s = document.getElementById('zoekstatus'); return s && /Bedoelde/.test(s.textContent) && s.textContent;")
        link = driver.execute_script("var a = document.querySelector('#zoekstatus a'); return a && [a.textContent, a.getAttribute('href')];")
        if not status or link != ["discriminatie", "../../zoeken/index.html?q=discriminatie"]:
            failures.append(f"dropdown: no 'Bedoelde je: discriminatie?' link for a typo ({status!r}, {link})")
    return failures


def run(driver, repo_root):
    repo = pathlib.Path(repo_root).resolve()
    failures = []
    with tempfile.TemporaryDirectory(prefix="kennisbank-stemmer-") as tmp:
        folder = pathlib.Path(tmp)
        blank = folder / "blank.html"
        blank.write_text('<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>stemmer</title>'
                         '</head><body data-root="./"></body></html>', encoding="utf-8")
        _copy_index(folder, repo)
        driver.get(blank.as_uri())
        _inject(driver, repo, "themes/default/assets/js/stemmer.js")
        failures += check_stemmer(driver, repo)
        failures += check_tokenizer(driver, repo)
        failures += check_compounds(driver, repo)
        failures += check_question_frames(driver, repo)
        _inject(driver, repo, "themes/default/assets/js/search.js")
        failures += check_ranking(driver)
    failures += check_ui(driver, repo)
    return failures


def _main():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        failures = run(driver, pathlib.Path(__file__).resolve().parents[2])
    finally:
        driver.quit()
    for failure in failures:
        print("FAIL", failure)
    print(f"search-js: {0 if failures else 1} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(_main())
