"""Interactive checks in headless Chromium: skip link, Hoofdmenu by keyboard, glossary disclosure,
quiz, search. Each public function is one named check; it raises CheckFailed/AssertionError with
readable problems, or returns a list of problems."""
import os
import re
import time

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

import axe
from common import CheckFailed, describe, ensure, norm

SEARCH_QUERY = "indirect onderscheid"
SEARCH_EXPECT = "onderscheid"


# ---------------------------------------------------------------- small helpers

def press(driver, *keys):
    ActionChains(driver).send_keys(*keys).perform()


def js(driver, script, *args):
    return driver.execute_script(script, *args)


def active_is(driver, el):
    return js(driver, "return document.activeElement === arguments[0]", el)


def active_matches(driver, selector):
    return js(driver, "const a=document.activeElement;return !!a && a!==document.body && a.matches(arguments[0])", selector)


def wait_for(fn, timeout=2.0, step=0.05):
    end = time.time() + timeout
    last = None
    while True:
        try:
            last = fn()
        except Exception:  # noqa: BLE001 - element may be re-rendered meanwhile
            last = None
        if last or time.time() >= end:
            return last
        time.sleep(step)


def tab_until(driver, predicate, max_tabs=150):
    """Press Tab until predicate() is true. Returns (tabs, visited descriptions) or (None, visited)."""
    visited = []
    for i in range(1, max_tabs + 1):
        press(driver, Keys.TAB)
        if predicate():
            return i, visited
        visited.append(describe(driver))
    return None, visited


def visible(driver, el):
    return js(driver, """
const el=arguments[0]; if(!el) return false; const r=el.getBoundingClientRect(), cs=getComputedStyle(el);
return r.width>0 && r.height>0 && cs.visibility!=='hidden' && cs.display!=='none' && !el.closest('[hidden]');""", el)


def in_viewport(driver, el):
    return js(driver, """
const r=arguments[0].getBoundingClientRect();
return r.width>1 && r.height>1 && r.right>0 && r.bottom>0 && r.left<innerWidth && r.top<innerHeight;""", el)


def text_of(driver, el):
    return norm(js(driver, "return arguments[0] ? (arguments[0].innerText || '') : ''", el))


FOCUS_STYLE_JS = r"""
const el=arguments[0], cs=getComputedStyle(el);
return [cs.outlineStyle, cs.outlineWidth, cs.outlineColor, cs.boxShadow, cs.backgroundColor, cs.color,
        cs.textDecorationLine, cs.textDecorationThickness, cs.borderBottomStyle, cs.borderBottomColor].join('|');
"""


def has_focus_indicator(driver, el, unfocused_style):
    """True when the focused element is styled differently from its unfocused self (outline, shadow, colour...)."""
    focused = js(driver, FOCUS_STYLE_JS, el)
    parts = focused.split("|")
    outline = parts[0] not in ("none", "") and not parts[1].startswith("0")
    return outline or parts[3] not in ("none", "") or focused != unfocused_style


def url_of(page_url, href):
    from urllib.parse import urljoin
    return urljoin(page_url, href)


# ---------------------------------------------------------------- skip link

def skip_link(b, page_url):
    d = b.driver
    b.get(page_url)
    press(d, Keys.TAB)
    if not active_matches(d, 'a.skip-link[href="#inhoud"]'):
        raise CheckFailed("after one Tab from page load, focus is on %s; expected a.skip-link[href=\"#inhoud\"] "
                          "(it must be the first focusable element)" % describe(d))
    link = d.switch_to.active_element
    problems = []
    if not in_viewport(d, link):
        problems.append("a.skip-link is focused but not visible in the viewport (show it on :focus)")
    press(d, Keys.ENTER)
    ok = wait_for(lambda: active_matches(d, "main#inhoud"), 1.5)
    if not ok:
        problems.append("Enter on the skip link did not move focus to main#inhoud; focus is on %s "
                        "(main needs id=\"inhoud\" tabindex=\"-1\")" % describe(d))
    return problems


# ---------------------------------------------------------------- navigation

NAV_LINKS_JS = "return [...document.querySelectorAll('nav.site-nav a[href]')]"


