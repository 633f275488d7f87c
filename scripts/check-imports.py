#!/usr/bin/env python3
"""Fails when a target imports a module of this package, or a package product, that its entry in
Package.swift does not list. SwiftPM's own `--explicit-target-dependency-import-check` accepts an
import that is reachable through another dependency (Glossary importing FrontMatter through Content),
so a module could lose that path and stop building without anyone having touched it.

  python3 scripts/check-imports.py            (run from the repository root; `make unit-test` does)
"""
import json
import os
import re
import subprocess
import sys

IMPORT = re.compile(r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|package|internal|fileprivate|private)\s+)?"
                    r"import\s+(?:(?:struct|class|enum|protocol|typealias|func|var|let)\s+)?(\w+)", re.M)


def declared(target):
    names = set()
    for dep in target.get("dependencies", []):
        for kind in ("byName", "target", "product"):
            if kind in dep:
                names.add(dep[kind][0])
    return names


def main():
    package = json.loads(subprocess.run(["swift", "package", "dump-package"], check=True,
                                        capture_output=True, text=True).stdout)
    targets = package["targets"]
    # The modules this check is about: our own targets and every product some target depends on.
    # System modules (Foundation, Glibc, Testing...) are not in the package graph and are left alone.
    ours = {t["name"] for t in targets} | set().union(*(declared(t) for t in targets))
    problems = []
    for target in targets:
        if target["type"] == "system":
            continue
        folder = target.get("path") or os.path.join("Tests" if target["type"] == "test" else "Sources", target["name"])
        allowed = declared(target) | {target["name"]}
        for base, _, files in os.walk(folder):
            for name in sorted(files):
                if not name.endswith(".swift"):
                    continue
                path = os.path.join(base, name)
                text = open(path, encoding="utf-8").read()
                for match in IMPORT.finditer(text):
                    module = match.group(1)
                    if module in ours and module not in allowed:
                        line = text.count("\n", 0, match.start(1)) + 1
                        problems.append("%s:%d: target '%s' imports '%s' but Package.swift does not list it in "
                                        "its dependencies; add \"%s\" there" % (path, line, target["name"], module, module))
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    print("imports: every target lists the modules it imports (%d targets)" % len(targets))
    return 0


if __name__ == "__main__":
    sys.exit(main())
