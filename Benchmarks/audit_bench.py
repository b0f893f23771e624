#!/usr/bin/env python3
"""How well `ecomap audit` finds duplicate communities: precision and recall
on Benchmarks/audit/names.csv (383 labelled UK civil service community
names, 182 duplicate pairs among look-alikes that are not), beside a
baseline from a well-known fuzzy matcher, RapidFuzz's token-set ratio (from
PyPI, here only; `pip install rapidfuzz`).

    python3 Benchmarks/audit_bench.py [--ecomap .build/release/ecomap] [--sweep]

A pair is a duplicate when both names have one `community` in the CSV.
The names are split by family (a third held out, chosen by the SHA-1 of the
family's name): ecomap's threshold (Audit.defaultThreshold) and the
baseline's are chosen on the tuning part only, and the held-out part is
reported apart. The held-out part's misses were read when the lexicon's
synonyms were written, so names-fresh.csv (144 names, 60 pairs, written
before that change and never tuned on) is reported too, as "fresh". The names go into one map of communities, as a directory;
`ecomap audit --format json --threshold T` lists the pairs it finds.
Accuracy does not depend on the build, so a debug build serves too.
Prints a Markdown table (the README carries the latest).
"""
import argparse
import csv
import hashlib
import itertools
import json
import os
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAMES = os.path.join(ROOT, "Benchmarks", "audit", "names.csv")
# Written before the lexicon's synonyms, from what the sector's groups are
# called, and scored at the thresholds above: a test nothing was tuned on.
FRESH = os.path.join(ROOT, "Benchmarks", "audit", "names-fresh.csv")


def held_out(family):
    """A third of the families, by the first byte of their name's SHA-1."""
    return hashlib.sha1(family.encode()).digest()[0] % 3 == 0


def load(path=NAMES):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def truth(rows, part):
    """Duplicate pairs (i, j), i < j, among the rows of one part."""
    idx = [i for i, r in enumerate(rows) if part(r)]
    return {(i, j) for i, j in itertools.combinations(idx, 2) if rows[i]["community"] == rows[j]["community"]}


def quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def ecomap_scores(rows, binary):
    """Every pair the audit scores (from its lowest kept score), as {(i, j): score}."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "names.ecomap")
        with open(path, "w", encoding="utf-8") as f:
            f.write('map "Audit benchmark" [directory: yes]\n')
            for i, r in enumerate(rows):
                f.write(f"community n{i} {quoted(r['name'])}\n")
        out = subprocess.run([binary, "audit", path, "--format", "json", "--threshold", "0"],
                             capture_output=True, text=True, check=True).stdout
    scores = {}
    for d in json.loads(out)["duplicates"]:
        i, j = sorted(int(n[1:]) for n in d["nodes"])
        scores[(i, j)] = d["score"]
    return scores


def rapidfuzz_scores(rows):
    from rapidfuzz import fuzz
    return {(i, j): fuzz.token_set_ratio(rows[i]["name"], rows[j]["name"]) / 100
            for i, j in itertools.combinations(range(len(rows)), 2)}


def measure(scores, threshold, pairs, part_rows):
    found = {p for p, s in scores.items() if s >= threshold and p[0] in part_rows and p[1] in part_rows}
    tp = len(found & pairs)
    precision = tp / len(found) if found else 1.0
    recall = tp / len(pairs) if pairs else 1.0
    return precision, recall, len(found), tp


def best_threshold(scores, pairs, part_rows, candidates):
    """The threshold with the best F1 on the tuning part."""
    def f1(t):
        p, r, _, _ = measure(scores, t, pairs, part_rows)
        return 2 * p * r / (p + r) if p + r else 0
    return max(candidates, key=lambda t: (f1(t), t))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ecomap", default=os.path.join(ROOT, ".build", "release", "ecomap"))
    ap.add_argument("--threshold", type=float, default=None, help="ecomap's threshold (default: the audit's own)")
    ap.add_argument("--sweep", action="store_true", help="print ecomap's precision and recall on the tuning part at each threshold")
    ap.add_argument("--misses", action="store_true", help="list the tuning part's missed and wrong pairs")
    args = ap.parse_args()
    if not os.path.exists(args.ecomap):
        args.ecomap = os.path.join(ROOT, ".build", "debug", "ecomap")
    rows = load()
    tune = {i for i, r in enumerate(rows) if not held_out(r["family"])}
    held = {i for i, r in enumerate(rows) if held_out(r["family"])}
    everyone = tune | held
    pairs = {name: truth(rows, lambda r, s=s: any(rows[i] is r for i in s)) for name, s in
             [("tuning", tune), ("held out", held), ("all", everyone)]}
    parts = {"tuning": tune, "held out": held, "all": everyone}

    eco = ecomap_scores(rows, args.ecomap)
    steps = [x / 100 for x in range(30, 101)]
    if args.sweep:
        for t in steps[::5]:
            p, r, n, _ = measure(eco, t, pairs["tuning"], tune)
            print(f"threshold {t:.2f}: precision {p:.3f} recall {r:.3f} ({n} pairs)")
    threshold = args.threshold
    if threshold is None:
        # The audit's own default, as the JSON reports it.
        threshold = default_threshold(rows, args.ecomap)
    rf = rapidfuzz_scores(rows)
    rf_threshold = best_threshold(rf, pairs["tuning"], tune, steps)

    if args.misses:
        found = {p for p, s in eco.items() if s >= threshold and p[0] in tune and p[1] in tune}
        for i, j in sorted(pairs["tuning"] - found):
            print(f"missed: {rows[i]['name']} | {rows[j]['name']} ({eco.get((i, j), 0):.2f})")
        for i, j in sorted(found - pairs["tuning"]):
            print(f"wrong:  {rows[i]['name']} | {rows[j]['name']} ({eco[(i, j)]:.2f})")

    print(f"{len(rows)} names, {len(pairs['all'])} duplicate pairs "
          f"({len(pairs['tuning'])} in the tuning part, {len(pairs['held out'])} held out)\n")
    print("| Matcher | Threshold | Part | Precision | Recall | Pairs found |")
    print("|---|---|---|---|---|---|")
    for name, scores, t in [("ecomap audit", eco, threshold), ("RapidFuzz token_set_ratio", rf, rf_threshold)]:
        for part in ["tuning", "held out", "all"]:
            p, r, n, _ = measure(scores, t, pairs[part], parts[part])
            print(f"| {name} | {t:.2f} | {part} | {p:.3f} | {r:.3f} | {n} |")
        # The fresh names, at the same thresholds: nothing was ever tuned on them.
        fresh_rows = load(FRESH)
        fresh_pairs = truth(fresh_rows, lambda r: True)
        fresh_scores = ecomap_scores(fresh_rows, args.ecomap) if scores is eco else rapidfuzz_scores(fresh_rows)
        p, r, n, _ = measure(fresh_scores, t, fresh_pairs, set(range(len(fresh_rows))))
        print(f"| {name} | {t:.2f} | fresh | {p:.3f} | {r:.3f} | {n} |")


def default_threshold(rows, binary):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "one.ecomap")
        with open(path, "w") as f:
            f.write('map "x"\ncommunity a "A"\n')
        out = subprocess.run([binary, "audit", path, "--format", "json"], capture_output=True, text=True, check=True).stdout
    return json.loads(out)["threshold"]


if __name__ == "__main__":
    main()
