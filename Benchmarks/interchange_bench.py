#!/usr/bin/env python3
"""Import, export and the audit (EcomapInterchange) against `ecomap check` of
the same map: a release build, several runs, the median, peak memory.

    python3 Benchmarks/interchange_bench.py import [--runs 5] [--sizes 1000,10000,100000]
    python3 Benchmarks/interchange_bench.py export [--runs 5] [--sizes 1000,10000,100000]
    python3 Benchmarks/interchange_bench.py audit  [--runs 5] [--sizes 5100,100000]

Each command is run in turn with `ecomap check` of the map, so that the
machine's load falls on both alike. Prints a Markdown table (the README
carries the latest); the synthetic maps are bench.py's.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ left in Benchmarks/
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402  (the other benchmarks' build, synthetic maps and timing)


def alternate(first, second, runs):
    """Runs two commands in turn, `runs` times each, so that a slower spell of
    the machine falls on both alike. Returns both series and both peaks."""
    a, b, pa, pb = [], [], 0, 0
    for _ in range(runs):
        t, p = bench.series(first, 1)
        a += t
        pa = max(pa, p)
        t, p = bench.series(second, 1)
        b += t
        pb = max(pb, p)
    return a, b, pa, pb


def exported(path, fmt, suffix):
    """The map exported once with `ecomap export` (cached: the same map gives the same bytes)."""
    out = path[: -len(".ecomap")] + suffix
    if not os.path.exists(out if fmt != "csv" else out + "-elements.csv"):
        subprocess.run([os.path.join(bench.BIN, "ecomap"), "export", path, "--format", fmt, "-o", out], check=True,
                       stderr=subprocess.DEVNULL)
    return out


def bench_import(args):
    """ecomap import of the map's own CSV export (Kumu's layout) against ecomap check of the map."""
    sizes = args.sizes or [1000, 10000, 100000]
    runs = args.runs or 5
    print(f"`ecomap import` of a CSV pair (elements, connections) that `ecomap export --format csv` wrote, against")
    print(f"`ecomap check` of the same map: release build, median of {runs} runs each, alternating, {os.cpu_count()} cores.\n")
    print("| elements | connections | CSV files | check | import | import / check | import peak memory |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    out = os.path.join(bench.WORK, "out")
    os.makedirs(out, exist_ok=True)
    for size in sizes:
        path = bench.generate(size)
        nodes, links = bench.count_links(path)
        base = exported(path, "csv", "")
        files = [base + "-elements.csv", base + "-connections.csv"]
        check, imp, _, peak = alternate([os.path.join(bench.BIN, "ecomap"), "check", path],
                                        [os.path.join(bench.BIN, "ecomap"), "import"] + files + ["-o", os.path.join(out, f"import-{size}.ecomap")],
                                        runs)
        c, i = statistics.median(check), statistics.median(imp)
        size_mb = sum(os.path.getsize(f) for f in files) / 1e6
        print(f"| {nodes:,} | {links:,} | {size_mb:.1f} MB | {c:.2f} s | {i:.2f} s | {i / c:.2f} | {peak / 1024:.0f} MB |")


def bench_export(args):
    """ecomap export to each format against ecomap check of the same map."""
    sizes = args.sizes or [1000, 10000, 100000]
    runs = args.runs or 5
    formats = [("graphml", ".graphml"), ("gexf", ".gexf"), ("csv", ""), ("xlsx", ".xlsx"), ("kumu", ".json"), ("mermaid", ".mmd")]
    print(f"`ecomap export` against `ecomap check` of the same map (export reads and checks it too): release build,")
    print(f"median of {runs} runs each, alternating, {os.cpu_count()} cores.\n")
    print("| nodes | links | format | check | export | export / check | output | peak memory |")
    print("| ---: | ---: | :--- | ---: | ---: | ---: | ---: | ---: |")
    out = os.path.join(bench.WORK, "out")
    os.makedirs(out, exist_ok=True)
    for size in sizes:
        path = bench.generate(size)
        nodes, links = bench.count_links(path)
        for fmt, suffix in formats:
            target = os.path.join(out, f"export-{size}{suffix}")
            check, export, _, peak = alternate([os.path.join(bench.BIN, "ecomap"), "check", path],
                                               [os.path.join(bench.BIN, "ecomap"), "export", path, "--format", fmt, "-o", target],
                                               runs)
            c, e = statistics.median(check), statistics.median(export)
            written = [target + "-elements.csv", target + "-connections.csv"] if fmt == "csv" else [target]
            mb = sum(os.path.getsize(f) for f in written) / 1e6
            print(f"| {nodes:,} | {links:,} | {fmt} | {c:.2f} s | {e:.2f} s | {e / c:.2f} | {mb:.1f} MB | {peak / 1024:.0f} MB |")


def bench_audit(args):
    """ecomap audit: the communities of a map (a fifth of its nodes), and every node with --all."""
    sizes = args.sizes or [5100, 100000]
    runs = args.runs or 5
    print(f"`ecomap audit` (JSON), against `ecomap check` of the same map: release build, median of {runs} runs,")
    print(f"{os.cpu_count()} cores. A fifth of the synthetic nodes are communities: 5,100 nodes hold about 1,020.\n")
    print("| nodes | audited | duplicates | check | audit | audit, less check | peak memory |")
    print("| ---: | :--- | ---: | ---: | ---: | ---: | ---: |")
    out = os.path.join(bench.WORK, "out")
    os.makedirs(out, exist_ok=True)
    for size in sizes:
        path = bench.generate(size)
        for every in [False, True]:
            report = os.path.join(out, f"audit-{size}.json")
            argv = [os.path.join(bench.BIN, "ecomap"), "audit", path, "--format", "json", "-o", report] + (["--all"] if every else [])
            check, audit, _, peak = alternate([os.path.join(bench.BIN, "ecomap"), "check", path], argv, runs)
            with open(report) as f:
                result = json.load(f)
            c, a = statistics.median(check), statistics.median(audit)
            scope = f"every node ({result['audited']:,})" if every else f"communities ({result['audited']:,})"
            print(f"| {size:,} | {scope} | {len(result['duplicates']):,} | {c:.2f} s | {a:.2f} s | {a - c:.2f} s | {peak / 1024:.0f} MB |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["import", "export", "audit"])
    parser.add_argument("--runs", type=int)
    parser.add_argument("--sizes", type=lambda s: [int(x) for x in s.split(",")])
    args = parser.parse_args()
    bench.build()
    {"import": bench_import, "export": bench_export, "audit": bench_audit}[args.what](args)


if __name__ == "__main__":
    main()
