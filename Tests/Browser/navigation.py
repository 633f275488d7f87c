"""The header on a phone and on a desktop (issue #27): the main menu folds behind 'Menu' on a 390 x 844
touch screen, with and without JavaScript, as a disclosure a screen reader can name and read the state of;
the header takes at most a quarter of that screen; on a wide screen the menu is simply there; the menu holds
the top-level pages that ask for it; and the search page shows one search box. Each public function is one
named check; it raises CheckFailed or returns a list of problems."""
import os
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from common import ensure, norm
from interactive import js, press, wait_for
from popups import tap_element

MAX_HEADER_SHARE = 0.25

MENU_JS = r"""
const d = document.querySelector('header.site-header details.site-menu');
const s = d && d.querySelector('summary');
const links = [...document.querySelectorAll('nav.site-nav a[href]')];
// checkVisibility() also sees what a closed <details> hides (content-visibility), which a box size does not.
const shown = e => e.checkVisibility ? e.checkVisibility({visibilityProperty: true, opacityProperty: true})
  : (r => r.width > 0 && r.height > 0)(e.getBoundingClientRect());
const h = document.querySelector('header.site-header').getBoundingClientRect();
return {details: !!d, open: !!(d && d.open), summary: s ? {shown: shown(s), text: (s.innerText || '').trim()} : null,
        links: links.length, linksShown: links.filter(shown).length, header: h.height, vh: innerHeight,
        hrefs: links.map(a => a.getAttribute('href'))};
"""


def _menu(d):
    return js(d, MENU_JS)


def _ax(d, selector):
    """The accessibility tree's view of the element at selector: role, name and whether it is expanded
    (what a screen reader announces), from Chromium's own tree."""
    doc = d.execute_cdp_cmd("DOM.getDocument", {"depth": 0})
    node = d.execute_cdp_cmd("DOM.querySelector", {"nodeId": doc["root"]["nodeId"], "selector": selector})
    ensure(node.get("nodeId"), "no %s" % selector)
    tree = d.execute_cdp_cmd("Accessibility.getPartialAXTree", {"nodeId": node["nodeId"], "fetchRelatives": False})
    ax = tree["nodes"][0]
    props = {p["name"]: p.get("value", {}).get("value") for p in ax.get("properties", [])}
    return {"role": (ax.get("role") or {}).get("value"), "name": (ax.get("name") or {}).get("value"),
            "expanded": props.get("expanded"), "ignored": ax.get("ignored")}


def _shot(b, path):
    if path:
        js(b.driver, "window.scrollTo(0, 0)")
        b.screenshot_view(path)


def phone_menu(mob, home_url, shot_dir=None, js_on=True):
    """390 x 844 touch screen: the header takes at most a quarter of the screen; the menu's links are hidden
    behind a visible 'Menu' disclosure (role, name 'Menu', expanded false, as the accessibility tree has it);
    a tap opens it and shows every link; with JavaScript, Escape closes it again."""
    d = mob.driver
    mob.get(home_url, settle=0.2)
    m = _menu(d)
    ensure(m["details"], "the header has no details.site-menu: the menu does not fold behind a 'Menu' button")
    problems = []
    if m["header"] > MAX_HEADER_SHARE * m["vh"]:
        problems.append("the header is %.0f px high: more than a quarter of the %d px screen (%.0f px)"
                        % (m["header"], m["vh"], MAX_HEADER_SHARE * m["vh"]))
    ensure(m["summary"] and m["summary"]["shown"], "at %d px the 'Menu' button is not shown" % mob.width)
    if m["summary"]["text"] != "Menu":
        problems.append("the menu button says %r, expected 'Menu'" % m["summary"]["text"])
    if m["open"] or m["linksShown"]:
        problems.append("on a phone the menu starts open (%d of %d links shown)" % (m["linksShown"], m["links"]))
    ax = _ax(d, "details.site-menu > summary")
    if ax["name"] != "Menu" or ax["expanded"] is not False or ax["ignored"]:
        problems.append("a screen reader meets the menu button as %r: expected the name 'Menu', collapsed" % ax)
    suffix = "" if js_on else "-nojs"
    _shot(mob, shot_dir and os.path.join(shot_dir, "menu-closed%s-%d.png" % (suffix, mob.width)))
    tap_element(d, d.find_element(By.CSS_SELECTOR, "details.site-menu > summary"))
    if not wait_for(lambda: _menu(d)["open"], 1.5):
        return problems + ["a tap on 'Menu' did not open the menu"]
    time.sleep(0.1)
    m = _menu(d)
    if m["linksShown"] != m["links"]:
        problems.append("with the menu open only %d of its %d links are shown" % (m["linksShown"], m["links"]))
    ax = _ax(d, "details.site-menu > summary")
    if ax["expanded"] is not True:
        problems.append("with the menu open, a screen reader hears the menu button as %r (expanded should be true)" % ax)
    _shot(mob, shot_dir and os.path.join(shot_dir, "menu-open%s-%d.png" % (suffix, mob.width)))
    if js_on:
        js(d, "document.querySelector('nav.site-nav a').focus()")
        press(d, Keys.ESCAPE)
        if not wait_for(lambda: not _menu(d)["open"], 1.0):
            problems.append("Escape in the open phone menu did not close it")
        elif not js(d, "return document.activeElement.matches('details.site-menu > summary')"):
            problems.append("after Escape in the phone menu focus is not back on 'Menu'")
    return problems


