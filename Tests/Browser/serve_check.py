"""`kennisbank serve` in Chromium (hosting.py runs it): the live reload and the error page under the pages'
Content-Security-Policy.

  serve-csp@390, serve-csp@1280   a copy of this repository's site served by `kennisbank serve` on a free port:
                                  home, a content page and a print edition load with the reload script (an
                                  external file, /__kennisbank/serve.js) connected and no CSP violation; an edit
                                  reloads the open page with the new text; a broken front matter shows the
                                  error overlay over the page, styled by its stylesheet (position fixed) and
                                  photographed (serve-errors-<width>.png); the full error page answers the next
                                  load; the fix brings the page back. No violation at any step.
"""
import os
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.request

from common import REPO, CheckFailed, ensure

EDIT_MARK = "Bewerkt door de serve-test"


def _wait(what, predicate, timeout=20.0):
    end = time.time() + timeout
    while time.time() < end:
        try:
            if predicate():
                return
        except Exception:  # noqa: BLE001 - the page may be reloading right now
            pass
        time.sleep(0.1)
    raise CheckFailed("serve: %s did not happen within %.0f s" % (what, timeout))


class Serve:
    """`kennisbank serve` on a copy of the repository's site (content/, kennisbank.yml), stopped by its pid."""

    def __init__(self, kennisbank, port):
        self.root = tempfile.mkdtemp(prefix="kb-serve-check-")
        shutil.copytree(os.path.join(REPO, "content"), os.path.join(self.root, "content"))
        shutil.copy(os.path.join(REPO, "kennisbank.yml"), self.root)
        self.log = open(os.path.join(self.root, "serve.log"), "w+", encoding="utf-8")
        self.base = "http://127.0.0.1:%d/" % port
        self.process = subprocess.Popen([kennisbank, "serve", "--root", self.root, "--port", str(port), "--quiet"],
                                        stdout=self.log, stderr=subprocess.STDOUT)
        _wait("the server answering", lambda: urllib.request.urlopen(self.base, timeout=2).status == 200, 120)

    def page(self, rel):
        return os.path.join(self.root, "content", rel)

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.log.close()
        shutil.rmtree(self.root, ignore_errors=True)


def check(serve, browser, shots):
    """One browser through the serve steps; returns the CSP violations and other problems."""
    from csp import Mark
    mark = Mark(browser)
    d = browser.driver
    problems = []
    for rel in ("index.html", "definities/racisme/index.html", "print/index.html"):
        browser.get(serve.base + rel, settle=0.3)
        loaded = d.execute_script(
            "return performance.getEntriesByType('resource').some(function (e) { return /__kennisbank\\/serve\\.js$/.test(e.name); })")
        ensure(loaded, "serve: %s did not load /__kennisbank/serve.js" % rel)
    page = serve.page("definities/racisme.md")
    with open(page, encoding="utf-8") as f:
        original = f.read()
    try:
        browser.get(serve.base + "definities/racisme/index.html", settle=0.5)
        with open(page, "a", encoding="utf-8") as f:
            f.write("\n%s.\n" % EDIT_MARK)
        _wait("the reload after an edit", lambda: EDIT_MARK in d.execute_script("return document.body.innerText"))
        with open(page, "w", encoding="utf-8") as f:
            f.write("---\ntitle: [kapot\n---\n" + original.split("---", 2)[2])
        _wait("the error overlay", lambda: d.execute_script(
            "var e = document.getElementById('kennisbank-fouten');"
            " return !!e && getComputedStyle(e).position === 'fixed' && e.getBoundingClientRect().height > 100"))
        browser.screenshot_full(os.path.join(shots, "serve-errors-%d.png" % browser.width))
        browser.get(serve.base + "definities/racisme/index.html", settle=0.3)
        ensure(d.execute_script("var e = document.getElementById('kennisbank-fouten');"
                                " return !!e && getComputedStyle(e).position === 'fixed'"),
               "serve: the error page is not styled as an overlay")
    finally:
        with open(page, "w", encoding="utf-8") as f:
            f.write(original)
    _wait("the page coming back after the fix", lambda: d.execute_script(
        "return !document.getElementById('kennisbank-fouten') && !!document.querySelector('main h1')"))
    problems += mark.since()
    return problems
