#!/usr/bin/env python3
"""How legible ecomap's drawings are on a slide and on an A4 page.

    python3 Benchmarks/legibility.py [MAP.ecomap | DRAWING.svg ...]
                                     [--ecomap PATH] [--pages default,a4]
                                     [--no-baseline] [--keep DIR]

For every map in Maps/ (or the maps given), draws the map with an ecomap
binary (default .build/release/ecomap) once as it draws by default and once
for each other page kind asked for (`--page a4` by default; "n/a" when the
binary has no such option), reads the SVG it wrote and prints one Markdown
table per page kind. SVG files given as arguments are measured as they are,
in a table of their own: handy for trying Graphviz settings by hand.

Everything is measured from the SVG alone (shapes, paths and text, read with
xml.etree, through every `transform`), never from ecomap's internals, so the
same numbers can be taken of any Graphviz drawing. Lengths are in points
(1/72 in), after the drawing's own scaling. The key (elements whose id holds
"-key" or whose class starts with "key") counts in the drawing's size and
nowhere else; so do drawn guides (node and edge groups with a class holding
"guide", such as an eco-map's rings).

The columns:

  nodes           Node groups (class "node") outside the key.
  size (pt)       The drawing's width x height: the root <svg> width and
                  height (Graphviz writes points), key included.
  slide label     The size in points of the smallest node label once the whole
                  drawing is scaled to fit a 16:9 slide (13.33 x 7.5 in,
                  960 x 540 pt), up or down: 11 pt labels in a drawing scaled
                  by s read as 11*s pt. About 12 pt and up reads from the back
                  of a room; under 8 pt does not read at all.
  A4 label        The same on an A4 page's text block (6.7 x 9.7 in,
                  482.4 x 698.4 pt). A drawing made for the page (--page a4)
                  is taken at its own size, and only scaled down if it does not
                  fit (marked *).
  overlaps        Pairs of nodes whose outlines overlap by more than 1 pt
                  (outlines are the convex hull of each node's shapes).
  through         Links (edges) with a point more than 2 pt inside a node that
                  is not one of their two ends: a line hidden under, or drawn
                  across, another node. Curves are sampled every 2 pt.
  crossings       Pairs of links whose paths cross. Where two links share an
                  end node, touching at or near (3 pt) that node is not a
                  crossing. A pair that crosses several times counts once.
  neato crossings The same count for a plain Graphviz baseline: ecomap's own
                  DOT for the map (`render --format dot --no-legend`) drawn by
                  the `neato` command (`-Tsvg`, even where the DOT says
                  layout="fdp", as it does for maps with membership boxes).
                  "-" without the `neato` command or with --no-baseline.
  planar          Whether the lines drawn (links and `via:` lines, as read
                  from the SVG: one line per pair of nodes, loops left out)
                  form a planar graph (networkx's check_planarity).
  minimum         The least number of crossings any drawing of those lines
                  can have (the graph's crossing number): 0 for a planar
                  graph; for the others found by search. The lower bound is
                  the skewness (the fewest lines whose removal leaves a planar
                  graph: each crossing needs one of its two lines removed) and
                  Euler's bound m - 3n + 6; the search then tries, for every
                  smallest such set of removed lines, every way of letting each
                  cross one other line once (a crossing made a vertex of the
                  graph) until the result is planar. When that meets the lower
                  bound the value is exact; else it is shown as "lb-ub", both
                  bounds stated, and ">=lb" when the search ran out of time.
  eco crossings   Crossings in the `--layout eco` drawing (same count).
  eco slide label The eco drawing's smallest label fitted to a slide.
  labels cut      Label lines whose estimated width at their font size is
                  wider than their node's outline. The estimate uses DejaVu
                  Sans's own character widths (ecomap's font; about 0.55 em
                  on average, 0.6 em for characters it doesn't list); --em 0.6
                  takes a flat 0.6 em a character instead, which flags labels
                  Graphviz has in fact fitted.

  drawn/counted   Nodes of the map the drawing shows or counts: a node group
                  counts 1, or N when its class holds "holds-N" (a shape of a
                  summarised drawing standing for N nodes). Beside it, in
                  --json only, "uncounted": such shapes whose visible text
                  does not account for their N ("97 communities, 3 people"
                  under the agency's name: 1 + 97 + 3; small boxes merged
                  and named, class "names-K", count K). Small dots where
                  bundled lines meet (class "junction") are not nodes.

Link ends come from Graphviz's comments (`<!-- a->b -->`), else the group's
title, else the nodes nearest each end of the path. Only the Python standard
library is used, plus the `neato` command for the baseline column.
"""
import argparse
import glob
import html
import math
import os
import re
import shutil
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SLIDE = (960.0, 540.0)      # 13.33 x 7.5 in, 16:9
A4_BLOCK = (482.4, 698.4)   # 6.7 x 9.7 in, A4 less margins
PAGE_BOX = {"slide": SLIDE, "a4": A4_BLOCK, "a4-landscape": (A4_BLOCK[1], A4_BLOCK[0])}

EM_WIDTH = 0.6              # width of a character not in DEJAVU_WIDTHS, in em
OVERLAP_TOLERANCE = 1.0     # pt two outlines may share before they overlap
THROUGH_TOLERANCE = 2.0     # pt a line must be inside a node to pass through it
CROSS_TOLERANCE = 3.0       # pt around a shared end node where touching is no crossing
THROUGH_STEP = 2.0          # pt between samples of a curve for the through-node test
CROSS_STEP = 4.0            # pt between samples of a curve for the crossing test

