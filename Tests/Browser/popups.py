"""Glossary pop-ups as a participant meets them (issue #27): one open at a time, a tap or click outside
closes, Tab out closes and focus is never under a pop-up, a 'Sluiten' button of at least 24 by 24 px, and a
pop-up opened near the bottom of the screen stays wholly on it, beside its word. Each public function is one
named check; it raises CheckFailed or returns a list of problems."""
import os
import time

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

import axe
from common import describe, ensure
from interactive import active_is, js, press, tab_until, wait_for

# The pop-up of a term link: where it is, and what it covers of the link and of the focused element.
STATE_JS = r"""
const a = arguments[0];
const id = a.getAttribute('aria-controls');
const pop = id ? document.getElementById(id) : null;
const box = r => ({left: r.left, top: r.top, right: r.right, bottom: r.bottom});
const shown = pop && pop.getBoundingClientRect().height > 0 && getComputedStyle(pop).visibility !== 'hidden';
const r = shown ? pop.getBoundingClientRect() : null;
const meets = (p, q) => p.left < q.right - 0.5 && q.left < p.right - 0.5 && p.top < q.bottom - 0.5 && q.top < p.bottom - 0.5;
const f = document.activeElement;
const focusInside = !!(f && (f === a || (pop && pop.contains(f))));
return {shown: !!shown, expanded: a.getAttribute('aria-expanded'), pop: r ? box(r) : null,
        link: [...a.getClientRects()].map(box), vw: document.documentElement.clientWidth, vh: innerHeight,
        coversLink: !!r && [...a.getClientRects()].some(q => meets(box(r), box(q))),
        focusInside: focusInside, focus: f ? f.tagName + (f.className ? '.' + String(f.className).split(' ')[0] : '') : null,
        coversFocus: !!r && !!f && f !== document.body && !focusInside && [...f.getClientRects()].some(q => meets(box(r), box(q))),
        openCount: [...document.querySelectorAll('.term-popover')].filter(p => p.getBoundingClientRect().height > 0).length};
"""

# Term links that show in the text (not in the hidden no-JS answers of a quiz), one per term.
LINKS_JS = r"""
const seen = new Set(), out = [];
for (const a of document.querySelectorAll('main a.term-link')) {
  const slug = a.pathname.replace(/index\.html$/, '').replace(/\/+$/, '').split('/').pop();
  if (!a.getClientRects().length || seen.has(slug)) continue;
  seen.add(slug); out.push(a);
}
return out;"""


def _links(d, want=1):
    links = js(d, LINKS_JS)
    ensure(len(links) >= want, "the page has %d visible term link(s), the check needs %d" % (len(links), want))
    return links


def state(d, a):
    return js(d, STATE_JS, a)


