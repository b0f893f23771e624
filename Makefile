# ecomap: the two commands a newcomer needs.
#
#   make run    check and draw the Social Care Wales map, and say where the drawing is
#   make test   run every test
#
# Both install what is missing first (Graphviz's library, from Debian's packages).

SWIFT ?= swift
MAP ?= Maps/scw-current.ecomap
OUT ?= out
BIN := .build/release/ecomap
# sudo only when not root (CI runs as root; a laptop usually doesn't).
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup build run test browser-test bench clean

setup:
	@if ! pkg-config --exists libgvc 2>/dev/null; then \
		echo "Installing Graphviz's library (libgraphviz-dev) with apt-get..."; \
		$(SUDO) apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q libgraphviz-dev pkg-config fonts-dejavu-core; \
	fi

build: setup
	$(SWIFT) build -c release --product ecomap

run: build
	@mkdir -p $(OUT)
	$(BIN) check $(MAP)
	$(BIN) render $(MAP) -o $(OUT)/$(basename $(notdir $(MAP))).svg
	@echo "Open $(OUT)/$(basename $(notdir $(MAP))).svg in a browser to see the map."

# The end-to-end tests run the built binaries, so build everything first.
test: setup
	$(SWIFT) build
	$(SWIFT) test

# The HTML report and an embedded document in a real browser (headless Chromium).
browser-test: build
	@command -v chromium >/dev/null 2>&1 || { echo "Installing Chromium with apt-get..."; \
		$(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q chromium; }
	@python3 -c "import websocket, PIL" 2>/dev/null || python3 -m pip install -q websocket-client pillow 2>/dev/null || \
		{ $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q python3-websocket python3-pil; }
	@mkdir -p $(OUT)/browser
	$(BIN) report Maps/scw-current.ecomap --compare Maps/scw-best-practice.ecomap -o $(OUT)/browser/report.html
	$(BIN) embed Examples/Embed/two-maps.md -o $(OUT)/browser/two-maps.html
	python3 Tests/browser/browser_test.py $(OUT)/browser/report.html $(OUT)/browser/two-maps.html

bench: setup
	python3 Benchmarks/bench.py check
	python3 Benchmarks/bench.py render
	python3 Benchmarks/bench.py stats
	python3 Benchmarks/bench.py compare

clean:
	rm -rf .build $(OUT)