SVG_NS = "{http://www.w3.org/2000/svg}"
XLINK_NS = "{http://www.w3.org/1999/xlink}"


# --- Affine transforms: (a, b, c, d, e, f) as in SVG's matrix() -------------

IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def multiply(m, n):
    """The transform that applies n, then m."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + c * q, b * p + d * q, a * r + c * s, b * r + d * s,
            a * t + c * u + e, b * t + d * u + f)


def apply(m, x, y):
    a, b, c, d, e, f = m
    return (a * x + c * y + e, b * x + d * y + f)


def scale_of(m):
    """How much the transform scales lengths (the square root of its area change)."""
    return math.sqrt(abs(m[0] * m[3] - m[1] * m[2]))


def parse_transform(text):
    """An SVG transform list: matrix, translate, scale, rotate, skewX, skewY."""
    m = IDENTITY
    for name, args in re.findall(r"(matrix|translate|scale|rotate|skewX|skewY)\s*\(([^)]*)\)", text or ""):
        v = [float(x) for x in re.findall(r"[-+]?(?:\d*\.\d+|\d+\.?)(?:[eE][-+]?\d+)?", args)]
        if name == "matrix" and len(v) == 6:
            t = tuple(v)
        elif name == "translate" and v:
            t = (1.0, 0.0, 0.0, 1.0, v[0], v[1] if len(v) > 1 else 0.0)
        elif name == "scale" and v:
            t = (v[0], 0.0, 0.0, v[1] if len(v) > 1 else v[0], 0.0, 0.0)
        elif name == "rotate" and v:
            r = math.radians(v[0])
            t = (math.cos(r), math.sin(r), -math.sin(r), math.cos(r), 0.0, 0.0)
            if len(v) == 3:
                t = multiply(multiply((1, 0, 0, 1, v[1], v[2]), t), (1, 0, 0, 1, -v[1], -v[2]))
        elif name == "skewX" and v:
            t = (1.0, 0.0, math.tan(math.radians(v[0])), 1.0, 0.0, 0.0)
        elif name == "skewY" and v:
            t = (1.0, math.tan(math.radians(v[0])), 0.0, 1.0, 0.0, 0.0)
        else:
            continue
        m = multiply(m, t)
    return m


# --- Shapes as point lists ---------------------------------------------------

NUMBER = r"[-+]?(?:\d*\.\d+|\d+\.?)(?:[eE][-+]?\d+)?"


def numbers(text):
    return [float(x) for x in re.findall(NUMBER, text or "")]


def cubic(p0, p1, p2, p3, step):
    """Points along a cubic Bezier curve about `step` apart (p0 left out)."""
    rough = math.dist(p0, p1) + math.dist(p1, p2) + math.dist(p2, p3)
    n = max(2, int(math.ceil(rough / step)))
    out = []
    for i in range(1, n + 1):
        t = i / n
        s = 1 - t
        out.append((s * s * s * p0[0] + 3 * s * s * t * p1[0] + 3 * s * t * t * p2[0] + t * t * t * p3[0],
                    s * s * s * p0[1] + 3 * s * s * t * p1[1] + 3 * s * t * t * p2[1] + t * t * t * p3[1]))
    return out


def line(p0, p1, step):
    n = max(1, int(math.ceil(math.dist(p0, p1) / step)))
    return [(p0[0] + (p1[0] - p0[0]) * i / n, p0[1] + (p1[1] - p0[1]) * i / n) for i in range(1, n + 1)]


def path_points(d, step):
    """An SVG path's outline as polylines, one per subpath, sampled `step` apart.
    Handles every command; arcs are taken as straight lines."""
    tokens = re.findall(r"[MmLlHhVvCcSsQqTtAaZz]|" + NUMBER, d or "")
    lines, current = [], []
    x = y = 0.0
    start = (0.0, 0.0)
    last_control = None
    command = None
    i = 0

    def take(k):
        nonlocal i
        values = [float(t) for t in tokens[i:i + k]]
        i += k
        return values

    while i < len(tokens):
        if tokens[i].isalpha():
            command = tokens[i]
            i += 1
            if command in "Zz":
                if current:
                    current += line((x, y), start, step)
                    lines.append(current)
                    current = []
                x, y = start
                continue
        if command is None or i >= len(tokens) or tokens[i].isalpha():
            i += 1
            continue
        relative = command.islower()
        ox, oy = (x, y) if relative else (0.0, 0.0)
        c = command.upper()
        control = None
        if c == "M":
            px, py = take(2)
            if current:
                lines.append(current)
            x, y = ox + px, oy + py
            start = (x, y)
            current = [(x, y)]
            command = "l" if relative else "L"   # later pairs are lines
        elif c in "LHV":
            if c == "L":
                px, py = take(2)
                nx, ny = ox + px, oy + py
            elif c == "H":
                nx, ny = ox + take(1)[0], y
            else:
                nx, ny = x, oy + take(1)[0]
            current = current or [(x, y)]
            current += line((x, y), (nx, ny), step)
            x, y = nx, ny
        elif c in "CS":
            if c == "C":
                v = take(6)
                p1 = (ox + v[0], oy + v[1])
                v = v[2:]
            else:
                v = take(4)
                p1 = (2 * x - last_control[0], 2 * y - last_control[1]) if last_control else (x, y)
            p2, p3 = (ox + v[0], oy + v[1]), (ox + v[2], oy + v[3])
            current = current or [(x, y)]
            current += cubic((x, y), p1, p2, p3, step)
            control = p2
            x, y = p3
        elif c in "QT":
            if c == "Q":
                v = take(4)
                q = (ox + v[0], oy + v[1])
                v = v[2:]
            else:
                v = take(2)
                q = (2 * x - last_control[0], 2 * y - last_control[1]) if last_control else (x, y)
            end = (ox + v[0], oy + v[1])
            p1 = (x + 2 / 3 * (q[0] - x), y + 2 / 3 * (q[1] - y))
            p2 = (end[0] + 2 / 3 * (q[0] - end[0]), end[1] + 2 / 3 * (q[1] - end[1]))
            current = current or [(x, y)]
            current += cubic((x, y), p1, p2, end, step)
            control = q
            x, y = end
        elif c == "A":
            v = take(7)
            end = (ox + v[5], oy + v[6])
            current = current or [(x, y)]
            current += line((x, y), end, step)
            x, y = end
        last_control = control
    if current:
        lines.append(current)
    return lines


def shape_points(element, step):
    """The outline of a polygon, polyline, ellipse, circle, rect, line or path, as polylines."""
    tag = element.tag.replace(SVG_NS, "")
    get = element.get
    if tag in ("polygon", "polyline"):
        v = numbers(get("points"))
        points = list(zip(v[0::2], v[1::2]))
        return [points] if points else []
    if tag in ("ellipse", "circle"):
        cx, cy = float(get("cx", 0)), float(get("cy", 0))
        rx = float(get("rx", get("r", 0)))
        ry = float(get("ry", get("r", 0)))
        return [[(cx + rx * math.cos(2 * math.pi * k / 48), cy + ry * math.sin(2 * math.pi * k / 48)) for k in range(48)]]
    if tag == "rect":
        x, y = float(get("x", 0)), float(get("y", 0))
        w, h = float(get("width", 0)), float(get("height", 0))
        return [[(x, y), (x + w, y), (x + w, y + h), (x, y + h)]]
    if tag == "line":
        return [[(float(get("x1", 0)), float(get("y1", 0))), (float(get("x2", 0)), float(get("y2", 0)))]]
    if tag == "path":
        return path_points(get("d"), step)
    return []


def visible(element):
    stroke = element.get("stroke")
    style = element.get("style") or ""
    return stroke not in ("transparent", "none") and "stroke:none" not in style.replace(" ", "")


def font_size(element):
    size = element.get("font-size")
    if size is None:
        found = re.search(r"font-size\s*:\s*(" + NUMBER + ")", element.get("style") or "")
        size = found.group(1) if found else "14"   # SVG's default medium size
    v = numbers(size)
    return v[0] if v else 14.0


# --- Convex outlines -------------------------------------------------------

def convex_hull(points):
    """Counter-clockwise hull (monotone chain), y up or down alike."""
    points = sorted(set(points))
    if len(points) < 3:
        return points

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower, upper = [], []
    for p in points:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(points):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


class Outline:
    """A node's convex outline, with its bounding box and edge normals."""

    def __init__(self, points):
        self.hull = convex_hull(points)
        xs = [p[0] for p in self.hull] or [0.0]
        ys = [p[1] for p in self.hull] or [0.0]
        self.box = (min(xs), min(ys), max(xs), max(ys))
        self.edges = []   # (nx, ny, offset): inside where nx*x + ny*y + offset >= 0
        h = self.hull
        for k in range(len(h)):
            (x0, y0), (x1, y1) = h[k], h[(k + 1) % len(h)]
            length = math.hypot(x1 - x0, y1 - y0)
            if length > 1e-9:
                nx, ny = -(y1 - y0) / length, (x1 - x0) / length
                self.edges.append((nx, ny, -(nx * x0 + ny * y0)))

    @property
    def width(self):
        return self.box[2] - self.box[0]

    def extent(self, direction):
        """The outline's length along a unit vector."""
        along = [x * direction[0] + y * direction[1] for x, y in self.hull] or [0.0]
        return max(along) - min(along)

    def depth(self, x, y):
        """How far inside the outline (x, y) is; negative outside (roughly: the
        largest distance beyond any one side)."""
        if len(self.edges) < 3:
            return -math.inf
        return min(nx * x + ny * y + off for nx, ny, off in self.edges)

    def distance(self, x, y):
        """Distance from (x, y) to the outline; 0 inside."""
        if self.depth(x, y) >= 0:
            return 0.0
        h = self.hull
        if len(h) == 1:
            return math.dist(h[0], (x, y))
        return min(segment_distance((x, y), h[k], h[(k + 1) % len(h)]) for k in range(len(h)))


