/// The page's style and script, shared by reports, embedded documents and
/// the live preview (`ecomap serve`, which adds its own on top).
package enum PageAssets {
    /// Readable on a phone, printable on A4 (the summary on the first page,
    /// each drawing fitted to a page, tables that wrap rather than cut or
    /// scroll), nothing fetched from the network.
    package static let css = """
        :root { color-scheme: light; --ink: #1a1a1a; --muted: #5c5c5c; --line: #d0d0d0; --accent: #e07b00; --paper: #ffffff; }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--paper); color: var(--ink); font: 16px/1.5 "DejaVu Sans", system-ui, -apple-system, "Segoe UI", sans-serif; }
        main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.8rem; line-height: 1.2; margin: 1rem 0 0.25rem; }
        h2 { font-size: 1.35rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid var(--line); padding-bottom: 0.25rem; }
        h3 { font-size: 1.1rem; margin: 1.5rem 0 0.25rem; }
        span.second { display: block; font-weight: normal; font-size: 0.85em; color: var(--muted); }
        td .second { display: block; color: var(--muted); font-size: 0.9em; }
        p.second, li p.second { color: var(--muted); margin-top: -0.4rem; }
        p.meta, .note, footer { color: var(--muted); }
        p.headline { font-size: 1.15rem; }
        p.pattern { border-left: 3px solid var(--line); padding-left: 0.6rem; }
        ol.leading li, ul.findings li { margin-bottom: 0.7rem; }
        ol.leading p, ul.findings p { margin: 0.1rem 0; }
        p.action { padding-left: 1rem; }
        figure.ecomap { margin: 1rem 0; }
        figure.ecomap svg { display: block; max-width: 100%; height: auto; }
        figure.ecomap figcaption { color: var(--muted); font-size: 0.9rem; }
        .table { overflow-x: auto; }
        table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.95rem; }
        th, td { text-align: left; padding: 0.3rem 0.6rem; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: break-word; }
        td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; overflow-wrap: normal; }
        .missing { color: #a33a00; font-style: italic; }
        .why { font-style: italic; color: var(--muted); }
        .filters { border: 1px solid var(--line); border-radius: 6px; padding: 0.4rem 0.8rem; margin: 0.5rem 0; }
        .filters label { margin-right: 1rem; white-space: nowrap; }
        .details { min-height: 3rem; border-left: 3px solid var(--accent); padding: 0.3rem 0.8rem; margin: 0.5rem 0; }
        .details dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.8rem; margin: 0.3rem 0; }
        .details dt { color: var(--muted); }
        .details dd { margin: 0; }
        .details ul { margin: 0.2rem 0 0.4rem; padding-left: 1.2rem; font-size: 0.9rem; }
        .details button, .controls button { font: inherit; font-size: 0.9rem; padding: 0.15rem 0.6rem; margin: 0.2rem 0.4rem 0.2rem 0; border: 1px solid var(--muted); border-radius: 4px; background: var(--paper); color: var(--ink); cursor: pointer; }
        .details button:focus-visible, .controls button:focus-visible { outline: 3px solid var(--accent); }
        svg g.node, svg g.edge { transition: opacity 0.15s; }
        svg g.node { cursor: pointer; }
        svg g.node:focus { outline: none; }
        svg g.node:focus > ellipse, svg g.node:focus > polygon, svg g.node:focus > path { stroke: var(--accent); stroke-width: 3; }
        svg .ecomap-dim { opacity: 0.15; }
        svg .ecomap-hidden, svg .ecomap-out { display: none; }
        svg g.edge.ecomap-hi path { stroke: var(--accent); stroke-width: 3; }
        svg g.edge.ecomap-hi polygon { stroke: var(--accent); fill: var(--accent); }
        @media (max-width: 40rem) { main { padding: 0.6rem; } h1 { font-size: 1.4rem; } table { font-size: 0.85rem; } }
        @media print {
          @page { size: A4; margin: 14mm 14mm 16mm; }
          body { font-size: 10pt; line-height: 1.4; }
          main { max-width: none; padding: 0; }
          h1 { font-size: 17pt; margin-top: 0; }
          h2 { font-size: 13pt; margin-top: 0.6rem; }
          h3 { font-size: 11pt; margin-top: 0.8rem; }
          h2, h3, figcaption { break-after: avoid; break-inside: avoid; }
          section.findings, section.maps, section.analysts, section.notes { break-before: page; }
          .drawing + .drawing { break-before: page; }
          figure.ecomap, .drawing, tr, li, p { break-inside: avoid; }
          figure.ecomap svg { max-height: 200mm; margin: 0 auto; }
          section.summary { break-after: page; }
          section.summary table td, section.summary table th { padding: 0.08rem 0.4rem; }
          .glance { display: flex; gap: 5mm; align-items: flex-start; }
          .glance .table { flex: 0 0 62mm; }
          .glance table { font-size: 8pt; }
          /* On paper the two maps side by side would be drawn too small to read (labels about 3 pt on A4,
             smaller still with both languages' labels): each map has a page of its own further on. */
          figure.overview { display: none; }
          .glance .table { flex: 1 1 auto; }
          ol.leading { font-size: 9pt; margin: 0.2rem 0; }
          ol.leading li { margin-bottom: 0.35rem; }
          .table { overflow: visible; }
          table { width: 100%; font-size: 9pt; }
          table.wide { font-size: 8pt; }
          table.wide th, table.wide td { padding: 0.15rem 0.3rem; }
          thead { display: table-header-group; }
          /* Chromium splits a block marked break-inside: avoid that holds a table; an inline block it moves whole. */
          .keep { display: inline-block; width: 100%; }
          .filters, .details { display: none; }
          p.headline { font-size: 11pt; }
          a { color: inherit; text-decoration: none; }
        }
        """

    /// Hover or tap a node: its links light up, the rest fade, its details and
    /// links show, with a button to focus on it and its neighbours (and one to
    /// go back). A filter by kind. No library; nothing happens without it but
    /// the page reads in full. `window.ecomap.init(element)` wires the
    /// diagrams inside an element, for a page that replaces them (the live preview).
    package static let script = """
        (function () {
          "use strict";
          function each(list, f) { Array.prototype.forEach.call(list, f); }
          function wire(block) {
            var figure = document.getElementById(block.getAttribute("data-ecomap"));
            if (!figure || figure.ecomap) { return; }
            var data;
            try { data = JSON.parse(block.textContent); } catch (e) { return; }
            var svg = figure.querySelector("svg");
            if (!svg) { return; }
            var panel = figure.querySelector(".details");
            var nodes = {}, edges = {}, pinned = null, focused = null;
            each(svg.querySelectorAll("g.node"), function (g) { if (data.nodes[g.id]) { nodes[g.id] = g; } });
            each(svg.querySelectorAll("g.edge"), function (g) { if (data.links[g.id]) { edges[g.id] = g; } });
            function all() { return Object.keys(nodes).map(function (n) { return nodes[n]; }).concat(Object.keys(edges).map(function (e) { return edges[e]; })); }
            function neighbourhood(id) {
              var lit = {}; lit[id] = true;
              data.nodes[id].links.forEach(function (edge) { lit[edge] = true; (data.links[edge] || []).slice(0, 2).forEach(function (end) { lit[end] = true; }); });
              return lit;
            }
            function button(text, action) {
              var b = document.createElement("button");
              b.type = "button"; b.textContent = text;
              b.addEventListener("click", function (event) { event.stopPropagation(); action(); });
              return b;
            }
            function clear() {
              all().forEach(function (g) { g.classList.remove("ecomap-dim", "ecomap-hi"); });
              if (!panel) { return; }
              panel.textContent = panel.getAttribute("data-hint") || "";
              if (focused) { panel.appendChild(document.createElement("br")); panel.appendChild(button(panel.getAttribute("data-whole"), whole)); }
            }
            function focusOn(id) {
              var info = data.nodes[id];
              if (figure.hasAttribute("data-live")) {
                figure.dispatchEvent(new CustomEvent("ecomap-focus", { bubbles: true, detail: { node: info.id } }));
                return;
              }
              focused = id;
              var lit = neighbourhood(id);
              all().forEach(function (g) { g.classList.toggle("ecomap-out", !lit[g.id]); });
              show(id);
            }
            function whole() {
              focused = null;
              all().forEach(function (g) { g.classList.remove("ecomap-out"); });
              if (figure.hasAttribute("data-live")) { figure.dispatchEvent(new CustomEvent("ecomap-focus", { bubbles: true, detail: { node: null } })); }
              pinned = null; clear();
            }
            function show(id) {
              var info = data.nodes[id];
              var lit = neighbourhood(id);
              Object.keys(nodes).forEach(function (n) { nodes[n].classList.toggle("ecomap-dim", !lit[n]); });
              Object.keys(edges).forEach(function (e) {
                edges[e].classList.toggle("ecomap-dim", !lit[e]);
                edges[e].classList.toggle("ecomap-hi", !!lit[e]);
              });
              if (!panel) { return; }
              panel.textContent = "";
              var title = document.createElement("strong");
              title.textContent = info.label + (info.kind ? " (" + info.kind + ")" : "");
              panel.appendChild(title);
              var list = document.createElement("dl");
              info.details.forEach(function (pair) {
                var dt = document.createElement("dt"), dd = document.createElement("dd");
                dt.textContent = pair[0]; dd.textContent = pair[1];
                list.appendChild(dt); list.appendChild(dd);
              });
              panel.appendChild(list);
              var links = document.createElement("ul");
              info.links.forEach(function (edge) {
                if (!data.links[edge] || !data.links[edge][2]) { return; }
                var item = document.createElement("li");
                item.textContent = data.links[edge][2];
                links.appendChild(item);
              });
              if (links.childNodes.length) { panel.appendChild(links); }
              if (info.id && focused !== id) { panel.appendChild(button(panel.getAttribute("data-focus"), function () { focusOn(id); })); }
              if (focused || figure.hasAttribute("data-focused")) { panel.appendChild(button(panel.getAttribute("data-whole"), whole)); }
            }
            Object.keys(nodes).forEach(function (id) {
              var g = nodes[id];
              g.setAttribute("tabindex", "0");
              g.setAttribute("role", "button");
              g.addEventListener("mouseenter", function () { show(id); });
              g.addEventListener("focus", function () { show(id); });
              g.addEventListener("click", function (event) { event.stopPropagation(); pinned = id; show(id); });
              g.addEventListener("keydown", function (event) { if (event.key === "Enter") { pinned = id; show(id); } });
            });
            svg.addEventListener("mouseleave", function () { if (pinned) { show(pinned); } else { clear(); } });
            svg.addEventListener("click", function () { if (!figure.ecomapDragged) { pinned = null; clear(); } });
            figure.addEventListener("keydown", function (event) { if (event.key === "Escape") { pinned = null; clear(); } });
            var filters = figure.querySelector(".filters");
            if (filters) {
              filters.hidden = false;
              each(filters.querySelectorAll("input[data-kind]"), function (box) {
                box.addEventListener("change", function () {
                  var kind = box.getAttribute("data-kind");
                  var hidden = {};
                  Object.keys(nodes).forEach(function (n) {
                    if (nodes[n].classList.contains(kind)) { nodes[n].classList.toggle("ecomap-hidden", !box.checked); }
                    if (nodes[n].classList.contains("ecomap-hidden")) { hidden[n] = true; }
                  });
                  Object.keys(edges).forEach(function (e) {
                    var ends = data.links[e];
                    edges[e].classList.toggle("ecomap-hidden", !!(hidden[ends[0]] || hidden[ends[1]]));
                  });
                });
              });
            }
            figure.ecomap = { show: function (id) { if (data.nodes[id]) { pinned = id; show(id); } }, pinned: function () { return pinned; } };
            clear();
          }
          function init(root) { each((root || document).querySelectorAll('script[type="application/json"][data-ecomap]'), wire); }
          window.ecomap = { init: init };
          init(document);
        })();
        """
}
