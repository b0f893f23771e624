#!/usr/bin/env python3
"""ecomap's HTML in a real browser: headless Chromium, driven over the DevTools protocol.

    python3 Tests/browser/browser_test.py REPORT.html EMBEDDED.html [--bilingual REPORT.html] [--serve ECOMAP] [--screenshot PNG]
        [--directory INDEX.html [--directory-bilingual INDEX.html]] [--audit-report REPORT.html]

For the report: it loads with no console errors, the diagram is visible (a
screenshot has the map's grey, green and red in it), and pointing at a node
highlights its links and shows its details. Printed to A4 (and, with
--bilingual, a report in Welsh and English too): the summary on the first
page, every table's columns, no page of a line or two, and each drawing's
labels at 6.5 pt or more as printed. For the embedded document: both
diagrams are on the page, their ids never clash, and it loads with no errors.
With --serve, the live preview (and with --serve-department, a summarised
department whose agency a click opens and the whole-map button closes):
`ECOMAP serve` on a copy of the Social Care
Wales map, the page loads with no console errors, a saved edit redraws the
map, a broken save shows its diagnostic at the top of the page (in view at
1920x1080) beside the last good drawing and turns the status to its error,
the wheel and the buttons zoom, and clicking a node focuses on it and back;
loaded with each option, the page keeps it through two pushes; 20 abandoned
requests don't hold up the redraw; --screenshot keeps a 1920x1080 picture
of the page (and one of the error, NAME-error.png).
With --directory, a directory site (`ecomap directory`): search as you type
and the filters, with the keyboard, an entry's page and back, axe-core's
WCAG 2.2 A and AA rules on the index and a page, and the index printed.
With --audit-report, a directory's report printed: the audit on page 1.
Run it with `make browser-test`, which installs Chromium, the two Python
packages it needs (websocket-client, Pillow) and axe-core (from PyPI's
axe-playwright-python, without Playwright) when missing.
"""
import base64
import io
import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

import websocket
from PIL import Image

# The default theme's fills (Sources/Ecomap/Render/Theme.swift).
COLOURS = {"organisation grey": (0xB0, 0xB0, 0xB0), "platform green": (0x6F, 0xBF, 0x73), "individual red": (0xE8, 0x64, 0x5A)}


class Browser:
    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix="ecomap-chromium-")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        binary = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
        if not binary:
            sys.exit("no Chromium found: run `make browser-test`, which installs it")
        flags = ["--headless", "--disable-gpu", "--hide-scrollbars", f"--remote-debugging-port={self.port}",
                 f"--user-data-dir={self.profile}", "--window-size=1280,1600", "--no-first-run", "about:blank"]
        if os.geteuid() == 0:
            flags.insert(0, "--no-sandbox")
        self.process = subprocess.Popen([binary] + flags, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 30
        while True:
            try:
                targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{self.port}/json/list", timeout=2))
                page = next(t for t in targets if t["type"] == "page")
                break
            except Exception:
                if time.time() > deadline:
                    sys.exit("Chromium did not start")
                time.sleep(0.2)
        self.socket = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=30)
        self.next_id = 0
        self.events = []
        for domain in ("Page", "Runtime", "Log"):
            self.call(f"{domain}.enable")

    def call(self, method, **params):
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, event, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            for i, message in enumerate(self.events):
                if message.get("method") == event:
                    del self.events[i]
                    return message
            self.socket.settimeout(max(0.1, deadline - time.time()))
            self.events.append(json.loads(self.socket.recv()))
        raise TimeoutError(event)

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def open(self, path):
        self.open_url("file://" + os.path.abspath(path))

    def open_url(self, url):
        self.events.clear()
        self.call("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")
        time.sleep(0.3)

    def wait_until(self, expression, timeout=10):
        """Seconds until `expression` is true in the page, or None if it never was."""
        start = time.time()
        while time.time() - start < timeout:
            if self.evaluate(expression):
                return time.time() - start
            time.sleep(0.02)
        return None

    def click(self, x, y):
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def errors(self):
        """Console errors and uncaught exceptions seen so far."""
        found = []
        for message in self.events:
            method, params = message.get("method"), message.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(params["exceptionDetails"].get("text", "exception"))
            elif method == "Runtime.consoleAPICalled" and params.get("type") == "error":
                found.append(" ".join(str(a.get("value", "")) for a in params.get("args", [])))
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                found.append(params["entry"].get("text", ""))
        return found

    def close(self):
        try:
            self.socket.close()
        finally:
            self.process.terminate()
            self.process.wait(timeout=10)
            shutil.rmtree(self.profile, ignore_errors=True)


failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


def colour_present(image, rgb, minimum=200):
    data = image.convert("RGB").tobytes()
    found = 0
    for i in range(0, len(data), 3):
        if abs(data[i] - rgb[0]) <= 6 and abs(data[i + 1] - rgb[1]) <= 6 and abs(data[i + 2] - rgb[2]) <= 6:
            found += 1
            if found >= minimum:
                return True
    return False


