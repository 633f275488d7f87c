#!/usr/bin/env python3
"""Public Markdown corpora that nobody here wrote, converted for Kennisbank and Hugo.

    python3 bench/real_corpora.py            # convert every corpus whose source is present, print stats
    python3 bench/real_corpora.py --list     # what each corpus is and how to get it

The sources are public git repositories. They are not part of this repository and `make bench`
does not download them (the machine it runs on may have no network). Get them once with git:

    git clone https://github.com/tldr-pages/tldr.git bench/work/sources/tldr
    git -C bench/work/sources/tldr checkout 08e345f42639f67d99282813247ac670dc6e87cb
    git clone https://github.com/rust-lang/rustc-dev-guide.git bench/work/sources/rustc-dev-guide
    git -C bench/work/sources/rustc-dev-guide checkout 2cbf04342b4611800be07d4942db42be824cd899

(bench/work/ is ignored by git.) Another commit works too; the report names the commit it used.
A corpus whose source folder is missing is skipped with this message.

Each converter writes OUT/kennisbank/ (kennisbank.yml + content/) and OUT/hugo/ (the same Markdown,
home page as _index.md, plus bench/hugo-site), with front matter from the pages' own titles and
links between pages rewritten so that every one resolves in both tools:
  - tldr: 38,000 short command pages in 40 languages (pages.<lang>/<platform>/<command>.md). Per
    language a section, per platform a subsection. File names become [a-z0-9-] slugs ('[[' and 'g++'
    are commands too). The first heading becomes the title, the first quoted line the description;
    command names in backticks on the quoted lines ('See also: `tar`', 'This command is an alias of
    `x`') become links to those pages when they exist in the same language.
  - rustc-dev-guide: 240 long pages of the Rust compiler's developer guide (mdBook, src/**.md). The
    first heading becomes the title, the order of SUMMARY.md the weight. A page with a folder of the
    same name, and a folder's README.md or index.md, become that folder's _index.md; other folders
    get one. Links to other pages keep pointing at them (without #fragments, whose ids the tools
    make differently); links to other files of the repository point at them on GitHub; images are
    copied; `{{#include ...}}` lines (mdBook) are dropped.
In both, text outside code that would be markup for one tool only is defused: '[[' (a Kennisbank
glossary reference) becomes '[ [', '{{<' / '{{%' (a Hugo shortcode) become '{{ <' / '{{ %', and an
autolink Go cannot parse ('<http://localhost:port>', which stops Hugo) becomes code.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import posixpath
import re
import shutil
import subprocess
import sys
import urllib.parse

from corpus_stamp import cached_stats, save_stats

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
HUGO_SITE = os.path.join(BENCH, "hugo-site")
SOURCES = os.path.join(BENCH, "work", "sources")
CONVERTER_VERSION = 1


def log(msg: str):
    print(f"real_corpora: {msg}", file=sys.stderr, flush=True)


def yq(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def write(path: str, text: str):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def slug(name: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    if not s:
        s = "x" + name.encode().hex()
    return s


def front_matter(title: str, description: str = "", weight: int | None = None) -> str:
    lines = ["---", f"title: {yq(title)}"]
    if description:
        lines.append(f"description: {yq(description)}")
    if weight is not None:
        lines.append(f"weight: {weight}")
    return "\n".join(lines + ["---", ""])


CODE_SPAN = re.compile(r"(`+)(.+?)\1")


AUTOLINK = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.-]*://[^>\s]*)>")


def parses(url: str) -> bool:
    """Hugo's link render hook stops the build on a URL Go cannot parse ('http://localhost:port')."""
    try:
        urllib.parse.urlsplit(url).port
        return True
    except ValueError:
        return False