def nav_keyboard(b, page_url):
    """Tab from page load reaches every Hoofdmenu link (opening a menu toggle button with Enter if the
    theme collapses the menu), each focused link is visible and has a focus indicator, Enter follows it."""
    d = b.driver
    b.get(page_url)
    links = js(d, NAV_LINKS_JS)
    ensure(links, "no links in nav.site-nav[aria-label=Hoofdmenu]")
    hrefs = [l.get_attribute("href") for l in links]
    unfocused = {h: js(d, FOCUS_STYLE_JS, l) for h, l in zip(hrefs, links)}
    seen, problems, toggled, visited = [], [], False, []
    for _ in range(len(links) + 60):
        press(d, Keys.TAB)
        a = d.switch_to.active_element
        info = js(d, """const a=document.activeElement;
            return {inNav: !!a.closest('nav.site-nav'), tag: a.tagName, href: a.href || '',
                    expanded: a.tagName === 'SUMMARY' ? String(!!a.parentElement.open) : a.getAttribute('aria-expanded'),
                    controls: a.getAttribute('aria-controls'), inHeader: !!a.closest('header')}""")
        visited.append(describe(d))
        if info["inNav"] and info["tag"] == "A":
            h = info["href"]
            if h not in seen:
                seen.append(h)
                if not in_viewport(d, a):
                    problems.append("Hoofdmenu link %s is focused but not visible" % describe(d))
                if not has_focus_indicator(d, a, unfocused.get(h, "")):
                    problems.append("Hoofdmenu link %s has no visible focus indicator (outline/box-shadow "
                                    "removed and nothing else changes on focus)" % describe(d))
            if len(seen) >= len(set(hrefs)):
                break
        elif info["tag"] in ("BUTTON", "SUMMARY") and info["expanded"] == "false" and not toggled and \
                (info["inHeader"] or (info["controls"] and js(d, "const t=document.getElementById(arguments[0]);"
                                                                  "return !!t && !!t.querySelector('nav.site-nav, a')",
                                                                  info["controls"]))):
            toggled = True           # a collapsed menu: open it like a keyboard user would
            press(d, Keys.ENTER)
            time.sleep(0.2)
    missing = [h for h in dict.fromkeys(hrefs) if h not in seen]
    if missing:
        problems.append("Tab from page load never reached these Hoofdmenu links: %s\n  focus went: %s"
                        % (", ".join(missing), " -> ".join(visited[:25])))
        return problems
    # Enter on the first menu link follows it
    b.get(page_url)
    first = hrefs[0]
    n, _ = tab_until(d, lambda: js(d, "return document.activeElement.href === arguments[0] && "
                                     "!!document.activeElement.closest('nav.site-nav')", first), len(links) + 60)
    if n is None and toggled:
        return problems       # reaching it needed the toggle; reached above already
    press(d, Keys.ENTER)
    if not wait_for(lambda: d.current_url.split("#")[0] == first, 5):
        problems.append("Enter on Hoofdmenu link %s did not open it (url is %s)" % (first, d.current_url))
    return problems


# ---------------------------------------------------------------- glossary disclosure

TERM_INFO_JS = r"""
const a = arguments[0];
const scripts = [...document.scripts].map(x => x.src).concat(performance.getEntriesByType('resource').map(e => e.name));
const loaded = scripts.some(u => /\/assets\/definities(\.[0-9a-f]{8})?\.js$/.test(u));
return {slug: decodeURIComponent(a.pathname.replace(/index\.html$/, '').replace(/\/+$/, '').split('/').pop()), href: a.href, text: (a.innerText || '').trim(),
        loaded: loaded || !!window.KENNISBANK_DEFINITIONS,
        expanded: a.getAttribute('aria-expanded'), controls: a.getAttribute('aria-controls')};
"""

POPOVER_JS = r"""
const a = arguments[0];
const id = a.getAttribute('aria-controls');
const pop = (id && document.getElementById(id)) || (a.nextElementSibling && a.nextElementSibling.matches('.term-popover') ? a.nextElementSibling : null);
if (!pop) return null;
const r = pop.getBoundingClientRect(), cs = getComputedStyle(pop);
const shown = r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && cs.display !== 'none' && !pop.hidden;
const more = [...pop.querySelectorAll('a[href]')].map(x => ({text: x.innerText.trim(), href: x.href}));
return {el: pop, shown: shown, isSpan: pop.matches('span.term-popover'), rightAfter: a.nextElementSibling === pop,
        text: (pop.innerText || '').replace(/\s+/g, ' ').trim(), more: more,
        left: r.left, right: r.right, vw: document.documentElement.clientWidth};
"""


def _term_link(d):
    links = d.find_elements(By.CSS_SELECTOR, "a.term-link")
    ensure(links, "no a.term-link on the page")
    return links[0]


def _definition_on_term_page(b, page_url):
    """The short definition of the page's first term link, as its term page shows it (p.definition):
    what the pop-up must show. Leaves the browser on the term page."""
    d = b.driver
    b.get(page_url)
    href = _term_link(d).get_attribute("href")
    b.get(href)
    p = d.find_elements(By.CSS_SELECTOR, "p.definition")
    ensure(p, "the term page %s has no p.definition with the short definition" % href)
    return norm(p[0].text), href


def _check_lazy_definitions(info, problems):
    """Before a pop-up opens, the page has not loaded the definitions script; pages do not even name
    it (its content-hashed name changes with every definition: assets/data.js names it)."""
    if info["loaded"]:
        problems.append("the definitions script was loaded before any pop-up was opened")


LOADED_SCRIPTS_JS = "return [...document.scripts].map(x => x.src).filter(u => /\\/assets\\/(definities|data)[.]/.test(u));"


def _check_definitions_loaded(d, problems):
    """After a pop-up opened: the page found the definitions script's content-hashed name in
    assets/data.js (loaded past caches, with ?t=) and loaded it by that name."""
    srcs = js(d, LOADED_SCRIPTS_JS)
    if not any(re.search(r"/assets/data\.js\?t=\d+$", u) for u in srcs):
        problems.append("opening a pop-up should load assets/data.js?t=<time> first; scripts: %r" % srcs)
    if not any(re.search(r"/assets/definities\.[0-9a-f]{8}\.js$", u) for u in srcs):
        problems.append("opening a pop-up should load assets/definities.<8 hex digits>.js; scripts: %r" % srcs)


