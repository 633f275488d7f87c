"""Checks that read the built files: Nu Html Checker (vnu.jar, one JVM for all pages) and internal links."""
import atexit
import json
import os
import re
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

from common import vnu_jar

# ---------------------------------------------------------------- vnu


class Vnu:
    """java -Xss4m -jar vnu.jar --format json on all pages in ONE JVM, started in the background.
    vnu writes its JSON report to stderr. -Xss4m: vnu overflows the stack with smaller sizes."""

    def __init__(self, root, pages):
        self.root = os.path.realpath(root)
        self.pages = pages
        self.tmp = tempfile.mkdtemp(prefix="kb-vnu-")
        self.out = open(os.path.join(self.tmp, "stdout"), "w+b")
        self.err = open(os.path.join(self.tmp, "report.json"), "w+b")
        cmd = ["java", "-Xss4m", "-jar", vnu_jar(), "--format", "json", "--skip-non-html"]
        cmd += [os.path.join(self.root, p) for p in pages]
        self.proc = subprocess.Popen(cmd, stdout=self.out, stderr=self.err) if pages else None
        atexit.register(self._cleanup)         # also when the suite stops early
        if self.proc is None:
            self.out.close()
            self.err.close()
            shutil.rmtree(self.tmp, ignore_errors=True)

    def _cleanup(self):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def results(self, timeout=300):
        """{rel: {"errors": [str], "warnings": [str]}}; raises RuntimeError when vnu itself failed."""
        per = {p: {"errors": [], "warnings": []} for p in self.pages}
        if self.proc is None:
            return per
        try:
            rc = self.proc.wait(timeout=timeout)
            self.err.seek(0)
            self.out.seek(0)
            raw = self.err.read().decode("utf-8", "replace")
            stdout = self.out.read().decode("utf-8", "replace")
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
            self.err.close()
            self.out.close()
            shutil.rmtree(self.tmp, ignore_errors=True)
        try:
            msgs = json.loads(raw)["messages"]
        except Exception:  # noqa: BLE001
            raise RuntimeError("vnu output is not JSON (exit %d)\nstdout: %s\nstderr: %s" % (rc, stdout[:1500], raw[:1500]))
        if rc != 0 and not any(m.get("type") in ("error", "non-document-error") for m in msgs):
            raise RuntimeError("vnu exited %d without reporting errors\nstdout: %s" % (rc, stdout[:1500]))
        for m in msgs:
            url = m.get("url", "")
            path = unquote(url[5:]) if url.startswith("file:") else url
            rel = os.path.relpath(path, self.root).replace(os.sep, "/") if path.startswith("/") else (path or "(none)")
            rec = per.setdefault(rel, {"errors": [], "warnings": []})
            t, st = m.get("type"), m.get("subType")
            where = "line %s:%s" % (m.get("lastLine", m.get("firstLine", "?")), m.get("firstColumn", m.get("lastColumn", "?")))
            text = "%s: %s" % (where, m.get("message", ""))
            ext = (m.get("extract") or "").replace("\n", " ").strip()
            if ext:
                text += "\n  html: %s" % ext[:160]
            if t in ("error", "non-document-error") or st == "fatal":
                rec["errors"].append(text)
            elif t == "info" and st == "warning":
                rec["warnings"].append(text)
        return per


# ---------------------------------------------------------------- links