def segment_distance(p, a, b):
    dx, dy = b[0] - a[0], b[1] - a[1]
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2))
    return math.dist(p, (a[0] + t * dx, a[1] + t * dy))


def overlap_depth(p, q):
    """How far two convex outlines overlap (separating axis theorem): the
    smallest overlap of their projections over every side's normal; <= 0 apart."""
    if p.box[0] > q.box[2] or q.box[0] > p.box[2] or p.box[1] > q.box[3] or q.box[1] > p.box[3]:
        return 0.0
    if len(p.hull) < 3 or len(q.hull) < 3:
        return 0.0
    best = math.inf
    for nx, ny, _ in p.edges + q.edges:
        a = [nx * x + ny * y for x, y in p.hull]
        b = [nx * x + ny * y for x, y in q.hull]
        best = min(best, min(max(a), max(b)) - max(min(a), min(b)))
        if best <= 0:
            return 0.0
    return best


# --- Reading a drawing -----------------------------------------------------

class Node:
    def __init__(self, name, outline, texts, classes=()):
        self.name = name
        self.outline = outline
        self.texts = texts   # [(text, font size in pt, unit vector it runs along)]
        self.classes = list(classes)

    def number(self, prefix, default):
        """N from the class "PREFIX-N", else `default`."""
        for c in self.classes:
            if c.startswith(prefix) and c[len(prefix):].isdigit():
                return int(c[len(prefix):])
        return default

    @property
    def holds(self):
        """How many of the map's nodes this node stands for (class "holds-N"), else 1."""
        return self.number("holds-", 1)

    @property
    def names(self):
        """How many of the nodes it holds it names rather than counts (class "names-N": small boxes merged), else 0."""
        return self.number("names-", 0)


