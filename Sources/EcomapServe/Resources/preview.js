(function () {
  "use strict";
  var stateBlock = document.getElementById("preview-state");
  if (!stateBlock) { return; }
  var state = JSON.parse(stateBlock.textContent);
  var viewport = document.querySelector(".viewport");
  var form = document.querySelector("form.controls");
  var status = document.querySelector(".status");
  var zoom = { k: 1, cx: null, cy: null };
  var source = null, query = state.query, pushes = 0;
  var good = !status.classList.contains("broken");

  function svg() { return viewport.querySelector("figure.ecomap > svg"); }
  function natural(s) {
    if (!s.ecomapBox) { var b = s.viewBox.baseVal; s.ecomapBox = { x: b.x, y: b.y, w: b.width, h: b.height }; }
    return s.ecomapBox;
  }
  // zoom.cx === null: centred on the drawing, whatever its size (a new drawing is centred too).
  function centre(n) {
    if (zoom.cx === null) { zoom.cx = n.x + n.w / 2; zoom.cy = n.y + n.h / 2; }
  }
  function applyZoom() {
    var s = svg(); if (!s) { return; }
    var n = natural(s);
    zoom.k = Math.min(40, Math.max(0.2, zoom.k));
    var cx = zoom.cx === null ? n.x + n.w / 2 : Math.min(n.x + n.w, Math.max(n.x, zoom.cx));
    var cy = zoom.cy === null ? n.y + n.h / 2 : Math.min(n.y + n.h, Math.max(n.y, zoom.cy));
    if (zoom.cx !== null) { zoom.cx = cx; zoom.cy = cy; }
    var w = n.w / zoom.k, h = n.h / zoom.k;
    s.setAttribute("viewBox", [cx - w / 2, cy - h / 2, w, h].join(" "));
    viewport.setAttribute("data-zoom", zoom.k.toFixed(3));
  }
  function fit() { zoom = { k: 1, cx: null, cy: null }; applyZoom(); }
  function toDrawing(s, clientX, clientY) {
    var p = s.createSVGPoint(); p.x = clientX; p.y = clientY;
    return p.matrixTransform(s.getScreenCTM().inverse());
  }
  function zoomAt(factor, clientX, clientY) {
    var s = svg(); if (!s) { return; }
    centre(natural(s));
    var p = clientX === undefined ? { x: zoom.cx, y: zoom.cy } : toDrawing(s, clientX, clientY);
    zoom.cx = p.x + (zoom.cx - p.x) / factor;
    zoom.cy = p.y + (zoom.cy - p.y) / factor;
    zoom.k *= factor;
    applyZoom();
  }
  function unitsPerPixel(s) {
    var r = s.getBoundingClientRect(), n = natural(s);
    return Math.max((n.w / zoom.k) / r.width, (n.h / zoom.k) / r.height);
  }
  function pan(dx, dy) {
    var s = svg(); if (!s) { return; }
    centre(natural(s));
    var u = unitsPerPixel(s); zoom.cx -= dx * u; zoom.cy -= dy * u; applyZoom();
  }

  // Pointers: one drags the map, two pinch to zoom.
  var pointers = {}, dragged = 0, pinch = null;
  viewport.addEventListener("pointerdown", function (event) {
    var s = svg(); if (!s || !s.contains(event.target)) { return; }
    pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
    dragged = 0;
    var ids = Object.keys(pointers);
    if (ids.length === 2) {
      var a = pointers[ids[0]], b = pointers[ids[1]];
      pinch = { d: Math.hypot(a.x - b.x, a.y - b.y) };
    }
  });
  viewport.addEventListener("pointermove", function (event) {
    var last = pointers[event.pointerId]; if (!last) { return; }
    var s = svg();
    var ids = Object.keys(pointers);
    if (ids.length === 2 && pinch) {
      pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
      var a = pointers[ids[0]], b = pointers[ids[1]];
      var d = Math.hypot(a.x - b.x, a.y - b.y);
      if (pinch.d > 0 && d > 0) { zoomAt(d / pinch.d, (a.x + b.x) / 2, (a.y + b.y) / 2); }
      pinch.d = d; dragged = 99;
      return;
    }
    var dx = event.clientX - last.x, dy = event.clientY - last.y;
    dragged += Math.abs(dx) + Math.abs(dy);
    pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
    if (dragged > 4) {
      if (!s.classList.contains("dragging")) { s.classList.add("dragging"); try { s.setPointerCapture(event.pointerId); } catch (e) {} }
      pan(dx, dy);
    }
  });
  function release(event) {
    delete pointers[event.pointerId];
    if (Object.keys(pointers).length < 2) { pinch = null; }
    var s = svg(); if (s) { s.classList.remove("dragging"); }
    var figure = viewport.querySelector("figure.ecomap");
    if (figure) { figure.ecomapDragged = dragged > 4; setTimeout(function () { figure.ecomapDragged = false; }, 0); }
  }
  viewport.addEventListener("pointerup", release);
  viewport.addEventListener("pointercancel", release);
  viewport.addEventListener("click", function (event) { if (dragged > 4) { event.stopPropagation(); event.preventDefault(); } }, true);
  viewport.addEventListener("wheel", function (event) {
    if (!svg() || !svg().contains(event.target)) { return; }
    event.preventDefault();
    zoomAt(Math.exp(-event.deltaY * 0.0015), event.clientX, event.clientY);
  }, { passive: false });
  viewport.addEventListener("keydown", function (event) {
    if (event.target !== viewport) { return; }
    var step = 40, handled = true;
    if (event.key === "+" || event.key === "=") { zoomAt(1.25); }
    else if (event.key === "-" || event.key === "_") { zoomAt(0.8); }
    else if (event.key === "0") { fit(); }
    else if (event.key === "ArrowLeft") { pan(step, 0); }
    else if (event.key === "ArrowRight") { pan(-step, 0); }
    else if (event.key === "ArrowUp") { pan(0, step); }
    else if (event.key === "ArrowDown") { pan(0, -step); }
    else { handled = false; }
    if (handled) { event.preventDefault(); }
  });
  Array.prototype.forEach.call(document.querySelectorAll("[data-zoom]"), function (b) {
    b.addEventListener("click", function () {
      var what = b.getAttribute("data-zoom");
      if (what === "in") { zoomAt(1.25); } else if (what === "out") { zoomAt(0.8); } else { fit(); }
    });
  });

  // Live updates: each event is the page's parts as they are now.
  function apply(update) {
    var x = window.scrollX, y = window.scrollY;
    var active = document.activeElement && document.activeElement.id;
    var figure = viewport.querySelector("figure.ecomap");
    var pinned = figure && figure.ecomap ? figure.ecomap.pinned() : null;
    if (update.drawing && update.drawingKey !== viewport.getAttribute("data-key")) {
      viewport.innerHTML = update.drawing;
      viewport.setAttribute("data-key", update.drawingKey);
      window.ecomap.init(viewport);
      applyZoom();
      figure = viewport.querySelector("figure.ecomap");
      if (pinned && figure && figure.ecomap) { figure.ecomap.show(pinned); }
    }
    document.getElementById("summary").innerHTML = update.summary;
    var problems = document.getElementById("problems");
    problems.innerHTML = update.problems;
    problems.hidden = !update.problems;
    var comparison = document.getElementById("comparison");
    if ((update.comparison || "") !== comparison.getAttribute("data-html")) {
      comparison.innerHTML = update.comparison || "";
      comparison.setAttribute("data-html", update.comparison || "");
      window.ecomap.init(comparison);
    }
    document.title = update.title;
    var heading = document.querySelector(".bar h1"); if (heading) { heading.textContent = update.title; }
    if (active && document.getElementById(active)) { document.getElementById(active).focus({ preventScroll: true }); }
    window.scrollTo(x, y);
    document.body.setAttribute("data-version", update.version);
    document.body.setAttribute("data-good", update.good ? "yes" : "no");
    document.body.setAttribute("data-pushes", String(++pushes));
    good = update.good;
    showStatus();
  }
  // The status: live, live with errors in the last save, or reconnecting.
  function showStatus() {
    var lost = status.classList.contains("lost");
    status.classList.toggle("broken", !good && !lost);
    status.textContent = status.getAttribute(lost ? "data-lost" : good ? "data-live" : "data-broken");
  }
  function connect() {
    if (source) { source.close(); }
    source = new EventSource("/map/" + encodeURIComponent(state.slug) + "/events?" + query);
    source.addEventListener("update", function (event) { apply(JSON.parse(event.data)); });
    source.onopen = function () { status.classList.remove("lost"); showStatus(); };
    source.onerror = function () { status.classList.add("lost"); showStatus(); };
  }

  // The controls redraw in place, and the address keeps them for a reload.
  var pending = null;
  function changed() {
    var data = new FormData(form), parts = [];
    data.forEach(function (value, name) { parts.push(encodeURIComponent(name) + "=" + encodeURIComponent(value)); });
    var next = parts.join("&");
    if (next === query) { return; }
    // The page speaks the first language ("cy" for "cy+en"): only a change of that reloads it.
    var language = String(data.get("lang")).split("+")[0];
    if (language !== document.documentElement.lang) { window.location.search = "?" + next; return; }
    query = next;
    history.replaceState(null, "", "?" + query);
    connect();
  }
  form.addEventListener("change", changed);
  form.addEventListener("input", function () { clearTimeout(pending); pending = setTimeout(changed, 400); });
  form.addEventListener("submit", function (event) { event.preventDefault(); changed(); });
  document.addEventListener("ecomap-focus", function (event) {
    form.elements.focus.value = event.detail.node || "";
    fit();
    changed();
  });
  comparisonInit();
  function comparisonInit() {
    var comparison = document.getElementById("comparison");
    comparison.setAttribute("data-html", comparison.innerHTML);
  }
  document.body.setAttribute("data-version", state.version);
  applyZoom();
  connect();
})();