def _check_popover_open(d, a, info, page_url, problems, how):
    time.sleep(0.1)
    if d.current_url.split("#")[0] != page_url.split("#")[0]:
        raise CheckFailed("%s on the term link navigated to %s instead of opening the popover (with JavaScript the "
                          "link must become a disclosure button; is kennisbank.js loaded and working?)" % (how, d.current_url))
    pop = wait_for(lambda: (lambda p: p if p and p["shown"] else None)(js(d, POPOVER_JS, a)), 2.0)
    if not pop:
        p = js(d, POPOVER_JS, a)
        raise CheckFailed("%s on %s did not open a visible span.term-popover (%s); aria-expanded=%r"
                          % (how, describe(d, a), "popover element not found via aria-controls or next sibling"
                             if not p else "popover exists but is hidden", a.get_attribute("aria-expanded")))
    if a.get_attribute("aria-expanded") != "true":
        problems.append("after %s the term link has aria-expanded=%r, expected \"true\"" % (how, a.get_attribute("aria-expanded")))
    if not info["controls"] and not a.get_attribute("aria-controls"):
        problems.append("the term link has no aria-controls pointing at its popover")
    if not pop["isSpan"]:
        problems.append("the popover is not a span.term-popover: %s" % describe(d, pop["el"]))
    if not pop["rightAfter"]:
        problems.append("span.term-popover is not right after the link (a.nextElementSibling)")
    if info.get("def") and info["def"] not in pop["text"]:
        problems.append("the popover does not show the definition of its term page.\n  expected: %s\n  popover text: %s"
                        % (info["def"][:200], pop["text"][:200]))
    more = [m for m in pop["more"] if m["text"].lower().startswith("lees meer over")]
    if not more:
        problems.append("the popover has no link 'Lees meer over <term>' (links: %s)" % pop["more"])
    elif more[0]["href"].split("#")[0] != info["href"].split("#")[0]:
        problems.append("'Lees meer over' links to %s, expected the term page %s" % (more[0]["href"], info["href"]))
    return pop


def _closed(d, a):
    p = js(d, POPOVER_JS, a)
    return (not p or not p["shown"]) and a.get_attribute("aria-expanded") in ("false", None)


def glossary_keyboard(b, page_url):
    d = b.driver
    expected, href = _definition_on_term_page(b, page_url)
    b.get(page_url, settle=0.1)
    problems = []
    n, visited = tab_until(d, lambda: active_matches(d, "a.term-link"), 300)
    ensure(n, "Tab never reached a .term-link (focus went: %s ...)" % " -> ".join(visited[:12]))
    a = d.switch_to.active_element
    info = js(d, TERM_INFO_JS, a)
    ensure(info["href"] == href, "Tab reached %s first, expected the first term link of the page (%s)" % (info["href"], href))
    info["def"] = expected
    _check_lazy_definitions(info, problems)
    if info["expanded"] != "false":
        problems.append("before opening, the term link should have aria-expanded=\"false\" (found %r): with JS it "
                        "becomes a disclosure button" % info["expanded"])
    press(d, Keys.ENTER)
    _check_popover_open(d, a, info, page_url, problems, "Enter")
    _check_definitions_loaded(d, problems)
    if not active_is(d, a) and not js(d, "return !!document.activeElement.closest('.term-popover')"):
        problems.append("after Enter focus moved away to %s" % describe(d))
    viol = axe.run_axe(d)
    if viol:
        problems.append("axe with the popover open:\n" + "\n".join(viol))
    d.execute_script("arguments[0].focus()", a) if not active_is(d, a) else None
    press(d, Keys.ESCAPE)
    if not wait_for(lambda: _closed(d, a), 1.5):
        problems.append("Escape did not close the popover (aria-expanded=%r)" % a.get_attribute("aria-expanded"))
    if not active_is(d, a):
        problems.append("after Escape focus is on %s, expected the term link" % describe(d))
    # open again, Tab into the popover's 'Lees meer' link, Escape: closes and focus returns to the term link
    press(d, Keys.ENTER)
    if wait_for(lambda: (js(d, POPOVER_JS, a) or {}).get("shown"), 1.5):
        n, _ = tab_until(d, lambda: js(d, "return !!document.activeElement.closest('.term-popover')"), 3)
        if n:
            press(d, Keys.ESCAPE)
            if not wait_for(lambda: _closed(d, a), 1.5):
                problems.append("Escape from inside the popover did not close it")
            elif not active_is(d, a):
                problems.append("Escape from inside the popover: focus is on %s, expected back on the term link" % describe(d))
    else:
        problems.append("Enter did not open the popover a second time (toggle)")
    return problems


def glossary_mouse(b, page_url):
    d = b.driver
    expected, _ = _definition_on_term_page(b, page_url)
    b.get(page_url, settle=0.1)
    problems = []
    a = _term_link(d)
    info = js(d, TERM_INFO_JS, a)
    info["def"] = expected
    _check_lazy_definitions(info, problems)
    js(d, "arguments[0].scrollIntoView({block:'center'})", a)
    ActionChains(d).move_to_element(a).click().perform()
    pop = _check_popover_open(d, a, info, page_url, problems, "a click")
    if b.mobile and (pop["left"] < -0.5 or pop["right"] > pop["vw"] + 0.5):
        problems.append("at %dpx the popover sticks out of the viewport (left=%.0f right=%.0f, viewport %d)"
                        % (b.width, pop["left"], pop["right"], pop["vw"]))
    ActionChains(d).move_to_element(a).click().perform()
    if not wait_for(lambda: _closed(d, a), 1.5):
        problems.append("a second click on the term link did not close the popover (Enter/click toggles)")
    return problems


