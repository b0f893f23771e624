#!/usr/bin/env python3
"""Every map in Maps/ drawn for every page and theme, to look through.

    python3 Benchmarks/gallery.py [--ecomap PATH] [--out out/gallery]

Writes one SVG per map, page (slide, a4, a4-landscape, none) and theme
(default, colourblind, print, dark), an eco-map of each for a slide, and
index.html: the drawings in a grid, each captioned with its size and how large
its smallest label reads on its page, as Benchmarks/legibility.py measures it.
Run by `make gallery`.
"""
import argparse
import glob
import html
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import legibility  # noqa: E402  (the same measures as the README's table)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = ["slide", "a4", "a4-landscape", "none"]
THEMES = ["default", "colourblind", "print", "dark"]


def main():
    parser = argparse.ArgumentParser(description="Draw every map in Maps/ for every page and theme, with an index.html.")
    parser.add_argument("--ecomap", default=os.path.join(ROOT, ".build", "release", "ecomap"))
    parser.add_argument("--out", default=os.path.join(ROOT, "out", "gallery"))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    maps = sorted(glob.glob(os.path.join(ROOT, "Maps", "*.ecomap")))
    sections = []
    for path in maps:
        name = os.path.splitext(os.path.basename(path))[0]
        cells = []
        runs = [(page, theme, []) for page in PAGES for theme in THEMES] + [("slide", "default", ["--layout", "eco"])]
        for page, theme, extra in runs:
            file = f"{name}-{page}-{theme}{'-eco' if extra else ''}.svg"
            done = subprocess.run([args.ecomap, "render", path, "--page", page, "--theme", theme, "-o",
                                   os.path.join(args.out, file)] + extra, capture_output=True)
            if done.returncode != 0:
                cells.append(f"<figure><figcaption>{html.escape(file)}: {html.escape(done.stderr.decode()[:200])}</figcaption></figure>")
                continue
            with open(os.path.join(args.out, file), "rb") as f:
                drawing = legibility.Drawing(f.read())
            box = legibility.PAGE_BOX.get(page, legibility.SLIDE)
            label, _ = legibility.fitted_label(drawing, box, False)
            where = {"slide": "on a slide", "a4": "on A4", "a4-landscape": "on A4 landscape", "none": "on a slide"}[page]
            caption = (f"{page}, {theme}{', eco-map' if extra else ''}: {drawing.width:.0f} × {drawing.height:.0f} pt, "
                       f"labels {label:.1f} pt {where}" if label else f"{page}, {theme}")
            background = "#222" if theme == "dark" else "#fff"
            cells.append(f'<figure style="background:{background}"><a href="{file}"><img src="{file}" alt="{html.escape(name)}, '
                         f'{page}, {theme}" loading="lazy"></a><figcaption>{html.escape(caption)}</figcaption></figure>')
        sections.append(f"<h2>{html.escape(name)}</h2>\n<div class=\"grid\">\n" + "\n".join(cells) + "\n</div>")
    with open(os.path.join(args.out, "index.html"), "w", encoding="utf-8") as out:
        out.write("""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>ecomap gallery</title>
<style>
body { font-family: "DejaVu Sans", sans-serif; margin: 1.5rem; color: #1a1a1a; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr)); gap: 1rem; }
figure { margin: 0; border: 1px solid #ccc; padding: .5rem; }
img { width: 100%; height: 14rem; object-fit: contain; }
figcaption { font-size: .8rem; background: #fff; padding: .25rem; }
</style></head><body>
<h1>ecomap gallery</h1>
<p>Every map in Maps/ for every page and theme, and as an eco-map. Label sizes are the smallest label
once the drawing is fitted to its page (a 16:9 slide for <code>slide</code> and <code>none</code>), as
<code>Benchmarks/legibility.py</code> measures them.</p>
""" + "\n".join(sections) + "\n</body></html>\n")
    print(f"Wrote {os.path.join(args.out, 'index.html')} ({len(maps)} maps)")


if __name__ == "__main__":
    main()
