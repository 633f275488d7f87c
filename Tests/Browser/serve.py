#!/usr/bin/env python3
"""`kennisbank serve` in a real Chromium, as a trainer sees it while writing (make test runs this as
`bash Tests/Browser/serve.sh [path/to/kennisbank]`).

Serves a copy of this repository's content with one page given a warning (a Dutch key), then:
  banner            the page serves and shows the warning in a banner at the bottom: its heading
                    ('1 waarschuwing: moet opgelost zijn voor publicatie'), file:line:column, the
                    hint; axe-core clean with the banner open; photographed at 390 and 1280 px
  banner-keyboard   Tab reaches the 'Verbergen' button; Enter hides the banner; after a reload it
                    stays hidden while the warnings are the same
  banner-new        a second warning, saved while the page is open, brings the banner back live
  errors            a YAML mistake, saved while the page is open, shows the Dutch error page over
                    it; fixing it reloads the page
  csp               every script on the page is an external file (the serve script included), no
                    element has a style attribute, no console errors
  stop              Ctrl-C (SIGINT to the process started here) stops the server with 'Gestopt.'
"""
import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import axe  # noqa: E402
from common import DESKTOP, MOBILE, REPO, Browser, CheckFailed, Report  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402

BANNER = "kennisbank-waarschuwingen"
OVERLAY = "kennisbank-fouten"


class Serve:
    """`kennisbank serve --port 0` on a copy of the site; stopped by its own pid."""

    def __init__(self, kennisbank, root):
        self.log = open(os.path.join(root, "serve.log"), "w+", encoding="utf-8")
        self.process = subprocess.Popen([kennisbank, "serve", "--root", root, "--port", "0", "--quiet"],
                                        stdout=self.log, stderr=subprocess.STDOUT, cwd=root)
        end = time.time() + 120
        self.url = None
        while time.time() < end and self.url is None:
            time.sleep(0.2)
            text = self.output()
            match = re.search(r"staat op (http://127\.0\.0\.1:\d+/)", text)
            if match:
                self.url = match.group(1)
            if self.process.poll() is not None:
                break
        if not self.url:
            self.stop()
            raise RuntimeError("kennisbank serve did not start:\n" + self.output())

    def output(self):
        self.log.flush()
        with open(self.log.name, encoding="utf-8") as f:
            return f.read()

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


def wait_for(driver, script, seconds=15):
    end = time.time() + seconds
    while time.time() < end:
        value = driver.execute_script(script)
        if value:
            return value
        time.sleep(0.1)
    return None


def edit(path, old, new):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if old not in text:
        raise CheckFailed("%r is not in %s" % (old, path))
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace(old, new, 1))


def banner_text(driver):
    return driver.execute_script("var b = document.getElementById(arguments[0]); return b ? b.innerText : null;", BANNER)


def check_banner(b, url, shots):
    problems = []
    b.get(url)
    text = wait_for(b.driver, "var b = document.getElementById('%s'); return b && b.innerText;" % BANNER)
    if not text:
        raise CheckFailed("no warning banner on %s" % url)
    for expected in ["1 waarschuwing: moet opgelost zijn voor publicatie",
                     "content/melden-en-hulp.md:3:1: waarschuwing: onbekende sleutel 'beschrijving' in de front matter",
                     "tip: bedoelde je 'description'?", "Verbergen"]:
        if expected not in text:
            problems.append("the banner does not say %r:\n%s" % (expected, text))
    # Waited for, not read once: the banner's text arrives with the page, its stylesheet (a file, under the
    # page's CSP) may land a moment later on a loaded machine.
    placed = ("var r = document.getElementById('%s').getBoundingClientRect();"
              "return r.height > 40 && r.bottom <= window.innerHeight + 1 && r.width >= window.innerWidth - 1;" % BANNER)
    if not wait_for(b.driver, placed, seconds=5):
        rect = b.driver.execute_script("var r = document.getElementById(arguments[0]).getBoundingClientRect();"
                                       "return [r.width, r.height, r.bottom, window.innerWidth, window.innerHeight];", BANNER)
        problems.append("the banner is not shown across the bottom of the window (width, height, bottom, window: %s)" % rect)
    problems += axe.run_axe(b.driver)
    # The window as the trainer sees it: the banner is fixed to its bottom.
    b.driver.save_screenshot(os.path.join(shots, "serve-banner-%d.png" % b.width))
    return problems


def check_keyboard(b, url):
    problems = []
    b.get(url)
    if not wait_for(b.driver, "return !!document.getElementById('%s');" % BANNER):
        raise CheckFailed("no banner")
    body = b.driver.find_element("tag name", "body")
    body.click()
    for _ in range(400):
        active = b.driver.switch_to.active_element
        if active.tag_name == "button" and active.text == "Verbergen":
            break
        active.send_keys(Keys.TAB)
    else:
        raise CheckFailed("Tab never reached the 'Verbergen' button")
    b.driver.switch_to.active_element.send_keys(Keys.ENTER)
    if wait_for(b.driver, "return !document.getElementById('%s');" % BANNER, 5) is None:
        problems.append("Enter on 'Verbergen' did not hide the banner")
    b.get(url)
    time.sleep(1.5)
    if banner_text(b.driver):
        problems.append("after a reload the hidden banner came back, though the warnings did not change")
    return problems