def glossary_nojs(nb, page_url):
    d = nb.driver
    nb.get(page_url)
    links = d.find_elements(By.CSS_SELECTOR, "a.term-link")
    ensure(links, "no a.term-link in the page without JavaScript")
    a = links[0]
    href = a.get_attribute("href")
    ensure(re.search(r"/begrippen/[^/]+/index\.html$", href.split("#")[0]),
           "a.term-link href should end in begrippen/<slug>/index.html, found %s" % href)
    ensure(a.get_attribute("aria-expanded") is None,
           "with JavaScript off the term link already has aria-expanded (JS seems to run: check the no-JS browser)")
    d.execute_script("arguments[0].scrollIntoView({block:'center'})", a)
    a.click()
    ensure(wait_for(lambda: d.current_url.split("#")[0] == href.split("#")[0], 5),
           "without JavaScript, clicking the term link did not go to the term page %s (url: %s)" % (href, d.current_url))
    h1 = d.find_elements(By.TAG_NAME, "h1")
    ensure(h1 and h1[0].text.strip(), "the term page %s has no <h1>" % href)


# ---------------------------------------------------------------- quiz

QUIZ_MODEL_JS = r"""
const norm = s => (s || '').replace(/\s+/g, ' ').trim();
const labelOf = inp => inp.closest('label') || (inp.id ? document.querySelector('label[for="' + CSS.escape(inp.id) + '"]') : null);
const after = (fs, sel) => {           // element inside the fieldset, or right after it before the next question
  const inside = fs.querySelector(sel); if (inside) return inside;
  for (let n = fs.nextElementSibling; n && !n.matches('fieldset.quiz-question'); n = n.nextElementSibling) {
    if (n.matches(sel)) return n; const x = n.querySelector(sel); if (x) return x; }
  return null; };
const form = document.querySelector('form.quiz');
if (!form) return null;
const qs = [...form.querySelectorAll('fieldset.quiz-question')].map(fs => {
  const inputs = [...fs.querySelectorAll('input[type=radio], input[type=checkbox]')];
  const opts = inputs.map(inp => {
    const lab = labelOf(inp);
    const holder = inp.closest('li, .quiz-option, div') || inp;
    const mark = [inp, lab, holder].map(e => e && (e.getAttribute('data-correct') ?? e.getAttribute('data-juist'))).find(v => v !== null && v !== undefined);
    return {type: inp.type, label: lab ? norm(lab.innerText) : null, hasLabel: !!lab, mark: mark ?? null};
  });
  const det = after(fs, 'details.quiz-answer');
  let dinfo = null;
  if (det) {
    const sum = det.querySelector('summary');
    const kids = [...det.querySelectorAll('*')].filter(e => !e.closest('summary'));
    dinfo = {summary: sum ? norm(sum.textContent) : '',
             texts: kids.map(e => norm(e.textContent)),
             marked: kids.filter(e => /correct|juist|right/i.test((e.className || '') + ' ' + [...e.attributes].map(a => a.name).join(' ')))
                         .map(e => norm(e.textContent)),
             expl: (() => { const e = det.querySelector('.quiz-explanation, .explanation, .uitleg, [class*=explanation], [class*=uitleg]');
                            return e ? norm(e.textContent) : null; })(),
             paras: [...det.querySelectorAll('p')].map(p => norm(p.textContent)),
             all: norm([...det.childNodes].filter(n => !(n.nodeType === 1 && n.matches('summary'))).map(n => n.textContent).join(' '))};
  }
  return {id: fs.getAttribute('data-question'), dtype: fs.getAttribute('data-type') || fs.getAttribute('data-question-type'),
          legend: fs.querySelector('legend') ? norm(fs.querySelector('legend').innerText) : null,
          opts: opts, details: dinfo, hasCheck: !!after(fs, 'button.quiz-check'), hasFeedback: !!after(fs, '.quiz-feedback')};
});
return {name: form.getAttribute('data-quiz'), questions: qs,
        hasScore: !!form.querySelector('p.quiz-score') || !!document.querySelector('p.quiz-score'),
        hasReset: !!document.querySelector('button.quiz-reset')};
"""

QUIZ_PARTS_JS = r"""
const fs = document.querySelectorAll('form.quiz fieldset.quiz-question')[arguments[0]];
const after = sel => { const inside = fs.querySelector(sel); if (inside) return inside;
  for (let n = fs.nextElementSibling; n && !n.matches('fieldset.quiz-question'); n = n.nextElementSibling) {
    if (n.matches(sel)) return n; const x = n.querySelector(sel); if (x) return x; } return null; };
const inputs = [...fs.querySelectorAll('input[type=radio], input[type=checkbox]')];
const labels = inputs.map(inp => inp.closest('label') || (inp.id ? document.querySelector('label[for="' + CSS.escape(inp.id) + '"]') : null));
return {fs: fs, inputs: inputs, labels: labels, check: after('button.quiz-check'), feedback: after('.quiz-feedback')};
"""

TRUEFALSE = {"juist", "onjuist"}
_ANSWER_PREFIX = re.compile(r"^(het\s+)?(juiste?|goede?|correcte?)\s+antwoord(en)?(\s+is|\s+zijn)?\s*:?\s*", re.I)


