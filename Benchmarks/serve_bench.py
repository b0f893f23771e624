#!/usr/bin/env python3
"""The live preview's speed: from saving a map to the page having its new
drawing, and drawing part of a very large map.

    python3 Benchmarks/serve_bench.py [--runs 20] [--nodes 50] [--large 100000]

1. Save to page: `ecomap serve` (release build) on a synthetic map of --nodes
   nodes; a client holds the page's event stream open, as the page does. Each
   run saves the map as editors do (a new file renamed over the old one, one
   label changed) and times until the event with the new drawing has arrived
   whole. The median and range of --runs runs.
2. Focus on part of a large map: the --large-node synthetic map (about ten
   links a node). `ecomap render --focus` as a whole command (reading and
   checking the 50 MB file is most of it), and the preview's drawing of a
   focused part once the map is loaded (what a click on a node costs), each
   for several nodes, the median.

Prints Markdown tables (the README carries the latest).
"""
import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402  (the other benchmarks' build and synthetic maps)


class Events:
    """A page's event stream, read from a raw socket (chunked transfer encoding)."""

    def __init__(self, port, path):
        self.socket = socket.create_connection(("127.0.0.1", port))
        self.socket.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: text/event-stream\r\n\r\n".encode())
        self.raw = b""
        while b"\r\n\r\n" not in self.raw:
            self.raw += self.socket.recv(65536)
        head, self.raw = self.raw.split(b"\r\n\r\n", 1)
        if b" 200 " not in head.split(b"\r\n")[0]:
            sys.exit(f"no event stream: {head[:200]!r}")
        self.text = b""

    def next_update(self, timeout=30):
        """The data of the next `update` event."""
        self.socket.settimeout(timeout)
        while True:
            while True:  # whole chunks to text
                end = self.raw.find(b"\r\n")
                if end < 0:
                    break
                size = int(self.raw[:end], 16)
                if len(self.raw) < end + 2 + size + 2:
                    break
                self.text += self.raw[end + 2:end + 2 + size]
                self.raw = self.raw[end + 2 + size + 2:]
            if b"\n\n" in self.text:
                event, self.text = self.text.split(b"\n\n", 1)
                lines = event.decode().split("\n")
                if "event: update" in lines:
                    return "\n".join(l[6:] for l in lines if l.startswith("data: "))
                continue
            data = self.socket.recv(1 << 20)
            if not data:
                sys.exit("the server closed the event stream")
            self.raw += data


def serve(map_path, extra=()):
    errors = tempfile.TemporaryFile("w+")
    server = subprocess.Popen([os.path.join(bench.BIN, "ecomap"), "serve", map_path, "--port", "0", *extra],
                              stdout=subprocess.DEVNULL, stderr=errors)
    for _ in range(1200):
        errors.seek(0)
        found = re.search(r"http://127\.0\.0\.1:(\d+)/", errors.read())
        if found:
            return server, int(found.group(1))
        if server.poll() is not None:
            break
        time.sleep(0.05)
    errors.seek(0)
    sys.exit(f"ecomap serve did not start: {errors.read()[-500:]}")


def stop(server):
    server.send_signal(2)
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()


def save_to_page(nodes, runs):
    source = bench.generate(nodes)
    folder = tempfile.mkdtemp(prefix="ecomap-serve-bench-")
    path = os.path.join(folder, "map.ecomap")
    with open(source, encoding="utf-8") as f:
        original = f.read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(original)
    label = re.search(r'^(?:organisation|platform|person|community) n1 "([^"]*)"', original, re.M).group(1)
    slug = f"synthetic-{nodes}"
    server, port = serve(path)
    try:
        events = Events(port, f"/map/{slug}/events")
        events.next_update(timeout=120)
        times = []
        for run in range(runs + 1):
            new_label = f"{label} {run}"
            text = original.replace(f'n1 "{label}"', f'n1 "{new_label}"', 1)
            with open(path + ".tmp", "w", encoding="utf-8") as f:
                f.write(text)
            start = time.perf_counter()
            os.replace(path + ".tmp", path)
            while True:
                update = events.next_update()
                if f">{new_label}<" in update:
                    break
            if run > 0:  # the first save warms the server up
                times.append(time.perf_counter() - start)
            time.sleep(0.2)
    finally:
        stop(server)
    return times


def focus_large(nodes, runs):
    path = bench.generate(nodes)
    size = os.path.getsize(path) / 1e6
    _, links = bench.count_links(path)
    focus = [f"n{(i * 7919) % nodes}" for i in range(1, runs + 1)]
    out = os.path.join(bench.WORK, "out")
    os.makedirs(out, exist_ok=True)
    whole = []
    for node in focus:
        t, _, code = bench.measure([os.path.join(bench.BIN, "ecomap"), "render", path, "--focus", node,
                                    "-o", os.path.join(out, f"focus-{node}.svg")])
        if code != 0:
            sys.exit(f"render --focus {node} exited {code}")
        whole.append(t)
    # Reading and checking the file alone, the part of the whole command that is not the focus.
    check = [bench.measure([os.path.join(bench.BIN, "ecomap"), "check", path])[0] for _ in focus]
    # The preview: the map read once, then a drawing per node focused on.
    server, port = serve(path, ["--focus", "n0"])
    drawn = []
    shown = []
    try:
        for node in focus:
            request = f"GET /map/synthetic-{nodes}/drawing.svg?focus={node} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
            start = time.perf_counter()
            with socket.create_connection(("127.0.0.1", port)) as s:
                s.sendall(request.encode())
                reply = b""
                while True:
                    data = s.recv(1 << 20)
                    if not data:
                        break
                    reply += data
            drawn.append(time.perf_counter() - start)
            if b" 200 " not in reply.split(b"\r\n")[0]:
                sys.exit(f"no drawing for {node}: {reply[:300]!r}")
            found = re.search(rb"(\d+) nodes \(", reply)
            shown.append(int(found.group(1)) if found else 0)
    finally:
        stop(server)
    return size, links, whole, check, drawn, shown


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--nodes", type=int, default=50)
    parser.add_argument("--large", type=int, default=100000)
    parser.add_argument("--focus-runs", type=int, default=5)
    args = parser.parse_args()
    bench.build()
    times = save_to_page(args.nodes, args.runs)
    print(f"`ecomap serve`, from saving a {args.nodes}-node map to its page having the new drawing: release build, "
          f"{len(times)} saves, {os.cpu_count()} cores.\n")
    print("| nodes | saves | median | min | max |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    print(f"| {args.nodes:,} | {len(times)} | {statistics.median(times) * 1000:.0f} ms | {min(times) * 1000:.0f} ms | "
          f"{max(times) * 1000:.0f} ms |\n")
    size, links, whole, check, drawn, shown = focus_large(args.large, args.focus_runs)
    print(f"`--focus` on one node of the {args.large:,}-node synthetic map ({links:,} links, {size:.1f} MB), "
          f"depth 1: median of {len(drawn)} nodes.\n")
    print("| what | nodes drawn | median | min | max |")
    print("| :--- | ---: | ---: | ---: | ---: |")
    print(f"| `ecomap render --focus` (reads and checks the whole file first) | {statistics.median(shown):.0f} | "
          f"{statistics.median(whole):.2f} s | {min(whole):.2f} s | {max(whole):.2f} s |")
    print(f"| `ecomap check` of the same file, for comparison: reading and checking alone | | "
          f"{statistics.median(check):.2f} s | {min(check):.2f} s | {max(check):.2f} s |")
    print(f"| the preview drawing a focused part, the map already read | {statistics.median(shown):.0f} | "
          f"{statistics.median(drawn):.2f} s | {min(drawn):.2f} s | {max(drawn):.2f} s |")


if __name__ == "__main__":
    main()