def test_report(browser, path):
    browser.open(path)
    check(not browser.errors(), f"{path}: loads with no console errors {browser.errors()}")
    figure = browser.evaluate("document.querySelector('figure.ecomap[id]').id")
    check(bool(figure), f"{path}: has a diagram ({figure})")
    browser.evaluate(f"document.getElementById('{figure}').scrollIntoView()")
    shot = browser.call("Page.captureScreenshot", format="png")
    image = Image.open(io.BytesIO(base64.b64decode(shot["data"])))
    for name, rgb in COLOURS.items():
        check(colour_present(image, rgb), f"{path}: the screenshot shows the map's {name}")
    # Point at a node with links: its links light up, the rest fade, its details show.
    node = browser.evaluate(f"""(function () {{
        var g = document.querySelector('#{figure} g.node.organisation');
        var r = g.getBoundingClientRect();
        return {{id: g.id, x: r.left + r.width / 2, y: r.top + r.height / 2}};
    }})()""")
    browser.call("Input.dispatchMouseEvent", type="mouseMoved", x=node["x"], y=node["y"])
    time.sleep(0.3)
    lit = browser.evaluate(f"document.querySelectorAll('#{figure} g.edge.ecomap-hi').length")
    faded = browser.evaluate(f"document.querySelectorAll('#{figure} .ecomap-dim').length")
    details = browser.evaluate(f"document.querySelector('#{figure} .details').textContent")
    check(lit > 0, f"{path}: pointing at {node['id']} highlights its links ({lit})")
    check(faded > 0, f"{path}: and fades the rest ({faded})")
    check("Social Care Wales" in details, f"{path}: and shows its details ({details[:60]!r})")
    # Click a node (one without a web address: those are links) and focus on it: the rest goes, and comes back.
    node = browser.evaluate(f"""(function () {{
        var g = document.getElementById('scw-current-node-managers'); var r = g.getBoundingClientRect();
        return {{id: g.id, x: r.left + r.width / 2, y: r.top + r.height / 2}};
    }})()""")
    browser.click(node["x"], node["y"])
    browser.evaluate(f"""Array.prototype.find.call(document.querySelectorAll('#{figure} .details button'),
        function (b) {{ return b.textContent.indexOf('Focus') === 0; }}).click()""")
    out = browser.evaluate(f"document.querySelectorAll('#{figure} g.node.ecomap-out').length")
    shown = browser.evaluate(f"document.querySelectorAll('#{figure} g.node:not(.ecomap-out)').length")
    check(out > 0 and shown > 1, f"{path}: focusing on {node['id']} leaves its neighbours ({shown} shown, {out} not)")
    browser.evaluate(f"""Array.prototype.find.call(document.querySelectorAll('#{figure} .details button'),
        function (b) {{ return b.textContent.indexOf('Show the whole map') === 0; }}).click()""")
    back = browser.evaluate(f"document.querySelectorAll('#{figure} g.node.ecomap-out').length")
    check(back == 0, f"{path}: and the whole map comes back ({back} still out)")
    # The filter by kind hides a kind.
    browser.evaluate(f"""(function () {{
        var box = document.querySelector('#{figure} input[data-kind="platform"]');
        box.checked = false; box.dispatchEvent(new Event('change'));
    }})()""")
    hidden = browser.evaluate(f"document.querySelectorAll('#{figure} g.node.platform.ecomap-hidden').length")
    check(hidden > 0, f"{path}: the filter hides platforms ({hidden})")
    # Both maps and the gap diagram, each drawn at a visible size.
    overview = browser.evaluate("""(function () {
        var f = document.querySelector('section.summary figure.overview svg');
        if (!f) { return null; }
        var r = f.getBoundingClientRect(); return [r.width, r.height];
    })()""")
    check(bool(overview) and overview[0] > 300, f"{path}: the summary shows both maps side by side ({overview})")
    figures = browser.evaluate("""Array.prototype.map.call(document.querySelectorAll('figure.ecomap[id]'), function (f) {
        var r = f.querySelector('svg').getBoundingClientRect();
        return [f.id, r.width > 100 && r.height > 50];
    })""")
    ids = [f[0] for f in figures]
    check(len(figures) == 3 and "scw-best-practice-figure" in ids and "scw-current-gaps-figure" in ids,
          f"{path}: shows both maps and the gap diagram ({ids})")
    check(all(f[1] for f in figures), f"{path}: every diagram is drawn at a visible size ({figures})")
    check_unique_ids(browser, path)
    findings = browser.evaluate("document.querySelectorAll('ul.findings li').length")
    check(findings > 10, f"{path}: lists the findings ({findings})")
    directory = browser.evaluate("""(function () {
        var h = Array.prototype.find.call(document.querySelectorAll('h3'),
            function (e) { return e.textContent.indexOf('Directory') === 0; });
        if (!h) { return null; }
        var table = h.parentNode.querySelector('table.directory');
        var rows = table.querySelectorAll('tbody tr');
        return {rows: rows.length, missing: table.querySelectorAll('td.missing').length,
                shown: table.getBoundingClientRect().height > 50};
    })()""")
    check(bool(directory) and directory["rows"] >= 4 and directory["missing"] > 0 and directory["shown"],
          f"{path}: shows the directory, gaps marked ({directory})")
    check(not browser.errors(), f"{path}: no errors after interaction")