def question_type(q):
    if q["dtype"] in ("single", "multiple", "truefalse"):
        return q["dtype"]
    kinds = {o["type"] for o in q["opts"]}
    if kinds == {"checkbox"}:
        return "multiple"
    if len(q["opts"]) == 2 and {(o["label"] or "").lower() for o in q["opts"]} == TRUEFALSE:
        return "truefalse"
    return "single"


def correct_answers(q):
    """Indices of the correct options: from a data-correct attribute if the theme writes one, else from the
    no-JS answer (details.quiz-answer). Raises CheckFailed when it cannot be told."""
    opts, qt = q["opts"], question_type(q)
    n_ok = (lambda k: k == 1) if qt in ("single", "truefalse") else (lambda k: k >= 1)
    if any(o["mark"] is not None for o in opts):
        idx = [i for i, o in enumerate(opts) if str(o["mark"]).lower() in ("", "true", "1", "ja", "yes", "correct", "juist")]
        if n_ok(len(idx)):
            return idx
    det = q["details"]
    ensure(det, "question %r has no details.quiz-answer (no-JS answer) and no data-correct attribute" % q["id"])
    labels = [(o["label"] or "").lower() for o in opts]

    def match(texts):
        found = set()
        for t in texts:
            t2 = _ANSWER_PREFIX.sub("", t).strip().rstrip(".").lower()
            for part in {t.lower(), t2} | set(p.strip().rstrip(".") for p in re.split(r"\s*[;,]\s*|\s+en\s+", t2)):
                for i, lab in enumerate(labels):
                    if lab and part == lab.rstrip("."):
                        found.add(i)
        return sorted(found)

    for texts in (det["marked"], det["texts"]):
        idx = match(texts)
        if n_ok(len(idx)):
            return idx
    # last resort: labels that occur as whole words in the answer text (longest first: 'Onjuist' before 'Juist')
    text = " " + det["all"].lower() + " "
    idx = []
    for i in sorted(range(len(labels)), key=lambda i: -len(labels[i])):
        lab = labels[i]
        if lab and re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(lab), text):
            idx.append(i)
            text = text.replace(lab, " ")
    if n_ok(len(idx)) and len(idx) < len(labels):
        return sorted(idx)
    raise CheckFailed("cannot tell the correct answer of question %r (%s) from details.quiz-answer: %r; options: %s "
                      "(add data-correct=\"true\" on the correct inputs, or list the correct answer text in the details)"
                      % (q["id"], qt, det["all"][:200], [o["label"] for o in opts]))


def explanation_of(q):
    det = q["details"] or {}
    if det.get("expl"):
        return det["expl"]
    labels = {(o["label"] or "").lower() for o in q["opts"]}
    paras = [p for p in det.get("paras", []) if p.lower() not in labels and not _ANSWER_PREFIX.match(p)]
    return max(paras, key=len) if paras else None


