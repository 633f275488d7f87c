"""axe-core (from PyPI axe-playwright-python's bundled axe.min.js) and the per-page HTML contract of
docs/FORMAT.md, both run in the live page."""
from common import AXE_MINIMUM, TAGS, axe_js

_AXE_SRC = None

RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
  .then(r => done({ok: true, version: axe.version,
      violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
          nodes: v.nodes.map(n => ({target: n.target, summary: n.failureSummary, html: n.html.slice(0, 240)}))}))}))
  .catch(e => done({ok: false, error: String(e)}));
"""


def axe_source():
    global _AXE_SRC
    if _AXE_SRC is None:
        with open(axe_js(), encoding="utf-8") as f:
            _AXE_SRC = f.read()
    return _AXE_SRC


def run_axe(driver):
    """Inject axe into the current page (once per page load) and run the WCAG 2.0/2.1/2.2 A+AA rules.
    Returns a list of formatted problems (empty = no violations)."""
    if not driver.execute_script("return typeof window.axe === 'object' && !!window.axe.run"):
        driver.execute_script(axe_source())
    r = driver.execute_async_script(RUN_AXE, TAGS)
    if not r.get("ok"):
        return ["axe-core could not run: %s" % r.get("error")]
    old = version_problem(r.get("version"))
    return ([old] if old else []) + [format_violation(v) for v in r["violations"]]


def version_problem(version):
    """axe-core before 4.12 has no rules tagged wcag22aa: it would pass WCAG 2.2 without checking it."""
    try:
        found = tuple(int(x) for x in str(version).split(".")[:2])
    except ValueError:
        found = (0, 0)
    if found < AXE_MINIMUM:
        return ("axe-core %s has no WCAG 2.2 (wcag22aa) rules; the suite needs %d.%d or later "
                "(Tests/Browser/setup.sh installs it)" % (version, AXE_MINIMUM[0], AXE_MINIMUM[1]))
    return None


def violation_ids(driver):
    if not driver.execute_script("return typeof window.axe === 'object' && !!window.axe.run"):
        driver.execute_script(axe_source())
    r = driver.execute_async_script(RUN_AXE, TAGS)
    if not r.get("ok"):
        raise RuntimeError("axe-core could not run: %s" % r.get("error"))
    return r["violations"]


def format_violation(v, max_nodes=5):
    lines = ["axe %s (%s): %s" % (v["id"], v.get("impact") or "?", v["help"]),
             "  how to fix: %s" % v["helpUrl"]]
    for n in v["nodes"][:max_nodes]:
        target = " ".join(" > ".join(t) if isinstance(t, list) else str(t) for t in n["target"])
        lines.append("  element: %s" % target)
        lines.append("    html: %s" % " ".join(n["html"].split())[:200])
        summary = " ".join((n.get("summary") or "").split())
        if summary:
            lines.append("    %s" % summary[:300])
    if len(v["nodes"]) > max_nodes:
        lines.append("  ... and %d more element(s)" % (len(v["nodes"]) - max_nodes))
    return "\n".join(lines)


# The HTML contract of docs/FORMAT.md, checked on the live DOM of every page.
CONTRACT_JS = r"""
const base = arguments[0];              // site root URL, ends in '/'
const p = [];
const q = s => document.querySelector(s);
const snip = el => el ? el.outerHTML.replace(/\s+/g, ' ').slice(0, 160) : '';
const isRel = u => u !== null && !/^([a-zA-Z][a-zA-Z0-9+.-]*:|\/)/.test(u);
if (document.documentElement.getAttribute('lang') !== 'nl')
  p.push('<html lang="nl"> expected, found lang=' + JSON.stringify(document.documentElement.getAttribute('lang')));
if (!q('meta[name="viewport"]')) p.push('no <meta name="viewport">: the page renders zoomed out on phones');
const focusables = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, iframe, [tabindex]')]
  .filter(el => el.tabIndex >= 0 && !el.disabled && el.getClientRects().length > 0);
