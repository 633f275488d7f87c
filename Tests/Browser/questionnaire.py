"""Browser checks of the vragenlijsten (form.vragenlijst): filled in by keyboard only, the result levels against
the scoring rules computed from the front matter (questionnaire_spec), the CSV and JSON downloads, the mailto
link, localStorage after a reload, 'Opnieuw beginnen', print, the page without JavaScript, and axe and vnu with
the result view open. One Questionnaire object holds a page's state through the sequence of checks."""
import csv
import io
import json
import os
import re
import shutil
import tempfile
import time
from urllib.parse import parse_qs, unquote, urlsplit

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

import axe
from common import describe, ensure, norm
from interactive import active_matches, js, press, tab_until, text_of, visible, wait_for
from questionnaire_spec import Spec

STORAGE_PREFIX = "kennisbank-vragenlijst-"
CHECKS = ["keyboard", "levels", "chart", "download", "mail", "search", "restore", "print", "axe", "incomplete", "vnu", "reset", "nojs"]

IN_QUESTION_JS = """
const a = document.activeElement, q = a && a.closest && a.closest('.vragenlijst-vraag');
return q ? q.getAttribute('data-question') : null;"""

FORM_STATE_JS = r"""
const out = {};
for (const q of document.querySelectorAll('form.vragenlijst .vragenlijst-vraag')) {
  const t = q.querySelector('textarea');
  out[q.getAttribute('data-question')] = t ? t.value
    : [...q.querySelectorAll('input')].map((x, i) => x.checked ? i : -1).filter(i => i >= 0);
}
return out;"""

RESULT_JS = r"""
const norm = s => (s || '').replace(/\s+/g, ' ').trim();
const box = document.querySelector('.vragenlijst-uitkomst');
const rows = [...box.querySelectorAll('table.vragenlijst-tabel tbody tr')].map(r => ({
  theme: r.getAttribute('data-theme'), cells: [...r.children].map(c => norm(c.innerText))}));
const svg = box.querySelector('svg');
let name = null;
if (svg) name = (svg.getAttribute('aria-labelledby') || '').split(/\s+/).map(id => document.getElementById(id))
  .map(e => e ? norm(e.textContent) : '').join(' ');
const bars = svg ? [...svg.querySelectorAll('.vragenlijst-grafiek__staaf')].map(r => Number(r.getAttribute('width'))) : [];
const track = svg ? svg.querySelector('.vragenlijst-grafiek__baan') : null;
return {shown: !box.hidden && box.getBoundingClientRect().height > 0, rows: rows, svgRole: svg && svg.getAttribute('role'),
        svgName: name, bars: bars, track: track ? Number(track.getAttribute('width')) : null,
        dds: [...box.querySelectorAll('.vragenlijst-antwoorden dd')].map(e => e.textContent),
        deadButtons: box.querySelectorAll('a[role=button], [aria-controls]').length,
        unanswered: [...box.querySelectorAll('.vragenlijst-open-vragen a')].map(a => [norm(a.textContent), a.getAttribute('href')]),
        levelTexts: [...box.querySelectorAll('.vragenlijst-uitkomst__thema')].map(e => e.getAttribute('data-theme'))};"""


def _dom_options(d, qid):
    return d.find_elements(By.CSS_SELECTOR, '.vragenlijst-vraag[data-question="%s"] input' % qid)


