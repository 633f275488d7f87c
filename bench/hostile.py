#!/usr/bin/env python3
"""Hostile and pathological input: one small site per shape, built once, with wall time and peak
memory. Each must end in a positioned error (`file:line:column: error:`) or a normal build, within
a second and 200 MB.

    python3 bench/hostile.py [--kennisbank PATH]      # prints the table
    (bench/bench.py runs it too and adds the table to its report)

The shapes are the ones issue #15 names, plus what cmark-gfm 0.29.0.gfm.6 (Debian's) is known to
handle in more than linear time; docs/FORMAT.md explains the limits that refuse them.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BOUND_SECONDS = 1.0
BOUND_MIB = 200.0
POSITIONED = re.compile(r"^[^\s:]+:\d+:\d+: (?:error|fout): ")


def bomb() -> str:
    lines = ['title: Bom', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for previous, name in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def page(front_matter: str, body: str) -> str:
    return "---\n" + front_matter + "---\n" + body


def cases() -> list[tuple[str, dict[str, str]]]:
    """(description, files of the site besides content/index.md)."""
    title = "title: Test\n"
    header = "|" + "a|" * 100 + "\n|" + "-|" * 100 + "\n"
    return [
        ("alias bomb: 9 lines of nested YAML anchors in front matter", {"content/test.md": page(bomb(), "Tekst.\n")}),
        ("alias bomb in kennisbank.yml", {"kennisbank.yml": bomb()}),
        ("a 10 MB line", {"content/test.md": page(title, "a" * 10_000_000 + "\n")}),
        ("100,000 nested brackets", {"content/test.md": page(title, "[" * 100_000 + "a" + "]" * 100_000 + "\n")}),
        ("50,000 nested block quotes", {"content/test.md": page(title, "> " * 50_000 + "a\n")}),
        ("50,000 block quotes, then 200,000 brackets (90 s in cmark-gfm alone)",
         {"content/test.md": page(title, ">" * 50_000 + "[" * 200_000 + "\n")}),
        ("200,000 nested flow sequences in front matter", {"content/test.md": page("a: " + "[" * 200_000 + "\n", "")}),
        ("a table of 10,000 columns (72 s in cmark-gfm alone at 100 rows)",
         {"content/test.md": page(title, "|" + "a|" * 10_000 + "\n|" + "-|" * 10_000 + "\n" + ("|" + "x|" * 10_000 + "\n") * 5)}),
        ("a 100-column table with 400,000 rows the parser fills in (12 GB in cmark-gfm alone at 500,000)",
         {"content/test.md": page(title, header + "x\n" * 400_000)}),
        ("'![[]()' 160,000 times (CVE-2023-22486: never ends in cmark-gfm alone)",
         {"content/test.md": page(title, "![[]()" * 160_000 + "\n")}),
        ("'a@b.' 240,000 times (e-mail autolinks, 8 s in cmark-gfm alone)", {"content/test.md": page(title, "a@b." * 240_000 + "\n")}),
        ("a 50 KB link reference used 18,000 times (1 GB of output in cmark-gfm alone)",
         {"content/test.md": page(title, "[a]: /" + "x" * 50_000 + "\n\n" + "[a]\n\n" * 18_000)}),
        ("a paragraph of 200,000 lines before a table row (minutes in cmark-gfm alone)",
         {"content/test.md": page(title, "x\n" * 200_000 + "|-|\n")}),
        ("emphasis nested 50,000 deep", {"content/test.md": page(title, "*a **a " * 25_000 + "b" + " a** a*" * 25_000 + "\n")}),
        ("900 KB of broken links", {"content/test.md": page(title, "".join(f"[x](nergens-{i}.md) " for i in range(45_000)) + "\n")}),
        ("880 KB of headings", {"content/test.md": page(title, "".join(f"## Kop {i}\n\n" for i in range(65_000)))}),
        ("20,000 footnotes", {"content/test.md": page(title, "".join(f"tekst[^{i}]\n" for i in range(20_000)) + "\n"
                                                          + "".join(f"[^{i}]: noot {i}\n" for i in range(20_000)))}),
        ("a link to a 900 KB web address", {"content/test.md": page(title, "[a](https://example.nl/" + "a" * 900_000 + ")\n")}),
        ("a broken link to a 900 KB page name", {"content/test.md": page(title, "[a](" + "a" * 900_000 + ".md)\n")}),
        ("a 900 KB line of words (no limit applies)", {"content/test.md": page(title, "woord " * 150_000 + "\n")}),
        ("NUL bytes", {"content/test.md": page(title, "a\0b\n" * 1000)}),
        ("invalid UTF-8", {"content/test.md": page(title, "caf\udce9\n")}),
        ("a quiz whose 3,500 questions each nest 40 block quotes",
         {"content/toetsen/toets.md": page("title: Toets\nsection: definities\nquestions:\n" + "".join(
             f"  - id: v{i}\n    type: single\n    question: x\n    answers:\n      - {{text: A, correct: true, feedback: Ja}}\n"
             f"      - {{text: B, correct: false, feedback: Nee}}\n    explanation: |\n      {'> ' * 40}x\n" for i in range(3_500)), ""),
          "content/definities/_index.md": page("title: Definities\n", "")}),
        ("a vragenlijst whose 8,000 questions each name a missing scale, among 8,000 scales",
         {"content/vragenlijsten/v.md": page("title: V\nscales:\n" + "".join(f"  s{i}: [{{label: a, points: 0}}, {{label: b, points: 1}}]\n" for i in range(8_000))
                                             + "themes:\n  - id: t\n    title: T\n    questions:\n"
                                             + "".join(f"      - {{id: q{i}, type: scale, scale: x{i}, text: t}}\n" for i in range(8_000)), ""),
          "content/vragenlijsten/_index.md": page("title: Vragenlijsten\n", "")}),
    ]


def measure(kennisbank: str, files: dict[str, str], workdir: str) -> dict:
    root = tempfile.mkdtemp(dir=workdir)
    try:
        all_files = {"content/index.md": page("title: Start\n", "Hallo.\n")} | files
        for path, text in all_files.items():
            full = os.path.join(root, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8", errors="surrogateescape", newline="") as f:
                f.write(text)
        size = sum(len(t.encode(errors="surrogateescape")) for t in files.values())
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            start = time.perf_counter()
            # Warnings are allowed: the question is whether input ends in an error or a build, quickly.
            p = subprocess.Popen([kennisbank, "build", "--allow-warnings", "--root", root, "--output", os.path.join(root, "site"), "--quiet"],
                                 stdout=out, stderr=err, stdin=subprocess.DEVNULL)
            _, status, usage = os.wait4(p.pid, 0)
            wall = time.perf_counter() - start
            err.seek(0)
            stderr = err.read().decode(errors="replace")
        rc = os.waitstatus_to_exitcode(status)
        first = next((line.replace(": fout: ", ": error: ", 1) for line in stderr.splitlines() if POSITIONED.match(line)), "")
        if rc == 0:
            outcome = "built"
        elif POSITIONED.match(first):
            outcome = first.split(": error: ", 1)[0].split("/")[-1] + ": " + first.split(": error: ", 1)[1]
        else:
            outcome = f"exit {rc}, no positioned error: {stderr.strip()[:200]}"
        ok = (rc == 0 or POSITIONED.match(first) is not None) and wall <= BOUND_SECONDS and usage.ru_maxrss / 1024 <= BOUND_MIB
        return {"size": size, "rc": rc, "outcome": outcome, "wall": wall, "cpu": usage.ru_utime + usage.ru_stime,
                "rss": usage.ru_maxrss / 1024, "ok": ok}
    finally:
        shutil.rmtree(root, ignore_errors=True)


def run(kennisbank: str, workdir: str) -> list[tuple[str, dict]]:
    os.makedirs(workdir, exist_ok=True)
    results = []
    for description, files in cases():
        r = measure(kennisbank, files, workdir)
        print(f"hostile: {description}: {r['wall']:.2f} s ({r['cpu']:.2f} s CPU) {r['rss']:.0f} MiB {r['outcome'][:100]}",
              file=sys.stderr, flush=True)
        results.append((description, r))
    return results


def table(results: list[tuple[str, dict]]) -> list[str]:
    lines = [f"Each site is `content/index.md` plus the file(s) below, built once with `kennisbank build --quiet`; "
             f"bound: a positioned error or a normal build, within {BOUND_SECONDS:g} s and {BOUND_MIB:g} MiB "
             f"(peak RSS of the process). CPU is user + system time, which other work on the machine "
             f"disturbs less than wall time.", "",
             "| input | bytes | outcome | wall s | CPU s | peak MiB | within bound |", "|---|---:|---|---:|---:|---:|:-:|"]
    for description, r in results:
        outcome = r["outcome"].replace("|", "\\|")
        lines.append(f"| {description} | {r['size']:,} | {outcome[:150]} | {r['wall']:.2f} | {r['cpu']:.2f} | {r['rss']:.0f} | "
                     f"{'yes' if r['ok'] else '**no**'} |")
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kennisbank", default=os.path.join(ROOT, ".build", "release", "kennisbank"))
    ap.add_argument("--workdir", default=os.path.join(ROOT, "bench", "work", "hostile"))
    a = ap.parse_args()
    results = run(os.path.abspath(a.kennisbank), a.workdir)
    print("\n".join(table(results)))
    return 0 if all(r["ok"] for _, r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