class Quiz:
    """Holds the state of one quiz page in one browser for the sequence of quiz checks."""

    def __init__(self, b, page_url):
        self.b, self.d, self.url = b, b.driver, page_url
        b.get(page_url, settle=0.1)
        self.model = js(self.d, QUIZ_MODEL_JS)
        ensure(self.model, "no form.quiz on %s" % page_url)
        ensure(self.model["questions"], "form.quiz has no fieldset.quiz-question")
        self.types = [question_type(q) for q in self.model["questions"]]
        self.answered = {}          # question index -> True if answered correctly

    def first(self, qt):
        i = next((i for i, t in enumerate(self.types) if t == qt), None)
        ensure(i is not None, "the first quiz has no %s question (types: %s)" % (qt, self.types))
        return i

    def parts(self, i):
        return js(self.d, QUIZ_PARTS_JS, i)

    def click_option(self, i, k, problems):
        p = self.parts(i)
        target = p["labels"][k] or p["inputs"][k]
        if p["labels"][k] is None:
            problems.append("option %d of question %r has no <label>" % (k + 1, self.model["questions"][i]["id"]))
        js(self.d, "arguments[0].scrollIntoView({block:'center'})", target)
        ActionChains(self.d).move_to_element(target).click().perform()

    def check_feedback(self, i, want_good, problems, how):
        q = self.model["questions"][i]
        p = self.parts(i)
        ensure(p["feedback"] is not None, "question %r has no .quiz-feedback" % q["id"])
        if p["feedback"].get_attribute("aria-live") != "polite":
            problems.append(".quiz-feedback of question %r needs aria-live=\"polite\"" % q["id"])
        txt = wait_for(lambda: text_of(self.d, self.parts(i)["feedback"]), 2.0) or ""
        ensure(txt, "%s: after 'Controleer' the .quiz-feedback of question %r stays empty" % (how, q["id"]))
        ensure(visible(self.d, self.parts(i)["feedback"]), "the .quiz-feedback of question %r is not visible" % q["id"])
        bad = "niet goed" in txt.lower()
        good = "goed" in txt.lower() and not bad
        if want_good and not good:
            problems.append("%s: question %r answered correctly, but the feedback says: %r (expected 'Goed')" % (how, q["id"], txt[:200]))
        if not want_good and not bad:
            problems.append("%s: question %r answered wrongly, but the feedback says: %r (expected 'Niet goed')" % (how, q["id"], txt[:200]))
        expl = explanation_of(q)
        if not expl:
            problems.append("cannot find the explanation of question %r in its details.quiz-answer" % q["id"])
        elif re.sub(r"\s+", "", expl)[:100].lower() not in re.sub(r"\s+", "", txt).lower():
            problems.append("%s: the feedback of question %r does not contain the explanation.\n  expected: %s\n  feedback: %s"
                            % (how, q["id"], expl[:160], txt[:300]))
        self.answered[i] = want_good

    def press_check(self, i, problems, by_keyboard=False):
        p = self.parts(i)
        ensure(p["check"] is not None, "question %r has no button.quiz-check" % self.model["questions"][i]["id"])
        ensure(visible(self.d, p["check"]), "the 'Controleer' button (button.quiz-check) of question %r is not visible "
               "(it is hidden without JavaScript; quiz.js must show it)" % self.model["questions"][i]["id"])
        if norm(p["check"].text).lower() != "controleer":
            problems.append("button.quiz-check text is %r, expected 'Controleer'" % p["check"].text)
        if by_keyboard:
            n, visited = tab_until(self.d, lambda: active_is(self.d, self.parts(i)["check"]), 12)
            ensure(n, "Tab from the answer did not reach the 'Controleer' button (focus went: %s)" % " -> ".join(visited))
            press(self.d, Keys.ENTER)
        else:
            js(self.d, "arguments[0].scrollIntoView({block:'center'})", p["check"])
            ActionChains(self.d).move_to_element(p["check"]).click().perform()

    # --- the named checks

    def single_keyboard(self):
        i = self.first("single")
        q = self.model["questions"][i]
        ok = correct_answers(q)[0]
        problems = []
        d = self.d
        ensure(not js(d, "return arguments[0].inputs.some(x => x.checked)", self.parts(i)),
               "an option of question %r is checked before answering" % q["id"])
        js(d, "window.scrollTo(0,0); document.activeElement && document.activeElement.blur()")
        n, visited = tab_until(d, lambda: js(d, "return arguments[0].inputs.includes(document.activeElement)", self.parts(i)), 400)
        ensure(n, "Tab never reached the options of single-choice question %r" % q["id"])
        inputs = self.parts(i)["inputs"]
        cur = next(k for k, x in enumerate(inputs) if active_is(d, x))
        press(d, Keys.SPACE)
        ensure(inputs[cur].is_selected(), "Space on option %d of question %r did not select it" % (cur + 1, q["id"]))
        while cur != ok:
            press(d, Keys.ARROW_DOWN if ok > cur else Keys.ARROW_UP)
            cur += 1 if ok > cur else -1
        ensure(inputs[ok].is_selected(), "arrow keys did not select option %d (%r) of question %r"
               % (ok + 1, q["opts"][ok]["label"], q["id"]))
        self.press_check(i, problems, by_keyboard=True)
        self.check_feedback(i, True, problems, "keyboard")
        return problems

    def multiple_mouse(self):
        i = self.first("multiple")
        q = self.model["questions"][i]
        problems = []
        oks = correct_answers(q)
        for k in oks:
            self.click_option(i, k, problems)
        inputs = self.parts(i)["inputs"]
        sel = [k for k, x in enumerate(inputs) if x.is_selected()]
        ensure(sel == oks, "clicking the labels %s selected options %s of question %r"
               % ([q["opts"][k]["label"] for k in oks], [k + 1 for k in sel], q["id"]))
        self.press_check(i, problems)
        self.check_feedback(i, True, problems, "mouse")
        return problems

    def truefalse_wrong(self):
        i = self.first("truefalse")
        q = self.model["questions"][i]
        problems = []
        ok = correct_answers(q)[0]
        wrong = next(k for k in range(len(q["opts"])) if k != ok)
        self.click_option(i, wrong, problems)
        ensure(self.parts(i)["inputs"][wrong].is_selected(), "clicking %r did not select it" % q["opts"][wrong]["label"])
        self.press_check(i, problems)
        self.check_feedback(i, False, problems, "wrong answer")
        return problems

    def answer_rest(self, problems):
        for i, q in enumerate(self.model["questions"]):
            if i in self.answered:
                continue
            for k in correct_answers(q):
                self.click_option(i, k, problems)
            self.press_check(i, problems)
            wait_for(lambda: text_of(self.d, self.parts(i)["feedback"]), 2.0)
            self.answered[i] = True

    def score(self):
        problems = []
        self.answer_rest(problems)
        total = len(self.model["questions"])
        good = sum(1 for v in self.answered.values() if v)
        el = self.d.find_elements(By.CSS_SELECTOR, "p.quiz-score")
        ensure(el, "no p.quiz-score")
        if el[0].get_attribute("aria-live") != "polite":
            problems.append("p.quiz-score needs aria-live=\"polite\"")
        txt = wait_for(lambda: text_of(self.d, el[0]), 2.0) or ""
        m = re.search(r"(\d+)\s+van\s+(\d+)\s+goed", txt)
        ensure(m, "after answering all %d questions p.quiz-score says %r, expected '%d van %d goed'" % (total, txt, good, total))
        if (int(m.group(1)), int(m.group(2))) != (good, total):
            problems.append("p.quiz-score says %r, expected '%d van %d goed'" % (txt, good, total))
        if not visible(self.d, el[0]):
            problems.append("p.quiz-score is not visible")
        return problems

    def axe_answered(self):
        return axe.run_axe(self.d)

    def reset(self):
        d = self.d
        btn = d.find_elements(By.CSS_SELECTOR, "button.quiz-reset")
        ensure(btn, "no button.quiz-reset")
        problems = []
        ensure(visible(d, btn[0]), "button.quiz-reset ('Opnieuw beginnen') is not visible after answering")
        if norm(btn[0].text) != "Opnieuw beginnen":
            problems.append("button.quiz-reset text is %r, expected 'Opnieuw beginnen'" % btn[0].text)
        js(d, "arguments[0].scrollIntoView({block:'center'})", btn[0])
        ActionChains(d).move_to_element(btn[0]).click().perform()
        time.sleep(0.3)
        state = js(d, r"""
            const norm = s => (s || '').replace(/\s+/g, ' ').trim();
            const shown = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && !e.closest('[hidden]'); };
            const f = document.querySelector('form.quiz');
            return {checked: [...f.querySelectorAll('input')].filter(x => x.checked).length,
                    feedback: [...document.querySelectorAll('.quiz-feedback')].filter(e => shown(e) && norm(e.innerText)).map(e => norm(e.innerText)),
                    score: [...document.querySelectorAll('p.quiz-score')].filter(shown).map(e => norm(e.innerText)).join(' ')};""")
        if state["checked"]:
            problems.append("after 'Opnieuw beginnen' %d option(s) are still checked" % state["checked"])
        if state["feedback"]:
            problems.append("after 'Opnieuw beginnen' feedback is still shown: %r" % state["feedback"][:3])
        if re.search(r"\b[1-9]\d*\s+van\s+\d+\s+goed", state["score"]):
            problems.append("after 'Opnieuw beginnen' p.quiz-score still says %r" % state["score"])
        self.answered = {}
        return problems


