import EcomapCore
import EcomapRender

/// What a page's script needs to make a diagram respond: for each node its
/// label, kind, details and links; for each link its two ends. Written as JSON
/// beside the SVG; the page reads fully without it.
struct Interactivity: Encodable {
    struct NodeInfo: Encodable {
        var label: String
        var kind: String
        var details: [[String]]
        var links: [String]
    }

    var nodes: [String: NodeInfo] = [:]
    var links: [String: [String]] = [:]

    init(_ diagram: Diagram, map: EcosystemMap, language: Language) {
        let text = language
        var byName: [String: Node] = [:]
        for node in map.nodes where byName[node.id] == nil { byName[node.id] = node }
        var linksOf = [[String]](repeating: [], count: diagram.nodes.count)
        for edge in diagram.edges {
            links[edge.elementID] = [diagram.nodes[edge.from].elementID, diagram.nodes[edge.to].elementID]
            linksOf[edge.from].append(edge.elementID)
            if edge.to != edge.from { linksOf[edge.to].append(edge.elementID) }
        }
        for (i, diagramNode) in diagram.nodes.enumerated() {
            var details: [[String]] = []
            var label = diagramNode.tooltip, kind = ""
            if let node = byName[diagramNode.name] {
                label = node.label(in: language)
                kind = language.kind(node.kind)
                let fields: [(String, String?)] = [
                    (text[.description], node.description), (text[.sponsor], node.attributes.text(AttributeName.sponsor)),
                    (text[.funded], node.attributes.text(AttributeName.funded)), (text[.funding], node.attributes.text(AttributeName.funding)),
                    (text[.leads], node.attributes.text(AttributeName.leads)), (text[.contacts], node.attributes.text(AttributeName.contacts)),
                    (text[.tags], node.tags.isEmpty ? nil : node.tags.joined(separator: ", ")),
                    (text[.interests], node.interests.isEmpty ? nil : node.interests.joined(separator: ", ")),
                ]
                details = fields.compactMap { name, value in value.map { [name, $0] } }
            }
            details.append([text[.links], "\(linksOf[i].count)"])
            nodes[diagramNode.elementID] = NodeInfo(label: label, kind: kind, details: details, links: linksOf[i])
        }
    }

    /// The data block for a diagram inside the element with id `figure`.
    func script(for figure: String) -> String {
        "<script type=\"application/json\" data-ecomap=\"\(HTMLText.escape(figure))\">"
            + HTMLText.scriptJSON(JSONText.encode(self)) + "</script>"
    }
}

