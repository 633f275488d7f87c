"""Content-Security-Policy checks of the browser suite.

Every Browser (common.py) listens for `securitypolicyviolation` on every page it opens, from before the
page's own scripts run, and keeps what it saw (Browser.csp_violations()). The suite reports them per pass:
  csp-http@390, csp-http@1280   every page over HTTP (the axe pass)
  csp-file@390, csp-file@1280   every page opened from file://, as a reader opens a downloaded preview
  csp@390, csp@1280, csp-nojs   everything the interactive checks did afterwards (glossary, quiz, search,
                                vragenlijsten with downloads and mail links, print views), over HTTP and file://
Any violation fails the check, with the page, the directive and what was blocked.
"""
from pathlib import Path


class Mark:
    """Remembers how many violations a browser had seen, to report only the ones after it."""

    def __init__(self, browser):
        self.browser = browser
        self.count = len(browser.csp_violations())

    def since(self):
        found = self.browser.csp_violations()[self.count:]
        self.count += len(found)
        return found


def file_pass(b, root, pages, out):
    """Opens every page of the site in `root` from file:// in browser b; out[rel] lists the violations
    that page caused (or the browser error that stopped it)."""
    mark = Mark(b)
    for rel in pages:
        try:
            b.get(Path(root, rel).as_uri(), settle=0.05)
            out[rel] = mark.since()
        except Exception as e:  # noqa: BLE001 - reported as a failure of this page
            out[rel] = ["%s: browser error: %s" % (rel, str(e).splitlines()[0] if str(e) else type(e).__name__)]
