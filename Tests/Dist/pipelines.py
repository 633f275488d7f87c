#!/usr/bin/env python3
"""Runs the shell of the content-only pipelines (Sources/Starter/Pipelines/, which `kennisbank init` writes) against `make dist`'s tarball.

  pipelines.py DIST_DIR

A content repository is made from Tests/BuildTests/Fixtures/valid/basic.site (a Git repository with one
commit); the tarball is served over HTTP on a free local port, standing in for the release page. Then,
for GitHub (the steps 'Download ...' and 'Build for GitHub Pages ...') and for GitLab (before_script and
the `build` and `pages` jobs), the pipeline's own commands run as the CI would run them, with the
variables the host sets and KENNISBANK_DOWNLOAD/KENNISBANK_SHA256 pointing at the tarball:
  - the download is checked against its SHA-256, and a wrong checksum stops the job;
  - the site builds with --strict; the Pages build makes the PDF handouts (scripts/handout.sh from the
    tarball) and publishes them beside the print pages, which link each one, and every link reaches it;
  - the GitLab preview links relatively (no address starting with '/'), so it opens from a folder.
Ends with 'pipelines: N passed, M failed'.
"""
import glob
import http.server
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading

import yaml

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
results = {"passed": 0, "failed": 0}


def report(ok, message, detail=""):
    results["passed" if ok else "failed"] += 1
    print("%s  %s%s" % ("PASS" if ok else "FAIL", message, ("\n      " + detail.strip().replace("\n", "\n      ")) if detail and not ok else ""))


def run(script, cwd, env, label):
    """Runs one pipeline script with bash -e, as the runners do; returns (ok, output)."""
    done = subprocess.run(["bash", "-e", "-o", "pipefail", "-c", script], cwd=cwd, env=env, capture_output=True, text=True)
    output = (done.stdout + done.stderr)[-3000:]
    if done.returncode != 0:
        print("      %s exited %d" % (label, done.returncode))
    return done.returncode == 0, output


def make_site(root):
    """basic.site (the one-string fixture format: '-- path --' then the file) as a Git repository."""
    text = open(os.path.join(REPO, "Tests/BuildTests/Fixtures/valid/basic.site"), encoding="utf-8").read()
    for match in re.finditer(r"^-- (\S+) --\n(.*?)(?=^-- \S+ --\n|\Z)", text, re.M | re.S):
        path = os.path.join(root, match.group(1))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(match.group(2))
    git = ["git", "-C", root, "-c", "user.name=Test", "-c", "user.email=test@example.org"]
    subprocess.run(["git", "init", "-q", root], check=True)
    subprocess.run(git + ["add", "-A"], check=True)
    subprocess.run(git + ["commit", "-q", "-m", "Eerste versie"], check=True, env=dict(os.environ, GIT_COMMITTER_DATE="2026-01-05T12:00:00"))


def check_published(public, label):
    """Every PDF link on a print page reaches a PDF; there is at least one."""
    links, broken = 0, []
    for page in glob.glob(os.path.join(public, "print", "**", "index.html"), recursive=True):
        for href in re.findall(r'href="([^"#]+\.pdf)"', open(page, encoding="utf-8").read()):
            links += 1
            target = os.path.normpath(os.path.join(os.path.dirname(page), href))
            if not (os.path.isfile(target) and open(target, "rb").read(5) == b"%PDF-"):
                broken.append(os.path.relpath(page, public) + " -> " + href)
    pdfs = glob.glob(os.path.join(public, "print", "**", "*.pdf"), recursive=True)
    report(links > 0 and not broken and pdfs, "%s: %d PDF handouts published, %d links from the print pages, none broken" % (label, len(pdfs), links),
           "broken: %s" % broken[:5])


