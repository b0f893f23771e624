#!/usr/bin/env python3
"""The folders of each target and which use which: prints the graph and any
cycle (exit status 1 when there is one). A folder uses another when one of
its files names a type declared at the top level of a file in the other.
Comments and string literals are left out; names declared in several
folders count for none (they are ambiguous by name alone)."""
import os, re, sys

root = sys.argv[1] if len(sys.argv) > 1 else "."
sources = os.path.join(root, "Sources")
declaration = re.compile(r"^(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|package|internal|private|fileprivate|final|indirect|nonisolated)\s+)*"
                         r"(?:struct|enum|class|protocol|actor|typealias)\s+([A-Z]\w*)", re.M)
identifier = re.compile(r"\b[A-Z]\w*\b")

def strip(text):
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    text = re.sub(r'"""(?:.|\n)*?"""', '""', text)
    text = re.sub(r'"(?:\\.|[^"\\\n])*"', '""', text)
    return re.sub(r"//[^\n]*", "", text)

def folders(target):
    out = {}
    base = os.path.join(sources, target)
    for folder, _, files in os.walk(base):
        for name in files:
            if name.endswith(".swift"):
                rel = os.path.relpath(folder, base)
                key = "(top)" if rel == "." else rel.split(os.sep)[0]
                out.setdefault(key, []).append(os.path.join(folder, name))
    return out

def cycles(graph):
    # Tarjan's strongly connected components; a component of two or more is a cycle.
    index, low, stack, on, found, counter = {}, {}, [], set(), [], [0]
    def visit(v):
        index[v] = low[v] = counter[0]; counter[0] += 1
        stack.append(v); on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w); low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop(); on.discard(w); component.append(w)
                if w == v: break
            if len(component) > 1: found.append(sorted(component))
    for v in sorted(graph): 
        if v not in index: visit(v)
    return found

status = 0
for target in sorted(os.listdir(sources)):
    parts = folders(target)
    if len(parts) < 2: continue
    texts = {f: strip(open(f, encoding="utf-8").read()) for files in parts.values() for f in files}
    owner = {}
    for folder, files in parts.items():
        for f in files:
            for name in declaration.findall(texts[f]):
                owner.setdefault(name, set()).add(folder)
    graph = {folder: set() for folder in parts}
    for folder, files in parts.items():
        for f in files:
            for name in set(identifier.findall(texts[f])):
                homes = owner.get(name, set())
                if len(homes) == 1:
                    home = next(iter(homes))
                    if home != folder: graph[folder].add(home)
    print(f"{target}:")
    for folder in sorted(graph):
        print(f"  {folder} -> {', '.join(sorted(graph[folder])) or '(nothing)'}")
    for cycle in cycles(graph):
        status = 1
        print(f"  CYCLE: {' <-> '.join(cycle)}")
sys.exit(status)