def answer_all_by_mouse(b, page_url, wrong_first_truefalse=True):
    """For screenshots: answer every question by mouse (one true/false wrongly) and press Controleer."""
    qz = Quiz(b, page_url)
    problems = []
    for i, q in enumerate(qz.model["questions"]):
        try:
            ok = correct_answers(q)
        except CheckFailed:
            continue
        pick = ok
        if wrong_first_truefalse and qz.types[i] == "truefalse":
            pick = [next(k for k in range(len(q["opts"])) if k not in ok)]
            wrong_first_truefalse = False
        try:
            for k in pick:
                qz.click_option(i, k, problems)
            qz.press_check(i, problems)
        except Exception:  # noqa: BLE001 - best effort for the picture
            pass
    time.sleep(0.3)
    return qz


def quiz_nojs(nb, page_url):
    d = nb.driver
    nb.get(page_url)
    dets = d.find_elements(By.CSS_SELECTOR, "details.quiz-answer")
    ensure(dets, "no details.quiz-answer (the no-JS answer) on %s" % page_url)
    model = js(d, QUIZ_MODEL_JS)
    q = model["questions"][0] if model and model["questions"] else None
    det = dets[0]
    summ = det.find_elements(By.TAG_NAME, "summary")
    ensure(summ, "details.quiz-answer has no <summary>")
    problems = []
    if norm(summ[0].text) != "Toon antwoord":
        problems.append("summary of details.quiz-answer says %r, expected 'Toon antwoord'" % summ[0].text)
    ensure(det.get_attribute("open") is None, "details.quiz-answer is open before clicking 'Toon antwoord'")
    d.execute_script("arguments[0].scrollIntoView({block:'center'})", summ[0])
    summ[0].click()
    ensure(wait_for(lambda: det.get_attribute("open") is not None, 1.5), "clicking 'Toon antwoord' did not open the details")
    body = norm(js(d, "return [...arguments[0].children].filter(e => e.tagName !== 'SUMMARY').map(e => e.innerText).join(' ')", det))
    ensure(body, "the opened details.quiz-answer shows no text")
    if q:
        labels = [q["opts"][k]["label"] for k in correct_answers(q)]
        missing = [l for l in labels if l and l.lower() not in body.lower()]
        if missing:
            problems.append("the opened answer does not show the correct answer %r: %r" % (missing, body[:200]))
    return problems


# ---------------------------------------------------------------- search

RESULTS_JS = r"""
const box = document.getElementById('zoekresultaten');
if (!box) return {box: false, links: []};
const shown = e => { const r = e.getBoundingClientRect(), cs = getComputedStyle(e);
  return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && !e.closest('[hidden]'); };
const links = [...box.querySelectorAll('li a[href]')].filter(shown);
const st = document.getElementById('zoekstatus');
return {box: true, boxShown: shown(box), links: links, texts: links.map(a => (a.innerText || '').replace(/\s+/g, ' ').trim()),
        hrefs: links.map(a => a.getAttribute('href')), abs: links.map(a => a.href),
        anyLinks: box.querySelectorAll('a[href]').length,
        status: st ? (st.innerText || st.textContent || '').replace(/\s+/g, ' ').trim() : null,
        statusRole: st ? st.getAttribute('role') : null};
"""


