#!/usr/bin/env python3
"""Two builds of ecomap on the same jobs: does a change make ecomap slower?

    python3 Benchmarks/before_after.py BEFORE_BIN [AFTER_BIN] [--runs 5]

BEFORE_BIN and AFTER_BIN are folders holding a release `ecomap` and
`ecomap-generate` (AFTER_BIN is this checkout's .build/release by default). To
measure a commit, build it in a worktree of its own:

    git worktree add ../before 99c4b08 && (cd ../before && swift build -c release)
    python3 Benchmarks/before_after.py ../before/.build/release

Runs alternate between the two builds, so a busy spell of the machine falls on
both alike, and the figure compared is processor time (user + system) of the
whole command, which other work on the machine changes far less than the
clock. Prints a Markdown table: the median of each, the change, and peak memory.
"""
import argparse
import os
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, ".build", "before-after")


def generate(generator, nodes, revision=False):
    """A synthetic map, made once by the AFTER build's generator, so both builds read the same bytes."""
    os.makedirs(WORK, exist_ok=True)
    path = os.path.join(WORK, f"synthetic-{nodes}{'-revision' if revision else ''}.ecomap")
    if not os.path.exists(path):
        argv = [generator, "--nodes", str(nodes), "--seed", "1"] + (["--revision"] if revision else [])
        with open(path + ".tmp", "wb") as out:
            subprocess.run(argv, stdout=out, check=True)
        os.rename(path + ".tmp", path)
    return path


def measure(argv):
    """Runs argv once: (processor seconds, peak resident KiB)."""
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"{' '.join(argv)} exited {code}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def jobs(after):
    """The jobs, as argument lists after the program's path: what the README's tables measure."""
    generator = os.path.join(after, "ecomap-generate")
    tiny, small, medium, large = (generate(generator, n) for n in (50, 500, 10000, 100000))
    best = generate(generator, 100000, revision=True)
    tiny_best = generate(generator, 50, revision=True)
    out = os.path.join(WORK, "out")
    os.makedirs(out, exist_ok=True)
    return [
        ("check, 100,000 nodes", ["check", large]),
        ("render SVG, 50 nodes", ["render", tiny, "-o", os.path.join(out, "50.svg")]),
        ("gap diagram SVG, 50 nodes", ["compare", tiny, tiny_best, "--diagram", os.path.join(out, "gaps.svg")]),
        ("render SVG, 500 nodes", ["render", small, "-o", os.path.join(out, "500.svg")]),
        ("stats JSON, 10,000 nodes", ["stats", medium, "--format", "json", "-o", os.path.join(out, "stats.json")]),
        ("compare JSON, 100,000 nodes", ["compare", large, best, "--format", "json",
                                         "-o", os.path.join(out, "compare.json")]),
        ("report HTML, 500 nodes", ["report", small, "-o", os.path.join(out, "report.html")]),
        ("export GraphML, 100,000 nodes", ["export", large, "--format", "graphml",
                                           "-o", os.path.join(out, "map.graphml")]),
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before")
    parser.add_argument("after", nargs="?", default=os.path.join(ROOT, ".build", "release"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    builds = {"before": os.path.join(args.before, "ecomap"), "after": os.path.join(args.after, "ecomap")}
    for path in builds.values():
        if not os.access(path, os.X_OK):
            sys.exit(f"no ecomap at {path}: build it with swift build -c release")
    print(f"Processor time (user + system), median of {args.runs} runs, the two builds alternating; "
          f"{os.cpu_count()} cores.\n")
    print("| job | before | after | change | peak memory, before | after |")
    print("| :--- | ---: | ---: | ---: | ---: | ---: |")
    for name, argv in jobs(args.after):
        times = {build: [] for build in builds}
        peaks = {build: 0 for build in builds}
        for _ in range(args.runs):
            for build, program in builds.items():
                seconds, peak = measure([program] + argv)
                times[build].append(seconds)
                peaks[build] = max(peaks[build], peak)
        before, after = (statistics.median(times[b]) for b in builds)
        print(f"| {name} | {before:.2f} s | {after:.2f} s | {(after / before - 1) * 100:+.1f} % | "
              f"{peaks['before'] / 1024:.0f} MB | {peaks['after'] / 1024:.0f} MB |")


if __name__ == "__main__":
    main()
