"""Finds the pages the interactive checks and screenshots need, from the built files (no hard-coded content)."""
import os
import re
from html.parser import HTMLParser

from common import html_pages, read

NOT_SECTIONS = {"begrippen", "toetsen", "vragenlijsten", "zoeken", "assets"}


class _Links(HTMLParser):
    """href of <a> inside an element matched by (tag, class) (or everywhere when scope is None)."""

    def __init__(self, scope=None):
        super().__init__(convert_charrefs=True)
        self.scope, self.depth, self.hrefs = scope, 0 if scope else 1, []
        self.stack = []

    def handle_starttag(self, tag, attrs):
        d = {k: v or "" for k, v in attrs}
        if self.scope and tag == self.scope[0] and (not self.scope[1] or self.scope[1] in d.get("class", "").split()):
            self.depth += 1
            self.stack.append(tag)
        elif self.stack and tag == self.stack[0]:
            self.stack.append(tag)
        if tag == "a" and self.depth > 0 and d.get("href"):
            self.hrefs.append(d["href"])

    def handle_endtag(self, tag):
        if self.scope and self.stack and tag == self.stack[0]:
            self.stack.pop()
            if not self.stack:
                self.depth -= 1


def links_in(html, scope=None):
    p = _Links(scope)
    p.feed(html)
    return p.hrefs


def resolve(src_rel, href):
    path = href.split("#")[0].split("?")[0]
    if not path or re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:|^/", path):
        return None
    return os.path.normpath(os.path.join(os.path.dirname(src_rel), path)).replace(os.sep, "/")


def has_class(html, tag, cls):
    return re.search(r"<%s\b[^>]*\bclass\s*=\s*[\"'][^\"']*\b%s\b" % (tag, re.escape(cls)), html) is not None


class SiteInfo:
    def __init__(self, root):
        self.root = os.path.abspath(root)
        self.pages = html_pages(self.root)
        self._html = {}
        home = self.html("index.html") if "index.html" in self.pages else ""
        self.sections = []
        for h in links_in(home, ("nav", "site-nav")):
            t = resolve("index.html", h)
            if t and t in self.pages and t.split("/")[0] not in NOT_SECTIONS and t.count("/") == 1:
                self.sections.append(t)
        self.term_links_page = self._first(lambda r, h: has_class(h, "a", "term-link"), self._content_first())
        self.quiz_pages = self._quiz_pages()
        self.questionnaire_pages = [p for p in self.pages if has_class(self.html(p), "form", "vragenlijst")]
        self.term_pages = [p for p in self.pages if re.match(r"^begrippen/[^/]+/index\.html$", p)]

    def html(self, rel):
        if rel not in self._html:
            self._html[rel] = read(self.root, rel)
        return self._html[rel]

    def _content_first(self):
        """Pages in a useful order: section content pages first, then the rest (glossary/quiz pages last)."""
        sec_dirs = [s.split("/")[0] for s in self.sections]
        content = [p for p in self.pages if p.split("/")[0] in sec_dirs and p.count("/") >= 2]
        rest = [p for p in self.pages if p not in content and p.split("/")[0] not in ("begrippen", "toetsen", "zoeken")]
        late = [p for p in self.pages if p not in content and p not in rest]
        return content + rest + late

    def _first(self, pred, order):
        for p in order:
            if pred(p, self.html(p)):
                return p
        return None

    def _quiz_pages(self):
        order = []
        if "toetsen/index.html" in self.pages:
            for h in links_in(self.html("toetsen/index.html"), ("main", "")) or links_in(self.html("toetsen/index.html")):
                t = resolve("toetsen/index.html", h)
                if t in self.pages and t not in order:
                    order.append(t)
        order += [p for p in self.pages if p not in order]
        return [p for p in order if has_class(self.html(p), "form", "quiz")]

    @property
    def section_page(self):
        return self.sections[0] if self.sections else None

    @property
    def content_page(self):
        if self.term_links_page and self.term_links_page.split("/")[0] not in ("begrippen", "toetsen", "zoeken"):
            return self.term_links_page
        sec_dirs = [s.split("/")[0] for s in self.sections]
        for p in self.pages:
            if p.split("/")[0] in sec_dirs and p.count("/") >= 2:
                return p
        return None

    @property
    def term_page(self):
        if self.term_links_page:
            m = re.search(r'<a\b[^>]*class="[^"]*\bterm-link\b[^"]*"[^>]*>', self.html(self.term_links_page))
            if m:
                h = re.search(r'href="([^"]+)"', m.group(0))
                t = resolve(self.term_links_page, h.group(1)) if h else None
                if t in self.pages:
                    return t
        return self.term_pages[0] if self.term_pages else None

    def key_pages(self):
        """name -> page (None when missing) for the screenshots."""
        return {
            "home": "index.html" if "index.html" in self.pages else None,
            "section": self.section_page,
            "content": self.content_page,
            "begrippen": "begrippen/index.html" if "begrippen/index.html" in self.pages else None,
            "term": self.term_page,
            "toetsen": "toetsen/index.html" if "toetsen/index.html" in self.pages else None,
            "quiz": self.quiz_pages[0] if self.quiz_pages else None,
            "zoeken": "zoeken/index.html" if "zoeken/index.html" in self.pages else None,
            "404": "404.html" if "404.html" in self.pages else None,
        }