def _type_query(d, query):
    # The header's field; on the search page, which leaves that out, the page's own.
    field = d.find_elements(By.CSS_SELECTOR, "#zoekveld") or d.find_elements(By.CSS_SELECTOR, "#zoekpagina-veld")
    ensure(field, "no input#zoekveld (nor #zoekpagina-veld)")
    js(d, "arguments[0].scrollIntoView({block:'center'})", field[0])
    ActionChains(d).move_to_element(field[0]).click().perform()
    field[0].clear()
    field[0].send_keys(query)
    return field[0]


def _results(d, timeout=3.0):
    # The count in #zoekstatus (a live region) follows the results once typing pauses, so both are awaited.
    r = wait_for(lambda: (lambda x: x if x["links"] and re.search(r"\d", x["status"] or "") else None)(js(d, RESULTS_JS)), timeout)
    return r or js(d, RESULTS_JS)


def search(b, start_url, site_root_url, shot=None, axe_check=True, query=SEARCH_QUERY, expect=SEARCH_EXPECT):
    """Type the query into #zoekveld on the start page. With live results (#zoekresultaten on the page) they
    must appear; otherwise Enter submits to zoeken/index.html?q=..., which must list them. Then: first result
    mentions the query, #zoekstatus has a count, ArrowDown focuses the first result, Escape closes.
    `query` and `expect` fit another site than this repository's (hosting.py --search)."""
    d = b.driver
    b.get(start_url, settle=0.1)
    problems = []
    field = _type_query(d, query)
    r = _results(d, 2.0)
    how = "live results on the page"
    if not r["links"] and not r["box"]:
        how = "submitted to the search page"
        press(d, Keys.ENTER)
        ensure(wait_for(lambda: "zoeken/index.html" in d.current_url, 5),
               "typing %r + Enter in #zoekveld on %s showed no results and did not go to zoeken/index.html (url: %s)"
               % (query, start_url, d.current_url))
        r = _results(d, 4.0)
        if not re.search(r"[?&]q=" + r"(\+|%20)".join(map(re.escape, query.split())) + r"(&|#|$)", d.current_url):
            problems.append("the search form did not submit q=%s (url: %s)" % (query, d.current_url))
    ensure(r["box"], "no #zoekresultaten on %s" % d.current_url)
    ensure(r["links"], "no search results listed in #zoekresultaten (as li > a) for %r (%s); #zoekstatus says %r"
           % (query, how, r["status"]))
    if expect not in r["texts"][0].lower():
        problems.append("the first result's link text %r does not contain %r (results: %s)"
                        % (r["texts"][0], expect, r["texts"][:5]))
    if r["status"] is None:
        problems.append("no #zoekstatus")
    else:
        if r["statusRole"] != "status":
            problems.append("#zoekstatus needs role=\"status\"")
        if not re.search(r"\d", r["status"] or ""):
            problems.append("#zoekstatus shows no count of results: %r" % r["status"])
    for h, a in zip(r["hrefs"], r["abs"]):
        if re.match(r"^([a-zA-Z][a-zA-Z0-9+.-]*:|/)", h) or not re.split(r"[?#]", h)[0].endswith("index.html"):
            problems.append("result link %r must be relative and end in index.html" % h)
            break
        if not a.startswith(site_root_url):
            problems.append("result link %r resolves outside the site (%s)" % (h, a))
            break
    if axe_check:
        viol = axe.run_axe(d)
        if viol:
            problems.append("axe with the results open:\n" + "\n".join(viol))
    if shot:
        shot()
    field = d.find_element(By.CSS_SELECTOR, "#zoekveld")
    if not active_is(d, field):
        js(d, "arguments[0].focus()", field)
    press(d, Keys.ARROW_DOWN)
    first = js(d, RESULTS_JS)["links"][0]
    if not wait_for(lambda: active_is(d, first), 1.0):
        problems.append("ArrowDown in #zoekveld did not move focus to the first result; focus is on %s" % describe(d))
    press(d, Keys.ESCAPE)
    closed = wait_for(lambda: (lambda x: not x["links"])(js(d, RESULTS_JS)), 1.5)
    if not closed:
        problems.append("Escape did not close the search results (%d still visible)" % len(js(d, RESULTS_JS)["links"]))
    if js(d, "return document.activeElement === document.body || !document.activeElement"):
        problems.append("after Escape focus is lost (on <body>); return it to #zoekveld")
    return problems


def search_page_query(b, page_url):
    """zoeken/index.html?q=... (the target of the search form) lists results on load."""
    d = b.driver
    b.get(page_url + "?q=" + SEARCH_QUERY.replace(" ", "+"), settle=0.1)
    r = _results(d, 4.0)
    ensure(r["box"], "no #zoekresultaten on zoeken/index.html")
    ensure(r["links"], "zoeken/index.html?q=%s lists no results (the search form submits there)" % SEARCH_QUERY.replace(" ", "+"))
    fv = js(d, "return [...document.querySelectorAll('input[name=q]')].map(f => f.value)")
    problems = []
    if SEARCH_QUERY not in fv:
        problems.append("no search field (input[name=q]) on the results page shows the query %r; values: %r" % (SEARCH_QUERY, fv))
    if SEARCH_EXPECT not in r["texts"][0].lower():
        problems.append("the first result's link text %r does not contain %r" % (r["texts"][0], SEARCH_EXPECT))
    return problems


def file_url(root, rel):
    from pathlib import Path
    return Path(os.path.join(root, rel)).resolve().as_uri()
