#!/usr/bin/env python3
"""The site on a real static server, as GitHub Pages and GitLab Pages serve it (make test runs this
through hosting.sh):

  .venv-browser/bin/python Tests/Browser/hosting.py --kennisbank .build/release/kennisbank [--screenshots DIR]
      [--root SITE --section FOLDER --search QUERY --search-expect WORD --absent WORD...]

By default it serves this repository's site; --root serves another (make test gives it a fresh
`kennisbank init` site for another organisation, Tests/Browser/init-site.sh), whose section, search
query and words that must not occur anywhere in its output (--absent) are given with it.

Builds the site with --base-url http://127.0.0.1:PORT/kennisbank/ into a temporary folder, serves it
with nginx (its own config in that folder, 127.0.0.1 on a free port, under /kennisbank/, index.html
for folders, 404.html for unknown paths, a folder without its slash redirected) and checks over HTTP:

  crawl            every internal link, asset and script a page names (also through the
                   #kennisbank-assets manifest and CSS url()) answers 200; every hashed name is the
                   SHA-256 of what is served; every page's canonical link is its own folder URL
  crawler-files    robots.txt points at the absolute sitemap.xml, whose every <loc> answers 200
  folders          /kennisbank/definities answers with a redirect to /kennisbank/definities/
  deep-404         /kennisbank/a/b/c/bestaat-niet/ answers 404 with the site's 404 page, whose
                   links and assets all resolve; in Chromium at 390 and 1280 px its stylesheets
                   load and style it like the home page (screenshots 404-deep-390.png,
                   404-deep-1280.png), axe finds nothing, and each of its links leads to a page
  search, quiz     search and a quiz work in Chromium over nginx
  rebuild          a rebuild with changed CSS is served under a new stylesheet name that has
                   the change; no page names the old one, which is gone; unchanged files keep
                   their names
  absent           (with --absent) no file of the output, nor any file inside its zips (QTI),
                   contains the word, in any case
  csp@390, csp@1280  no Content-Security-Policy violation on any page the browsers opened here
  serve-csp@390, serve-csp@1280  `kennisbank serve`'s live reload and error page (serve_check.py; this
                   repository's site only)
Ends with 'hosting: N passed, M failed'.
"""
import argparse
import hashlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import zipfile
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import axe  # noqa: E402
import serve_check  # noqa: E402
import interactive as ia  # noqa: E402
from common import DESKTOP, MOBILE, REPO, Browser, Report, ensure  # noqa: E402
from siteinfo import SiteInfo  # noqa: E402
from static_checks import CSS_URL_RE, URL_ATTRS  # noqa: E402

PREFIX = "/kennisbank/"
DEEP_404 = PREFIX + "a/b/c/bestaat-niet/"
HASHED = re.compile(r"\.([0-9a-f]{8})\.(css|js)$")
NGINX_CONF = """
daemon off;
master_process on;
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 64; }}
http {{
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path {tmp}/body;
  proxy_temp_path {tmp}/proxy;
  fastcgi_temp_path {tmp}/fastcgi;
  uwsgi_temp_path {tmp}/uwsgi;
  scgi_temp_path {tmp}/scgi;
  server {{
    listen 127.0.0.1:{port};
    root {www};
    # Like GitHub Pages and GitLab Pages: index.html serves a folder, a folder without its slash
    # is redirected (relative Location, as the port is ours), anything else unknown gets 404.html.
    absolute_redirect off;
    index index.html;
    location {prefix} {{
      try_files $uri $uri/ =404;
      error_page 404 {prefix}404.html;
    }}
  }}
}}
"""


class Nginx:
    """nginx in the foreground as our child, with its own config and logs in `tmp`; stopped by pid."""

    def __init__(self, tmp, www, port):
        self.tmp, self.port = tmp, port
        conf = os.path.join(tmp, "nginx.conf")
        with open(conf, "w", encoding="utf-8") as f:
            f.write(NGINX_CONF.format(tmp=tmp, www=www, port=port, prefix=PREFIX))
        binary = shutil.which("nginx") or "/usr/sbin/nginx"
        self.proc = subprocess.Popen([binary, "-c", conf, "-p", tmp, "-e", os.path.join(tmp, "error.log")],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        end = time.time() + 10
        while time.time() < end:
            if self.proc.poll() is not None:
                raise RuntimeError("nginx stopped at once: %s" % self.proc.stderr.read().decode("utf-8", "replace")
                                   + self.log())
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError("nginx did not listen on 127.0.0.1:%d within 10 s%s" % (port, self.log()))

    def log(self):
        try:
            with open(os.path.join(self.tmp, "error.log"), encoding="utf-8", errors="replace") as f:
                return "\n" + f.read()[-2000:]
        except OSError:
            return ""

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url):
    """(status, headers, body bytes) without following redirects."""
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kw):
            return None
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(url, timeout=10) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


