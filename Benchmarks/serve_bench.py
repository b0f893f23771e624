#!/usr/bin/env python3
"""The live preview's speed and steadiness: from saving a map to the page
having its new drawing (alone and with --compare), how far an edit moves the
rest of the drawing, the user's redraw under a flood of abandoned requests,
and drawing part of a very large map.

    python3 Benchmarks/serve_bench.py [--runs 20] [--nodes 50] [--flood-nodes 250] [--large 100000]
                                      [--ecomap PATH] [--skip-large]

1. Save to page: `ecomap serve` (release build) on a synthetic map of --nodes
   nodes; a client holds the page's event stream open, as the page does. Each
   run saves the map as editors do (a new file renamed over the old one, one
   label changed) and times until the event with the new drawing has arrived
   whole. The median and range of --runs runs; then the same with
   `--compare` and the map's best-practice revision (a pair of --nodes nodes).
2. Steadiness: the Social Care Wales map and the synthetic one, served; a
   node added with two links, saved; the median distance the other nodes
   moved between the two drawings the page was sent, in the drawing's
   points (and as a share of its width).
3. The flood: on a --flood-nodes map, the user's page open; then 20 requests
   for the drawing with 20 different sets of options, each closed at once
   (as a page elsewhere could send them); then a save. The time from the
   save to the user's page having the new drawing (3 runs), beside the same
   save with no flood.
4. Focus on part of a large map: the --large-node synthetic map (about ten
   links a node). `ecomap render --focus` as a whole command (reading and
   checking the 50 MB file is most of it), and the preview's drawing of a
   focused part once the map is loaded (what a click on a node costs), each
   for several nodes, the median.

--ecomap runs another build (the figures before a change, say); the release
build of this checkout otherwise. Prints Markdown tables (the README carries
the latest).
"""
import argparse
import html
import json
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


ECOMAP = os.path.join(bench.BIN, "ecomap")


def edited(original, label, mark):
    """The map with node n1's label changed, as an editor's save would, and
    its title too: a map large enough to be drawn as an overview lists n1
    inside a group, perhaps not by name, but the title is always in the
    drawing. Returns the text and the title to look for."""
    title = re.search(r'^map "([^"]*)"', original, re.M).group(1)
    text = original.replace(f'n1 "{label}"', f'n1 "{label} {mark}"', 1)
    return text.replace(f'map "{title}"', f'map "{title} {mark}"', 1), f"{title} {mark}"


def shows(update, label):
    """Whether an update's drawing names `label` whole. A long label is
    wrapped onto several lines in its node, so this looks for it in the lines'
    titles ("LABEL -> other: type"), which are never wrapped, and in a node's
    text when it fits on one line."""
    return re.search(re.escape(label) + r'(?:[ <:]|\\")', update) is not None