const first = focusables[0];
if (!first || !first.matches('a.skip-link[href="#inhoud"]'))
  p.push('first focusable element must be a.skip-link[href="#inhoud"]; found: ' + (first ? snip(first) : 'none'));
const mains = document.querySelectorAll('main');
const main = q('main#inhoud');
if (!main) p.push('no <main id="inhoud">');
else if (main.getAttribute('tabindex') !== '-1') p.push('<main id="inhoud"> needs tabindex="-1" (so the skip link can move focus to it)');
if (mains.length !== 1) p.push('expected exactly one <main>, found ' + mains.length);
const header = q('header.site-header');
if (!header) p.push('no header.site-header');
else {
  const home = [...header.querySelectorAll('a[href]')].some(a => a.href.split('#')[0] === base + 'index.html');
  if (!home) p.push('header.site-header has no site title link to the home page (' + base + 'index.html)');
  const nav = header.querySelector('nav.site-nav');
  if (!nav) p.push('no nav.site-nav inside header.site-header');
  else {
    if (nav.getAttribute('aria-label') !== 'Hoofdmenu') p.push('nav.site-nav needs aria-label="Hoofdmenu"; found ' + JSON.stringify(nav.getAttribute('aria-label')));
    if (!nav.querySelector('a[href]')) p.push('nav.site-nav has no links');
  }
  const form = header.querySelector('form.site-search');
  // The search page has one search box, its own: the header leaves its box out there.
  const searchPage = !!q('main form[role="search"] input[type="search"]');
  if (searchPage && form) p.push('the search page shows two search boxes: leave form.site-search out of its header');
  else if (!form && !searchPage) p.push('no form.site-search inside header.site-header');
  else if (form) {
    if (form.getAttribute('role') !== 'search') p.push('form.site-search needs role="search"');
    const act = form.getAttribute('action');
    if (!isRel(act) || !/(^|\/)zoeken\/index\.html$/.test(act) || new URL(act, location.href).href !== base + 'zoeken/index.html')
      p.push('form.site-search action must be the relative URL of zoeken/index.html; found ' + JSON.stringify(act));
    const inp = form.querySelector('input#zoekveld');
    if (!inp) p.push('no input#zoekveld in form.site-search');
    else if (inp.getAttribute('type') !== 'search' || inp.getAttribute('name') !== 'q')
      p.push('input#zoekveld needs type="search" name="q"; found ' + snip(inp));
  }
}
if (!q('footer.site-footer')) p.push('no footer.site-footer');
const icons = [...document.querySelectorAll('link[rel~="icon"][href]')];
if (!icons.length) p.push('no <link rel="icon">: the browser asks for /favicon.ico, which a site in a folder does not have');
if (!icons.some(l => (l.getAttribute('type') || '') === 'image/svg+xml'))
  p.push('no SVG icon (<link rel="icon" type="image/svg+xml">) among ' + icons.map(l => l.getAttribute('href')).join(', '));
const root = document.body.getAttribute('data-root');
if (root === null) p.push('<body> has no data-root attribute');
else if (!root || !isRel(root) || new URL(root, location.href).href !== base)
  p.push('<body data-root=' + JSON.stringify(root) + '> does not lead to the site root (expected the relative path, "./" on the home page)');
for (const [sel, label] of [['nav.breadcrumbs', 'Kruimelpad'], ['nav.toc', 'Op deze pagina'], ['nav.pager', 'Vorige en volgende']]) {
  const n = q(sel);
  if (!n) continue;
  const lb = n.getAttribute('aria-labelledby');
  const name = n.getAttribute('aria-label') ?? (lb ? lb.split(/\s+/).map(id => { const e = document.getElementById(id); return e ? e.textContent : ''; }).join(' ') : null);
  if ((name || '').replace(/\s+/g, ' ').trim() !== label)
    p.push(sel + ' needs the accessible name "' + label + '" (aria-label); found ' + JSON.stringify(name));
}
return p;
"""


def contract_problems(driver, base):
    return driver.execute_script(CONTRACT_JS, base)