class Edge:
    def __init__(self, name, title, fine, coarse):
        self.name = name
        self.title = title
        self.fine = fine       # the path sampled every THROUGH_STEP pt
        self.coarse = coarse   # every CROSS_STEP pt
        self.ends = (None, None)


class Drawing:
    """The nodes, links and size of one Graphviz SVG drawing, in points."""

    def __init__(self, svg_bytes):
        parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True))
        parser.feed(svg_bytes)
        root = parser.close()
        self.nodes, self.edges = [], []
        self.has_key = False
        view = numbers(root.get("viewBox"))
        width, height = self._length(root.get("width")), self._length(root.get("height"))
        if len(view) == 4 and view[2] > 0 and view[3] > 0:
            width = width or view[2]
            height = height or view[3]
            top = (width / view[2], 0.0, 0.0, height / view[3], -view[0] * width / view[2], -view[1] * height / view[3])
        else:
            top = IDENTITY
        self.width, self.height = width or 0.0, height or 0.0
        # ecomap names every element after the map: "ID-key...", where the map's graph is "ID"
        graph = next((g for g in root.iter(SVG_NS + "g") if "graph" in (g.get("class") or "").split()), None)
        self.prefix = graph.get("id") if graph is not None and graph.get("id") else None
        self._walk(root, top, key=False)
        self._find_ends()

    @staticmethod
    def _length(text):
        """An SVG length in points; None for percentages or nothing."""
        if not text or text.strip().endswith("%"):
            return None
        v = numbers(text)
        if not v:
            return None
        unit = text.strip()[-2:]
        return v[0] * {"pt": 1.0, "px": 0.75, "in": 72.0, "cm": 72 / 2.54, "mm": 72 / 25.4, "pc": 12.0}.get(unit, 1.0)

    def _is_key(self, element):
        ident = element.get("id") or ""
        if any(c.startswith("key") for c in (element.get("class") or "").split()):
            return True
        if self.prefix:
            return ident == self.prefix + "-key" or ident.startswith(self.prefix + "-key-")
        return "-key" in ident

    def _walk(self, element, ctm, key):
        last_comment = None
        for child in element:
            if child.tag is ET.Comment:
                last_comment = html.unescape(child.text or "").strip()   # comments keep their entities
                continue
            matrix = multiply(ctm, parse_transform(child.get("transform"))) if child.get("transform") else ctm
            tag = child.tag.replace(SVG_NS, "") if isinstance(child.tag, str) else ""
            classes = (child.get("class") or "").split()
            in_key = key or self._is_key(child)
            if in_key and not key:
                self.has_key = True
            if tag == "g" and "node" in classes and not in_key and not any("guide" in c for c in classes):
                self._node(child, matrix, last_comment)
            elif tag == "g" and "edge" in classes and not in_key and not any("guide" in c for c in classes):
                self._edge(child, matrix, last_comment)
            elif tag in ("g", "a", "svg", "switch"):
                self._walk(child, matrix, in_key)
            if tag:
                last_comment = None

    @staticmethod
    def _descendants(group, ctm):
        """(element, transform) for everything inside a group."""
        for child in group:
            if not isinstance(child.tag, str):
                continue
            matrix = multiply(ctm, parse_transform(child.get("transform"))) if child.get("transform") else ctm
            yield child, matrix
            yield from Drawing._descendants(child, matrix)

    @staticmethod
    def _title(group):
        title = group.find(SVG_NS + "title")
        return (title.text or "").strip() if title is not None else ""

    def _node(self, group, ctm, comment):
        points, texts = [], []
        for element, matrix in self._descendants(group, ctm):
            tag = element.tag.replace(SVG_NS, "")
            if tag == "text":
                content = "".join(element.itertext())
                if content.strip():
                    # the direction the text runs on the page: turned drawings turn their text
                    dx, dy = matrix[0], matrix[1]
                    length = math.hypot(dx, dy) or 1.0
                    texts.append((content, font_size(element) * scale_of(matrix), (dx / length, dy / length)))
            elif tag in ("polygon", "polyline", "ellipse", "circle", "rect", "path", "line"):
                for polyline in shape_points(element, THROUGH_STEP):
                    points += [apply(matrix, x, y) for x, y in polyline]
        name = comment or self._title(group) or group.get("id")
        self.nodes.append(Node(name, Outline(points) if points else None, texts, group.get("class", "").split()))

    def _edge(self, group, ctm, comment):
        paths = [(e, m) for e, m in self._descendants(group, ctm)
                 if e.tag == SVG_NS + "path" and visible(e)]
        if not paths:
            return
        element, matrix = paths[0]   # a double line's first stroke is enough

        def sample(step):
            return [[apply(matrix, x, y) for x, y in polyline] for polyline in path_points(element.get("d"), step)]

        fine, coarse = sample(THROUGH_STEP), sample(CROSS_STEP)
        if any(fine):
            self.edges.append(Edge(comment, self._title(group), fine, coarse))

    def _find_ends(self):
        """Which node each link joins: from the "a->b" comment or title, else by geometry."""
        by_name = {}
        for i, node in enumerate(self.nodes):
            by_name.setdefault(node.name, i)
        shaped = [i for i, n in enumerate(self.nodes) if n.outline]

        def split(text):
            for arrow in ("->", "--"):
                at = (text or "").find(arrow)
                while at >= 0:
                    a, b = text[:at], text[at + 2:]
                    if a in by_name and b in by_name:
                        return by_name[a], by_name[b]
                    at = text.find(arrow, at + 1)
            return None

        def nearest(point):
            return min(shaped, key=lambda i: self.nodes[i].outline.distance(*point), default=None)

        for edge in self.edges:
            edge.ends = split(edge.name) or split(edge.title) or (nearest(edge.fine[0][0]), nearest(edge.fine[-1][-1]))