URL_ATTRS = {
    "a": ["href"], "area": ["href"], "link": ["href"], "img": ["src", "srcset"], "script": ["src"],
    "iframe": ["src"], "source": ["src", "srcset"], "audio": ["src"], "video": ["src", "poster"],
    "track": ["src"], "embed": ["src"], "input": ["src"], "object": ["data"], "form": ["action"],
}
EXTERNAL_RE = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*:|//)")
CSS_URL_RE = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3""")


class _PageParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids, self.dup_ids, self.refs, self.base = set(), set(), [], None
        self.in_style = False

    def handle_starttag(self, tag, attrs):
        self._tag(tag, attrs)

    def handle_startendtag(self, tag, attrs):
        self._tag(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "style":
            self.in_style = False

    def handle_data(self, data):
        if self.in_style:
            for m in CSS_URL_RE.finditer(re.sub(r"/\*.*?\*/", "", data, flags=re.S)):
                u = (m.group(2) or m.group(4)).strip()
                if not u.startswith("#"):
                    self.refs.append((self.getpos()[0], "style", "url", u, ""))

    def _tag(self, tag, attrs):
        d = {k: (v or "") for k, v in attrs}
        line = self.getpos()[0]
        snippet = self.get_starttag_text() or ""
        if tag == "style":
            self.in_style = True
        for key in ("id",) + (("name",) if tag == "a" else ()):
            v = d.get(key)
            if v:
                if key == "id" and v in self.ids:
                    self.dup_ids.add(v)
                self.ids.add(v)
        if tag == "base" and d.get("href"):
            self.base = d["href"]
        for attr in URL_ATTRS.get(tag, []):
            if attr not in d:
                continue
            v = d[attr]
            if attr == "srcset":
                for part in v.split(","):
                    u = part.strip().split()[0] if part.strip() else ""
                    if u:
                        self.refs.append((line, tag, attr, u, snippet))
            else:
                self.refs.append((line, tag, attr, v.strip(), snippet))
        if d.get("style"):
            for m in CSS_URL_RE.finditer(d["style"]):
                self.refs.append((line, tag, "style", (m.group(2) or m.group(4)).strip(), snippet))


class LinkChecker:
    """Every internal href/src/srcset/poster/data/action (and CSS url()) must resolve to an existing file
    (case-sensitive); #fragments must match an id (or a[name]) in the target page; internal links must be
    relative (no /root or own-host URLs) and must not point at a folder (pretty URLs end in index.html so
    the site works from file://); a folder target must also contain index.html."""

    def __init__(self, root):
        self.root = os.path.realpath(root)
        self.parsed = {}

    def parse(self, rel):
        if rel not in self.parsed:
            pp = _PageParser()
            with open(os.path.join(self.root, rel), encoding="utf-8", errors="replace") as fh:
                pp.feed(fh.read())
            pp.close()
            self.parsed[rel] = pp
        return self.parsed[rel]

    def resolve(self, src_rel, raw):
        """(status, message): status ok | external | broken."""
        if raw == "":
            return "ok", None
        if EXTERNAL_RE.match(raw):
            return "external", None
        parts = urlsplit(raw)
        path, frag = unquote(parts.path), unquote(parts.fragment)
        if path.startswith("/"):
            return "broken", "root-relative URL: internal URLs must be relative (the site must work from file:// and under any folder)"
        if path == "":
            target = src_rel
        else:
            target = os.path.normpath(os.path.join(os.path.dirname(src_rel), path)).replace(os.sep, "/")
        if target == ".." or target.startswith("../"):
            return "broken", "points outside the site root"
        full = os.path.realpath(os.path.join(self.root, target))
        if not (full == self.root or full.startswith(self.root + os.sep)):
            return "broken", "points outside the site root"
        if not os.path.exists(full) or not self._exact_case(target):
            return "broken", "target file %s does not exist" % target
        if os.path.isdir(full):
            idx = os.path.join(full, "index.html")
            if not os.path.isfile(idx):
                return "broken", "links to folder %s/ which has no index.html" % target.rstrip("/")
            return "broken", ("links to folder %s/: internal URLs must end in index.html "
                              "(write %sindex.html; a folder URL does not open from file://)"
                              % (target.rstrip("/"), path if path.endswith("/") else path + "/"))
        if frag and frag != "top" and target.lower().endswith((".html", ".htm")):
            if frag not in self.parse(target).ids:
                return "broken", "broken anchor: no id=\"%s\" in %s" % (frag, target)
        return "ok", None

    def _exact_case(self, target):
        cur = self.root
        for part in [p for p in target.split("/") if p not in ("", ".")]:
            try:
                if part not in os.listdir(cur):
                    return False
            except NotADirectoryError:
                return False
            cur = os.path.join(cur, part)
        return True

    def check_page(self, rel):
        pp = self.parse(rel)
        problems = []
        if pp.base:
            problems.append("<base href=\"%s\"> is not allowed (relative URLs would resolve against it)" % pp.base)
        for line, tag, attr, raw, snippet in pp.refs:
            st, msg = self.resolve(rel, raw)
            if st == "broken":
                problems.append("line %d: <%s %s=\"%s\">: %s\n  html: %s" % (line, tag, attr, raw, msg, snippet[:160]))
        if pp.dup_ids:
            problems.append("duplicate id(s): %s (anchors to them are ambiguous)" % ", ".join(sorted(pp.dup_ids)))
        return problems

    def check_css(self, rel):
        with open(os.path.join(self.root, rel), encoding="utf-8", errors="replace") as fh:
            text = re.sub(r"/\*.*?\*/", "", fh.read(), flags=re.S)
        problems = []
        for m in CSS_URL_RE.finditer(text):
            raw = (m.group(2) or m.group(4)).strip()
            if raw.startswith(("#", "data:")):
                continue
            st, msg = self.resolve(rel, raw)
            if st == "broken":
                problems.append("line %d: url(%s): %s" % (text.count("\n", 0, m.start()) + 1, raw, msg))
        return problems

    def css_files(self):
        out = []
        for d, dirs, files in os.walk(self.root):
            dirs[:] = sorted(x for x in dirs if not x.startswith("."))
            out += [os.path.relpath(os.path.join(d, f), self.root).replace(os.sep, "/") for f in sorted(files)
                    if f.endswith(".css")]
        return out