def main():
    dist = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "dist"))
    arch = {"aarch64": "arm64", "arm64": "arm64"}.get(os.uname().machine, os.uname().machine)
    tarballs = glob.glob(os.path.join(dist, "kennisbank-*-linux-%s.tar.gz" % arch))
    if len(tarballs) != 1:
        print("FAIL  expected one tarball for %s in %s" % (arch, dist))
        return 1
    tarball = tarballs[0]
    name = os.path.basename(tarball)
    sha256 = open(tarball + ".sha256").read().split()[0]

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=dist, **kwargs)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = "http://127.0.0.1:%d/%s" % (server.server_address[1], name)
    work = tempfile.mkdtemp(prefix="kennisbank-pipelines-")
    try:
        base = dict(os.environ, HOME=os.path.join(work, "home"), KENNISBANK_DOWNLOAD=url, KENNISBANK_SHA256=sha256,
                    HANDOUT_VENV=os.environ.get("HANDOUT_VENV", os.path.join(REPO, ".venv-handout")))
        base.pop("KENNISBANK_BASE_URL", None)
        os.makedirs(base["HOME"])

        # GitHub: the steps of the build job, in order, on the default branch.
        github = yaml.safe_load(open(os.path.join(REPO, "Sources/Starter/Pipelines/github.yml"), encoding="utf-8"))
        steps = {s["name"]: s["run"] for s in github["jobs"]["build"]["steps"] if "run" in s}
        download = next(v for k, v in steps.items() if k.startswith("Download"))
        pages = next(v for k, v in steps.items() if k.startswith("Build for GitHub Pages"))
        site = os.path.join(work, "github")
        make_site(site)
        env = dict(base, RUNNER_TEMP=os.path.join(work, "runner-temp"), GITHUB_REPOSITORY_OWNER="Gemeente-Voorbeeld",
                   GITHUB_REPOSITORY="Gemeente-Voorbeeld/kennisbank", KENNISBANK_BASE_URL="")
        os.makedirs(env["RUNNER_TEMP"])
        ok, out = run(download, site, dict(env, KENNISBANK_SHA256="0" * 64), "GitHub download with a wrong checksum")
        report(not ok and "FAILED" in out, "GitHub: a download with a wrong SHA-256 stops the job", out)
        shutil.rmtree(env["RUNNER_TEMP"])
        os.makedirs(env["RUNNER_TEMP"])
        ok, out = run(download, site, env, "GitHub download")
        report(ok and re.search(r"^\d+\.\d+\.\d+ ", out, re.M), "GitHub: downloads %s, checks its SHA-256 and runs it" % name, out)
        ok, out = run(pages, site, env, "GitHub Pages build")
        report(ok, "GitHub: builds with --strict for https://gemeente-voorbeeld.github.io/kennisbank/, makes the handouts, builds again", out)
        if ok:
            check_published(os.path.join(site, "public"), "GitHub")
            home = open(os.path.join(site, "public", "index.html"), encoding="utf-8").read()
            report('href="https://gemeente-voorbeeld.github.io/kennisbank/"' in home, "GitHub: pages carry the Pages address as canonical link")

        # GitLab: before_script, then the build job (preview) and the pages job.
        gitlab = yaml.safe_load(open(os.path.join(REPO, "Sources/Starter/Pipelines/gitlab.yml"), encoding="utf-8"))
        # Without its apt-get lines: curl and Git are here, and other programs may hold apt's lock.
        before = "\n".join(line for line in gitlab["default"]["before_script"] if not line.startswith("apt-get"))
        site = os.path.join(work, "gitlab")
        make_site(site)
        temp = os.path.join(work, "gitlab-tmp")
        os.makedirs(temp)
        env = dict(base, CI_PROJECT_DIR=site, CI_PAGES_URL="https://gemeente-voorbeeld.gitlab.io/kennisbank", TMPDIR=temp)
        ok, out = run(before + "\n" + "\n".join(gitlab["build"]["script"]), site, env, "GitLab build")
        preview = os.path.join(site, "site", "index.html")
        relative = ok and os.path.isfile(preview) and not re.search(r'(href|src)="/', open(preview, encoding="utf-8").read())
        report(relative, "GitLab: the merge request's preview builds with --strict, with relative links (it opens from a folder)", out)
        shutil.rmtree(temp)
        os.makedirs(temp)
        ok, out = run(before + "\n" + "\n".join(gitlab["pages"]["script"]), site, env, "GitLab pages")
        report(ok, "GitLab: pages builds with --strict for $CI_PAGES_URL, makes the handouts, builds again", out)
        if ok:
            check_published(os.path.join(site, "public"), "GitLab")
    finally:
        server.shutdown()
        shutil.rmtree(work, ignore_errors=True)
    print("pipelines: %d passed, %d failed" % (results["passed"], results["failed"]))
    return 1 if results["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