# --- Measures ---------------------------------------------------------------

def overlapping_pairs(drawing):
    nodes = [n for n in drawing.nodes if n.outline and len(n.outline.hull) >= 3]
    return sum(1 for i in range(len(nodes)) for j in range(i + 1, len(nodes))
               if overlap_depth(nodes[i].outline, nodes[j].outline) > OVERLAP_TOLERANCE)


def through_node(drawing):
    """Links with a sample point well inside a node that is not one of their ends."""
    count = 0
    for edge in drawing.edges:
        points = [p for polyline in edge.fine for p in polyline]
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        box = (min(xs), min(ys), max(xs), max(ys))
        for i, node in enumerate(drawing.nodes):
            o = node.outline
            if i in edge.ends or not o or o.box[0] > box[2] or o.box[2] < box[0] or o.box[1] > box[3] or o.box[3] < box[1]:
                continue
            if any(o.box[0] <= x <= o.box[2] and o.box[1] <= y <= o.box[3] and o.depth(x, y) > THROUGH_TOLERANCE
                   for x, y in points):
                count += 1
                break
    return count


def intersection(p1, p2, q1, q2):
    """Where segments p1p2 and q1q2 meet, or None."""
    rx, ry = p2[0] - p1[0], p2[1] - p1[1]
    sx, sy = q2[0] - q1[0], q2[1] - q1[1]
    denominator = rx * sy - ry * sx
    if abs(denominator) < 1e-12:
        return None
    qx, qy = q1[0] - p1[0], q1[1] - p1[1]
    t = (qx * sy - qy * sx) / denominator
    u = (qx * ry - qy * rx) / denominator
    if 0 <= t <= 1 and 0 <= u <= 1:
        return (p1[0] + t * rx, p1[1] + t * ry)
    return None


def crossings(drawing):
    """Pairs of links whose paths cross, found through a grid of 24 pt cells."""
    cell = 24.0
    grid = {}
    for e, edge in enumerate(drawing.edges):
        for p, polyline in enumerate(edge.coarse):
            for k in range(len(polyline) - 1):
                a, b = polyline[k], polyline[k + 1]
                for gx in range(int(math.floor(min(a[0], b[0]) / cell)), int(math.floor(max(a[0], b[0]) / cell)) + 1):
                    for gy in range(int(math.floor(min(a[1], b[1]) / cell)), int(math.floor(max(a[1], b[1]) / cell)) + 1):
                        grid.setdefault((gx, gy), []).append((e, (p, k), a, b))
    crossed, checked = set(), set()
    for segments in grid.values():
        for i in range(len(segments)):
            e, s, a, b = segments[i]
            for f, t, c, d in segments[i + 1:]:
                if e == f or (min(e, f), max(e, f)) in crossed:
                    continue
                pair = (e, s, f, t) if e < f else (f, t, e, s)   # segments meet in several cells
                if pair in checked:
                    continue
                checked.add(pair)
                point = intersection(a, b, c, d)
                if point is None:
                    continue
                shared = set(drawing.edges[e].ends) & set(drawing.edges[f].ends) - {None}
                if any(drawing.nodes[n].outline and drawing.nodes[n].outline.distance(*point) <= CROSS_TOLERANCE
                       for n in shared):
                    continue
                crossed.add((min(e, f), max(e, f)))
    return len(crossed)


