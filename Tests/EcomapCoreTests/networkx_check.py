#!/usr/bin/env python3
"""Reference values from networkx for the metrics tests (docs/metrics.md).

Reads {"nodes": [...], "arcs": [[from, to], ...]} on standard input and
writes the same metrics ecomap computes, by networkx's own functions.
"""
import json
import sys

import networkx as nx

data = json.load(sys.stdin)
G = nx.DiGraph()
G.add_nodes_from(data["nodes"])
G.add_edges_from((a, b) for a, b in data["arcs"] if a != b)
n = G.number_of_nodes()
out = {
    "betweenness": nx.betweenness_centrality(G, normalized=True),
    # networkx measures closeness over incoming paths; outgoing is the reversed graph's.
    "closeness": nx.closeness_centrality(G.reverse(copy=True), wf_improved=True),
    "brokers": sorted(nx.articulation_points(G.to_undirected())),
    "density": nx.density(G) if n > 1 else 0.0,
    "reciprocity": nx.overall_reciprocity(G) if G.number_of_edges() else 0.0,
    "weak": nx.number_weakly_connected_components(G) if n else 0,
    "strong": nx.number_strongly_connected_components(G) if n else 0,
    "in": dict(G.in_degree()),
    "out": dict(G.out_degree()),
}
json.dump(out, sys.stdout)
