// Hover or tap a node: its links light up, the rest fade, its details and
// links show, with a button to focus on it and its neighbours (and one to go
// back). A filter by kind. No library; without the script the page still
// reads in full. `window.ecomap.init(element)` wires the diagrams inside an
// element, for a page that replaces them (the live preview). Each diagram's
// data is the JSON block after its figure (Interactivity.swift). Compiled
// into the binary (PageAssets.script); ReportAssetsTests runs `node --check` on it.
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