# Advance widths of DejaVu Sans (ecomap's font) for space to "~", in 1/2048 em,
# read from DejaVuSans.ttf: "Digital Office" is 6.5 em, not 14 x 0.6 = 8.4 em.
DEJAVU_WIDTHS = dict(zip(map(chr, range(32, 127)), (
    651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716, 651, 739, 651, 690,
    1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 690, 690, 1716, 1716, 1716, 1087,
    2048, 1401, 1405, 1430, 1577, 1294, 1178, 1587, 1540, 604, 604, 1343, 1141, 1767, 1532, 1612,
    1235, 1612, 1423, 1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403, 799, 690, 799, 1716, 1024,
    1024, 1255, 1300, 1126, 1300, 1260, 721, 1300, 1298, 569, 569, 1186, 569, 1995, 1298, 1253,
    1300, 1300, 842, 1067, 803, 1298, 1212, 1675, 1212, 1212, 1075, 1303, 690, 1303, 1716)))


def text_width(text, size, em=None):
    """Estimated width in points of one line of text at `size` pt: DejaVu Sans's
    own widths (accented letters as their base letter, anything else 0.6 em),
    or a flat `em` per character when given."""
    text = text.strip()
    if em is not None:
        return len(text) * em * size
    total = 0.0
    for ch in text:
        base = unicodedata.normalize("NFD", ch)[:1]
        total += DEJAVU_WIDTHS[base] / 2048 if base in DEJAVU_WIDTHS else EM_WIDTH
    return total * size


def labels_cut(drawing, em=None):
    return sum(1 for node in drawing.nodes if node.outline for text, size, direction in node.texts
               if text_width(text, size, em) > node.outline.extent(direction) + 0.5)


def smallest_label(drawing):
    sizes = [size for node in drawing.nodes for _, size, _ in node.texts]
    return min(sizes) if sizes else None


def fitted_label(drawing, box, own):
    """(label pt, note): the smallest label once the drawing is fitted to `box`;
    a drawing made for that page (`own`) keeps its size unless it does not fit."""
    label = smallest_label(drawing)
    if label is None or drawing.width <= 0 or drawing.height <= 0:
        return None, ""
    scale = min(box[0] / drawing.width, box[1] / drawing.height)
    if own:
        return label * min(1.0, scale), ("*" if scale < 0.995 else "")
    return label * scale, ""


COUNT = re.compile(r"(\d[\d,]*) (?:smaller )?(?:organisations?|platforms?|people|person|communit(?:y|ies))\b")


def represented(drawing):
    """(nodes of the map drawn or counted, shapes whose visible text does not
    account for what they hold): a shape holding N says so in its text, as
    counts that add up to N, or to N - 1 beside the name of its own node."""
    total, uncounted = 0, 0
    for node in drawing.nodes:
        if "junction" in node.classes:
            continue
        total += node.holds
        if node.holds > 1:
            # The lines of the shape's text as one, as a label may break inside a count ("15 smaller" / "organisations").
            text = " ".join(text for text, _, _ in node.texts)
            # Boxes merged and named ("names-2") are named rather than counted.
            said = sum(int(m.group(1).replace(",", "")) for m in COUNT.finditer(text)) + node.names
            if said not in (node.holds, node.holds - 1):
                uncounted += 1
    return total, uncounted


def measure(svg_bytes, em=None):
    d = Drawing(svg_bytes)
    shown, uncounted = represented(d)
    return {
        "represented": shown,
        "uncounted": uncounted,
        "drawing": d,
        "nodes": sum(1 for n in d.nodes if "junction" not in n.classes),
        "size": f"{d.width:.0f} x {d.height:.0f}",
        "overlaps": overlapping_pairs(d),
        "through": through_node(d),
        "crossings": crossings(d),
        "cut": labels_cut(d, em),
        "key": d.has_key,
    }


# --- Planarity and the fewest crossings possible ------------------------------

def drawn_graph(drawing):
    """The lines drawn as a simple graph: one edge per pair of nodes, loops left out."""
    pairs = set()
    for edge in drawing.edges:
        a, b = edge.ends
        if a is None or b is None or a == b:
            continue
        pairs.add((min(a, b), max(a, b)))
    return sorted(pairs)


def _planar(nodes, edges):
    import networkx as nx
    g = nx.Graph()
    g.add_nodes_from(nodes)
    g.add_edges_from(edges)
    return nx.check_planarity(g)[0]


def crossing_number(edges, budget=120.0):
    """(lower, upper, exact) bounds on the crossing number of a simple graph
    given as pairs. See the top of this file for the method."""
    import itertools
    import time
    nodes = sorted({v for e in edges for v in e})
    if _planar(nodes, edges):
        return 0, 0, True
    started = time.monotonic()
    n, m = len(nodes), len(edges)
    euler = m - 3 * n + 6 if n >= 3 else 0

    def removals(k):
        """Every set of k lines whose removal leaves the graph planar."""
        out = []
        for r in itertools.combinations(range(m), k):
            if _planar(nodes, [edges[i] for i in range(m) if i not in r]):
                out.append(r)
            if time.monotonic() - started > budget:
                return None
        return out

    def crossed(kept, pairs):
        """The graph with each removed line e drawn crossing line f once."""
        out = list(kept)
        extra = []
        for number, (e, f) in enumerate(pairs):
            x = ("x", number)
            (a, b), (c, d) = edges[e], edges[f]
            out.remove(edges[f])
            out += [(a, x), (x, b), (c, x), (x, d)]
            extra.append(x)
        return nodes + extra, out

    skew = None
    for k in range(1, m + 1):
        found = removals(k)
        if found is None:
            return max(k, euler, 1), None, False
        if found:
            skew = k
            break
    lower = max(skew, euler, 1)
    for k in range(skew, skew + 4):
        sets = removals(k)
        if sets is None:
            return lower, None, False
        for r in sets:
            kept = [edges[i] for i in range(m) if i not in r]
            partners = []
            for e in r:
                # Each crossing alone must already fit: prunes the product below.
                partners.append([f for f in range(m) if f not in r and not set(edges[f]) & set(edges[e])
                                 and _planar(*crossed(kept, [(e, f)]))])
            for choice in itertools.product(*partners):
                if len(set(choice)) == len(choice) and _planar(*crossed(kept, list(zip(r, choice)))):
                    lower = max(lower, k)
                    return lower, k, k == lower
                if time.monotonic() - started > budget:
                    return lower, None, False
        # No drawing with k crossings of this kind: at least k + 1 when each line is crossed once at most.
    return lower, None, False


