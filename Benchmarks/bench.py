#!/usr/bin/env python3
"""Benchmarks for ecomap: a release build, several runs, the median, peak memory.

    python3 Benchmarks/bench.py [check] [--runs 5] [--sizes 1000,10000,100000]

Prints a Markdown table (the README carries the latest one). Timing is wall
clock of the whole command, as a user would see it; peak memory is the largest
resident set of the process (from wait4).
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, ".build", "release")
WORK = os.path.join(ROOT, ".build", "bench-maps")


def build():
    subprocess.run(["swift", "build", "-c", "release"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)


def generate(nodes, seed=1):
    """A synthetic map of `nodes` nodes, cached: the generator is deterministic."""
    os.makedirs(WORK, exist_ok=True)
    path = os.path.join(WORK, f"synthetic-{nodes}-{seed}.ecomap")
    if not os.path.exists(path):
        with open(path + ".tmp", "wb") as out:
            subprocess.run([os.path.join(BIN, "ecomap-generate"), "--nodes", str(nodes), "--seed", str(seed)],
                           stdout=out, check=True)
        os.rename(path + ".tmp", path)
    return path


def measure(argv):
    """Runs argv once; returns (seconds, peak resident KiB, exit status)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    return elapsed, usage.ru_maxrss, os.waitstatus_to_exitcode(status)


def series(argv, runs):
    times, peaks = [], []
    for _ in range(runs):
        seconds, peak, code = measure(argv)
        if code not in (0, 1):
            sys.exit(f"{' '.join(argv)} exited {code}")
        times.append(seconds)
        peaks.append(peak)
    return times, max(peaks)


def count_links(path):
    nodes = links = 0
    kinds = (b"organisation ", b"platform ", b"person ", b"community ")
    with open(path, "rb") as f:
        for line in f:
            if line.startswith(kinds):
                nodes += 1
            elif b" -> " in line or b" <-> " in line or b" -- " in line:
                links += 1
    return nodes, links


def bench_check(args):
    print(f"`ecomap check`: release build, median of {args.runs} runs, {os.cpu_count()} cores\n")
    print("| nodes | links | file | median | min | max | per 1,000 links | peak memory |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for size in args.sizes:
        path = generate(size)
        nodes, links = count_links(path)
        times, peak = series([os.path.join(BIN, "ecomap"), "check", path], args.runs)
        median = statistics.median(times)
        print(f"| {nodes:,} | {links:,} | {os.path.getsize(path) / 1e6:.1f} MB | {median:.3f} s | "
              f"{min(times):.3f} s | {max(times):.3f} s | {median / links * 1e6:.1f} ms | {peak / 1024:.0f} MB |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", nargs="?", default="check", choices=["check"])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", type=lambda s: [int(x) for x in s.split(",")], default=[1000, 10000, 100000])
    args = parser.parse_args()
    build()
    {"check": bench_check}[args.what](args)


if __name__ == "__main__":
    main()