/// The page's style and script, shared by reports and embedded documents.
enum PageAssets {
    /// Readable on a phone, printable on A4 with each diagram on its own page,
    /// nothing fetched from the network.
    static let css = """
        :root { color-scheme: light; --ink: #1a1a1a; --muted: #5c5c5c; --line: #d0d0d0; --accent: #e07b00; --paper: #ffffff; }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--paper); color: var(--ink); font: 16px/1.5 "DejaVu Sans", system-ui, -apple-system, "Segoe UI", sans-serif; }
        main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.8rem; line-height: 1.2; margin: 1rem 0 0.25rem; }
        h2 { font-size: 1.35rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid var(--line); padding-bottom: 0.25rem; }
        h3 { font-size: 1.1rem; margin: 1.5rem 0 0.25rem; }
        p.meta, .note, footer { color: var(--muted); }
        figure.ecomap { margin: 1rem 0; }
        figure.ecomap svg { display: block; max-width: 100%; height: auto; }
        figure.ecomap figcaption { color: var(--muted); font-size: 0.9rem; }
        .scroll { overflow-x: auto; }
        table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.95rem; }
        th, td { text-align: left; padding: 0.3rem 0.6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
        .missing { color: #a33a00; font-style: italic; }
        ul.findings li { margin-bottom: 0.6rem; }
        .why { font-style: italic; color: var(--muted); }
        .filters { border: 1px solid var(--line); border-radius: 6px; padding: 0.4rem 0.8rem; margin: 0.5rem 0; }
        .filters label { margin-right: 1rem; white-space: nowrap; }
        .details { min-height: 3rem; border-left: 3px solid var(--accent); padding: 0.3rem 0.8rem; margin: 0.5rem 0; }
        .details dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.8rem; margin: 0.3rem 0; }
        .details dt { color: var(--muted); }
        .details dd { margin: 0; }
        svg g.node, svg g.edge { transition: opacity 0.15s; }
        svg g.node { cursor: pointer; }
        svg g.node:focus { outline: none; }
        svg g.node:focus > ellipse, svg g.node:focus > polygon, svg g.node:focus > path { stroke: var(--accent); stroke-width: 3; }
        svg .ecomap-dim { opacity: 0.15; }
        svg .ecomap-hidden { display: none; }
        svg g.edge.ecomap-hi path { stroke: var(--accent); stroke-width: 3; }
        svg g.edge.ecomap-hi polygon { stroke: var(--accent); fill: var(--accent); }
        @media (max-width: 40rem) { main { padding: 0.6rem; } h1 { font-size: 1.4rem; } table { font-size: 0.85rem; } }
        @media print {
          @page { size: A4; margin: 15mm; }
          body { font-size: 11pt; }
          main { max-width: none; padding: 0; }
          section.diagram, .drawing { break-before: page; }
          figure.ecomap, .drawing { break-inside: avoid; }
          figure.ecomap svg { max-height: 210mm; }
          .filters, .details { display: none; }
          a { color: inherit; text-decoration: none; }
        }
        """

    /// Hover or tap a node: its links light up, the rest fade, its details show.
    /// A filter by kind. No library; nothing happens without it but the page reads in full.
    static let script = """
        (function () {
          "use strict";
          var blocks = document.querySelectorAll('script[type="application/json"][data-ecomap]');
          Array.prototype.forEach.call(blocks, function (block) {
            var figure = document.getElementById(block.getAttribute("data-ecomap"));
            if (!figure) { return; }
            var data;
            try { data = JSON.parse(block.textContent); } catch (e) { return; }
            var svg = figure.querySelector("svg");
            if (!svg) { return; }
            var panel = figure.querySelector(".details");
            var nodes = {}, edges = {};
            Array.prototype.forEach.call(svg.querySelectorAll("g.node"), function (g) { if (data.nodes[g.id]) { nodes[g.id] = g; } });
            Array.prototype.forEach.call(svg.querySelectorAll("g.edge"), function (g) { if (data.links[g.id]) { edges[g.id] = g; } });
            function clear() {
              Object.keys(nodes).concat(Object.keys(edges)).forEach(function (id) {
                var g = nodes[id] || edges[id];
                g.classList.remove("ecomap-dim", "ecomap-hi");
              });
              if (panel) { panel.textContent = panel.getAttribute("data-hint") || ""; }
            }
            function show(id) {
              var info = data.nodes[id];
              var lit = {}; lit[id] = true;
              info.links.forEach(function (edge) { lit[edge] = true; (data.links[edge] || []).forEach(function (end) { lit[end] = true; }); });
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
            }
            Object.keys(nodes).forEach(function (id) {
              var g = nodes[id];
              g.setAttribute("tabindex", "0");
              g.setAttribute("role", "button");
              g.addEventListener("mouseenter", function () { show(id); });
              g.addEventListener("focus", function () { show(id); });
              g.addEventListener("click", function (event) { event.stopPropagation(); show(id); });
            });
            svg.addEventListener("mouseleave", clear);
            svg.addEventListener("click", clear);
            figure.addEventListener("keydown", function (event) { if (event.key === "Escape") { clear(); } });
            var filters = figure.querySelector(".filters");
            if (filters) {
              filters.hidden = false;
              Array.prototype.forEach.call(filters.querySelectorAll("input[data-kind]"), function (box) {
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
            clear();
          });
        })();
        """
}