def minimum_text(bounds):
    lower, upper, exact = bounds
    if exact:
        return str(lower)
    if upper is None:
        return f">={lower}"
    return f"{lower}-{upper}"


# --- Drawing with ecomap and neato ------------------------------------------

def run(argv, timeout, stdin=None):
    try:
        done = subprocess.run(argv, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, f"timed out after {timeout:g} s"
    except OSError as error:
        return None, str(error)
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        return None, message[0] if message else f"exit status {done.returncode}"
    return done.stdout, ""


def draw(ecomap, path, page, timeout, lang="en"):
    argv = [ecomap, "render", path, "--format", "svg", "-o", "-"]
    if page != "default":
        argv += ["--page", page]
    if lang != "en":
        argv += ["--lang", lang]
    return run(argv, timeout)


def baseline_crossings(ecomap, path, timeout):
    """Crossings in Graphviz's own neato drawing of ecomap's DOT for the map."""
    if not shutil.which("neato"):
        return None
    dot, _ = run([ecomap, "render", path, "--format", "dot", "--no-legend", "-o", "-"], timeout)
    if dot is None:
        return None
    # The graph's `layout` would override the command's engine; neato it is.
    dot = re.sub(rb'(?m)^(\s*)layout\s*=\s*("[^"]*"|\w+)', rb'\1layout="neato"', dot)
    svg, _ = run(["neato", "-Tsvg"], timeout, stdin=dot)
    return crossings(Drawing(svg)) if svg else None


# --- The tables -------------------------------------------------------------

COLUMNS = ["map", "nodes", "drawn/counted", "size (pt)", "slide label (pt)", "A4 label (pt)", "overlaps",
           "through", "crossings", "neato crossings", "labels cut", "lines", "planar", "minimum",
           "eco crossings", "eco slide label (pt)"]


def points(value, note=""):
    return "-" if value is None else f"{value:.1f}{note}"


def row(name, result, page, baseline, extra=None):
    extra = extra or {}
    tail = [extra.get("lines", "-"), extra.get("planar", "-"), extra.get("minimum", "-"),
            extra.get("eco crossings", "-"), extra.get("eco label", "-")]
    if result is None:
        return [name] + ["n/a"] * 8 + ["-" if baseline is None else str(baseline), "n/a"] + tail
    d = result["drawing"]
    slide, slide_note = fitted_label(d, SLIDE, page == "slide")
    a4, a4_note = fitted_label(d, A4_BLOCK, page == "a4")
    if page == "a4-landscape":
        a4, a4_note = fitted_label(d, PAGE_BOX[page], True)
    return [name, str(result["nodes"]), f"{result['represented']:,}", result["size"], points(slide, slide_note), points(a4, a4_note),
            str(result["overlaps"]), str(result["through"]), str(result["crossings"]),
            "-" if baseline is None else str(baseline), str(result["cut"])] + tail


def record(name, result, page, baseline, extra=None):
    """One map's measures as numbers, for --json."""
    d = result["drawing"]
    slide, _ = fitted_label(d, SLIDE, page == "slide")
    a4, _ = fitted_label(d, A4_BLOCK, page == "a4")
    out = {"map": name, "nodes": result["nodes"], "represented": result["represented"], "uncounted": result["uncounted"],
           "width": round(d.width, 1), "height": round(d.height, 1),
           "slide": slide, "a4": a4, "overlaps": result["overlaps"], "through": result["through"],
           "crossings": result["crossings"], "neato": baseline, "cut": result["cut"], "key": result["key"]}
    for k, v in (extra or {}).get("json", {}).items():
        out[k] = v
    return out


def graph_columns(result, bounds_cache, key):
    """The lines, planarity and minimum-crossing columns of a drawing."""
    if result is None:
        return {}
    edges = drawn_graph(result["drawing"])
    if key not in bounds_cache:
        bounds_cache[key] = crossing_number(edges)
    lower, upper, exact = bounds_cache[key]
    return {"lines": str(len(edges)), "planar": "yes" if lower == 0 else "no", "minimum": minimum_text((lower, upper, exact)),
            "json": {"lines": len(edges), "planar": lower == 0, "minimum": lower, "minimumExact": exact,
                     "minimumUpper": upper}}


def eco_columns(ecomap, path, timeout, em):
    """The eco-map's crossings and slide label size (plus its other measures, for --json)."""
    svg, _ = run([ecomap, "render", path, "--layout", "eco", "--format", "svg", "-o", "-"], timeout)
    if svg is None:
        return {}, None
    r = measure(svg, em)
    label, _ = fitted_label(r["drawing"], SLIDE, True)
    return {"eco crossings": str(r["crossings"]), "eco label": points(label),
            "json": {"ecoCrossings": r["crossings"], "ecoSlide": label, "ecoOverlaps": r["overlaps"],
                     "ecoThrough": r["through"], "ecoCut": r["cut"]}}, svg


def table(title, rows, notes):
    print(f"### {title}\n")
    print("| " + " | ".join(COLUMNS) + " |")
    print("|" + "|".join(" --- " if i == 0 else " ---: " for i in range(len(COLUMNS))) + "|")
    for r in rows:
        print("| " + " | ".join(r) + " |")
    for note in notes:
        print(f"\n{note}")
    print()


def main():
    parser = argparse.ArgumentParser(
        description="Measure how legible ecomap's drawings are on a 16:9 slide and an A4 page "
                    "(see the top of this file for each column).",
        epilog="Prints one Markdown table per page kind; SVG files given are measured as they are.")
    parser.add_argument("inputs", nargs="*", metavar="MAP_OR_SVG",
                        help="maps (.ecomap) to draw, or SVG drawings to measure (default: every map in Maps/)")
    parser.add_argument("--ecomap", default=os.path.join(ROOT, ".build", "release", "ecomap"),
                        help="the ecomap binary (default: .build/release/ecomap)")
    parser.add_argument("--pages", default="default,a4",
                        help="page kinds to draw, comma-separated: default (no --page), slide, a4, "
                             "a4-landscape, none (default: default,a4)")
    parser.add_argument("--no-baseline", action="store_true", help="leave out the neato baseline column")
    parser.add_argument("--no-eco", action="store_true", help="leave out the eco-map columns")
    parser.add_argument("--no-minimum", action="store_true", help="leave out the planarity and minimum columns")
    parser.add_argument("--em", type=float, metavar="EM",
                        help="estimate label widths as EM em a character (default: DejaVu Sans's widths)")
    parser.add_argument("--keep", metavar="DIR", help="also write each drawing measured to DIR")
    parser.add_argument("--json", action="store_true",
                        help="print one JSON object instead of the tables (for tests): every page kind's rows, "
                             "with label sizes as numbers")
    parser.add_argument("--timeout", type=float, default=120, help="seconds allowed for each drawing (default 120)")
    parser.add_argument("--lang", default="en", choices=["en", "cy", "cy+en"],
                        help="the drawings' language: en, cy, or cy+en for both labels on each node (default en)")
    args = parser.parse_args()

    inputs = args.inputs or sorted(glob.glob(os.path.join(ROOT, "Maps", "*.ecomap")))
    maps = [p for p in inputs if not p.lower().endswith(".svg")]
    svgs = [p for p in inputs if p.lower().endswith(".svg")]
    pages = [p.strip() for p in args.pages.split(",") if p.strip()]
    if maps and not os.access(args.ecomap, os.X_OK):
        sys.exit(f"no ecomap binary at {args.ecomap}: build it (swift build -c release --product ecomap) "
                 f"or give --ecomap")
    if args.keep:
        os.makedirs(args.keep, exist_ok=True)

    baselines = {}
    if maps and not args.no_baseline:
        for path in maps:
            baselines[path] = baseline_crossings(args.ecomap, path, args.timeout)

    records = {}
    bounds = {}
    for page in pages if maps else []:
        rows, notes = [], []
        records[page] = []
        for path in maps:
            name = os.path.splitext(os.path.basename(path))[0]
            svg, problem = draw(args.ecomap, path, page, args.timeout, args.lang)
            if svg is None:
                rows.append(row(name, None, page, baselines.get(path)))
                notes.append(f"{name}: n/a ({problem})")
                continue
            if args.keep:
                with open(os.path.join(args.keep, f"{name}-{page}.svg"), "wb") as out:
                    out.write(svg)
            result = measure(svg, args.em)
            extra = graph_columns(result, bounds, path) if not args.no_minimum else {}
            if page == "default" and not args.no_eco:
                eco, eco_svg = eco_columns(args.ecomap, path, args.timeout, args.em)
                if args.keep and eco_svg:
                    with open(os.path.join(args.keep, f"{name}-eco.svg"), "wb") as out:
                        out.write(eco_svg)
                json_part = {**extra.get("json", {}), **eco.pop("json", {})}
                extra = {**extra, **eco, "json": json_part}
            rows.append(row(name, result, page, baselines.get(path), extra))
            records[page].append(record(name, result, page, baselines.get(path), extra))
        if args.json:
            continue
        if notes and all(r[2] == "n/a" for r in rows):
            notes = [f"n/a: this ecomap draws no `--page {page}` ({notes[0].split('(', 1)[1].rstrip(')')})"]
        table("default drawing" if page == "default" else f"--page {page}", rows, notes)

    if args.json:
        import json
        drawings = []
        for path in svgs:
            with open(path, "rb") as f:
                drawings.append(record(os.path.basename(path), measure(f.read(), args.em), "default", None))
        print(json.dumps({"pages": records, "drawings": drawings}, indent=1, sort_keys=True))
        return
    if svgs:
        rows = []
        for path in svgs:
            with open(path, "rb") as f:
                rows.append(row(os.path.basename(path), measure(f.read(), args.em), "default", None))
        table("SVG drawings", rows, [])


if __name__ == "__main__":
    main()