def check_new_warning(b, url, root):
    b.get(url)
    time.sleep(1.0)
    if banner_text(b.driver):
        raise CheckFailed("the banner should start hidden (previous check)")
    edit(os.path.join(root, "content", "definities", "racisme.md"), "\ntitle:", "\ntitel: Racisme\ntitle:")
    text = wait_for(b.driver, "var b = document.getElementById('%s'); return b && b.innerText;" % BANNER)
    if not text or "2 waarschuwingen" not in text:
        return ["a new warning did not bring the banner back while the page was open: %r" % text]
    return []


def check_errors(b, url, root, shots):
    problems = []
    b.get(url)
    page = os.path.join(root, "content", "definities", "racisme.md")
    edit(page, "\ntitel: Racisme\ntitle:", "\ntitle:")
    edit(page, "\ntitle:", "\ntitle: Racisme: kapot\ntitel:")
    text = wait_for(b.driver, "var o = document.getElementById('%s'); return o && o.innerText;" % OVERLAY)
    if not text:
        raise CheckFailed("a YAML mistake did not show the error page")
    for expected in ["De site kan niet gemaakt worden: 1 fout", "Verbeter het bestand en sla het op",
                     "content/definities/racisme.md:2:8: fout: de tekst na 'title:' bevat ': '"]:
        if expected not in text:
            problems.append("the error page does not say %r:\n%s" % (expected, text))
    b.driver.save_screenshot(os.path.join(shots, "serve-errors-%d.png" % b.width))
    edit(page, "\ntitle: Racisme: kapot\ntitel:", "\ntitle:")
    if not wait_for(b.driver, "return !document.getElementById('%s') && document.readyState === 'complete';" % OVERLAY):
        problems.append("the error page stayed after the fix")
    return problems


def check_csp(b, url):
    b.get(url)
    wait_for(b.driver, "return !!document.getElementById('%s');" % BANNER, 5)
    problems = []
    inline = b.driver.execute_script("return Array.from(document.scripts).filter(s => !s.src && s.textContent.trim()"
                                     " && s.type !== 'application/json' && s.type !== 'application/ld+json').length;")
    if inline:
        problems.append("%d inline script(s) on the served page" % inline)
    styled = b.driver.execute_script("return Array.from(document.querySelectorAll('[style]')).map(e => e.outerHTML.slice(0, 80));")
    if styled:
        problems.append("elements with a style attribute: %s" % styled[:3])
    problems += ["console: %s" % m[:200] for m in b.console_errors()]
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kennisbank", default=os.path.join(REPO, ".build", "release", "kennisbank"))
    ap.add_argument("--screenshots", default=os.environ.get("SHOTS_DIR") or os.path.join(REPO, "build", "screenshots"))
    a = ap.parse_args()
    start = time.time()
    report = Report()
    shots = os.path.abspath(a.screenshots)
    os.makedirs(shots, exist_ok=True)
    root = tempfile.mkdtemp(prefix="kb-serve-")
    shutil.copytree(os.path.join(REPO, "content"), os.path.join(root, "content"))
    shutil.copy(os.path.join(REPO, "kennisbank.yml"), root)
    edit(os.path.join(root, "content", "melden-en-hulp.md"), "\ndescription:", "\nbeschrijving:")
    server, browsers = None, []
    try:
        server = Serve(os.path.abspath(a.kennisbank), root)
        url = server.url + "melden-en-hulp/index.html"
        print("serve: %s" % server.url, flush=True)
        desk, mob = Browser(*DESKTOP), Browser(*MOBILE, mobile=True)
        browsers += [desk, mob]
        report.run("banner@1280", check_banner, desk, url, shots)
        report.run("banner@390", check_banner, mob, url, shots)
        report.run("csp", check_csp, desk, url)
        report.run("banner-keyboard", check_keyboard, desk, url)
        report.run("banner-new", check_new_warning, desk, url, root)
        report.run("errors", check_errors, desk, url, root, shots)

        def stop():
            server.stop()
            with open(os.path.join(root, "serve.log"), encoding="utf-8") as f:
                out = f.read()
            problems = []
            if server.process.returncode != 0:
                problems.append("serve exited with %s" % server.process.returncode)
            if "Gestopt." not in out:
                problems.append("serve did not say 'Gestopt.':\n%s" % out[-800:])
            if "fatal:" in out or "error:" in out:
                problems.append("English or raw tool output on the terminal:\n%s" % out[-800:])
            return problems
        report.run("stop", stop)
    except Exception as e:  # noqa: BLE001 - a setup failure is a failed check with its cause
        report.add("setup", ["%s: %s" % (type(e).__name__, e)])
    finally:
        for b in browsers:
            b.quit()
        if server:
            server.stop()
        shutil.rmtree(root, ignore_errors=True)
    print("time: %.1fs" % (time.time() - start))
    print("serve: %d passed, %d failed" % (report.passed, report.failed))
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