class Questionnaire:
    def __init__(self, b, srv, rel, content_root):
        self.b, self.d, self.srv, self.rel = b, b.driver, srv, rel
        self.url = srv.url(rel)
        b.get(self.url, settle=0.1)
        self.slug = js(self.d, "const f=document.querySelector('form.vragenlijst');return f&&f.getAttribute('data-vragenlijst')")
        ensure(self.slug, "no form.vragenlijst[data-vragenlijst] on %s" % rel)
        path = os.path.join(content_root, "vragenlijsten", self.slug + ".md")
        ensure(os.path.isfile(path), "cannot find the front matter of vragenlijst %r at %s (pass --content DIR)" % (self.slug, path))
        self.spec = Spec(path)
        self.plan = self.spec.plan()
        self.filled = False
        self.downloads = tempfile.mkdtemp(prefix="kb-vragenlijst-")
        js(self.d, "localStorage.removeItem(arguments[0])", STORAGE_PREFIX + self.slug)
        b.get(self.url, settle=0.1)

    def close(self):
        shutil.rmtree(self.downloads, ignore_errors=True)

    # ------------------------------------------------------------ filling in by keyboard

    def keyboard(self):
        d, problems = self.d, []
        dom_ids = js(d, "return [...document.querySelectorAll('form.vragenlijst .vragenlijst-vraag')].map(q => q.getAttribute('data-question'))")
        ensure(dom_ids == [q["id"] for q in self.spec.questions],
               "the questions on the page %s are not those of the front matter %s" % (dom_ids, [q["id"] for q in self.spec.questions]))
        js(d, "window.scrollTo(0,0); document.activeElement && document.activeElement.blur()")
        for n, q in enumerate(self.spec.questions):
            tabs, visited = tab_until(d, lambda: js(d, IN_QUESTION_JS) == q["id"], 250 if n == 0 else 40)
            ensure(tabs, "Tab never reached question %d (%r); focus went: %s" % (q["number"], q["id"], " -> ".join(visited[-8:])))
            want = self.plan[q["id"]]
            if q["type"] == "open":
                ensure(active_matches(d, "textarea"), "Tab into open question %r focused %s, not its textarea" % (q["id"], describe(d)))
                lines = want.split("\n")
                for i, line in enumerate(lines):
                    press(d, line)
                    if i < len(lines) - 1:
                        press(d, Keys.ENTER)
            elif q["type"] == "multiple":
                inputs = _dom_options(d, q["id"])
                for i in range(len(inputs)):
                    ensure(js(d, "return document.activeElement === arguments[0]", inputs[i]),
                           "in multiple-choice question %r, Tab did not go from option to option (focus: %s)" % (q["id"], describe(d)))
                    if i in want:
                        press(d, Keys.SPACE)
                    if i < len(inputs) - 1:
                        press(d, Keys.TAB)
            else:
                inputs = _dom_options(d, q["id"])
                ensure(js(d, "return document.activeElement === arguments[0]", inputs[0]),
                       "Tab into question %r focused %s, not its first option" % (q["id"], describe(d)))
                target = want[0]
                if target == 0:
                    press(d, Keys.SPACE)
                else:
                    for _ in range(target):
                        press(d, Keys.ARROW_DOWN)
        state = js(d, FORM_STATE_JS)
        for q in self.spec.questions:
            got, want = state.get(q["id"]), self.plan[q["id"]]
            if got != want:
                problems.append("question %d (%r): after typing, the form holds %r, expected %r" % (q["number"], q["id"], got, want))
        show = d.find_elements(By.CSS_SELECTOR, "button.vragenlijst-toon")
        ensure(show and visible(d, show[0]), "no visible button.vragenlijst-toon ('Bekijk je uitkomst') after the questions")
        tabs, visited = tab_until(d, lambda: js(d, "return document.activeElement === arguments[0]", show[0]), 30)
        ensure(tabs, "Tab from the last question never reached %r (focus went: %s)" % (show[0].text, " -> ".join(visited[-6:])))
        press(d, Keys.ENTER)
        if not wait_for(lambda: active_matches(d, ".vragenlijst-uitkomst h2"), 2):
            problems.append("Enter on %r did not move focus to the result heading (focus: %s)" % (show[0].text, describe(d)))
        self.filled = not problems
        return problems

    def need_filled(self):
        ensure(self.filled, "the form was not filled in (see the keyboard check)")

    # ------------------------------------------------------------ the result view

    def levels(self):
        self.need_filled()
        r = js(self.d, RESULT_JS)
        ensure(r["shown"], "the result view (.vragenlijst-uitkomst) is not shown")
        problems = []
        expected = self.spec.expected(self.plan)
        if expected and len({e["level"] for e in expected.values()}) < 2 and len(expected) > 1:
            problems.append("the test plan reaches only one level %r; it cannot tell levels apart" % expected)
        rows = {row["theme"]: row["cells"] for row in r["rows"]}
        if set(rows) != set(expected):
            problems.append("the result table has rows for themes %s, expected the scored themes %s" % (sorted(rows), sorted(expected)))
        themes = {t["id"]: t for t in self.spec.themes}
        for tid, want in expected.items():
            cells = rows.get(tid)
            if not cells:
                continue
            t = themes[tid]
            if cells[0] != t["title"]:
                problems.append("row %r: theme cell says %r, expected %r" % (tid, cells[0], t["title"]))
            if cells[2] != "%d van %d" % (want["score"], t["high"]):
                problems.append("theme %r: points cell says %r, expected '%d van %d'" % (tid, cells[2], want["score"], t["high"]))
            if cells[1] != want["level"]:
                problems.append("theme %r with %d points: the result says %r, the scoring rule gives %r"
                                % (tid, want["score"], cells[1], want["level"]))
        if expected:
            if r["svgRole"] != "img":
                problems.append("the bar chart needs an svg[role=img]; found role %r" % r["svgRole"])
            for tid, want in expected.items():
                wanted = "%s: %d van %d punten, %s" % (themes[tid]["title"], want["score"], themes[tid]["high"], want["level"])
                if wanted not in (r["svgName"] or ""):
                    problems.append("the chart's text alternative lacks %r: %r" % (wanted, r["svgName"]))
            scores = [(want["score"] - themes[tid]["low"]) / max(themes[tid]["high"] - themes[tid]["low"], 1)
                      for tid, want in expected.items()]
            if len(r["bars"]) != len(expected):
                problems.append("the chart has %d bars for %d scored themes" % (len(r["bars"]), len(expected)))
            elif r["track"]:
                for share, width, tid in zip(scores, r["bars"], expected):
                    if abs(width / r["track"] - share) > 0.02:
                        problems.append("bar of %r is %.0f of %.0f px wide, expected %.0f%%" % (tid, width, r["track"], share * 100))
            if set(r["levelTexts"]) != set(expected):
                problems.append("level texts shown for %s, expected for %s" % (r["levelTexts"], sorted(expected)))
        elif r["rows"] or r["bars"]:
            problems.append("a vragenlijst without scoring shows a result table or chart")
        if r["deadButtons"]:
            problems.append("the result view copies %d glossary pop-up button(s) whose script does not follow them; "
                            "copied term links must be plain links" % r["deadButtons"])
        shown = [norm(x) for x in r["dds"]]
        levels = {q["id"]: bool(t["levels"]) for t in self.spec.themes for q in t["questions"]}
        for q, dd in zip(self.spec.questions, shown):
            text = norm(self.spec.answer_text(q, self.plan).replace(" | ", "; "))
            points = self.spec.points(q, self.plan)
            if levels[q["id"]] and points is not None:
                text += " (%d %s)" % (points, "punt" if points == 1 else "punten")
            if dd != text:
                problems.append("the answer list shows %r for question %d, expected %r" % (dd, q["number"], text))
        if len(shown) != len(self.spec.questions):
            problems.append("the answer list has %d answers for %d questions" % (len(shown), len(self.spec.questions)))
        return problems

    # ------------------------------------------------------------ downloads

    def _download(self, fmt, folder):
        d = self.d
        d.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": folder})
        button = d.find_elements(By.CSS_SELECTOR, 'button.vragenlijst-download[data-format="%s"]' % fmt)
        ensure(button and visible(d, button[0]), "no visible button.vragenlijst-download[data-format=%s]" % fmt)
        js(d, "arguments[0].focus()", button[0])
        press(d, Keys.ENTER)
        name = "%s-antwoorden.%s" % (self.slug, fmt)
        path = os.path.join(folder, name)
        ok = wait_for(lambda: os.path.isfile(path) and not any(f.endswith(".crdownload") for f in os.listdir(folder)), 6, 0.1)
        ensure(ok, "pressing %r did not download %s (folder has: %s)" % (button[0].text, name, os.listdir(folder)))
        with open(path, "rb") as f:
            return f.read()

    def _expected_rows(self):
        rows = []
        expected = self.spec.expected(self.plan)
        for t in self.spec.themes:
            for q in t["questions"]:
                points = self.spec.points(q, self.plan)
                rows.append([t["id"], t["title"], q["id"], q["type"], self.spec.answer_text(q, self.plan),
                             "" if points is None else str(points)])
            if t["id"] in expected:
                rows.append([t["id"], t["title"], "", "uitkomst", expected[t["id"]]["level"], str(expected[t["id"]]["score"])])
        return rows

    def download(self):
        self.need_filled()
        problems = []
        raw = self._download("csv", self.downloads)
        if not raw.startswith(b"\xef\xbb\xbf"):
            problems.append("the CSV does not start with a UTF-8 byte-order mark (Excel then misreads é)")
        table = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
        ensure(table and table[0] == ["thema_id", "thema", "vraag_id", "vraag", "soort", "antwoord", "punten"],
               "the CSV header is %r" % (table[:1],))
        # The submission id (#30): one 'inzending' and one 'versie' line after the header, the same id as the JSON's.
        ids = [r[5] for r in table[1:] if len(r) > 5 and r[4] == "inzending"]
        if len(ids) != 1 or not re.fullmatch(r"[0-9a-f]{16}", ids[0]) or not any(len(r) > 5 and r[4] == "versie" for r in table[1:]):
            problems.append("the CSV has no 'inzending' line with a 16-digit code and a 'versie' line: %r" % table[1:3])
        got = [[r[0], r[1], r[2], r[4], r[5].lstrip("'") if r[5].startswith("'=") else r[5], r[6]] for r in table[1:]
               if r[4] not in ("inzending", "versie")]
        want = self._expected_rows()
        if got != want:
            diff = [(i + 2, g, w) for i, (g, w) in enumerate(zip(got, want)) if g != w][:4]
            problems.append("the CSV rows differ from the answers given (%d rows, expected %d); first differences "
                            "(line, got, expected): %s" % (len(got), len(want), diff))
        if any(r[5].startswith("=") for r in table[1:]):
            problems.append("an answer starting with '=' is written as is; a spreadsheet would run it as a formula")
        data = json.loads(self._download("json", self.downloads).decode("utf-8"))
        ensure(data.get("vragenlijst") == self.slug, "the JSON names vragenlijst %r, expected %r" % (data.get("vragenlijst"), self.slug))
        if ids and data.get("inzending") != ids[0]:
            problems.append("the JSON's inzending %r is not the CSV's %r" % (data.get("inzending"), ids[0]))
        expected = self.spec.expected(self.plan)
        by_id = {t["id"]: t for t in data.get("themas", [])}
        for t in self.spec.themes:
            jt = by_id.get(t["id"])
            if not jt:
                problems.append("the JSON has no theme %r" % t["id"])
                continue
            for q, jq in zip(t["questions"], jt.get("vragen", [])):
                text = self.spec.answer_text(q, self.plan)
                want = [q["options"][i]["label"] for i in self.plan[q["id"]]] if q["type"] == "multiple" else (text or None)
                if jq.get("id") != q["id"] or jq.get("antwoord") != want or jq.get("punten") != self.spec.points(q, self.plan):
                    problems.append("JSON answer to %r is %r (%r points), expected %r (%r points)"
                                    % (q["id"], jq.get("antwoord"), jq.get("punten"), want, self.spec.points(q, self.plan)))
            if t["id"] in expected:
                got = jt.get("uitkomst") or {}
                if got.get("niveau") != expected[t["id"]]["level"] or got.get("punten") != expected[t["id"]]["score"]:
                    problems.append("JSON outcome of %r is %r, expected %r" % (t["id"], got, expected[t["id"]]))
        return problems

    def download_file(self, root):
        """From file:// (a site opened from a folder): one answer by keyboard, then the CSV download."""
        from interactive import file_url
        d = self.d
        self.b.get(file_url(root, self.rel), settle=0.1)
        js(d, "localStorage.removeItem(arguments[0])", STORAGE_PREFIX + self.slug)
        self.b.get(file_url(root, self.rel), settle=0.1)
        first = self.spec.questions[0]
        js(d, "window.scrollTo(0,0); document.activeElement && document.activeElement.blur()")
        tabs, _ = tab_until(d, lambda: js(d, IN_QUESTION_JS) == first["id"], 250)
        ensure(tabs, "on file:// Tab never reached the first question")
        press(d, Keys.SPACE)
        show = d.find_element(By.CSS_SELECTOR, "button.vragenlijst-toon")
        js(d, "arguments[0].focus()", show)
        press(d, Keys.ENTER)
        folder = os.path.join(self.downloads, "file")
        os.makedirs(folder, exist_ok=True)
        raw = self._download("csv", folder).decode("utf-8-sig")
        js(d, "localStorage.removeItem(arguments[0])", STORAGE_PREFIX + self.slug)
        row = next((r for r in csv.reader(io.StringIO(raw, newline=""), delimiter=";") if len(r) > 2 and r[2] == first["id"]), None)
        ensure(row, "the CSV downloaded from file:// has no row for %r" % first["id"])
        ensure(row[5] == first["options"][0]["label"], "the CSV from file:// answers %r with %r, expected %r"
               % (first["id"], row[5], first["options"][0]["label"]))
        self.b.get(self.url, settle=0.1)

    # ------------------------------------------------------------ e-mail

    def mail(self):
        self.need_filled()
        d = self.d
        links = d.find_elements(By.CSS_SELECTOR, "a.vragenlijst-mail")
        if self.spec.mailto in (None, False):
            ensure(not links, "the front matter sets no mailto, but the page has a.vragenlijst-mail")
            return []
        ensure(links and visible(d, links[0]), "the front matter sets mailto, but there is no visible a.vragenlijst-mail")
        problems = []
        href = links[0].get_attribute("href")
        to = "" if self.spec.mailto is True else self.spec.mailto
        ensure(href.startswith("mailto:%s?" % to), "the mail link is %r, expected mailto:%s?subject=...&body=..." % (href[:80], to))
        if len(href) > 2000:
            problems.append("the mailto: link is %d characters long; mail programs accept about 2000" % len(href))
        query = parse_qs(urlsplit(href).query.replace("+", "%2B"))
        body = query.get("body", [""])[0]
        if "%" in href and "\r\n" not in body:
            problems.append("the mail body has no CRLF line breaks (RFC 6068 wants %0D%0A)")
        if not query.get("subject", [""])[0].endswith(self.spec.title):
            problems.append("the mail subject %r does not name the vragenlijst %r" % (query.get("subject"), self.spec.title))
        if not re.search(r"\r\nInzending: [0-9a-f]{16} \(versie \d+\)\r\n", body) or "Einde van de antwoorden." not in body:
            problems.append("the mail body lacks the line 'Inzending: <code> (versie n)' or 'Einde van de antwoorden.'")
        for q in self.spec.questions:
            text = self.spec.answer_text(q, self.plan).replace(" | ", "; ")
            if text and text.split("\n")[0] not in body:
                problems.append("the mail body lacks the answer %r to question %d" % (text.split("\n")[0], q["number"]))
        # A long open answer: the link must stay short enough and say it was shortened.
        last_open = [q for q in self.spec.questions if q["type"] == "open"]
        if last_open:
            area = d.find_element(By.CSS_SELECTOR, '.vragenlijst-vraag[data-question="%s"] textarea' % last_open[-1]["id"])
            js(d, "arguments[0].focus(); arguments[0].setSelectionRange(arguments[0].value.length, arguments[0].value.length)", area)
            area.send_keys(" " + "lang antwoord " * 120)
            note = d.find_elements(By.CSS_SELECTOR, ".vragenlijst-mail__let-op")
            if not wait_for(lambda: note and visible(d, note[0]) and "ingekort" in text_of(d, note[0]), 2):
                problems.append("with a long answer there is no visible notice that the e-mail was shortened")
            long_href = links[0].get_attribute("href")
            if len(long_href) > 2000:
                problems.append("with a long answer the mailto: link grows to %d characters" % len(long_href))
            if "ingekort" not in unquote(long_href).lower():
                problems.append("the shortened e-mail does not say that it was shortened")
            ActionChains(d).key_down(Keys.CONTROL).send_keys("a").key_up(Keys.CONTROL).perform()
            press(d, Keys.BACKSPACE)
            lines = self.plan[last_open[-1]["id"]].split("\n")
            for i, line in enumerate(lines):
                press(d, line)
                if i < len(lines) - 1:
                    press(d, Keys.ENTER)
            if js(d, "return arguments[0].value", area) != self.plan[last_open[-1]["id"]]:
                problems.append("could not restore the open answer after the long-text test")
        return problems

    def search(self):
        """The questions are in the search index: words of the questions that are nowhere else on the page
        (title, lead, introduction) find it."""
        from interactive import _results
        texts = js(self.d, """return [...document.querySelectorAll('form.vragenlijst .vragenlijst-vraag__tekst')].map(q => {
                                const c = q.cloneNode(true); c.querySelectorAll('.vragenlijst-vraag__nummer').forEach(n => n.remove());
                                return c.textContent; });""")
        elsewhere = js(self.d, "return [...document.querySelectorAll('main h1, main .lead, main .prose')].map(e => e.textContent).join(' ')").lower()
        words = []
        for text in reversed(texts):
            only = [w for w in re.findall(r"[^\W\d_]{6,}", text) if w.lower() not in elsewhere]
            if len(only) >= 2:
                words = only[:2]
                break
        ensure(words, "no question has two words that are not also in the page's introduction")
        page = self.srv.url("zoeken/index.html")
        self.b.get(page + "?q=" + "+".join(words), settle=0.1)
        r = _results(self.d, 4.0)
        target = self.srv.url(self.rel)
        if not any(a.split("#")[0] == target for a in r.get("abs", [])):
            return ["searching for %r (words of the last question) does not list %s; results: %s"
                    % (" ".join(words), self.rel, r.get("texts", [])[:8])]
        self.b.get(self.url, settle=0.1)
        return []

    # ------------------------------------------------------------ storage, print, reset

    def restore(self):
        self.need_filled()
        d = self.d
        stored = js(d, "return localStorage.getItem(arguments[0])", STORAGE_PREFIX + self.slug)
        ensure(stored, "nothing in localStorage under %r after answering" % (STORAGE_PREFIX + self.slug))
        self.b.get(self.url, settle=0.2)
        state = js(d, FORM_STATE_JS)
        problems = ["after a reload question %r holds %r, expected %r" % (qid, state.get(qid), want)
                    for qid, want in self.plan.items() if state.get(qid) != want]
        r = js(d, RESULT_JS)
        if not r["shown"]:
            problems.append("after a reload the result view that was open is not shown again")
        # Whatever another version of the page (or anyone with the browser) left in storage must not break it.
        first = self.spec.questions[0]["id"]
        self.b.console_errors()
        for garbage in ["{", "null", "42", '{"answers": "x"}', '{"answers": {"%s": 7, "onbekend": ["1"]}, "shown": 1}' % first,
                        '{"answers": {"%s": ["99", {"a": 1}]}}' % first]:
            js(d, "localStorage.setItem(arguments[0], arguments[1])", STORAGE_PREFIX + self.slug, garbage)
            self.b.get(self.url, settle=0.1)
            errors = self.b.console_errors()
            if errors or js(d, "return !document.querySelector('.vragenlijst-acties') || document.querySelector('.vragenlijst-acties').hidden"):
                problems.append("with %r in localStorage the page breaks: %s" % (garbage, errors[:2] or "the buttons stay hidden"))
        js(d, "localStorage.setItem(arguments[0], arguments[1])", STORAGE_PREFIX + self.slug, stored)
        self.b.get(self.url, settle=0.1)
        return problems

    def print_view(self):
        self.need_filled()
        d = self.d
        d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        try:
            r = js(d, r"""
const shown = e => !!e && e.getBoundingClientRect().height > 0 && getComputedStyle(e).display !== 'none';
return {form: shown(document.querySelector('form.vragenlijst')), result: shown(document.querySelector('.vragenlijst-uitkomst')),
        table: shown(document.querySelector('.vragenlijst-uitkomst table')) || !document.querySelector('.vragenlijst-uitkomst table'),
        answers: shown(document.querySelector('.vragenlijst-antwoorden')),
        buttons: [...document.querySelectorAll('.vragenlijst-uitkomst button, .vragenlijst-uitkomst a.button')].filter(shown).length,
        nav: shown(document.querySelector('nav.site-nav'))};""")
        finally:
            d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        problems = []
        if r["form"]:
            problems.append("printing with the result shown still prints the whole form (print the answers and the result)")
        if not (r["result"] and r["table"] and r["answers"]):
            problems.append("the print view lacks the result, its table or the answers: %r" % r)
        if r["buttons"]:
            problems.append("the print view shows %d buttons" % r["buttons"])
        if r["nav"]:
            problems.append("the print view shows the main navigation")
        return problems

    def axe_results(self, b=None):
        return axe.run_axe((b or self.b).driver)

    def dom_snapshot(self, folder, root):
        """The built page with the result view questionnaire.js made in place of the empty one, for the Nu
        Html Checker: it checks the markup this script writes (kennisbank.js's glossary buttons point
        aria-controls at pop-ups that only exist while open, which vnu reports on any live page)."""
        with open(os.path.join(root, self.rel), encoding="utf-8") as f:
            html = f.read()
        live = js(self.d, "return document.querySelector('.vragenlijst-uitkomst').outerHTML")
        html, count = re.subn(r'<section class="vragenlijst-uitkomst".*?</section>(?=\s*(?:<section class="sources"|</article>))',
                              lambda _: live, html, count=1, flags=re.S)
        ensure(count == 1, "cannot find the result view in %s" % self.rel)
        path = os.path.join(folder, self.slug + "-uitkomst.html")
        with open(path, "w", encoding="utf-8") as f:
            f.write(html)
        return os.path.basename(path)

    def mobile(self, mb, shot_dir):
        """In the phone-sized browser: the same answers from localStorage, the result view, axe and a screenshot."""
        self.need_filled()
        stored = js(self.d, "return localStorage.getItem(arguments[0])", STORAGE_PREFIX + self.slug)
        mb.get(self.url)
        js(mb.driver, "localStorage.setItem(arguments[0], arguments[1])", STORAGE_PREFIX + self.slug, stored)
        mb.get(self.url, settle=0.2)
        r = js(mb.driver, RESULT_JS)
        ensure(r["shown"], "at %d px the stored answers did not bring back the result view" % mb.width)
        problems = axe.run_axe(mb.driver)
        overflow = js(mb.driver, "return document.documentElement.scrollWidth - innerWidth")
        if overflow > 1:
            problems.append("at %d px the page scrolls sideways by %d px with the result view open" % (mb.width, overflow))
        self.shot(mb, shot_dir)
        return problems

    def incomplete(self, mb):
        """One needed answer taken out of the stored state: that theme shows no level and no bar; the others keep theirs."""
        d = mb.driver
        key = STORAGE_PREFIX + self.slug
        state = json.loads(js(d, "return localStorage.getItem(arguments[0])", key) or "null")
        ensure(state and state.get("answers"), "the phone-sized browser has no stored answers to take one from")
        scored = [t for t in self.spec.themes if t["levels"]]
        if not scored:
            js(d, "localStorage.removeItem(arguments[0])", key)
            return []
        theme = scored[0]
        question = next(q for q in theme["questions"] if q["needed"])
        state["answers"].pop(question["id"], None)
        js(d, "localStorage.setItem(arguments[0], arguments[1])", key, json.dumps(state))
        mb.get(self.url, settle=0.2)
        r = js(d, RESULT_JS)
        js(d, "localStorage.removeItem(arguments[0])", key)
        rows = {row["theme"]: row["cells"] for row in r["rows"]}
        problems = []
        answered = len(theme["questions"]) - 1
        want = "Nog niet alle vragen beantwoord (%d van %d)" % (answered, len(theme["questions"]))
        if rows.get(theme["id"], [None, None])[1] != want:
            problems.append("with question %d unanswered, theme %r says %r, expected %r"
                            % (question["number"], theme["id"], rows.get(theme["id"]), want))
        if len(r["bars"]) != len(scored) - 1:
            problems.append("with one theme incomplete the chart still draws %d bars for %d scored themes" % (len(r["bars"]), len(scored)))
        # The result names the question still open, as a link to it.
        target = "#" + (js(d, "const q = document.querySelector('[data-question=\"' + arguments[0] + '\"]'); return q ? q.id : ''", question["id"]) or "?")
        if not any(text.startswith("Vraag %d:" % question["number"]) and href == target for text, href in r["unanswered"]):
            problems.append("with question %d unanswered, the result does not name it (a link 'Vraag %d: ...' to %s); it names %r"
                            % (question["number"], question["number"], target, r["unanswered"]))
        others = self.spec.expected(self.plan)
        for t in scored[1:]:
            if rows.get(t["id"], [None, None])[1] != others[t["id"]]["level"]:
                problems.append("theme %r changed its level to %r when another theme became incomplete" % (t["id"], rows.get(t["id"])))
        return problems

    def shot(self, b, shot_dir):
        """The result view alone, at the browser's width."""
        import base64
        d = b.driver
        rect = js(d, """const r = document.querySelector('.vragenlijst-uitkomst').getBoundingClientRect();
                       const y = r.top + scrollY - 8;
                       return {x: 0, y: y, h: Math.min(r.height + 16, document.documentElement.scrollHeight - y)};""")
        img = d.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True, "fromSurface": True,
                                                           "clip": {"x": 0, "y": rect["y"], "width": b.width,
                                                                    "height": min(rect["h"], 16000), "scale": 1}})
        path = os.path.join(shot_dir, "vragenlijst-%s-uitkomst-%d.png" % (self.slug, b.width))
        os.makedirs(shot_dir, exist_ok=True)
        with open(path, "wb") as f:
            f.write(base64.b64decode(img["data"]))
        return path

    def reset(self):
        self.need_filled()
        d, problems = self.d, []
        button = d.find_elements(By.CSS_SELECTOR, "button.vragenlijst-reset")
        ensure(button and visible(d, button[0]), "no visible button.vragenlijst-reset ('Opnieuw beginnen') after answering")
        if norm(button[0].text) != "Opnieuw beginnen":
            problems.append("button.vragenlijst-reset says %r, expected 'Opnieuw beginnen'" % button[0].text)
        js(d, "arguments[0].focus()", button[0])
        press(d, Keys.ENTER)
        time.sleep(0.2)
        state = js(d, FORM_STATE_JS)
        left = [qid for qid, v in state.items() if v not in ([], "")]
        if left:
            problems.append("after 'Opnieuw beginnen' questions %s still hold answers" % left)
        if js(d, "return localStorage.getItem(arguments[0])", STORAGE_PREFIX + self.slug) is not None:
            problems.append("after 'Opnieuw beginnen' the answers are still in localStorage")
        if js(d, RESULT_JS)["shown"]:
            problems.append("after 'Opnieuw beginnen' the result view is still shown")
        undo = d.find_elements(By.CSS_SELECTOR, "button.vragenlijst-herstel")
        ensure(undo and visible(d, undo[0]), "after 'Opnieuw beginnen' there is no visible 'Ongedaan maken'")
        js(d, "arguments[0].focus()", undo[0])
        press(d, Keys.ENTER)
        if js(d, FORM_STATE_JS) != self.plan:
            problems.append("'Ongedaan maken' did not bring back the answers")
        js(d, "arguments[0].focus()", button[0])
        press(d, Keys.ENTER)
        self.b.get(self.url, settle=0.1)
        if any(v not in ([], "") for v in js(d, FORM_STATE_JS).values()):
            problems.append("after 'Opnieuw beginnen' and a reload, answers came back")
        return problems


