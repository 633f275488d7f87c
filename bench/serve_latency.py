#!/usr/bin/env python3
"""Measure how fast `kennisbank serve` shows an edit: from saving a page to the browser having the new HTML.

    python3 bench/serve_latency.py                      # the real content of this repository
    python3 bench/serve_latency.py --pages 5000         # a generated 5,000-page site (bench/generate_corpus.py)
    python3 bench/serve_latency.py --root DIR --edits 50

The site root is copied to a temporary folder first, so the edits never touch the original. The script
starts `.build/release/kennisbank serve --root COPY --port P` on 127.0.0.1, waits for the first build,
connects to the Server-Sent Events endpoint like the browser's reload script does, and then N times:
appends a word (a new paragraph) to one page's Markdown file, and measures
  reload: the time until the 'reload' event arrives, and
  page:   the time until a GET of that page returns the new word (asked right after the event).
The server's own 'Rebuilt in N ms' lines are collected too. Between edits it pauses (--pause) so that
each edit is a save of its own, as an author would make it. Prints median, p90, min and max; exits 1
when the server fails or an edit never shows. Build the binary first:
    swift build -c release --product kennisbank
"""
from __future__ import annotations

import argparse
import http.client
import os
import queue
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
EVENTS_PATH = "/__kennisbank/events"
REBUILT = re.compile(r"(?:Rebuilt|Opnieuw gemaakt) in (\d+) ms")


def log(message: str):
    print(f"serve_latency: {message}", file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def copy_site(source: str, target: str):
    """Copies what a site root holds for the build: content/, themes/ and kennisbank.yml."""
    os.makedirs(target)
    for name in ("content", "themes"):
        if os.path.isdir(os.path.join(source, name)):
            shutil.copytree(os.path.join(source, name), os.path.join(target, name))
    if os.path.isfile(os.path.join(source, "kennisbank.yml")):
        shutil.copy2(os.path.join(source, "kennisbank.yml"), target)


def generated_site(pages: int, work: str) -> str:
    """A generated site root: bench/work/corpus-N/kennisbank when bench.py made it, else a new one."""
    cached = os.path.join(BENCH, "work", f"corpus-{pages}", "kennisbank")
    if os.path.isdir(os.path.join(cached, "content")):
        return cached
    generator = os.path.join(BENCH, "generate_corpus.py")
    out = os.path.join(work, "corpus")
    log(f"generating a {pages}-page site with {os.path.relpath(generator, ROOT)}")
    subprocess.run([sys.executable, generator, str(pages), out], check=True, stdout=subprocess.DEVNULL)
    return os.path.join(out, "kennisbank")


def pick_page(site: str) -> str:
    """An ordinary page in the middle of the site (not a section, term or quiz), as a content path."""
    candidates = []
    for folder, _, files in os.walk(os.path.join(site, "content")):
        relative = os.path.relpath(folder, os.path.join(site, "content"))
        if relative.split(os.sep)[0] in ("begrippen", "toetsen"):
            continue
        for name in files:
            if name.endswith(".md") and name not in ("index.md", "_index.md"):
                candidates.append(os.path.normpath(os.path.join(relative, name)))
    if not candidates:
        raise SystemExit("no ordinary page found in the site")
    candidates.sort()
    return candidates[len(candidates) // 2]


def page_url(content_path: str) -> str:
    stem = content_path[:-3]
    return "/" + stem.lower() + "/index.html"


class EventListener(threading.Thread):
    """Reads the event stream on a raw socket (dechunking it) and queues (name, data, time) per event."""

    def __init__(self, port: int):
        super().__init__(daemon=True)
        self.events: queue.Queue = queue.Queue()
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=None)
        self.sock.sendall(f"GET {EVENTS_PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n".encode())

    def run(self):
        raw, body, header_done = b"", b"", False
        while True:
            try:
                chunk = self.sock.recv(65536)
            except OSError:
                return
            now = time.perf_counter()
            if not chunk:
                self.events.put(("closed", "", now))
                return
            raw += chunk
            if not header_done:
                if b"\r\n\r\n" not in raw:
                    continue
                raw = raw.split(b"\r\n\r\n", 1)[1]
                header_done = True
            while b"\r\n" in raw:
                size_line, rest = raw.split(b"\r\n", 1)
                size = int(size_line.split(b";")[0] or b"0", 16)
                if len(rest) < size + 2:
                    break
                body += rest[:size]
                raw = rest[size + 2:]
            while b"\n\n" in body:
                block, body = body.split(b"\n\n", 1)
                text = block.decode("utf-8", "replace")
                if text.startswith(":"):
                    continue
                name, data = "message", []
                for line in text.split("\n"):
                    if line.startswith("event: "):
                        name = line[7:]
                    elif line.startswith("data: "):
                        data.append(line[6:])
                self.events.put((name, "\n".join(data), now))

    def wait_for(self, name: str, timeout: float) -> float:
        deadline = time.perf_counter() + timeout
        while True:
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                raise TimeoutError(f"no '{name}' event within {timeout:.0f} s")
            event, data, at = self.events.get(timeout=remaining)
            if event == "errors":
                raise RuntimeError("the build failed:\n" + data[:2000])
            if event == "closed":
                raise RuntimeError("the event stream closed")
            if event == name:
                return at

    def drain(self):
        while not self.events.empty():
            self.events.get_nowait()


def get(port: int, path: str) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path, headers={"Connection": "close"})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def summary(name: str, values_ms: list[float]) -> str:
    ordered = sorted(values_ms)
    p90 = ordered[min(len(ordered) - 1, int(round(0.9 * (len(ordered) - 1))))]
    return (f"{name:<22} median {statistics.median(ordered):7.1f} ms   p90 {p90:7.1f} ms   "
            f"min {ordered[0]:7.1f} ms   max {ordered[-1]:7.1f} ms   (n={len(ordered)})")