class Refs(HTMLParser):
    """Every URL a page names (URL_ATTRS of the browser suite's link checker), its canonical link,
    the #kennisbank-assets manifest and style url()s."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.urls, self.canonical, self.manifest, self._in = [], None, {}, None

    def handle_starttag(self, tag, attrs):
        d = {k: v or "" for k, v in attrs}
        if tag == "link" and d.get("rel") == "canonical":
            self.canonical = d.get("href")
            return
        for attr in URL_ATTRS.get(tag, []):
            for value in (d.get(attr, "").split(",") if attr == "srcset" else [d.get(attr, "")]):
                if value.strip():
                    self.urls.append(value.strip().split()[0])
        self._in = "manifest" if tag == "script" and d.get("id") == "kennisbank-assets" else None

    def handle_data(self, data):
        if self._in == "manifest":
            self.manifest = json.loads(data)

    def handle_endtag(self, tag):
        self._in = None


def parse(html):
    p = Refs()
    p.feed(html)
    p.close()
    return p


class Site:
    """The built site at `out`, served by nginx at `base` (http://127.0.0.1:PORT/kennisbank/)."""

    def __init__(self, base, out):
        self.base, self.out, self.origin = base, out, base[:-len(PREFIX) + 1]

    def internal(self, url):
        parts = urlsplit(url)
        return url.startswith(self.origin) and parts.path.startswith(PREFIX)

    def crawl(self):
        """Fetches every internal URL reachable from the home page. Returns (pages {url: html}, problems)."""
        problems, seen, pages = [], set(), {}
        queue = [self.base]
        while queue:
            url = queue.pop()
            clean = url.split("#")[0].split("?")[0]
            if clean in seen:
                continue
            seen.add(clean)
            status, headers, body = fetch(clean)
            if status != 200:
                problems.append("%s answers %d (linked from a page)" % (clean, status))
                continue
            path = urlsplit(clean).path
            match = HASHED.search(path)
            if match and hashlib.sha256(body).hexdigest()[:8] != match.group(1):
                problems.append("%s is not named by the SHA-256 of what is served" % clean)
            kind = headers.get("Content-Type", "")
            found = []
            if "text/html" in kind:
                html = body.decode("utf-8", "replace")
                pages[clean] = html
                refs = parse(html)
                found = [urljoin(clean, u) for u in refs.urls]
                found += [urljoin(self.base, p) for p in refs.manifest.values()]
                want = clean[:-len("index.html")] if clean.endswith("/index.html") else clean
                if refs.canonical != want:
                    problems.append("%s: canonical link is %r, want %r" % (clean, refs.canonical, want))
            elif path.endswith(".css"):
                text = re.sub(r"/\*.*?\*/", "", body.decode("utf-8", "replace"), flags=re.S)
                found = [urljoin(clean, (m.group(2) or m.group(4)).strip()) for m in CSS_URL_RE.finditer(text)
                         if not (m.group(2) or m.group(4)).strip().startswith(("data:", "#"))]
            queue += [u for u in found if self.internal(u)]
        return pages, problems


def check_crawl(site, state):
    pages, problems = site.crawl()
    state["pages"] = pages
    ensure(len(pages) > 10, "only %d pages reached from %s" % (len(pages), site.base))
    print("      (crawled %d pages; every link, asset and script answered 200)" % len(pages))
    return problems


def check_crawler_files(site):
    status, _, body = fetch(site.base + "robots.txt")
    ensure(status == 200, "robots.txt answers %d" % status)
    want = "Sitemap: %ssitemap.xml" % site.base
    ensure(want in body.decode(), "robots.txt does not say %r" % want)
    status, _, body = fetch(site.base + "sitemap.xml")
    ensure(status == 200, "sitemap.xml answers %d" % status)
    locs = re.findall(r"<loc>([^<]+)</loc>", body.decode())
    ensure(locs, "sitemap.xml lists no <loc>")
    problems = ["sitemap <loc> %s answers %d" % (loc, code) for loc in locs for code in [fetch(loc)[0]] if code != 200]
    if "<lastmod>" not in body.decode():
        problems.append("sitemap.xml has no <lastmod> (dates come from Git; is this a clone?)")
    return problems


def check_folders(site, section):
    status, headers, _ = fetch(site.base + section)
    ensure(status == 301 and headers.get("Location", "").endswith(PREFIX + section + "/"),
           "/kennisbank/%s answers %d, Location %r; want a redirect to the folder" % (section, status, headers.get("Location")))


def check_absent(out, words):
    """Every file of the output, and every file inside its zips, without any of `words` (any case)."""
    problems, checked = [], 0
    for folder, _, names in os.walk(out):
        for name in sorted(names):
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                parts = [(os.path.relpath(path, out), f.read())]
            if name.endswith(".zip"):
                with zipfile.ZipFile(path) as z:
                    parts += [("%s/%s" % (parts[0][0], n), z.read(n)) for n in z.namelist()]
            for where, data in parts:
                checked += 1
                text = data.decode("utf-8", "replace").lower()
                problems += ["%s contains %r" % (where, w) for w in words if w.lower() in text]
    ensure(checked > 20, "only %d files in %s" % (checked, out))
    print("      (%d files and zip entries checked for %s)" % (checked, ", ".join(map(repr, words))))
    return problems


def check_deep_404_http(site):
    status, headers, body = fetch(site.origin + DEEP_404.lstrip("/"))
    ensure(status == 404, "%s answers %d, want 404" % (DEEP_404, status))
    html = body.decode("utf-8", "replace")
    ensure("Pagina niet gevonden" in html, "%s is not the site's 404 page" % DEEP_404)
    refs = parse(html)
    problems = []
    for raw in refs.urls:
        if raw.startswith("#"):
            continue
        url = urljoin(site.origin + DEEP_404.lstrip("/"), raw)
        if not site.internal(url):
            problems.append("the 404 page links outside the site: %s" % raw)
            continue
        code = fetch(url.split("#")[0])[0]
        if code != 200:
            problems.append("the 404 page at %s names %s, which answers %d" % (DEEP_404, raw, code))
    if refs.canonical:
        problems.append("the 404 page has a canonical link (%s)" % refs.canonical)
    return problems


STYLE_JS = r"""
const header = document.querySelector('.site-header'), main = document.querySelector('main');
const sheets = Array.from(document.styleSheets).map(s => { let n = -1; try { n = s.cssRules.length; } catch (e) {} return [s.href, n]; });
const cs = e => e ? getComputedStyle(e) : null;
return {sheets: sheets, body: [cs(document.body).fontFamily, cs(document.body).color, cs(document.body).margin],
        header: header ? [cs(header).backgroundColor, cs(header).borderBottomWidth, header.getBoundingClientRect().height > 0] : null,
        mainWidth: main ? cs(main.parentElement).maxWidth : null};
"""


def check_deep_404_browser(site, browser, shots):
    d = browser.driver
    browser.get(site.base, settle=0.1)
    home = d.execute_script(STYLE_JS)
    browser.get(site.origin + DEEP_404.lstrip("/"), settle=0.2)
    deep = d.execute_script(STYLE_JS)
    problems = []
    loaded = [href for href, rules in deep["sheets"] if href and rules > 0]
    if not any(re.search(r"/kennisbank/assets/css/kennisbank\.[0-9a-f]{8}\.css$", h) for h in loaded):
        problems.append("at %d px the deep 404 page did not load the site's stylesheet: %s" % (browser.width, deep["sheets"]))
    for key in ("body", "header", "mainWidth"):
        if deep[key] != home[key]:
            problems.append("at %d px the deep 404 page is styled unlike the home page (%s: %r, home %r)"
                            % (browser.width, key, deep[key], home[key]))
    # The page itself answers 404 on purpose; anything else failing to load is a problem.
    problems += ["console: %s" % m[:200] for m in browser.console_errors() if not m.startswith(site.origin + DEEP_404.lstrip("/") + " ")]
    path = browser.screenshot_full(os.path.join(shots, "404-deep-%d.png" % browser.width))
    print("      (screenshot %s)" % path)
    problems += ["axe at %d px: %s" % (browser.width, v) for v in axe.run_axe(d)]
    return problems


def check_deep_404_links(site, browser):
    """Click each link of the 404 page's article, from the deep address; each must lead to a real page."""
    d = browser.driver
    deep = site.origin + DEEP_404.lstrip("/")
    browser.get(deep, settle=0.1)
    count = d.execute_script("return document.querySelectorAll('main a').length")
    ensure(count >= 3, "the 404 page has %d links in main" % count)
    problems = []
    for i in range(count):
        browser.get(deep, settle=0.05)
        href = d.execute_script("const a = document.querySelectorAll('main a')[arguments[0]]; a.click(); return a.href;", i)
        ok = ia.wait_for(lambda: d.current_url.split("#")[0] == href.split("#")[0]
                         and d.execute_script("return document.readyState") == "complete", 5)
        status = d.execute_script("const n = performance.getEntriesByType('navigation')[0]; return n ? n.responseStatus : null")
        if not ok or status != 200 or not site.internal(d.current_url):
            problems.append("link %d of the 404 page (%s) led to %s, which answered %s" % (i + 1, href, d.current_url, status))
    browser.get(deep, settle=0.05)
    skip = d.execute_script("return document.querySelector('a.skip-link').getAttribute('href')")
    if skip != "#inhoud":
        problems.append("the skip link of the 404 page goes to %r" % skip)
    return problems


def build(kennisbank, out, base, root=REPO):
    env = dict(os.environ)
    env.pop("KENNISBANK_BASE_URL", None)
    r = subprocess.run([kennisbank, "build", "--strict", "--quiet", "--root", root, "--output", out, "--base-url", base],
                       env=env, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError("kennisbank build failed:\n%s%s" % (r.stdout, r.stderr))


def check_rebuild(site, kennisbank, tmp, browser, state, source=REPO):
    """Rebuild with one stylesheet changed; the pages must switch to a new name at once."""
    home = fetch(site.base)[2].decode()
    old = re.search(r'assets/css/kennisbank\.[0-9a-f]{8}\.css', home)
    ensure(old, "the home page names no hashed kennisbank.css")
    old = old.group(0)
    scripts_before = sorted(re.findall(r'assets/js/[a-z]+\.[0-9a-f]{8}\.js', home))
    # The same site with the stylesheet overridden by the site's own theme folder (file by file).
    root = os.path.join(tmp, "root")
    css = os.path.join(root, "themes", "default", "assets", "css")
    os.makedirs(css)
    # A copy, not a link: a build refuses symbolic links in a site (docs/FORMAT.md, 'Veiligheid').
    shutil.copytree(os.path.join(source, "content"), os.path.join(root, "content"))
    shutil.copy(os.path.join(source, "kennisbank.yml"), root)
    with open(os.path.join(REPO, "themes", "default", "assets", "css", "kennisbank.css"), encoding="utf-8") as f:
        changed = f.read() + "\n:root { --herbouw-controle: 42; }\n"
    with open(os.path.join(css, "kennisbank.css"), "w", encoding="utf-8") as f:
        f.write(changed)
    build(kennisbank, site.out, site.base, root=root)
    problems = []
    home = fetch(site.base)[2].decode()
    new = re.search(r'assets/css/kennisbank\.[0-9a-f]{8}\.css', home)
    ensure(new and new.group(0) != old, "after the rebuild the home page still names %s" % old)
    new = new.group(0)
    status, _, body = fetch(site.base + new)
    if status != 200 or b"--herbouw-controle" not in body:
        problems.append("%s answers %d%s" % (new, status, "" if status != 200 else " without the change"))
    if fetch(site.base + old)[0] != 404:
        problems.append("the old stylesheet %s is still served" % old)
    pages, crawl_problems = site.crawl()
    problems += crawl_problems
    problems += ["%s still names %s" % (url, old) for url, html in pages.items() if old in html]
    if sorted(re.findall(r'assets/js/[a-z]+\.[0-9a-f]{8}\.js', home)) != scripts_before:
        problems.append("unchanged scripts were renamed: %s -> %s"
                        % (scripts_before, sorted(re.findall(r'assets/js/[a-z]+\.[0-9a-f]{8}\.js', home))))
    browser.get(site.base, settle=0.1)
    value = browser.driver.execute_script("return getComputedStyle(document.documentElement).getPropertyValue('--herbouw-controle').trim()")
    if value != "42":
        problems.append("Chromium does not apply the changed stylesheet after the rebuild (got %r)" % value)
    print("      (stylesheet %s -> %s; %d pages re-crawled)" % (old, new, len(pages)))
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kennisbank", default=os.path.join(REPO, ".build", "release", "kennisbank"))
    ap.add_argument("--screenshots", default=os.environ.get("SHOTS_DIR") or os.path.join(REPO, "build", "screenshots"))
    ap.add_argument("--root", default=REPO, help="the site to build and serve (default: this repository's)")
    ap.add_argument("--section", default="definities", help="a top-level section folder of that site")
    ap.add_argument("--search", default=ia.SEARCH_QUERY, help="a query that finds something in that site")
    ap.add_argument("--search-expect", default=ia.SEARCH_EXPECT, help="a word of the first result's title")
    ap.add_argument("--absent", action="append", default=[], help="a word no output file may contain")
    a = ap.parse_args()
    root = os.path.abspath(a.root)
    start = time.time()
    report = Report()
    shots = os.path.abspath(a.screenshots)
    os.makedirs(shots, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="kb-hosting-")
    os.chmod(tmp, 0o755)   # nginx's workers run as another user when the test runs as root
    www = os.path.join(tmp, "www")
    os.makedirs(www)
    out = os.path.join(www, PREFIX.strip("/"))
    server, browsers = None, []
    try:
        for attempt in range(3):   # another program may take the free port before nginx does
            port = free_port()
            base = "http://127.0.0.1:%d%s" % (port, PREFIX)
            build(a.kennisbank, out, base, root=root)
            try:
                server = Nginx(tmp, www, port)
                break
            except RuntimeError as e:
                if attempt == 2 or "Address already in use" not in str(e):
                    raise
        print("hosting: nginx on %s serving %s" % (base, out), flush=True)
        site = Site(base, out)
        state = {}
        report.run("crawl", check_crawl, site, state)
        report.run("crawler-files", check_crawler_files, site)
        report.run("folders", check_folders, site, a.section)
        if a.absent:
            report.run("absent", check_absent, out, a.absent)
        report.run("deep-404-http", check_deep_404_http, site)
        desk, mob = Browser(*DESKTOP), Browser(*MOBILE, mobile=True)
        browsers += [desk, mob]
        for b in (mob, desk):
            report.run("deep-404@%d" % b.width, check_deep_404_browser, site, b, shots)
        report.run("deep-404-links", check_deep_404_links, site, desk)
        report.run("search", lambda: ia.search(desk, site.base + "index.html", site.base, query=a.search, expect=a.search_expect))
        info = SiteInfo(out)

        def quiz():
            ensure(info.quiz_pages, "no quiz page in the build")
            q = ia.Quiz(desk, site.base + info.quiz_pages[0])
            return q.single_keyboard() + q.multiple_mouse() + q.truefalse_wrong() + q.score()
        report.run("quiz", quiz)
        report.run("rebuild", check_rebuild, site, a.kennisbank, tmp, desk, state, root)
        for b in (mob, desk):
            report.run("csp@%d" % b.width, b.csp_violations)
        # serve's live reload and error page, on a copy of this repository's site (the check edits one of its pages).
        if root == REPO:
            serve = serve_check.Serve(a.kennisbank, free_port())
            try:
                for b in (mob, desk):
                    report.run("serve-csp@%d" % b.width, serve_check.check, serve, b, shots)
            finally:
                serve.stop()
    except Exception as e:  # noqa: BLE001 - a setup failure is a failed check with its cause
        report.add("setup", ["%s: %s" % (type(e).__name__, e)])
    finally:
        for b in browsers:
            b.quit()
        if server:
            server.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    print("time: %.1fs" % (time.time() - start))
    print("hosting: %d passed, %d failed" % (report.passed, report.failed))
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
