#!/usr/bin/env python3
"""Reads a GraphML or GEXF file that ecomap exported, with the real clients,
and prints what they saw as JSON, for EcomapInterchangeTests to compare
with the map.

    read_graph.py networkx-graphml FILE
    read_graph.py networkx-gexf FILE
    read_graph.py igraph-graphml FILE
    read_graph.py openpyxl FILE         (an .xlsx: each sheet's rows)

Prints {"directed": bool, "nodes": {id: {attr: value}}, "edges": [[from, to, {attr: value}]]}.
Exits 3 when a module is missing, so the test fails with a clear reason.
"""
import json
import sys


def main():
    reader, path = sys.argv[1], sys.argv[2]
    if reader == "openpyxl":
        try:
            import openpyxl
        except ImportError:
            print("missing Python module: openpyxl; run `python3 -m pip install openpyxl`", file=sys.stderr)
            sys.exit(3)
        book = openpyxl.load_workbook(path)
        json.dump({ws.title: [[c for c in row] for row in ws.iter_rows(values_only=True)] for ws in book.worksheets},
                  sys.stdout, sort_keys=True, default=str)
        return
    try:
        if reader.startswith("networkx"):
            import networkx as nx
        else:
            import igraph
    except ImportError as error:
        print(f"missing Python module: {error.name}; run `python3 -m pip install networkx igraph`", file=sys.stderr)
        sys.exit(3)
    if reader == "networkx-graphml":
        graph = nx.read_graphml(path, force_multigraph=True)
    elif reader == "networkx-gexf":
        graph = nx.read_gexf(path, version="1.3")
    if reader.startswith("networkx"):
        out = {
            "directed": graph.is_directed(),
            "nodes": {str(n): dict(d) for n, d in graph.nodes(data=True)},
            "edges": [[str(a), str(b), dict(d)] for a, b, d in graph.edges(data=True)],
        }
    else:
        graph = igraph.Graph.Read_GraphML(path)
        names = graph.vs["id"]
        out = {
            "directed": graph.is_directed(),
            "nodes": {v["id"]: {k: v[k] for k in graph.vs.attributes() if v[k] is not None and v[k] == v[k] and v[k] != ""}
                      for v in graph.vs},
            "edges": [[names[e.source], names[e.target],
                       {k: e[k] for k in graph.es.attributes() if k != "id" and e[k] is not None and e[k] == e[k] and e[k] != ""}]
                      for e in graph.es],
        }
    json.dump(out, sys.stdout, sort_keys=True, default=str)


main()
