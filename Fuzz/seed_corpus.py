#!/usr/bin/env python3
"""Write the fuzzer's seed corpus: every content file, the site config and every file of the test
fixture sites, each prefixed with the byte that tells the fuzz target its role (0 page, 1 glossary
term, 2 quiz, 3 site config, 4 vragenlijst, 5 SVG image), every SVG of the repository, plus the inputs of
Fuzz/regressions/ as they are.

    python3 Fuzz/seed_corpus.py OUTDIR
"""
import hashlib
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def role(path: str) -> int:
    if path.endswith("kennisbank.yml"):
        return 3
    if "/begrippen/" in path:
        return 1
    if "/toetsen/" in path:
        return 2
    if "/vragenlijsten/" in path:
        return 4
    return 0


def fixture_files(text: str):
    """Hugo-style one-string sites: '-- path --' lines start a file."""
    current, lines = None, []
    for line in text.split("\n"):
        if line.startswith("-- ") and line.endswith(" --") and len(line) > 6:
            if current:
                yield current, "\n".join(lines) + "\n"
            current, lines = line[3:-3].strip(), []
        else:
            lines.append(line)
    if current:
        yield current, "\n".join(lines) + "\n"


def main() -> int:
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    seeds = []
    for folder, _, names in os.walk(os.path.join(ROOT, "content")):
        for name in sorted(names):
            if name.endswith(".md"):
                path = os.path.join(folder, name)
                seeds.append((role(path), open(path, "rb").read()))
    seeds.append((3, open(os.path.join(ROOT, "kennisbank.yml"), "rb").read()))
    for folder, _, names in os.walk(os.path.join(ROOT, "Tests", "BuildTests", "Fixtures")):
        for name in sorted(names):
            if name.endswith(".site"):
                text = open(os.path.join(folder, name), encoding="utf-8").read().split("-- expected --\n")[0]
                for path, content in fixture_files(text):
                    if path.endswith(".md") or path.endswith(".yml"):
                        seeds.append((role("/" + path), content.encode()))
    for folder, dirs, names in os.walk(ROOT):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d not in ("site", "build")]
        for name in sorted(names):
            if name.endswith(".svg"):
                seeds.append((5, open(os.path.join(folder, name), "rb").read()))
    count = 0
    for kind, data in seeds:
        data = bytes([kind]) + data
        with open(os.path.join(out, hashlib.sha1(data).hexdigest()), "wb") as f:
            f.write(data)
        count += 1
    regressions = os.path.join(ROOT, "Fuzz", "regressions")
    for name in sorted(os.listdir(regressions)) if os.path.isdir(regressions) else []:
        data = open(os.path.join(regressions, name), "rb").read()
        with open(os.path.join(out, hashlib.sha1(data).hexdigest()), "wb") as f:
            f.write(data)
        count += 1
    print(f"{count} seeds in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