def serve(map_path, extra=()):
    errors = tempfile.TemporaryFile("w+")
    server = subprocess.Popen([ECOMAP, "serve", map_path, "--port", "0", *extra],
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


def save(path, text):
    """Saves as editors do: a new file renamed over the old one."""
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(path + ".tmp", path)


def copy_map(source, name="map.ecomap"):
    folder = tempfile.mkdtemp(prefix="ecomap-serve-bench-")
    path = os.path.join(folder, name)
    with open(source, encoding="utf-8") as f:
        original = f.read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(original)
    return path, original


def save_to_page(nodes, runs, compare=False):
    path, original = copy_map(bench.generate(nodes))
    extra = []
    if compare:
        best, _ = copy_map(bench.generate(nodes, revision=True), "best.ecomap")
        extra = ["--compare", best]
    label = re.search(r'^(?:organisation|platform|person|community) n1 "([^"]*)"', original, re.M).group(1)
    slug = f"synthetic-{nodes}"
    server, port = serve(path, extra)
    try:
        events = Events(port, f"/map/{slug}/events")
        events.next_update(timeout=300)
        times = []
        for run in range(runs + 1):
            text, new_label = edited(original, label, f"save {run}")
            start = time.perf_counter()
            save(path, text)
            while True:
                update = events.next_update(timeout=300)
                if shows(update, new_label):
                    break
            if run > 0:  # the first save warms the server up
                times.append(time.perf_counter() - start)
            time.sleep(0.2)
    finally:
        stop(server)
    return times


NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def centres(svg):
    """Each node's centre in a drawing (the middle of its outline), by map id."""
    out = {}
    for group in re.finditer(r'<g id="([^"]*)" class="node[^"]*">(.*?)</g>', svg, re.S):
        gid = html.unescape(group.group(1))
        if "-node-" not in gid:
            continue
        points = []
        for shape in re.finditer(r"<(ellipse|polygon|path)\b[^>]*>", group.group(2)):
            tag = shape.group(0)
            e = re.search(r'cx="([-\d.]+)" cy="([-\d.]+)" rx="([-\d.]+)" ry="([-\d.]+)"', tag)
            if e:
                cx, cy, rx, ry = map(float, e.groups())
                points += [(cx - rx, cy - ry), (cx + rx, cy + ry)]
                continue
            a = re.search(r' (?:d|points)="([^"]*)"', tag)
            if a:
                nums = [float(n) for n in NUMBER.findall(a.group(1))]
                points += list(zip(nums[0::2], nums[1::2]))
        if points:
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            out[gid.split("-node-", 1)[1]] = ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
    return out


def svg_of(update):
    drawing = json.loads(update)["drawing"] or ""
    start, end = drawing.find("<svg"), drawing.find("</svg>")
    return drawing[start:end + 6]


def width_of(svg):
    found = re.search(r'viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ', svg)
    return float(found.group(1)) if found else 0


def steadiness(source, slug, new_links):
    """How far the other nodes move when one is added: the median, in points, and as a share of the drawing's width."""
    path, original = copy_map(source)
    server, port = serve(path)
    try:
        events = Events(port, f"/map/{slug}/events")
        before = svg_of(events.next_update(timeout=300))
        save(path, original + 'person newcomer "A new person"\n' + "".join(f"{link}\n" for link in new_links))
        while True:
            update = events.next_update(timeout=300)
            if shows(update, "A new person"):
                break
        after = svg_of(update)
    finally:
        stop(server)
    a, b = centres(before), centres(after)
    shared = sorted(set(a) & set(b))
    moved = sorted(((a[k][0] - b[k][0]) ** 2 + (a[k][1] - b[k][1]) ** 2) ** 0.5 for k in shared)
    median = statistics.median(moved)
    return median, median / max(1, width_of(before)), len(shared)


def flood(nodes, requests=20, wait=180):
    """The user's redraw after `requests` abandoned requests with other options: seconds from the save, or None past `wait`."""
    path, original = copy_map(bench.generate(nodes))
    slug = f"synthetic-{nodes}"
    label = re.search(r'^(?:organisation|platform|person|community) n1 "([^"]*)"', original, re.M).group(1)
    server, port = serve(path)
    try:
        events = Events(port, f"/map/{slug}/events")
        events.next_update(timeout=600)
        options = [f"theme={t}&lang={l}&labels={b}&page={p}" for t in ("dark", "print", "colourblind", "default")
                   for l in ("en", "cy") for b in ("0", "1") for p in ("a4", "none", "a4-landscape")][:requests]
        for query in options:
            with socket.create_connection(("127.0.0.1", port)) as s:
                s.sendall(f"GET /map/{slug}/drawing.svg?{query} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
        start = time.perf_counter()
        text, saved = edited(original, label, "saved")
        save(path, text)
        events.socket.settimeout(wait)
        try:
            while True:
                update = events.next_update(timeout=wait)
                if shows(update, saved):
                    return time.perf_counter() - start
                if time.perf_counter() - start > wait:
                    return None
        except (socket.timeout, TimeoutError):
            return None
    finally:
        stop(server)


def focus_large(nodes, runs):
    path = bench.generate(nodes)
    size = os.path.getsize(path) / 1e6
    _, links = bench.count_links(path)
    focus = [f"n{(i * 7919) % nodes}" for i in range(1, runs + 1)]
    out = os.path.join(bench.WORK, "out")
    os.makedirs(out, exist_ok=True)
    whole = []
    for node in focus:
        t, _, code = bench.measure([ECOMAP, "render", path, "--focus", node,
                                    "-o", os.path.join(out, f"focus-{node}.svg")])
        if code != 0:
            sys.exit(f"render --focus {node} exited {code}")
        whole.append(t)
    # Reading and checking the file alone, the part of the whole command that is not the focus.
    check = [bench.measure([ECOMAP, "check", path])[0] for _ in focus]
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
    global ECOMAP
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--nodes", type=int, default=50)
    parser.add_argument("--flood-nodes", type=int, default=250)
    parser.add_argument("--large", type=int, default=100000)
    parser.add_argument("--focus-runs", type=int, default=5)
    parser.add_argument("--ecomap", help="the ecomap binary to measure (default: this checkout's release build)")
    parser.add_argument("--skip-large", action="store_true", help="leave out the large map's --focus figures")
    args = parser.parse_args()
    if args.ecomap:
        # Another build, with the synthetic maps made by its own generator (the same maps).
        ECOMAP = os.path.abspath(args.ecomap)
        bench.BIN = os.path.dirname(ECOMAP)
    else:
        bench.build()
    alone = save_to_page(args.nodes, args.runs)
    compared = save_to_page(args.nodes, args.runs, compare=True)
    print(f"`ecomap serve`, from saving a {args.nodes}-node map to its page having the new drawing: release build, "
          f"{len(alone)} saves after a first one, {os.cpu_count()} cores.\n")
    print("| nodes | what | saves | median | min | max |")
    print("| ---: | :--- | ---: | ---: | ---: | ---: |")
    for what, times in (("the map alone", alone), (f"with `--compare` (its {args.nodes}-node best-practice revision)", compared)):
        print(f"| {args.nodes:,} | {what} | {len(times)} | {statistics.median(times) * 1000:.0f} ms | {min(times) * 1000:.0f} ms | "
              f"{max(times) * 1000:.0f} ms |")
    print()
    scw = os.path.join(bench.ROOT, "Maps", "scw-current.ecomap")
    steady = [("Social Care Wales (12 nodes)", steadiness(scw, "scw-current", ["newcomer -> scw : asks", "social-workers -> newcomer"])),
              (f"synthetic, {args.nodes} nodes", steadiness(bench.generate(args.nodes), f"synthetic-{args.nodes}",
                                                            ["newcomer -> n1", "n2 -> newcomer"]))]
    print("A node added with two links and saved: how far the map's other nodes moved between the two drawings the page was sent.\n")
    print("| map | nodes compared | median distance moved | share of the drawing's width |")
    print("| :--- | ---: | ---: | ---: |")
    for name, (median, share, shared) in steady:
        print(f"| {name} | {shared} | {median:.1f} pt | {share * 100:.1f}% |")
    print()
    # The same save with no flood first: what the drawing itself costs.
    alone_large = save_to_page(args.flood_nodes, 5)
    floods = [flood(args.flood_nodes) for _ in range(3)]
    print(f"The flood: the user's page open on a {args.flood_nodes}-node map, 20 requests with other options each closed at once, "
          f"then a save (3 runs); beside it, the same save with no flood (5 saves after a first one).\n")
    print("| nodes | abandoned requests | save to the user's new drawing: median | min | max | with no flood: median |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    if any(t is None for t in floods):
        print(f"| {args.flood_nodes} | 20 | more than 180 s in {sum(t is None for t in floods)} of 3 | | | "
              f"{statistics.median(alone_large):.2f} s |\n")
    else:
        print(f"| {args.flood_nodes} | 20 | {statistics.median(floods):.2f} s | {min(floods):.2f} s | {max(floods):.2f} s | "
              f"{statistics.median(alone_large):.2f} s |\n")
    if args.skip_large:
        return
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
