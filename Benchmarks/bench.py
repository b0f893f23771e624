#!/usr/bin/env python3
"""Benchmarks for ecomap: a release build, several runs, the median, peak memory.

    python3 Benchmarks/bench.py check  [--runs 5] [--sizes 1000,10000,100000]
    python3 Benchmarks/bench.py render [--runs 5] [--sizes 50,500,5000] [--instructions NODES]
    python3 Benchmarks/bench.py stats  [--runs 3] [--sizes 1000,10000,100000] [--sample 200]
    python3 Benchmarks/bench.py compare [--runs 3] [--sizes 1000,10000,100000]
    python3 Benchmarks/bench.py report [--runs 5] [--sizes 500,2000] [--instructions NODES] [--against BIN]
    python3 Benchmarks/bench.py department [--runs 5] [--sizes 100,300,1000]
    python3 Benchmarks/bench.py maps [--runs 5] [--against BIN] [--pages slide,a4,eco]

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


def generate(nodes, seed=1, change=0.0, revision=False):
    """A synthetic map of `nodes` nodes, cached: the generator is deterministic.
    With `change`, a later state of the same map with that share of links
    changed; with `revision`, its best-practice revision."""
    os.makedirs(WORK, exist_ok=True)
    suffix = f"-changed-{change}" if change else "-revision" if revision else ""
    path = os.path.join(WORK, f"synthetic-{nodes}-{seed}{suffix}.ecomap")
    if not os.path.exists(path):
        argv = [os.path.join(BIN, "ecomap-generate"), "--nodes", str(nodes), "--seed", str(seed)]
        if change:
            argv += ["--change", str(change)]
        if revision:
            argv += ["--revision"]
        with open(path + ".tmp", "wb") as out:
            subprocess.run(argv, stdout=out, check=True)
        os.rename(path + ".tmp", path)
    return path


def department(groups, workbook=False):
    """A department map of `groups` groups (ecomap-generate --department), cached."""
    os.makedirs(WORK, exist_ok=True)
    path = os.path.join(WORK, f"{'import' if workbook else 'department'}-{groups}.ecomap")
    if not os.path.exists(path):
        argv = [os.path.join(BIN, "ecomap-generate"), "--department", str(groups)] + (["--workbook"] if workbook else [])
        with open(path + ".tmp", "wb") as out:
            subprocess.run(argv, stdout=out, check=True)
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
    args.sizes = args.sizes or [1000, 10000, 100000]
    args.runs = args.runs or 5
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


def instructions(argv):
    """Instructions executed by argv, counted by valgrind's callgrind: the same
    figure run after run, whatever else the machine is doing."""
    report = os.path.join(WORK, "callgrind.out")
    # Valgrind gives up on the debug information Swift 6.3 writes ("possibly
    # corrupted debuginfo"), so it runs a copy without it (as ValgrindTests do).
    stripped = os.path.join(WORK, "stripped-" + os.path.basename(argv[0]) + "-" + str(abs(hash(argv[0]))))
    subprocess.run(["objcopy", "--strip-debug", argv[0], stripped], check=True)
    argv = [stripped] + argv[1:]
    result = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={report}"] + argv,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    os.remove(report)
    os.remove(stripped)
    for line in result.stderr.splitlines():
        if "Collected :" in line:
            return int(line.split(":")[-1].strip())
    sys.exit(f"callgrind gave no count for {' '.join(argv)}")


def bench_render(args):
    """ecomap render to SVG against libgvc alone on the DOT ecomap writes, same engine."""
    sizes = args.sizes or [50, 500, 5000]
    runs = args.runs or 5
    print(f"`ecomap render` to SVG, automatic layout: release build, median of {runs} runs, {os.cpu_count()} cores.")
    print("Baseline: the DOT that `ecomap render --format dot --no-legend` writes, laid out and drawn by\n"
          "libgvc alone (Benchmarks/GVCRender) with the engine it names. For a map with membership boxes\n"
          "that is fdp, Graphviz's engine with boxes, while ecomap lays the boxes out with neato\n"
          "(MembershipLayout): the same drawing job, done two ways.\n")
    counting = args.instructions is not None
    if counting:
        print(f"Instructions counted by callgrind for maps of up to {args.instructions:,} nodes.\n")
        print("| nodes | links | engine | ecomap | libgvc alone | overhead | instructions, ecomap / alone | ecomap peak memory |")
        print("| ---: | ---: | :--- | ---: | ---: | ---: | ---: | ---: |")
    else:
        print("| nodes | links | engine | ecomap | libgvc alone | overhead | ecomap peak memory |")
        print("| ---: | ---: | :--- | ---: | ---: | ---: | ---: |")
    out = os.path.join(WORK, "out")
    os.makedirs(out, exist_ok=True)
    for size in sizes:
        path = generate(size)
        nodes, links = count_links(path)
        dot = os.path.join(out, f"{size}.dot")
        # ecomap draws the key apart from the map and sets it beside it, so the
        # baseline is the map's own graph: the DOT without the key.
        subprocess.run([os.path.join(BIN, "ecomap"), "render", path, "--no-legend", "-o", dot], check=True,
                       stderr=subprocess.DEVNULL)
        with open(dot) as f:
            text = f.read()
        engine = next(line.split('"')[1] for line in text.splitlines() if line.strip().startswith("layout="))
        label = f"neato + boxes / {engine}" if "ecomap draws the boxes with neato" in text else engine
        # Runs alternate between the two, so that a slower spell of the machine
        # falls on both alike.
        ecomap, alone, peak = [], [], 0
        for _ in range(runs):
            t, p = series([os.path.join(BIN, "ecomap"), "render", path, "-o", os.path.join(out, f"{size}.svg")], 1)
            ecomap += t
            peak = max(peak, p)
            alone += series([os.path.join(BIN, "gvc-render"), dot, engine, "svg", os.path.join(out, f"{size}-gvc.svg")], 1)[0]
        e, a = statistics.median(ecomap), statistics.median(alone)
        row = f"| {nodes:,} | {links:,} | {label} | {e:.2f} s | {a:.2f} s | {(e / a - 1) * 100:+.1f} % |"
        if counting:
            if size <= args.instructions:
                # Under callgrind everything runs ~50 times slower: lift the layout time limit.
                ie = instructions([os.path.join(BIN, "ecomap"), "render", path, "--timeout", "86400",
                                   "-o", os.path.join(out, f"{size}.svg")])
                ia = instructions([os.path.join(BIN, "gvc-render"), dot, engine, "svg", os.path.join(out, f"{size}-gvc.svg")])
                row += f" {(ie / ia - 1) * 100:+.1f} % |"
            else:
                row += " |"
        print(row + f" {peak / 1024:.0f} MB |")


def bench_stats(args):
    """ecomap stats: exact centralities up to 10,000 nodes, sampled above."""
    sizes = args.sizes or [1000, 10000, 100000]
    runs = args.runs or 3
    print(f"`ecomap stats`: release build, median of {runs} runs, {os.cpu_count()} cores; "
          f"maps over 10,000 nodes with `--sample {args.sample}`.\n")
    print("| nodes | links | centralities | median | min | max | peak memory |")
    print("| ---: | ---: | :--- | ---: | ---: | ---: | ---: |")
    for size in sizes:
        path = generate(size)
        nodes, links = count_links(path)
        argv = [os.path.join(BIN, "ecomap"), "stats", path, "--format", "json"]
        mode = "exact"
        if size > 10000:
            argv += ["--sample", str(args.sample)]
            mode = f"sampled, {args.sample} sources"
        times, peak = series(argv, runs)
        print(f"| {nodes:,} | {links:,} | {mode} | {statistics.median(times):.2f} s | {min(times):.2f} s | "
              f"{max(times):.2f} s | {peak / 1024:.0f} MB |")


def bench_compare(args):
    """ecomap compare: a map against its best-practice revision, against checking the same two files."""
    sizes = args.sizes or [1000, 10000, 100000]
    runs = args.runs or 3
    print(f"`ecomap compare`: release build, median of {runs} runs, {os.cpu_count()} cores. Each map against its")
    print("best-practice revision (15% of one-way links made two-way, 5% dropped, 10% added, 2% new platforms).")
    print("Commands run in turn, each timed whole from outside; the ratio is to `ecomap check` of the same two files.\n")
    print("| nodes | links, both maps | findings | check both | compare, text | ratio | compare, JSON | ratio | peak memory, JSON |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    out = os.path.join(WORK, "out")
    os.makedirs(out, exist_ok=True)
    ecomap = os.path.join(BIN, "ecomap")
    for size in sizes:
        base, best = generate(size), generate(size, revision=True)
        json_path = os.path.join(out, f"compare-{size}.json")
        commands = {
            "check": [ecomap, "check", base, best],
            "text": [ecomap, "compare", base, best, "-o", os.path.join(out, f"compare-{size}.txt")],
            "json": [ecomap, "compare", base, best, "--format", "json", "-o", json_path],
        }
        # Interleaved, so a busy minute on the machine falls on all three alike.
        times = {name: [] for name in commands}
        peaks = {name: 0 for name in commands}
        for _ in range(runs):
            for name, argv in commands.items():
                seconds, peak, code = measure(argv)
                if code not in (0, 1):
                    sys.exit(f"{' '.join(argv)} exited {code}")
                times[name].append(seconds)
                peaks[name] = max(peaks[name], peak)
        check, text, json_time = (statistics.median(times[n]) for n in ("check", "text", "json"))
        with open(json_path) as f:
            findings = len(__import__("json").load(f)["findings"])
        links = count_links(base)[1] + count_links(best)[1]
        print(f"| {size:,} | {links:,} | {findings:,} | {check:.2f} s | {text:.2f} s | {text / check:.2f} | "
              f"{json_time:.2f} s | {json_time / check:.2f} | {peaks['json'] / 1024:.0f} MB |")


def bench_report(args):
    """ecomap report to HTML: the whole map drawn, and the map focused on one
    node (a small drawing, but the analysts' tables still list every node, so
    the HTML's own cost shows). With --against, another ecomap binary (say, a
    release build of main) is timed in turn with this one."""
    sizes = args.sizes or [500, 2000]
    runs = args.runs or 5
    ecomap = os.path.join(BIN, "ecomap")
    binaries = {"this build": ecomap}
    if args.against:
        binaries = {"against": os.path.abspath(args.against), "this build": ecomap}
    print(f"`ecomap report` to HTML: release build, median of {runs} runs, {os.cpu_count()} cores"
          + (f"; against {args.against}, run in turn with this build" if args.against else "") + ".\n")
    head = "| nodes | links | report | " + " | ".join(f"{name}, median" for name in binaries)
    if args.against:
        head += " | change"
    if args.instructions is not None:
        head += " | " + " | ".join(f"{name}, instructions" for name in binaries)
    head += " | HTML | peak memory |"
    print(head)
    print("|" + " ---: |" * (head.count("|") - 1))
    out = os.path.join(WORK, "out")
    os.makedirs(out, exist_ok=True)
    for size in sizes:
        path = generate(size)
        nodes, links = count_links(path)
        for label, extra in (("whole map", []), ("`--focus n0`", ["--focus", "n0"])):
            html = os.path.join(out, f"report-{size}.html")
            times = {name: [] for name in binaries}
            peak = 0
            # In turn, so that a busy spell on the machine falls on both alike.
            for _ in range(runs):
                for name, binary in binaries.items():
                    t, p = series([binary, "report", path, *extra, "-o", html], 1)
                    times[name] += t
                    if name == "this build":
                        peak = max(peak, p)
            medians = {name: statistics.median(t) for name, t in times.items()}
            row = f"| {nodes:,} | {links:,} | {label} | " + " | ".join(f"{m:.2f} s" for m in medians.values())
            if args.against:
                row += f" | {(medians['this build'] / medians['against'] - 1) * 100:+.1f} %"
            if args.instructions is not None:
                for binary in binaries.values():
                    # Focused, where writing the HTML is most of the work (under
                    # callgrind the whole map's layout would take an hour).
                    if size <= args.instructions and extra:
                        count = instructions([binary, "report", path, *extra, "--timeout", "86400", "-o", html])
                        row += f" | {count / 1e9:.2f} G"
                    else:
                        row += " | "
            print(row + f" | {os.path.getsize(html) / 1e6:.1f} MB | {peak / 1024:.0f} MB |", flush=True)


def bench_department(args):
    """Drawing department maps: the whole map as ecomap drew it before the
    summary (the automatic engine then: neato with boxes up to 300 nodes,
    sfdp above; `--layout neato` and `--layout sfdp` draw exactly that), the
    default drawing (a summary, for a slide), the same for A4, a focus on
    the largest agency (the Environment Agency), and every node (`--layout full`)."""
    sizes = args.sizes or [100, 300, 1000]
    runs = args.runs or 5
    ecomap = os.path.join(BIN, "ecomap")
    out = os.path.join(WORK, "out")
    os.makedirs(out, exist_ok=True)
    print(f"`ecomap render` of department maps to SVG: release build, median of {runs} runs "
          f"({args.before_runs} for the whole map as before, minutes each): wall clock "
          f"(and processor time, steadier on a shared machine), {os.cpu_count()} cores. Commands run in turn, "
          f"so a busy spell falls on all alike.\n")
    print("| map | nodes | links | whole map, as before | default (slide) | `--page a4` | `--focus ea` (largest agency) | `--layout full` | `report` |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    maps = [(f"import-{sizes[0]}", department(sizes[0], workbook=True))] if sizes[0] == 100 else []
    maps += [(f"department-{n}", department(n)) for n in sizes]
    for name, path in maps:
        nodes, links = count_links(path)
        before = "neato" if nodes <= 300 and links <= 1200 else "sfdp"
        largest = "ea"  # the Environment Agency, the largest agency in every department map
        commands = {
            # The whole map took minutes under load: more time than the default limit.
            "before": [ecomap, "render", path, "--layout", before, "--timeout", "900"],
            "slide": [ecomap, "render", path],
            "a4": [ecomap, "render", path, "--page", "a4"],
            "focus": [ecomap, "render", path, "--focus", largest],
            "full": [ecomap, "render", path, "--layout", "full"],
            # The whole report: audit, summary, the three largest groups' insides, the tables.
            "report": [ecomap, "report", path],
        }
        times = {k: [] for k in commands}
        cpu = {k: [] for k in commands}
        for run in range(runs):
            for k, argv in commands.items():
                if k == "before" and run >= args.before_runs:
                    continue
                start = time.perf_counter()
                proc = subprocess.Popen(argv + ["-o", os.path.join(out, f"{name}-{k}.{'html' if k == 'report' else 'svg'}")],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                _, status, usage = os.wait4(proc.pid, 0)
                if os.waitstatus_to_exitcode(status) != 0:
                    sys.exit(f"{' '.join(argv)} exited {os.waitstatus_to_exitcode(status)}")
                times[k].append(time.perf_counter() - start)
                cpu[k].append(usage.ru_utime + usage.ru_stime)

        def cell(k):
            # Wall clock, and the processor time the command used (steadier when the machine is shared).
            if not times[k]:
                return "-"
            return f"{statistics.median(times[k]):.2f} s ({statistics.median(cpu[k]):.2f} s CPU)"
        print(f"| {name} | {nodes:,} | {links:,} | {cell('before')}{f' ({before})' if times['before'] else ''} | {cell('slide')} | {cell('a4')} | "
              f"{cell('focus')} | {cell('full')} | {cell('report')} |")


def bench_maps(args):
    """The maps people draw by hand (Maps/ and the three hand-written test
    maps), rendered to SVG for a slide and for A4: where a map's lines still
    cross, the layout tries moves of its nodes, which costs routings of its
    lines; "eco" is the eco-map (`--layout eco`) for a slide, whose orders
    are judged on its lines as drawn. With --against, another ecomap binary
    is timed in turn."""
    runs = args.runs or 5
    ecomap = os.path.join(BIN, "ecomap")
    binaries = {"this build": ecomap}
    if args.against:
        binaries = {"against": os.path.abspath(args.against), "this build": ecomap}
    maps = sorted(os.path.join(ROOT, "Maps", f) for f in os.listdir(os.path.join(ROOT, "Maps")) if f.endswith(".ecomap"))
    maps += [os.path.join(ROOT, "Tests", "EcomapTests", "Fixtures", f"{name}.ecomap")
             for name in ("youth-network", "housing-partnership", "carers-alliance")]
    print(f"`ecomap render` to SVG: release build, median of {runs} runs, {os.cpu_count()} cores"
          + (f"; against {args.against}, run in turn with this build" if args.against else "") + ".\n")
    head = "| map | nodes | page | " + " | ".join(binaries) + " |"
    print(head)
    print("| :--- | ---: | :--- |" + " ---: |" * len(binaries))
    out = os.path.join(WORK, "out")
    os.makedirs(out, exist_ok=True)
    for path in maps:
        nodes, _ = count_links(path)
        for page in args.pages.split(","):
            times = {name: [] for name in binaries}
            drawing = ["--layout", "eco"] if page == "eco" else ["--page", page]
            # In turn, so that a busy spell on the machine falls on both alike.
            for _ in range(runs):
                for name, binary in binaries.items():
                    t, _ = series([binary, "render", path] + drawing + ["-o", os.path.join(out, "map.svg")], 1)
                    times[name] += t
            cells = " | ".join(f"{statistics.median(t):.2f} s" for t in times.values())
            print(f"| {os.path.basename(path)[:-7]} | {nodes} | {page} | {cells} |", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", nargs="?", default="check", choices=["check", "render", "stats", "compare", "report", "department", "maps"])
    parser.add_argument("--runs", type=int)
    parser.add_argument("--sizes", type=lambda s: [int(x) for x in s.split(",")])
    parser.add_argument("--sample", type=int, default=200, help="stats: sources sampled above 10,000 nodes")
    parser.add_argument("--before-runs", type=int, default=1,
                        help="department: runs of the whole map as drawn before the summary (minutes each)")
    parser.add_argument("--instructions", type=int, metavar="NODES",
                        help="render, report: also count instructions with callgrind, for maps of up to NODES nodes")
    parser.add_argument("--against", metavar="BIN", help="report, maps: another ecomap binary to time in turn with this build")
    parser.add_argument("--pages", default="slide,a4", help="maps: the drawings timed, of slide, a4 and eco")
    args = parser.parse_args()
    build()
    {"check": bench_check, "render": bench_render, "stats": bench_stats, "compare": bench_compare,
     "report": bench_report, "department": bench_department, "maps": bench_maps}[args.what](args)


if __name__ == "__main__":
    main()