def defuse(text: str) -> str:
    """'[[' outside inline code, and '{{<' / '{{%' anywhere, made inert for both tools; an autolink
    that is not a valid URL becomes code."""
    text = text.replace("{{<", "{{ <").replace("{{%", "{{ %")
    text = AUTOLINK.sub(lambda m: m.group(0) if parses(m.group(1)) else f"`{m.group(1)}`", text)
    out, last = [], 0
    for m in CODE_SPAN.finditer(text):
        out.append(text[last:m.start()].replace("[[", "[ ["))
        out.append(m.group(0))
        last = m.end()
    out.append(text[last:].replace("[[", "[ ["))
    return "".join(out)


def defuse_markdown(body: str) -> str:
    """`defuse` on every line outside fenced code blocks."""
    out, fence = [], None
    for line in body.split("\n"):
        stripped = line.lstrip()
        m = re.match(r"(`{3,}|~{3,})", stripped)
        if fence:
            if m and stripped.startswith(fence):
                fence = None
            out.append(line.replace("{{<", "{{ <").replace("{{%", "{{ %"))
            continue
        if m:
            fence = m.group(1)
            out.append(line)
            continue
        out.append(defuse(line))
    return "\n".join(out)


class Site:
    """Files for both tools: content paths -> text (or a source file to copy)."""

    def __init__(self):
        self.pages: dict[str, str] = {}      # content path -> Markdown with front matter
        self.static: dict[str, str] = {}     # content path -> source file
        self.home = ""

    def write(self, out: str, title: str) -> dict:
        kb = os.path.join(out, "kennisbank")
        hugo = os.path.join(out, "hugo")
        for d in (kb, hugo):
            if os.path.exists(d):
                shutil.rmtree(d)
        write(os.path.join(kb, "kennisbank.yml"), f"title: {yq(title)}\nlanguage: en\n")
        write(os.path.join(kb, "content", "index.md"), self.home)
        write(os.path.join(hugo, "content", "_index.md"), self.home)
        sizes = []
        for rel, text in self.pages.items():
            write(os.path.join(kb, "content", rel), text)
            write(os.path.join(hugo, "content", rel), text)
            sizes.append(len(text.encode()))
        for rel, src in self.static.items():
            for root in (kb, hugo):
                os.makedirs(os.path.dirname(os.path.join(root, "content", rel)), exist_ok=True)
                shutil.copyfile(src, os.path.join(root, "content", rel))
        for dirpath, _dirs, names in os.walk(HUGO_SITE):
            for name in names:
                src = os.path.join(dirpath, name)
                dst = os.path.join(hugo, os.path.relpath(src, HUGO_SITE))
                os.makedirs(os.path.dirname(dst), exist_ok=True)
                shutil.copyfile(src, dst)
        sizes.sort()
        ordinary = [k for k in self.pages if not k.endswith("_index.md")]
        return {"pages": len(ordinary), "sections": len(self.pages) - len(ordinary), "files": len(self.pages) + 1,
                "static": len(self.static), "bytes": sum(sizes),
                "page_bytes_min": sizes[0], "page_bytes_median": sizes[len(sizes) // 2], "page_bytes_max": sizes[-1]}


# ---------------------------------------------------------------------------------------------
# tldr-pages/tldr
# ---------------------------------------------------------------------------------------------

def convert_tldr(src: str) -> tuple[Site, str]:
    site = Site()
    languages = sorted(d for d in os.listdir(src) if d == "pages" or d.startswith("pages."))
    home = [front_matter("tldr pages", "Simplified, community-driven man pages, in many languages."),
            "Command-line tools explained with examples, per language:", ""]
    for lang_dir in languages:
        lang = "en" if lang_dir == "pages" else lang_dir.split(".", 1)[1].lower().replace("_", "-")
        base = os.path.join(src, lang_dir)
        platforms = sorted(p for p in os.listdir(base) if os.path.isdir(os.path.join(base, p)))
        # command -> (platform, slug) per platform, for links
        commands: dict[str, dict[str, str]] = {}
        slugs_taken: dict[str, set] = {}
        files: list[tuple[str, str, str]] = []
        for platform in platforms:
            taken = slugs_taken.setdefault(platform, set())
            for name in sorted(os.listdir(os.path.join(base, platform))):
                if not name.endswith(".md"):
                    continue
                command = name[:-3]
                s = slug(command)
                while s in taken or s in ("index", "_index"):
                    s += "-" + hashlib.sha1(command.encode()).hexdigest()[:6]
                taken.add(s)
                commands.setdefault(command.lower(), {})[platform] = s
                files.append((platform, command, s))
        if not files:
            continue
        count = len(files)
        site.pages[f"{lang}/_index.md"] = front_matter(f"tldr ({lang})", f"{count} pages in {lang}.") + \
            f"Command-line tools explained with examples ({lang}).\n"
        home.append(f"- [{lang}]({lang}/_index.md): {count} pages")
        for platform in platforms:
            n = sum(1 for f in files if f[0] == platform)
            if n:
                site.pages[f"{lang}/{platform}/_index.md"] = front_matter(platform, f"{n} commands for {platform}.") + "\n"

        def link_commands(line: str, platform: str) -> str:
            def repl(m):
                name = m.group(2)
                targets = commands.get(name.lower())
                if not targets:
                    return m.group(0)
                target_platform = platform if platform in targets else ("common" if "common" in targets else sorted(targets)[0])
                rel = posixpath.relpath(f"{target_platform}/{targets[target_platform]}.md", platform)
                return f"[{m.group(0)}]({rel})"
            return CODE_SPAN.sub(repl, line)

        for platform, command, s in files:
            with open(os.path.join(base, platform, command + ".md"), encoding="utf-8", errors="replace") as f:
                lines = f.read().replace("\r\n", "\n").split("\n")
            title, description, body = command, "", []
            for line in lines:
                if line.startswith("# ") and title == command and not body:
                    title = line[2:].strip() or command
                    continue
                if line.startswith(">"):
                    text = line[1:].strip()
                    if not description and text:
                        description = re.sub(r"[`*_]", "", text)
                    line = defuse(link_commands(line, platform))
                elif not line.startswith("`"):
                    # '[t](시간)': tldr's brackets mark mnemonic letters; followed by '(' they would be a link.
                    line = defuse(line).replace("](", "]\\(")
                else:
                    line = line.replace("{{<", "{{ <").replace("{{%", "{{ %")
                body.append(line)
            site.pages[f"{lang}/{platform}/{s}.md"] = front_matter(title, description) + "\n".join(body).strip("\n") + "\n"
    site.home = "\n".join(home) + "\n"
    return site, "tldr pages"


# ---------------------------------------------------------------------------------------------
# rust-lang/rustc-dev-guide
# ---------------------------------------------------------------------------------------------

INLINE_LINK = re.compile(r"(!?)\[((?:[^\[\]]|\[[^\]]*\])*)\]\(\s*<?([^)\s>]*)>?(\s+\"[^\"]*\")?\s*\)")
REF_DEF = re.compile(r"^(\s{0,3}\[[^\]]+\]:\s*)<?(\S+?)>?(\s.*)?$")
SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def plain_title(text: str) -> str:
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<[^>]+>", "", text)
    return re.sub(r"[`*]", "", text).strip()


def convert_rustc_dev_guide(src: str, commit: str) -> tuple[Site, str]:
    site = Site()
    root = os.path.join(src, "src")
    github = f"https://github.com/rust-lang/rustc-dev-guide/blob/{commit}/src/"
    sources = sorted(os.path.relpath(os.path.join(d, f), root).replace(os.sep, "/")
                     for d, _, fs in os.walk(root) for f in fs if f.endswith(".md") and f != "SUMMARY.md")
    folders = sorted({posixpath.dirname(p) for p in sources if posixpath.dirname(p)})
    # Every ancestor folder too.
    for f in list(folders):
        while "/" in f:
            f = posixpath.dirname(f)
            if f not in folders:
                folders.append(f)
    folders = sorted(set(folders))
    mapping: dict[str, str] = {}
    for p in sources:
        stem, folder, name = p[:-3], posixpath.dirname(p), posixpath.basename(p)
        if stem in folders:
            mapping[p] = stem + "/_index.md"
        elif name in ("README.md", "index.md") and folder and folder + ".md" not in sources:
            mapping[p] = folder + "/_index.md"
        elif p in ("README.md", "index.md"):
            mapping[p] = "readme.md"
        else:
            mapping[p] = folder + ("/" if folder else "") + slug(name[:-3]) + ".md"
    weights: dict[str, int] = {}
    try:
        with open(os.path.join(root, "SUMMARY.md"), encoding="utf-8") as f:
            for i, m in enumerate(re.finditer(r"\]\(\./([^)]+\.md)\)", f.read())):
                weights.setdefault(posixpath.normpath(m.group(1)), (i + 1) * 10)
    except OSError:
        pass

    def rewrite(target: str, from_src: str, from_new: str, image: bool) -> str | None:
        """The new target of a link, or None to drop the link and keep its text."""
        if not target or SCHEME.match(target) or target.startswith("//"):
            return target or None
        if target.startswith("#"):
            return None
        path = target.split("#", 1)[0].split("?", 1)[0]
        resolved = posixpath.normpath(posixpath.join(posixpath.dirname(from_src), path)) if not path.startswith("/") \
            else posixpath.normpath(path.lstrip("/"))
        new_dir = posixpath.dirname(from_new)
        if resolved in mapping:
            return posixpath.relpath(mapping[resolved], new_dir or ".")
        if resolved + ".md" in mapping:
            return posixpath.relpath(mapping[resolved + ".md"], new_dir or ".")
        full = os.path.join(root, resolved)
        if image and os.path.isfile(full) and not resolved.startswith(".."):
            site.static[resolved] = full
            return posixpath.relpath(resolved, new_dir or ".")
        if resolved.startswith("..") or not os.path.exists(full):
            return None
        return github + resolved

    titles: dict[str, str] = {}
    for p in sources:
        new = mapping[p]
        with open(os.path.join(root, p), encoding="utf-8", errors="replace") as f:
            text = f.read().replace("\r\n", "\n")
        lines = text.split("\n")
        title = None
        body = []
        for line in lines:
            if title is None and line.startswith("# "):
                title = plain_title(line[2:])
                continue
            if line.lstrip().startswith("{{#"):
                continue
            body.append(line)
        if not title:
            title = posixpath.basename(new[:-3]).replace("-", " ").capitalize()
        body_text = "\n".join(body)

        def inline(m):
            bang, label, target, titlepart = m.group(1), m.group(2), m.group(3), m.group(4) or ""
            new_target = rewrite(target, p, new, image=bool(bang))
            if new_target is None:
                return label if not bang else ""
            return f"{bang}[{label}]({new_target}{titlepart})"

        # Links may span lines, so prose is rewritten a run of lines (between code blocks) at a time.
        out, prose, fence = [], [], None

        def flush():
            lines_out = []
            for line in prose:
                d = REF_DEF.match(line)
                if d:
                    new_target = rewrite(d.group(2), p, new, image=False)
                    line = d.group(1) + (new_target or github) + (d.group(3) or "")
                lines_out.append(line)
            out.append(INLINE_LINK.sub(inline, "\n".join(lines_out)))
            prose.clear()

        for line in body_text.split("\n"):
            stripped = line.lstrip()
            m = re.match(r"(`{3,}|~{3,})", stripped)
            if fence or m:
                if prose:
                    flush()
                if fence and m and stripped.startswith(fence):
                    fence = None
                elif not fence and m:
                    fence = m.group(1)
                out.append(line)
                continue
            prose.append(line)
        if prose:
            flush()
        body_text = defuse_markdown("\n".join(out))
        site.pages[new] = front_matter(title, weight=weights.get(p)) + body_text.strip("\n") + "\n"
        titles[new] = title
    for folder in folders:
        index = folder + "/_index.md"
        if index not in site.pages:
            name = posixpath.basename(folder).replace("-", " ").capitalize()
            site.pages[index] = front_matter(name) + f"Pages about {name.lower()}.\n"
            titles[index] = name
    tops = sorted(k for k in site.pages if k.count("/") == 0 or (k.count("/") == 1 and k.endswith("/_index.md")))
    home = [front_matter("Rust Compiler Development Guide", "How rustc works and how to contribute to it."),
            "The guide to rustc development, as published by the Rust project.", ""]
    for k in tops:
        home.append(f"- [{titles[k]}]({k})")
    site.home = "\n".join(home) + "\n"
    return site, "Rust Compiler Development Guide"


CORPORA = {
    "tldr": {
        "repo": "https://github.com/tldr-pages/tldr.git", "commit": "08e345f42639f67d99282813247ac670dc6e87cb",
        "what": "tldr-pages/tldr: about 38,000 short command pages in 40 languages",
        "convert": lambda src, commit: convert_tldr(src),
    },
    "rustc-dev-guide": {
        "repo": "https://github.com/rust-lang/rustc-dev-guide.git", "commit": "2cbf04342b4611800be07d4942db42be824cd899",
        "what": "rust-lang/rustc-dev-guide: about 240 long pages (mdBook)",
        "convert": convert_rustc_dev_guide,
    },
}


def how_to_get(name: str) -> str:
    c = CORPORA[name]
    folder = os.path.relpath(os.path.join(SOURCES, name), ROOT)
    return (f"git clone {c['repo']} {folder} && git -C {folder} checkout {c['commit']}")


def source_commit(src: str) -> str:
    try:
        return subprocess.run(["git", "-C", src, "rev-parse", "HEAD"], capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def ensure(name: str, workdir: str) -> dict | None:
    """The converted corpus `name` under workdir/corpus-<name> (kept while its source and this script
    are unchanged), with its stats; None when the source is missing (the reason is logged)."""
    src = os.path.join(SOURCES, name)
    if not os.path.isdir(src):
        log(f"skipping {name}: its source is not in {os.path.relpath(src, ROOT)}; get it with:\n    {how_to_get(name)}")
        return None
    commit = source_commit(src)
    out = os.path.join(workdir, f"corpus-{name}")
    with open(__file__, "rb") as f:
        key = {"converter": hashlib.sha256(f.read()).hexdigest(), "commit": commit,
               "hugo_site": sorted(os.path.relpath(os.path.join(d, x), HUGO_SITE) for d, _, xs in os.walk(HUGO_SITE) for x in xs)}
    cached = cached_stats(out, key)
    if cached:
        return cached
    log(f"converting {name} ({commit[:12]}) into {os.path.relpath(out, ROOT)}")
    site, title = CORPORA[name]["convert"](src, commit)
    os.makedirs(out, exist_ok=True)
    stats = site.write(out, title)
    stats |= {"name": name, "what": CORPORA[name]["what"], "commit": commit}
    return save_stats(out, key, stats)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Convert public Markdown corpora for the benchmark.")
    ap.add_argument("--list", action="store_true", help="say what each corpus is and how to get it")
    ap.add_argument("--workdir", default=os.path.join(BENCH, "work"))
    a = ap.parse_args(argv)
    for name in CORPORA:
        if a.list:
            print(f"{name}: {CORPORA[name]['what']}\n    {how_to_get(name)}")
            continue
        stats = ensure(name, os.path.abspath(a.workdir))
        if stats:
            print(json.dumps(stats))
    return 0


if __name__ == "__main__":
    sys.exit(main())
