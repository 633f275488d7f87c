"""Drives a vragenlijst or quiz page in Chromium to make real exports: fills it in from a plan, then presses the
page's own download buttons and reads its mail link, so the test reads exactly what the page writes. The
downloads are caught where the page hands them to the browser (URL.createObjectURL gets the Blob), and for a
sample also really downloaded, to show that the two are the same bytes."""
import base64
import os
import time
from urllib.parse import unquote, urlsplit

from common import ensure
from interactive import js, wait_for

CAPTURE_JS = r"""
if (!window.__kbCaptured) {
  window.__kbCaptured = [];
  const original = URL.createObjectURL.bind(URL);
  URL.createObjectURL = function (blob) {
    const entry = {text: null};
    window.__kbCaptured.push(entry);
    // The bytes themselves (blob.text() would drop the byte-order mark), as base64.
    blob.arrayBuffer().then(b => {
      const bytes = new Uint8Array(b);
      let s = '';
      for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
      entry.text = btoa(s);
    });
    return original(blob);
  };
}"""

FILL_JS = r"""
const plan = arguments[0];
let last = null;
for (const q of document.querySelectorAll('form.vragenlijst .vragenlijst-vraag')) {
  const want = plan[q.getAttribute('data-question')];
  const area = q.querySelector('textarea');
  if (area) {
    area.value = typeof want === 'string' ? want : '';
    area.dispatchEvent(new Event('input', {bubbles: true}));
    continue;
  }
  const inputs = [...q.querySelectorAll('input')];
  inputs.forEach((x, i) => { x.checked = Array.isArray(want) && want.includes(i); });
  inputs[0].dispatchEvent(new Event('change', {bubbles: true}));
  last = inputs[0];
}
if (last) last.dispatchEvent(new Event('change', {bubbles: true}));
const show = document.querySelector('.vragenlijst-toon');
if (show && document.querySelector('.vragenlijst-uitkomst').hidden) show.click();"""

LABELS_JS = r"""
const out = {};
for (const q of document.querySelectorAll('form.vragenlijst .vragenlijst-vraag')) {
  out[q.getAttribute('data-question')] = [...q.querySelectorAll('input')].map(x => {
    const l = document.querySelector('label[for="' + x.id + '"]');
    return (l ? l.textContent : x.value).replace(/\s+/g, ' ').trim();
  });
}
return out;"""

QUIZ_LABELS_JS = r"""
const out = {};
for (const f of document.querySelectorAll('form.quiz .quiz-question')) {
  const inputs = [...f.querySelectorAll('input')].sort((a, b) => Number(a.value) - Number(b.value));
  out[f.getAttribute('data-question')] = inputs.map(x => {
    const l = f.querySelector('label[for="' + x.id + '"]').cloneNode(true);
    l.querySelectorAll('.quiz-mark').forEach(m => m.remove());
    return l.textContent.replace(/\s+/g, ' ').trim();
  });
}
return out;"""

QUIZ_FILL_JS = r"""
const plan = arguments[0];
for (const f of document.querySelectorAll('form.quiz .quiz-question')) {
  const want = plan[f.getAttribute('data-question')];
  if (!want) continue;
  for (const x of f.querySelectorAll('input')) x.checked = want.includes(Number(x.value) - 1);
  f.querySelector('.quiz-check').click();
}"""


class PageDriver:
    def __init__(self, b, url, quiz=False):
        self.b, self.d, self.url, self.quiz = b, b.driver, url, quiz
        b.get(url, settle=0.1)
        js(self.d, "localStorage.clear()")
        b.get(url, settle=0.1)
        self.d.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "deny"})
        js(self.d, CAPTURE_JS)
        self.labels = js(self.d, QUIZ_LABELS_JS if quiz else LABELS_JS)

    def fill(self, plan):
        js(self.d, QUIZ_FILL_JS if self.quiz else FILL_JS, plan)

    def _press(self, fmt, trusted=False):
        """Presses a download button. A script's click is fast; Chromium lets a page start only a few downloads
        without a user's gesture, so a real download is started by a WebDriver click, which is one."""
        selector = ('.quiz-download[data-format="%s"]' if self.quiz else '.vragenlijst-download[data-format="%s"]') % fmt
        before = js(self.d, "return window.__kbCaptured.length")
        if trusted:
            from selenium.webdriver.common.by import By
            button = self.d.find_element(By.CSS_SELECTOR, selector)
            js(self.d, "arguments[0].scrollIntoView({block: 'center'})", button)
            button.click()
        else:
            js(self.d, "document.querySelector(arguments[0]).click()", selector)
        ok = wait_for(lambda: js(self.d, "const c = window.__kbCaptured; return c.length > arguments[0] && c[c.length-1].text !== null", before), 5, 0.02)
        ensure(ok, "pressing %s gave the browser no file" % selector)
        return base64.b64decode(js(self.d, "const c = window.__kbCaptured; return c[c.length-1].text"))

    def export(self, mail=True):
        """{'csv': bytes, 'json': bytes, 'mail': body text or None} of the answers now in the page."""
        out = {"csv": self._press("csv"), "json": self._press("json"), "mail": None}
        if mail and not self.quiz:
            href = js(self.d, "const a = document.querySelector('a.vragenlijst-mail'); return a && a.getAttribute('href')")
            if href:
                query = urlsplit(href).query
                parts = dict(p.split("=", 1) for p in query.split("&"))
                out["mail"] = unquote(parts["body"])
                out["subject"] = unquote(parts["subject"])
        return out

    def reset(self):
        js(self.d, "document.querySelector(arguments[0]).click()", ".quiz-reset" if self.quiz else ".vragenlijst-reset")

    def real_download(self, fmt, folder):
        """The file the browser really saves when the button is pressed."""
        os.makedirs(folder, exist_ok=True)
        for f in os.listdir(folder):
            os.remove(os.path.join(folder, f))
        self.d.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": folder})
        try:
            self._press(fmt, trusted=True)
            # A loaded machine can take seconds to start the first download of a fresh profile.
            ok = wait_for(lambda: os.listdir(folder) and not any(f.endswith(".crdownload") for f in os.listdir(folder)), 20, 0.05)
            ensure(ok, "the %s download never arrived in %s" % (fmt, folder))
            time.sleep(0.1)
            name = os.listdir(folder)[0]
            with open(os.path.join(folder, name), "rb") as f:
                return name, f.read()
        finally:
            self.d.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "deny"})