def percentile90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.9 * (len(ordered) - 1))))]


def measure(origin: str, edits: int = 30, binary: str = os.path.join(ROOT, ".build", "release", "kennisbank"),
            warmup: int = 2, pause: float = 0.5, page: str | None = None, port: int = 0,
            startup_timeout: float = 600) -> dict:
    """Serves a copy of the site root `origin` and saves one page `edits` times. Returns the page, the
    times in ms (save -> reload event, save -> new page, the server's own rebuilds) and their medians.
    Raises RuntimeError when the server fails or an edit never shows."""
    work = tempfile.mkdtemp(prefix="kennisbank-serve-bench-")
    server = None
    try:
        site = os.path.join(work, "site")
        copy_site(origin, site)
        page = page or pick_page(site)
        url = page_url(page)
        port = port or free_port()
        log(f"serving {origin} ({sum(len(f) for _, _, f in os.walk(os.path.join(site, 'content')))} files) on port {port}; editing {page}")
        # --output inside the work folder: stopping then does not delete a large site while we wait.
        server = subprocess.Popen([binary, "serve", "--root", site, "--port", str(port), "--quiet",
                                   "--output", os.path.join(work, "out")],
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
        lines: queue.Queue = queue.Queue()
        rebuilds: list[int] = []

        def pump():
            for line in server.stdout:
                lines.put(line.rstrip("\n"))
                match = REBUILT.search(line)
                if match:
                    rebuilds.append(int(match.group(1)))
        threading.Thread(target=pump, daemon=True).start()

        started = time.perf_counter()
        while True:
            try:
                line = lines.get(timeout=max(0.1, startup_timeout - (time.perf_counter() - started)))
            except queue.Empty:
                raise RuntimeError("the server did not start in time")
            if line.startswith("Serving ") or " staat op http" in line:
                break
            if ("error:" in line and "cannot serve" in line) or ("fout:" in line and "kan niet" in line):
                raise RuntimeError(line)
        log(f"first build and start took {time.perf_counter() - started:.1f} s")

        listener = EventListener(port)
        listener.start()
        listener.wait_for("hello", 10)

        path = os.path.join(site, "content", page)
        reload_ms: list[float] = []
        page_ms: list[float] = []
        retries = 0
        for number in range(warmup + edits):
            time.sleep(pause)
            listener.drain()
            word = f"Benchwoord{number}x{os.getpid()}"
            before = time.perf_counter()
            with open(path, "a", encoding="utf-8") as handle:
                handle.write(f"\n\n{word}\n")
            reloaded = listener.wait_for("reload", 30)
            while True:
                status, body = get(port, url)
                if status == 200 and word.encode() in body:
                    break
                retries += 1
                if time.perf_counter() - before > 30:
                    raise RuntimeError(f"{url} never showed the edit (status {status})")
                time.sleep(0.002)
            shown = time.perf_counter()
            if number >= warmup:
                reload_ms.append((reloaded - before) * 1000)
                page_ms.append((shown - before) * 1000)

        measured = [float(v) for v in (rebuilds[-edits:] if len(rebuilds) >= edits else rebuilds)]
        server.send_signal(signal.SIGINT)
        code = server.wait(timeout=120)
        server = None
        if code != 0:
            raise RuntimeError(f"the server exited with {code} after SIGINT")
        return {"page": page, "edits": edits, "pause": pause, "reload_ms": reload_ms, "page_ms": page_ms,
                "rebuild_ms": measured, "retries": retries,
                "reload_median": statistics.median(reload_ms), "page_median": statistics.median(page_ms),
                "page_p90": percentile90(page_ms), "page_min": min(page_ms), "page_max": max(page_ms),
                "rebuild_median": statistics.median(measured) if measured else float("nan")}
    finally:
        if server is not None and server.poll() is None:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=120)
            except subprocess.TimeoutExpired:
                server.kill()
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--root", help="site root to copy and serve (default: this repository)")
    source.add_argument("--pages", type=int, help="serve a generated site with this many pages")
    parser.add_argument("--edits", type=int, default=30, help="measured edits (default 30)")
    parser.add_argument("--warmup", type=int, default=2, help="edits before measuring (default 2)")
    parser.add_argument("--pause", type=float, default=0.5, help="seconds between edits (default 0.5)")
    parser.add_argument("--page", help="content path of the page to edit (default: one in the middle)")
    parser.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "kennisbank"))
    parser.add_argument("--startup-timeout", type=float, default=600)
    args = parser.parse_args()

    if not os.access(args.binary, os.X_OK):
        log(f"{args.binary} not found; build it with: swift build -c release --product kennisbank")
        return 2
    work = tempfile.mkdtemp(prefix="kennisbank-serve-corpus-")
    try:
        origin = generated_site(args.pages, work) if args.pages else (args.root or ROOT)
        label = f"{args.pages} generated pages" if args.pages else os.path.relpath(origin, ROOT) if origin != ROOT else "real content"
        try:
            r = measure(origin, args.edits, args.binary, args.warmup, args.pause, args.page, args.port, args.startup_timeout)
        except RuntimeError as e:
            log(str(e))
            return 1
        print(f"kennisbank serve latency: {label}, page {r['page']}, {args.edits} edits, {args.pause:.2f} s apart")
        print(summary("save -> reload event", r["reload_ms"]))
        print(summary("save -> new page (GET)", r["page_ms"]))
        if r["rebuild_ms"]:
            print(summary("server rebuild", r["rebuild_ms"]))
        if r["retries"]:
            print(f"({r['retries']} GETs came before the new page was written)")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
