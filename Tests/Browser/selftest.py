"""Planted-defect self-test: proves the vnu, axe, link and Content-Security-Policy checks can fail. One real page
is copied into a temp site with an <img> without alt, a link to a missing #anchor, low-contrast text (#bbb on
white, from a planted stylesheet: the page's CSP allows no style attribute) and an inline style attribute,
which the CSP must block and the suite's listener must report."""
import atexit
import base64
import os
import shutil
import tempfile

from common import CheckFailed

PNG_1PX = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
PLANTED = ('\n<p class="planted-defects"><img src="planted.png" width="20" height="20"> '
           '<a href="#planted-no-such-anchor">planted broken anchor</a></p>\n'
           '<p class="planted-low-contrast">Planted low-contrast text</p>\n'
           '<p style="outline:1px solid red">Planted inline style</p>\n')
PLANTED_CSS = ".planted-low-contrast { color: #bbb; background-color: #fff; }\n"


def make_planted_site(root, page):
    tmp = tempfile.mkdtemp(prefix="kb-planted-")
    atexit.register(shutil.rmtree, tmp, True)
    dst = os.path.join(tmp, page)
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    with open(os.path.join(root, page), encoding="utf-8", errors="replace") as f:
        html = f.read()
    i = html.rfind("</main>")
    if i < 0:
        i = html.rfind("</body>")
    if i < 0:
        raise CheckFailed("cannot plant defects: %s has no </main> or </body>" % page)
    html = html[:i] + PLANTED + html[i:]
    head = html.find("</head>")
    if head < 0:
        raise CheckFailed("cannot plant defects: %s has no </head>" % page)
    html = html[:head] + '<link rel="stylesheet" href="planted.css">\n' + html[head:]
    with open(dst, "w", encoding="utf-8") as f:
        f.write(html)
    with open(os.path.join(os.path.dirname(dst), "planted.png"), "wb") as f:
        f.write(PNG_1PX)
    with open(os.path.join(os.path.dirname(dst), "planted.css"), "w", encoding="utf-8") as f:
        f.write(PLANTED_CSS)
    if os.path.isdir(os.path.join(root, "assets")):   # real CSS, so contrast is judged as on the site
        shutil.copytree(os.path.join(root, "assets"), os.path.join(tmp, "assets"))
    return tmp


def verify(vnu_results, axe_violations, link_problems, page, csp_violations):
    problems = []
    if not any("style-src" in v for v in csp_violations):
        problems.append("the Content-Security-Policy listener did not report the planted style attribute (saw: %s)" % csp_violations[:3])
    errs = vnu_results.get(page, {}).get("errors", [])
    if not any("alt" in e for e in errs):
        problems.append("vnu did not report the planted <img> without alt (errors: %s)" % errs[:3])
    ids = {v["id"]: v for v in axe_violations}
    if "image-alt" not in ids:
        problems.append("axe did not report image-alt for the planted <img> (violations: %s)" % sorted(ids))
    cc = ids.get("color-contrast")
    if not cc or not any("Planted low-contrast" in n["html"] for n in cc["nodes"]):
        problems.append("axe did not report color-contrast for the planted #bbb text (violations: %s)" % sorted(ids))
    if not any("planted-no-such-anchor" in p and "broken anchor" in p for p in link_problems):
        problems.append("the link checker did not report the planted broken anchor #planted-no-such-anchor")
    return problems