# ------------------------------------------------------------ without JavaScript

LEVEL_ROWS_JS = r"""
const norm = s => (s || '').replace(/\s+/g, ' ').trim();
return [...document.querySelectorAll('.vragenlijst-thema')].map(t => ({
  theme: t.getAttribute('data-theme'),
  open: [...t.querySelectorAll('details.vragenlijst-sleutel')].map(x => x.open),
  groups: [...t.querySelectorAll('.vragenlijst-sleutel__punten li')].map(li => norm(li.textContent)),
  levels: [...t.querySelectorAll('tr.vragenlijst-niveau')].map(r => [norm(r.querySelector('th').textContent),
                                                                     norm(r.querySelector('.vragenlijst-niveau__punten').textContent)])}));"""


def range_text(low, high):
    if low == high:
        return "%d %s" % (low, "punt" if abs(low) == 1 else "punten")
    return "%d tot en met %d punten" % (low, high)


def nojs(nb, page_url, content_root):
    """JavaScript off: a printable form with native controls, no JS-only buttons, and scoring rules in text
    that match the front matter, so a reader can score it on paper."""
    d = nb.driver
    nb.get(page_url)
    slug = js(d, "const f=document.querySelector('form.vragenlijst');return f&&f.getAttribute('data-vragenlijst')")
    ensure(slug, "no form.vragenlijst on %s" % page_url)
    spec = Spec(os.path.join(content_root, "vragenlijsten", slug + ".md"))
    problems = []
    bad = js(d, r"""
const out = [];
for (const q of document.querySelectorAll('.vragenlijst-vraag')) {
  const inputs = [...q.querySelectorAll('input, textarea')];
  if (!inputs.length) out.push(q.getAttribute('data-question') + ': no input');
  if (q.tagName === 'FIELDSET' && !q.querySelector('legend')) out.push(q.getAttribute('data-question') + ': fieldset without legend');
  for (const i of inputs) if (i.disabled || !i.labels || !i.labels.length) out.push(q.getAttribute('data-question') + ': input without label or disabled');
}
for (const e of document.querySelectorAll('.vragenlijst-acties, .vragenlijst-uitkomst, button'))
  if (e.closest('main') && e.getBoundingClientRect().height > 0) out.push('visible without JavaScript: ' + e.outerHTML.slice(0, 80));
return out;""")
    problems += bad
    rows = {r["theme"]: r for r in js(d, LEVEL_ROWS_JS)}
    for t in spec.themes:
        r = rows.get(t["id"])
        if not r:
            problems.append("theme %r is missing from the page" % t["id"])
            continue
        if not t["levels"]:
            if r["levels"]:
                problems.append("theme %r has no scoring rule but shows levels" % t["id"])
            continue
        if r["open"] != [True]:
            problems.append("without JavaScript the scoring rules of %r are not open (they must print)" % t["id"])
        want = [[lv["label"], range_text(lv["from"], lv["to"])] for lv in t["levels"]]
        if r["levels"] != want:
            problems.append("theme %r: the paper scoring table says %r, the front matter gives %r" % (t["id"], r["levels"], want))
        told = {}
        for g in r["groups"]:
            m = re.match(r"(?:Vraag|Vragen) ([\d, en]+?)(?: \(.*?\))?: (.*)$", g)
            if not m:
                problems.append("cannot read the points line %r of theme %r" % (g, t["id"]))
                continue
            pairs = [p.rsplit(" = ", 1) for p in m.group(2).split(" · ")]
            for n in re.findall(r"\d+", m.group(1)):
                told[int(n)] = [(label, int(points)) for label, points in pairs]
        for q in t["questions"]:
            if q["scored"]:
                want_points = [(o["label"], o["points"]) for o in q["options"]]
                if told.get(q["number"]) != want_points:
                    problems.append("question %d: the paper points are %r, the front matter gives %r"
                                    % (q["number"], told.get(q["number"]), want_points))
    d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        printed = js(d, """const f = document.querySelector('form.vragenlijst'); const k = document.querySelector('.vragenlijst-sleutel table');
                          return [!!f && f.getBoundingClientRect().height > 0, !k || k.getBoundingClientRect().height > 0];""")
    finally:
        d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    if printed != [True, True]:
        problems.append("printed without JavaScript, the form or its scoring rules are missing (%r)" % printed)
    return problems


def vnu_problems(results, name):
    return results.get(name, {}).get("errors", [])