def tap(d, x, y):
    """A finger on the screen (Chromium's touch input, as on a phone: pointer, touch, then mouse events)."""
    d.execute_cdp_cmd("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": x, "y": y}]})
    d.execute_cdp_cmd("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})


def tap_element(d, el):
    x, y = js(d, "const r = arguments[0].getClientRects()[0]; return [r.left + r.width / 2, r.top + r.height / 2];", el)
    tap(d, x, y)


def press_on(b, el):
    """Open or close by the way this browser's user would: a tap on a phone, a click on a desktop."""
    if b.mobile:
        tap_element(b.driver, el)
    else:
        ActionChains(b.driver).move_to_element(el).click().perform()


def _open(b, a):
    d = b.driver
    press_on(b, a)
    ok = wait_for(lambda: state(d, a)["shown"], 3.0)
    ensure(ok, "%s on %s did not open its pop-up (aria-expanded=%r)" % ("a tap" if b.mobile else "a click", describe(d, a),
                                                                         a.get_attribute("aria-expanded")))
    return state(d, a)


def _fresh(b, page_url):
    b.get(page_url, settle=0.2)


def one_open(b, page_url):
    """Opening a second pop-up closes the first: never two over the text."""
    d = b.driver
    _fresh(b, page_url)
    links = _links(d, 2)
    first = links[0]
    js(d, "arguments[0].scrollIntoView({block: 'center'})", first)
    _open(b, first)
    # A second word the reader can reach: one the open pop-up does not cover.
    second = None
    for candidate in reversed(links[1:]):
        js(d, "arguments[0].scrollIntoView({block: 'center'})", candidate)
        time.sleep(0.1)
        if js(d, "const r = arguments[0].getClientRects()[0]; const e = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                 "return !!e && arguments[0].contains(e);", candidate):
            second = candidate
            break
    ensure(second, "every other term link is under the first pop-up")
    ensure(state(d, first)["shown"], "scrolling the page closed the first pop-up")
    s2 = _open(b, second)
    s1 = state(d, first)
    problems = []
    if s2["openCount"] != 1:
        problems.append("with a second pop-up opened, %d pop-ups are shown (expected 1)" % s2["openCount"])
    if s1["shown"] or s1["expanded"] != "false":
        problems.append("the first pop-up stayed open (shown=%s, aria-expanded=%r) when the second opened" % (s1["shown"], s1["expanded"]))
    return problems


def _outside_point(d, a):
    """A point on the screen that is neither the word, its pop-up nor anything one could activate."""
    return js(d, r"""
const a = arguments[0], pop = document.getElementById(a.getAttribute('aria-controls'));
for (const [fx, fy] of [[0.5, 0.04], [0.5, 0.96], [0.03, 0.5], [0.97, 0.5], [0.5, 0.5], [0.03, 0.04], [0.03, 0.96]]) {
  const x = Math.round(innerWidth * fx), y = Math.round(innerHeight * fy);
  const e = document.elementFromPoint(x, y);
  if (!e || a.contains(e) || (pop && pop.contains(e))) continue;
  if (e.closest('a, button, input, select, textarea, summary, label, details')) continue;
  return [x, y];
}
return null;""", a)


def tap_outside(b, page_url):
    """A tap (phone) or click (desktop) on the page beside the pop-up closes it; focus stays where it was put."""
    d = b.driver
    _fresh(b, page_url)
    a = _links(d)[0]
    js(d, "arguments[0].scrollIntoView({block: 'center'})", a)
    _open(b, a)
    point = _outside_point(d, a)
    ensure(point, "found no plain spot on the screen outside the open pop-up to tap on")
    if b.mobile:
        tap(d, *point)
    else:
        ActionChains(d).move_by_offset(0, 0).perform()
        d.execute_cdp_cmd("Input.dispatchMouseEvent", {"type": "mousePressed", "x": point[0], "y": point[1], "button": "left", "clickCount": 1})
        d.execute_cdp_cmd("Input.dispatchMouseEvent", {"type": "mouseReleased", "x": point[0], "y": point[1], "button": "left", "clickCount": 1})
    if not wait_for(lambda: not state(d, a)["shown"], 1.5):
        return ["a %s at (%d, %d), outside the pop-up, did not close it" % ("tap" if b.mobile else "click", point[0], point[1])]
    if state(d, a)["expanded"] != "false":
        return ["after closing by a tap outside, the term link still says aria-expanded=%r" % state(d, a)["expanded"]]
    return []


def close_button(b, page_url):
    """The pop-up has a visible 'Sluiten' button of at least 24 by 24 px (WCAG 2.5.8) that closes it and puts
    focus back on the word."""
    d = b.driver
    _fresh(b, page_url)
    a = _links(d)[0]
    js(d, "arguments[0].scrollIntoView({block: 'center'})", a)
    _open(b, a)
    pop = d.find_element(By.ID, a.get_attribute("aria-controls"))
    buttons = pop.find_elements(By.CSS_SELECTOR, "button")
    ensure(buttons, "the pop-up has no button to close it")
    button = buttons[0]
    problems = []
    name = (button.accessible_name or "").strip()
    if name != "Sluiten":
        problems.append("the close button's accessible name is %r, expected 'Sluiten'" % name)
    size = js(d, "const r = arguments[0].getBoundingClientRect(); return [r.width, r.height];", button)
    if size[0] < 24 or size[1] < 24:
        problems.append("the close button is %.0f by %.0f px; WCAG 2.5.8 asks for at least 24 by 24" % tuple(size))
    if not button.is_displayed():
        problems.append("the close button is not visible")
    press_on(b, button)
    if not wait_for(lambda: not state(d, a)["shown"], 1.5):
        problems.append("the close button did not close the pop-up")
    elif not active_is(d, a):
        problems.append("after 'Sluiten' focus is on %s, expected back on the term link" % describe(d))
    return problems


def _open_by_enter(b, page_url):
    """A fresh page, focus on its first term link, Enter: the pop-up is open."""
    d = b.driver
    _fresh(b, page_url)
    a = _links(d)[0]
    js(d, "arguments[0].focus(); arguments[0].scrollIntoView({block: 'center'})", a)
    ensure(active_is(d, a), "cannot focus the term link %s" % describe(d, a))
    press(d, Keys.ENTER)
    ensure(wait_for(lambda: state(d, a)["shown"], 3.0), "Enter on %s did not open its pop-up" % describe(d, a))
    return a


def tab_out(b, page_url):
    """Keyboard: Enter opens, Tab moves through the pop-up, and the Tab that leaves it closes it; at no step is
    the focused element under a pop-up (WCAG 2.4.11). Shift+Tab out closes it too, and Escape closes it from
    its 'Sluiten' button with focus back on the word."""
    d = b.driver
    a = _open_by_enter(b, page_url)
    problems = []
    left = False
    for step in range(1, 8):
        press(d, Keys.TAB)
        time.sleep(0.05)
        s = state(d, a)
        if s["coversFocus"]:
            problems.append("after Tab %d focus is on %s, under the open pop-up" % (step, describe(d)))
        if not s["focusInside"]:
            left = True
            if s["shown"]:
                problems.append("Tab %d moved focus out of the pop-up to %s, but the pop-up stayed open" % (step, describe(d)))
            break
    if not left:
        problems.append("seven Tabs did not leave the pop-up")
    # Shift+Tab from the word leaves it backwards: closed too.
    a = _open_by_enter(b, page_url)
    ActionChains(d).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
    time.sleep(0.05)
    s = state(d, a)
    if s["shown"]:
        problems.append("Shift+Tab from the term link to %s left its pop-up open" % describe(d))
    if s["coversFocus"]:
        problems.append("after Shift+Tab focus is on %s, under a pop-up" % describe(d))
    # Escape from the 'Sluiten' button.
    a = _open_by_enter(b, page_url)
    n, _ = tab_until(d, lambda: js(d, "return !!document.activeElement.closest('.term-popover button')"), 3)
    if not n:
        problems.append("Tab from the open term link did not reach the pop-up's close button")
    else:
        press(d, Keys.ESCAPE)
        if not wait_for(lambda: not state(d, a)["shown"], 1.5):
            problems.append("Escape on the close button did not close the pop-up")
        elif not active_is(d, a):
            problems.append("after Escape on the close button focus is on %s, expected the term link" % describe(d))
    return problems


def near_bottom(b, page_url, shot_path=None):
    """A word 40 px above the bottom edge (the issue's word at y = 804 of 844): its pop-up is wholly on the
    screen and leaves the word uncovered; axe finds nothing with it open."""
    d = b.driver
    _fresh(b, page_url)
    links = _links(d)
    # A word well into the text, so that the page can put it near the bottom of the screen.
    a = links[min(3, len(links) - 1)]
    js(d, "const r = arguments[0].getClientRects()[0]; window.scrollBy(0, r.bottom - (innerHeight - 40));", a)
    time.sleep(0.2)
    before = state(d, a)
    ensure(before["link"], "the term link %s has no box on the screen" % describe(d, a))
    y = before["link"][0]["bottom"]
    ensure(y > before["vh"] - 120, "could not scroll the term link near the bottom of the screen (its bottom is at %.0f of %d)"
           % (y, before["vh"]))
    s = _open(b, a)
    problems = []
    p = s["pop"]
    if p["left"] < -0.5 or p["top"] < -0.5 or p["right"] > s["vw"] + 0.5 or p["bottom"] > s["vh"] + 0.5:
        problems.append("the pop-up of a word at y = %.0f is not wholly on the %d x %d screen: it spans x %.0f..%.0f, y %.0f..%.0f"
                        % (y, s["vw"], s["vh"], p["left"], p["right"], p["top"], p["bottom"]))
    if s["coversLink"]:
        problems.append("the pop-up covers its own word (WCAG 2.4.11: the focused element stays in view)")
    if shot_path:
        b.screenshot_view(shot_path)
    viol = axe.run_axe(d)
    if viol:
        problems.append("axe with the pop-up open at %d px:\n%s" % (b.width, "\n".join(viol)))
    return problems


def run_all(report, desk, mob, page_url, shot_dir):
    """The checks above, at both widths where it matters; screenshots popup-bottom-390/1280.png."""
    report.run("popup-one-open@1280", lambda: one_open(desk, page_url))
    report.run("popup-one-open@390", lambda: one_open(mob, page_url))
    report.run("popup-tap-outside@390", lambda: tap_outside(mob, page_url))
    report.run("popup-click-outside@1280", lambda: tap_outside(desk, page_url))
    report.run("popup-close-button@390", lambda: close_button(mob, page_url))
    report.run("popup-tab-out", lambda: tab_out(desk, page_url))
    report.run("popup-bottom@390", lambda: near_bottom(mob, page_url, os.path.join(shot_dir, "popup-bottom-390.png")))
    report.run("popup-bottom@1280", lambda: near_bottom(desk, page_url, os.path.join(shot_dir, "popup-bottom-1280.png")))