def wide_menu(b, home_url):
    """On a wide screen every menu link is shown at once, without a 'Menu' button (also without JavaScript)."""
    d = b.driver
    b.get(home_url, settle=0.1)
    m = _menu(d)
    problems = []
    if m["linksShown"] != m["links"] or not m["links"]:
        problems.append("at %d px %s: %d of %d menu links are shown" % (b.width, "with JavaScript" if b.js else "without JavaScript",
                                                                       m["linksShown"], m["links"]))
    if m["summary"] and m["summary"]["shown"]:
        problems.append("at %d px the 'Menu' button is shown although the menu fits" % b.width)
    return problems


def menu_pages(b, home_url, pages):
    """A top-level page with `menu: true` is in the main menu: here 'Melden en hulp' (content/melden-en-hulp.md),
    where a participant learns how to report discrimination; only on a build of this repository's content."""
    if "melden-en-hulp/index.html" not in pages:
        return []
    b.get(home_url, settle=0.1)
    hrefs = _menu(b.driver)["hrefs"]
    if "melden-en-hulp/index.html" not in hrefs:
        return ["the main menu does not link to melden-en-hulp/index.html ('Melden en hulp'); it has %s" % hrefs]
    return []


def one_search_box(b, search_url):
    """The search page shows one search box, its own."""
    d = b.driver
    b.get(search_url, settle=0.1)
    boxes = [e for e in d.find_elements(By.CSS_SELECTOR, "input[type=search]") if e.is_displayed()]
    if len(boxes) != 1:
        return ["the search page shows %d search boxes (%s); expected one" % (
            len(boxes), ", ".join("#" + (e.get_attribute("id") or "?") for e in boxes))]
    return []


def favicon(b, url):
    """The page names the theme's icon, and the browser gets it (no request for a missing /favicon.ico)."""
    d = b.driver
    b.get(url, settle=0.3)
    icons = js(d, "return [...document.querySelectorAll('link[rel~=icon]')].map(l => [l.href, l.getAttribute('type') || ''])")
    ensure(icons, "no <link rel=\"icon\"> on %s" % url)
    problems = []
    for href, _ in icons:
        status = js(d, "const r = new XMLHttpRequest(); r.open('GET', arguments[0], false); r.send(); return r.status;", href)
        if status != 200:
            problems.append("the icon %s answers %s" % (href, status))
    missing = [m for m in b.console_errors() if "favicon" in m]
    if missing:
        problems.append("the browser reports: %s" % "; ".join(norm(m)[:200] for m in missing))
    return problems


WIDE_COLUMN_JS = r"""
const main = document.querySelector('main');
const m = main.getBoundingClientRect();
const edge = m.left + 0.6 * m.width, reach = scrollY + m.top + 1.5 * innerHeight;
const used = [...main.querySelectorAll('*')].filter(e => {
  const r = e.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && r.left >= edge && r.top + scrollY < reach && e.checkVisibility()
    && [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
});
return {toc: !!main.querySelector('nav.toc'), used: used.length, sample: used.slice(0, 3).map(e => e.tagName + '.' + e.className)};
"""


def wide_column(b, urls):
    """At 1280 px a page without a table of contents still uses the column beside the text (the right 40 %
    of the content area) within its first screen and a half: a term's links, the route, a quiz's score..."""
    problems = []
    for url in urls:
        b.get(url, settle=0.3)
        r = js(b.driver, WIDE_COLUMN_JS)
        if not r["toc"] and not r["used"]:
            problems.append("%s: at %d px the right 40%% of the page stays empty (no table of contents, nothing else there)" % (url, b.width))
    return problems