def test_print(browser, path, bilingual=False):
    """Prints the report on A4 as a reader would, and reads the PDF back with
    pdftotext: the summary on the first page, every column of every table
    present, no page holding only a heading or a line or two, and every
    drawing's labels at A4's size (PRINTED_LABEL) as printed."""
    browser.open(path)
    pdf = base64.b64decode(browser.call("Page.printToPDF", paperWidth=8.27, paperHeight=11.69, printBackground=True,
                                        marginTop=0, marginBottom=0, marginLeft=0, marginRight=0,
                                        preferCSSPageSize=True)["data"])
    out = os.path.splitext(path)[0] + ".pdf"
    with open(out, "wb") as f:
        f.write(pdf)
    text = subprocess.run(["pdftotext", "-layout", out, "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    check(3 <= len(pages) <= 16, f"{out}: prints on {len(pages)} A4 pages")
    first = pages[0]
    if bilingual:
        check(all(words in first for words in ["Yn gryno", "In brief", "Beth sydd bwysicaf", "What matters most"]),
              f"{out}: the first page holds the summary and what matters most, in Welsh and in English")
    else:
        check("In brief" in first and "What matters most" in first and "5." in first,
              f"{out}: the first page holds the summary and the five findings that matter most")
    lines = [len([l for l in page.splitlines() if l.strip()]) for page in pages]
    check(min(lines) >= 3, f"{out}: no page holds only a heading or a line or two (lines per page: {lines})")
    columns = ["Node", "Kind", "Neighbours", "Betweenness", "Closeness", "Broker",
               "Name", "Description", "Sponsor", "Funded", "Leads", "Contacts"]
    if bilingual:
        columns += ["Nod", "Math", "Cymdogion", "Rhwngedd", "Agosrwydd", "Brocer", "Enw", "Disgrifiad", "Noddwr", "Arweinwyr"]
    for column in columns:
        check(column in text, f"{out}: the column {column!r} is printed")
    gaps = text.count("heb ei") if bilingual else text.count("not recorded")
    check(gaps >= 5 if bilingual else gaps >= 10, f"{out}: the directory's last columns are printed ({gaps} gaps marked)")
    check(any(end in pages[-1] for end in ["Social Care Wales", "Made with ecomap", "Gwnaed gydag ecomap"]),
          f"{out}: the last page ends the report")
    check_printed_labels(browser, path, known={})


# A4's label size (issue 10's targets, README): what a reader of the printed page needs.
PRINTED_LABEL = 6.5


def check_printed_labels(browser, path, known):
    """The smallest node label of each drawing as printed on A4, in points
    (the key's words aside, which are set a point smaller by design):
    the page laid out for print at the text block's size (210 mm less 12 mm
    each side by 297 mm less 30 mm, in CSS pixels), each label's font size
    times the drawing's scale on the page. `known` holds drawings that miss
    the size (README), each held to the size measured."""
    browser.call("Emulation.setEmulatedMedia", media="print")
    browser.call("Emulation.setDeviceMetricsOverride", width=703, height=1009, deviceScaleFactor=1, mobile=False)
    try:
        time.sleep(0.3)
        drawings = json.loads(browser.evaluate("""JSON.stringify([...document.querySelectorAll('figure svg')]
            .filter(svg => svg.getBoundingClientRect().width > 0)
            .map(svg => ({id: svg.closest('figure').id,
                          sizes: [...svg.querySelectorAll('g.node:not([id*="-key-"]) text')].map(t =>
                              parseFloat(t.getAttribute('font-size')) * t.getScreenCTM().a * 0.75)})))"""))
    finally:
        browser.call("Emulation.clearDeviceMetricsOverride")
        browser.call("Emulation.setEmulatedMedia", media="")
    check(len(drawings) >= 3, f"{path}: {len(drawings)} drawings printed")
    for d in drawings:
        smallest = min(d["sizes"]) if d["sizes"] else 0
        floor = known.get(d["id"])
        if floor is None:
            check(smallest >= PRINTED_LABEL, f"{path}: {d['id']} labels print at {smallest:.1f} pt (at least {PRINTED_LABEL})")
        else:
            print(f"known {path}: {d['id']} labels print at {smallest:.1f} pt, under {PRINTED_LABEL} (README)")
            check(smallest >= floor, f"{path}: {d['id']} labels print at {smallest:.1f} pt, no smaller than the {floor} measured")


def check_unique_ids(browser, path):
    clashes = browser.evaluate("""(function () {
        var seen = {}, clash = [];
        document.querySelectorAll('[id]').forEach(function (e) { if (seen[e.id]) { clash.push(e.id); } seen[e.id] = true; });
        return clash;
    })()""")
    check(not clashes, f"{path}: no two elements share an id {clashes[:5]}")


def test_embedded(browser, path):
    browser.open(path)
    check(not browser.errors(), f"{path}: loads with no console errors {browser.errors()}")
    figures = browser.evaluate("document.querySelectorAll('figure.ecomap svg').length")
    check(figures >= 2, f"{path}: shows every diagram ({figures})")
    check_unique_ids(browser, path)
    visible = browser.evaluate("""Array.prototype.map.call(document.querySelectorAll('figure.ecomap svg'),
        function (s) { var r = s.getBoundingClientRect(); return r.width > 100 && r.height > 50; })""")
    check(all(visible), f"{path}: every diagram is drawn at a visible size {visible}")


def test_live(browser, binary, screenshot):
    """The live preview, served by `binary serve` on a copy of the Social Care Wales map."""
    folder = tempfile.mkdtemp(prefix="ecomap-serve-")
    path = os.path.join(folder, "scw-current.ecomap")
    shutil.copy(os.path.join(os.path.dirname(__file__), "..", "..", "Maps", "scw-current.ecomap"), path)
    with open(path, encoding="utf-8") as f:
        original = f.read()
    errors = open(os.path.join(folder, "serve.err"), "w+")
    page = "the live page"
    server, url = start_serve(binary, path, errors)
    try:
        if not open_served(browser, url, page):
            return
        check(not browser.errors(), f"{page}: loads with no console errors {browser.errors()}")
        nodes = "document.querySelectorAll('.viewport svg g.node:not([class*=key])').length"
        whole = browser.evaluate(nodes)
        check(whole >= 12, f"{page}: draws the map ({whole} nodes)")
        check(browser.wait_until("document.querySelector('.status').textContent.indexOf('Live') === 0", 5) is not None,
              f"{page}: says it is live")

        def save(text):
            with open(path + ".tmp", "w", encoding="utf-8") as f:
                f.write(text)
            os.replace(path + ".tmp", path)

        # A saved edit redraws the map, keeping the zoom.
        box = browser.evaluate("""(function () { var r = document.querySelector('.viewport svg').getBoundingClientRect();
            return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()""")
        browser.call("Input.dispatchMouseEvent", type="mouseWheel", x=box["x"], y=box["y"], deltaX=0, deltaY=-400)
        zoomed = browser.wait_until("parseFloat(document.querySelector('.viewport').getAttribute('data-zoom')) > 1.3", 3)
        zoom = "document.querySelector('.viewport').getAttribute('data-zoom')"
        check(zoomed is not None, f"{page}: the wheel zooms in ({browser.evaluate(zoom)})")
        before = browser.evaluate("document.querySelector('.viewport svg').getAttribute('viewBox')")
        save(original.replace('"Universities"', '"Welsh universities"'))
        took = browser.wait_until("document.querySelector('.viewport svg').textContent.indexOf('Welsh universities') >= 0", 5)
        check(took is not None and took < 1.5, f"{page}: a saved edit redraws the map ({took if took is None else round(took, 3)} s)")
        after = browser.evaluate(zoom)
        check(after is not None and float(after) > 1.3, f"{page}: and keeps the zoom ({after}; viewBox was {before})")
        browser.evaluate("document.querySelector('[data-zoom=fit]').click()")
        check(browser.evaluate(zoom) == "1.000", f"{page}: Fit zooms out again")
        browser.evaluate("document.querySelector('[data-zoom=in]').click()")
        check(float(browser.evaluate(zoom)) > 1, f"{page}: + zooms in")
        browser.evaluate("document.querySelector('[data-zoom=fit]').click()")

        # A typo: its diagnostic shows, at the top where the eye is, and the last good drawing stays.
        save(original.replace('"Universities"', '"Welsh universities"') + "scw -> practioners : informs\n")
        shown = browser.wait_until("document.querySelector('#problems li.error[data-code=unknown-node]') !== null", 5)
        check(shown is not None, f"{page}: a broken save shows its diagnostic")
        text = browser.evaluate("document.querySelector('#problems').textContent")
        check(":44:8: error: unknown node 'practioners'" in text and "hint:" in text, f"{page}: with line, column and hint ({text[:90]!r})")
        check("Welsh universities" in browser.evaluate("document.querySelector('.viewport svg').textContent"),
              f"{page}: and the last good drawing stays")
        panel = browser.evaluate("""(function () { var r = document.getElementById('problems').getBoundingClientRect();
            return {top: r.top, bottom: r.bottom, height: window.innerHeight}; })()""")
        check(0 <= panel["top"] < 200 and panel["bottom"] <= panel["height"],
              f"{page}: at 1920x1080 the problems are at the top, in view without scrolling ({panel})")
        status = browser.evaluate("""(function () { var s = document.querySelector('.status');
            return {text: s.textContent, broken: s.classList.contains('broken'), colour: getComputedStyle(s).backgroundColor}; })()""")
        check(status["broken"] and status["text"].startswith("Live: the last save has errors"),
              f"{page}: and the header's status turns to the error ({status})")
        if screenshot:
            shot = browser.call("Page.captureScreenshot", format="png")
            with open(os.path.splitext(screenshot)[0] + "-error.png", "wb") as f:
                f.write(base64.b64decode(shot["data"]))
        save(original.replace('"Universities"', '"Welsh universities"'))
        check(browser.wait_until("document.getElementById('problems').hidden", 5) is not None, f"{page}: the fix clears it")
        check(browser.wait_until("document.querySelector('.status').textContent.indexOf('Live: the page follows') === 0", 5) is not None,
              f"{page}: and the status is live again")

        # Click a node: its details and links; focus on it, and back.
        node = browser.evaluate("""(function () {
            var g = document.getElementById('scw-current-node-scw'); var r = g.getBoundingClientRect();
            return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()""")
        browser.click(node["x"], node["y"])
        details = browser.evaluate("document.querySelector('.viewport .details').textContent")
        check("Social Care Wales" in details and "Welsh universities" in details, f"{page}: clicking a node shows its details and links ({details[:80]!r})")
        browser.evaluate("""Array.prototype.find.call(document.querySelectorAll('.viewport .details button'),
            function (b) { return b.textContent.indexOf('Focus') === 0; }).click()""")
        # Fewer than the map's 12 (its box's members come with Social Care Wales), and the caption says what is left out.
        focused = browser.wait_until(f"{nodes} < 12 && document.querySelector('.viewport figcaption').textContent.indexOf('not shown') > 0", 10)
        check(focused is not None, f"{page}: focus draws the node and its neighbours ({browser.evaluate(nodes)} nodes)")
        check(browser.evaluate("document.querySelector('form.controls [name=focus]').value") == "scw" and "focus=scw" in browser.evaluate("location.search"),
              f"{page}: the form and the address keep the focus")
        if screenshot:
            browser.evaluate("document.querySelector('[data-zoom=fit]').click()")
        browser.evaluate("document.querySelector('form.controls [name=focus]').value = ''; document.querySelector('form.controls').dispatchEvent(new Event('change'))")
        back = browser.wait_until(f"{nodes} >= 12", 10)
        check(back is not None, f"{page}: and back to the whole map")
        check(not browser.errors(), f"{page}: no console errors after all that {browser.errors()}")
        if screenshot:
            node = browser.evaluate("""(function () {
                var g = document.getElementById('scw-current-node-managers'); var r = g.getBoundingClientRect();
                return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()""")
            browser.click(node["x"], node["y"])
            time.sleep(0.3)
            shot = browser.call("Page.captureScreenshot", format="png")
            with open(screenshot, "wb") as f:
                f.write(base64.b64decode(shot["data"]))
            print(f"     screenshot of the live page: {screenshot}")
        # After the screenshot, which the README shows: these change the map.
        test_options(browser, url, path, save, original)
        test_flood(browser, url, save, original)
    finally:
        server.send_signal(2)
        try:
            code = server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            code = None
        check(code == 0, f"ecomap serve stops cleanly on Ctrl-C (exit {code})")
        errors.close()
        shutil.rmtree(folder, ignore_errors=True)


# Each option as an address gives it, and what its drawing shows (a JavaScript test on the page).
OPTIONS = {
    "lang=cy": "document.documentElement.lang === 'cy' && svgText().indexOf('Allwedd') >= 0",
    "labels=1": "svgText().indexOf('one-way updates') >= 0",
    "layout=eco": "document.querySelector('.viewport svg .ring-guide') !== null",
    "theme=dark": "document.querySelector('.viewport svg').innerHTML.indexOf('#1e1f22') >= 0",
    "focus=scw&depth=1": "svgText().indexOf('not shown') >= 0",
    "only=person": "document.querySelectorAll('.viewport svg g.node.person').length > 0 && "
                   "document.querySelectorAll('.viewport svg g.node.organisation:not([class*=key])').length === 0",
    # In Welsh the link's label is its Welsh one (cy: "diweddariadau un ffordd").
    "lang=cy&labels=1&layout=neato&page=a4": "document.documentElement.lang === 'cy' && svgText().indexOf('un ffordd') >= 0",
}


def start_serve(binary, path, errors):
    """`binary serve path` on a free port, and its address once it says it (None if it never does)."""
    server = subprocess.Popen([binary, "serve", path, "--port", "0"], stdout=subprocess.DEVNULL, stderr=errors)
    for _ in range(300):
        errors.seek(0)
        found = re.search(r"http://127\.0\.0\.1:\d+/", errors.read())
        if found:
            return server, found.group(0)
        time.sleep(0.1)
    return server, None


def open_served(browser, url, page):
    """Check that the server gave its address, and open it at 1920x1080; False if there is none."""
    check(url is not None, f"{page}: ecomap serve starts ({url})")
    if url:
        browser.call("Emulation.setDeviceMetricsOverride", width=1920, height=1080, deviceScaleFactor=1, mobile=False)
        browser.open_url(url)
    return url is not None


def test_live_groups(browser, binary, department):
    """A summarised department in the live preview: click an agency's shape,
    open it (the focus redraws its inside, every group named), and go back."""
    folder = tempfile.mkdtemp(prefix="ecomap-serve-groups-")
    errors = open(os.path.join(folder, "serve.err"), "w+")
    server, url = start_serve(binary, department, errors)
    page = "the live page of a department"
    try:
        if not open_served(browser, url, page):
            return
        shapes = "document.querySelectorAll('.viewport svg g.node.group').length"
        check(browser.wait_until(f"{shapes} > 5", 20) is not None, f"{page}: draws the summary ({browser.evaluate(shapes)} group shapes)")
        agency = browser.evaluate("""(function () {
            var g = document.querySelector('.viewport svg g.node.group.organisation[id$="-node-ea"]');
            if (!g) { return null; } var r = g.getBoundingClientRect();
            return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()""")
        check(agency is not None, f"{page}: the Environment Agency is a shape of its own")
        if not agency:
            return
        browser.click(agency["x"], agency["y"])
        opened = browser.evaluate("""(function () { var b = Array.prototype.find.call(document.querySelectorAll('.viewport .details button'),
            function (b) { return b.textContent.indexOf('Focus') === 0; }); if (b) { b.click(); } return !!b; })()""")
        check(opened, f"{page}: clicking the agency offers to open it")
        inside = browser.wait_until("location.search.indexOf('focus=ea') >= 0 && "
                                    "document.querySelector('.viewport figcaption').textContent.indexOf('not shown') > 0", 20)
        check(inside is not None, f"{page}: the agency opens: its inside is drawn and the address keeps it ({browser.evaluate('location.search')})")
        bold = browser.evaluate("document.querySelector('.viewport svg').textContent")
        check("Environment Agency" in bold and "Department for" in bold, f"{page}: the opened agency is drawn with what it links to")
        back = browser.evaluate("""(function () { var b = Array.prototype.find.call(document.querySelectorAll('.viewport .details button'),
            function (b) { return b.textContent.indexOf('Show the whole map') === 0; }); if (b) { b.click(); } return !!b; })()""")
        if not back:
            browser.evaluate("document.querySelector('form.controls [name=focus]').value = ''; document.querySelector('form.controls').dispatchEvent(new Event('change'))")
        check(browser.wait_until(f"location.search.indexOf('focus=ea') < 0 && {shapes} > 5", 20) is not None, f"{page}: and back to the summary")
        check(not browser.errors(), f"{page}: no console errors {browser.errors()}")
    finally:
        server.send_signal(2)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        errors.close()
        shutil.rmtree(folder, ignore_errors=True)


def test_options(browser, url, path, save, original):
    """The page keeps its options: loaded with each, after two pushes from
    the server (the first at once, the second after a save) the drawing still
    has them, and the event stream was asked with them."""
    page = "the live page's options"
    helper = "function svgText() { var s = document.querySelector('.viewport svg'); return s ? s.textContent : ''; }"
    for n, (query, shows) in enumerate(OPTIONS.items()):
        browser.open_url(f"{url}map/scw-current?{query}")
        browser.evaluate(helper + " window.svgText = svgText; true")
        first = browser.wait_until("parseInt(document.body.getAttribute('data-pushes') || '0') >= 1", 30)
        state = browser.evaluate("JSON.parse(document.getElementById('preview-state').textContent).query")
        check(first is not None and "amp;" not in state, f"{page}: ?{query}: the first push arrives, the state's query is {state!r}")
        # A person every one of these drawings shows.
        # Both names changed: a Welsh page draws the Welsh one (which may break after "Gweithwyr").
        save(original.replace('"Social workers"', f'"Social workers {n}"')
             .replace('"Gweithwyr cymdeithasol"', f'"Gweithwyr cymdeithasol {n}"'))
        second = browser.wait_until(f"parseInt(document.body.getAttribute('data-pushes') || '0') >= 2 && "
                                    f"(svgText().indexOf('Social workers {n}') >= 0 || svgText().indexOf('cymdeithasol {n}') >= 0)", 30)
        check(second is not None, f"{page}: ?{query}: a second push brings the saved edit")
        check(bool(browser.evaluate(shows)), f"{page}: ?{query}: and the drawing still has the option")
    check(not browser.errors(), f"{page}: no console errors {browser.errors()}")


def test_flood(browser, url, save, original):
    """20 requests for the drawing with other options, each abandoned at
    once, then a save: the page's redraw still comes within a second or two."""
    page = "the live page under a flood"
    browser.open_url(f"{url}map/scw-current")
    browser.wait_until("parseInt(document.body.getAttribute('data-pushes') || '0') >= 1", 30)
    browser.evaluate("""(function () {
        var themes = ['dark', 'print', 'colourblind', 'default'], pages = ['a4', 'none', 'a4-landscape', 'slide', 'a4'];
        for (var i = 0; i < 20; i++) {
            var control = new AbortController();
            fetch('/map/scw-current/drawing.svg?theme=' + themes[i % 4] + '&page=' + pages[i % 5] + '&labels=' + (i % 2) +
                  '&lang=' + (i < 10 ? 'en' : 'cy'), {signal: control.signal}).catch(function () {});
            control.abort();
        }
        return true; })()""")
    save(original.replace('"Universities"', '"Flooded universities"'))
    took = browser.wait_until("document.querySelector('.viewport svg').textContent.indexOf('Flooded universities') >= 0", 30)
    check(took is not None and took < 2, f"{page}: the user's redraw arrives in {None if took is None else round(took, 2)} s")


def axe_source():
    """axe-core's axe.min.js, as the PyPI package axe-playwright-python ships it
    (`make browser-test` installs it without Playwright; found, not imported)."""
    import importlib.util
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("axe-playwright-python is missing: run `make browser-test`, which installs it")
    with open(os.path.join(list(spec.submodule_search_locations)[0], "axe.min.js"), encoding="utf-8") as f:
        return f.read()


# The rules a page must pass: WCAG 2.0, 2.1 and 2.2 at levels A and AA.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def check_axe(browser, source, what):
    """axe-core run on the page as loaded: no WCAG A or AA violation."""
    browser.evaluate(source)
    run = browser.call("Runtime.evaluate", awaitPromise=True, returnByValue=True, expression=(
        "axe.run(document, {runOnly: {type: 'tag', values: %s}}).then(r => ({violations: r.violations.map(v => "
        "v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')), passes: r.passes.length}))"
        % json.dumps(WCAG_TAGS)))
    result = run["result"].get("value") or {}
    check(result.get("passes", 0) >= 10, f"{what}: axe-core ran ({result.get('passes', 0)} rules passed)")
    check(not result.get("violations"), f"{what}: no WCAG 2.2 A or AA violation found by axe-core {result.get('violations')}")


def press(browser, key, code, text=None):
    """A key pressed and released, as a keyboard sends it."""
    params = {"key": key, "code": code, "windowsVirtualKeyCode": {"Tab": 9, "Enter": 13, "ArrowDown": 40}.get(key, 0)}
    browser.call("Input.dispatchKeyEvent", type="keyDown", **params, **({"text": text} if text else {}))
    browser.call("Input.dispatchKeyEvent", type="keyUp", **params)


def test_directory(browser, index, bilingual=None):
    """The directory site (`ecomap directory`): it loads without errors,
    search as you type and each filter narrow the list as its entries' own
    text and values say they should, with the keyboard alone, the status line
    counts what shows, an entry's page opens and leads back, axe-core finds no
    WCAG 2.2 A or AA violation on the index or on a page, and the index prints
    on A4 without its search form."""
    source = axe_source()
    browser.open(index)
    check(not browser.errors(), f"{index}: loads without errors {browser.errors()}")
    total = browser.evaluate("document.querySelectorAll('li.entry').length")
    shown = "Array.from(document.querySelectorAll('li.entry')).filter(e => !e.hidden)"
    check(total >= 50 and browser.evaluate("!document.querySelector('form.finder').hidden"),
          f"{index}: the search form shows once the script runs ({total} entries)")
    check(browser.evaluate("document.getElementById('status').textContent") == f"Showing {total} of {total}",
          f"{index}: the status line counts every entry at first")
    # Keyboard only: the first Tab reaches the search box; typing filters as you type.
    press(browser, "Tab", "Tab")
    check(browser.evaluate("document.activeElement.id") == "search", f"{index}: the first Tab reaches the search box")
    browser.call("Input.insertText", text="yammer")
    expected = browser.evaluate("Array.from(document.querySelectorAll('li.entry')).filter(e => "
                                "e.dataset.search.toLowerCase().includes('yammer')).length")
    got = browser.evaluate(shown + ".length")
    check(0 < got == expected < total, f"{index}: typing 'yammer' keeps the {expected} entries that name it ({got} shown)")
    check(browser.evaluate("document.getElementById('status').textContent") == f"Showing {got} of {total}",
          f"{index}: the status line says how many show")
    # Tab on to the organisation filter, then choose the organisation with the most of those entries.
    press(browser, "Tab", "Tab")
    check(browser.evaluate("document.activeElement.id") == "filter-organisations", f"{index}: the next Tab reaches the first filter")
    value, name, expected = browser.evaluate(
        "(() => { const o = Array.from(document.getElementById('filter-organisations').options).slice(1);"
        " const n = v => " + shown + ".filter(e => e.dataset.organisations.split(' ').includes(v)).length;"
        " const best = o.reduce((a, b) => n(b.value) > n(a.value) ? b : a); return [best.value, best.text, n(best.value)]; })()")
    browser.evaluate(f"document.getElementById('filter-organisations').value = {json.dumps(value)};"
                     "document.getElementById('filter-organisations').dispatchEvent(new Event('change'))")
    facts = browser.evaluate(shown + ".map(e => e.querySelector('p.facts').textContent + ' ' + e.dataset.search)")
    check(facts and len(facts) == expected and all(name in f and "yammer" in f.lower() for f in facts),
          f"{index}: choosing {name!r} keeps only its {expected} entries that name yammer ({len(facts or [])} shown)")
    # A search that matches nothing says so; clearing it and the filter brings every entry back.
    browser.evaluate("const s = document.getElementById('search'); s.value = 'zzzz nothing'; s.dispatchEvent(new Event('input'))")
    check(browser.evaluate(shown + ".length") == 0 and browser.evaluate("!document.getElementById('no-match').hidden"),
          f"{index}: a search that matches nothing says so")
    browser.evaluate("document.getElementById('filter-organisations').value = ''; const t = document.getElementById('search');"
                     "t.value = ''; t.dispatchEvent(new Event('input'))")
    check(browser.evaluate(shown + ".length") == total, f"{index}: clearing the search and the filter shows every entry")
    funded = browser.evaluate("document.getElementById('filter-funded').value = 'yes';"
                              "document.getElementById('filter-funded').dispatchEvent(new Event('change'));"
                              + shown + ".map(e => e.dataset.funded)")
    check(funded and set(funded) == {"yes"}, f"{index}: the funded filter keeps the funded ({len(funded or [])})")
    check_axe(browser, source, index)
    # An entry's page: it opens from the index, has its drawing, passes axe-core and leads back.
    href = browser.evaluate("document.querySelector('li.entry[data-kind=community] a').getAttribute('href')")
    page = os.path.join(os.path.dirname(index), href)
    browser.open(page)
    check(not browser.errors() and browser.evaluate("document.querySelector('h1') !== null"), f"{page}: loads with its heading")
    check(browser.evaluate("document.querySelector('figure.neighbourhood svg') !== null"), f"{page}: draws its neighbourhood")
    check_axe(browser, source, page)
    back = browser.evaluate("document.querySelector('nav.back a').href")
    check(back.endswith("/index.html"), f"{page}: leads back to the index ({back})")
    # Printed: the list without the form.
    browser.open(index)
    pdf = base64.b64decode(browser.call("Page.printToPDF", preferCSSPageSize=True, printBackground=True)["data"])
    out = os.path.splitext(index)[0] + ".pdf"
    with open(out, "wb") as f:
        f.write(pdf)
    text = subprocess.run(["pdftotext", "-layout", out, "-"], capture_output=True, text=True, check=True).stdout
    check("Part of a name" not in text and text.count("Community or group") >= 50,
          f"{out}: prints the entries without the search form ({text.count(chr(12))} pages)")
    if bilingual:
        browser.open(bilingual)
        check(not browser.errors(), f"{bilingual}: loads without errors")
        count = browser.evaluate("document.querySelectorAll('li.entry').length")
        check(browser.evaluate("document.getElementById('status').textContent") == f"Yn dangos {count} o {count} / Showing {count} of {count}",
              f"{bilingual}: the status line is in Welsh and English")
        check_axe(browser, source, bilingual)


def test_audit_report(browser, path):
    """The report of a directory of communities, printed on A4 as a sponsor
    would: the first page is the audit (the count, the likely duplicates,
    what is missing), the directory's every column is printed, and no page
    holds only a line or two."""
    browser.open(path)
    check(not browser.errors(), f"{path}: loads without errors {browser.errors()}")
    pdf = base64.b64decode(browser.call("Page.printToPDF", preferCSSPageSize=True, printBackground=True)["data"])
    out = os.path.splitext(path)[0] + ".pdf"
    with open(out, "wb") as f:
        f.write(pdf)
    text = subprocess.run(["pdftotext", "-layout", out, "-"], capture_output=True, text=True, check=True).stdout
    pages = [page for page in text.split("\f") if page.strip()]
    first = pages[0] if pages else ""
    check(all(words in first for words in ["Audit of Agency groups: 30 communities", "Likely duplicates (6)", "Missing to be found (26 of 30)"]),
          f"{out}: the first page is the audit")
    check(all(column in text for column in ["Sponsor", "Funded", "Leads", "Contacts"]) and text.index("Likely duplicates") < text.index("In brief"),
          f"{out}: the directory's columns are printed, before the drawings")
    lines = [len([l for l in page.splitlines() if l.strip()]) for page in pages]
    check(len(pages) >= 3 and min(lines) >= 3, f"{out}: {len(pages)} pages, none holding only a line or two (lines per page: {lines})")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report")
    parser.add_argument("embedded")
    parser.add_argument("--bilingual", metavar="REPORT", help="also print this report, made with --lang cy+en")
    parser.add_argument("--serve", metavar="ECOMAP", help="also test the live preview that this binary serves")
    parser.add_argument("--screenshot", metavar="PNG", help="keep a 1920x1080 screenshot of the live page")
    parser.add_argument("--directory", metavar="INDEX", help="also test a directory site (`ecomap directory`) from its index.html")
    parser.add_argument("--directory-bilingual", metavar="INDEX", help="and a site made with --lang cy+en")
    parser.add_argument("--audit-report", metavar="REPORT", help="also print the report of Examples/Import/agency-groups.xlsx, a directory")
    parser.add_argument("--serve-department", metavar="ECOMAP", help="with --serve, also open an agency of this summarised map in the live preview")
    args = parser.parse_args()
    browser = Browser()
    try:
        test_report(browser, args.report)
        test_print(browser, args.report)
        if args.bilingual:
            test_print(browser, args.bilingual, bilingual=True)
        test_embedded(browser, args.embedded)
        if args.directory:
            test_directory(browser, args.directory, args.directory_bilingual)
        if args.audit_report:
            test_audit_report(browser, args.audit_report)
        if args.serve:
            test_live(browser, args.serve, args.screenshot)
            if args.serve_department:
                test_live_groups(browser, args.serve, args.serve_department)
    finally:
        browser.close()
    if failures:
        sys.exit(f"{len(failures)} browser check(s) failed")
    print("all browser checks passed")


if __name__ == "__main__":
    main()
