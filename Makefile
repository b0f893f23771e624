# ecomap: the two commands a newcomer needs.
#
#   make run    check and draw the Social Care Wales map, and say where the drawing is
#   make test   run every test
#
# Both install what is missing first (Graphviz's, cmark-gfm's and zlib's
# libraries from Debian's packages; for the tests, networkx, igraph and
# openpyxl from PyPI).
#
#   make install   put ecomap on the PATH (PREFIX=/usr/local by default)
#   make fuzz      run each libFuzzer harness in Fuzz/ for SECONDS seconds (60 by default)

SWIFT ?= swift
MAP ?= Maps/scw-current.ecomap
OUT ?= out
BIN := .build/release/ecomap
PREFIX ?= /usr/local
# sudo only when not root (CI runs as root; a laptop usually doesn't).
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup test-setup build run test reproducers install uninstall docs diagnostics-doc browser-test bench gallery readme-images fuzz-build fuzz clean

setup:
	@if ! pkg-config --exists libgvc libcmark-gfm zlib 2>/dev/null; then \
		echo "Installing Graphviz's, cmark-gfm's and zlib's libraries (libgraphviz-dev, libcmark-gfm-dev, zlib1g-dev) with apt-get..."; \
		$(SUDO) apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q libgraphviz-dev libcmark-gfm-dev \
			libcmark-gfm-extensions-dev zlib1g-dev pkg-config fonts-dejavu-core; \
	fi

# The tests check ecomap's network numbers against networkx's, read GraphML
# and GEXF with networkx and igraph, make workbooks with openpyxl (the tools
# people use), read SVG back with xmllint and run ecomap under valgrind.
test-setup: setup
	@command -v xmllint >/dev/null 2>&1 && command -v valgrind >/dev/null 2>&1 || { \
		echo "Installing xmllint and valgrind with apt-get..."; $(SUDO) apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q libxml2-utils valgrind; }
	@python3 -c "import networkx, igraph, openpyxl" 2>/dev/null || { echo "Installing networkx, igraph and openpyxl with pip..."; \
		python3 -m pip install -q networkx igraph openpyxl 2>/dev/null || python3 -m pip install -q --user networkx igraph openpyxl 2>/dev/null || \
		{ $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q python3-networkx python3-igraph python3-openpyxl; }; }

build: setup
	$(SWIFT) build -c release --product ecomap

run: build
	@mkdir -p $(OUT)
	$(BIN) check $(MAP)
	$(BIN) render $(MAP) -o $(OUT)/$(basename $(notdir $(MAP))).svg
	@echo "Open $(OUT)/$(basename $(notdir $(MAP))).svg in a browser to see the map."

# The end-to-end tests run the built binaries, so build everything first.
# The tests are Swift Testing's; XCTest would only report that it has none.
test: test-setup
	$(SWIFT) build
	$(SWIFT) test --disable-xctest

# The reproducers of the robustness issue (ReproducerTests), run against the
# release build as a user would run them.
reproducers: build test-setup
	ECOMAP_BIN=$(CURDIR)/$(BIN) $(SWIFT) test --disable-xctest --filter "ReproducerTests|ValgrindTests"

# Puts ecomap on the PATH: $(PREFIX)/bin/ecomap (sudo when the folder isn't yours).
install: build
	@dir="$(DESTDIR)$(PREFIX)/bin"; \
	if mkdir -p "$$dir" 2>/dev/null && [ -w "$$dir" ]; then install -m 755 $(BIN) "$$dir/ecomap"; \
	else $(SUDO) install -d "$$dir" && $(SUDO) install -m 755 $(BIN) "$$dir/ecomap"; fi; \
	echo "Installed $$dir/ecomap"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/ecomap"

# The library's documentation (DocC), one archive per layer, in .build/plugins/Swift-DocC/outputs.
docs: setup
	for target in EcomapCore EcomapRender EcomapReport EcomapInterchange; do $(SWIFT) package generate-documentation --target $$target || exit 1; done

# The HTML report, an embedded document and the live preview (ecomap serve) in a real browser (headless Chromium).
browser-test: build
	@command -v chromium >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 || { echo "Installing Chromium and poppler-utils with apt-get..."; \
		$(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q chromium poppler-utils; }
	@python3 -c "import websocket, PIL" 2>/dev/null || python3 -m pip install -q websocket-client pillow 2>/dev/null || \
		{ $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q python3-websocket python3-pil; }
	@mkdir -p $(OUT)/browser
	$(BIN) report Maps/scw-current.ecomap --compare Maps/scw-best-practice.ecomap -o $(OUT)/browser/report.html
	$(BIN) embed Examples/Embed/two-maps.md --root . -o $(OUT)/browser/two-maps.html
	python3 Tests/browser/browser_test.py $(OUT)/browser/report.html $(OUT)/browser/two-maps.html \
		--serve $(BIN) --screenshot $(OUT)/browser/serve.png

bench: setup
	python3 Benchmarks/bench.py check
	python3 Benchmarks/bench.py render
	python3 Benchmarks/bench.py stats
	python3 Benchmarks/bench.py compare
	python3 Benchmarks/interchange_bench.py import
	python3 Benchmarks/interchange_bench.py export
	python3 Benchmarks/interchange_bench.py audit
	python3 Benchmarks/serve_bench.py

# Every map in Maps/ for every page and theme, with an index.html to look through.
gallery: build
	python3 Benchmarks/gallery.py --ecomap $(BIN) --out $(OUT)/gallery

# The README's picture: the Social Care Wales map as it comes out for a slide.
readme-images: build
	$(BIN) render Maps/scw-current.ecomap -o docs/images/scw-current-slide.png
	$(BIN) render Maps/scw-current.ecomap --layout eco -o docs/images/scw-current-eco.png
	@mkdir -p $(OUT)
	$(SWIFT) build -c release --product ecomap-generate
	.build/release/ecomap-generate --department 1000 > $(OUT)/department-1000.ecomap
	$(BIN) render $(OUT)/department-1000.ecomap -o docs/images/department-1000-slide.png

# Fuzzing: libFuzzer with AddressSanitizer (and LeakSanitizer), one harness
# at a time for SECONDS seconds each, from the seeds in Fuzz/corpus/<harness>
# with the dictionary in Fuzz/dict/<harness>.dict. What the fuzzer learns is
# kept in .build-fuzz/corpus; an input that fails is saved in
# .build-fuzz/artifacts and stops the run (it belongs in a test in Tests/).
# Fuzz/lsan-suppressions.txt names the leaks that are not ecomap's.
FUZZERS ?= FuzzParse FuzzDOT FuzzEmbed FuzzImport
SECONDS ?= 60
FUZZ_BUILD = $(SWIFT) build --package-path Fuzz --scratch-path .build-fuzz \
	--sanitize fuzzer -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld

fuzz-build: setup
	@for h in $(FUZZERS); do $(FUZZ_BUILD) --product $$h || exit 1; done

fuzz: fuzz-build
	@mkdir -p .build-fuzz/artifacts
	@for h in $(FUZZERS); do \
		mkdir -p .build-fuzz/corpus/$$h; \
		echo "== $$h for $(SECONDS) s"; \
		SWIFT_BACKTRACE=enable=no LSAN_OPTIONS=suppressions=$(CURDIR)/Fuzz/lsan-suppressions.txt .build-fuzz/debug/$$h .build-fuzz/corpus/$$h Fuzz/corpus/$$h \
			-dict=Fuzz/dict/$$h.dict -max_total_time=$(SECONDS) -timeout=15 -rss_limit_mb=4096 \
			-max_len=8192 -print_final_stats=1 -artifact_prefix=.build-fuzz/artifacts/$$h- || exit 1; \
	done

clean:
	rm -rf .build .build-fuzz $(OUT)

# docs/diagnostics.md's tables, from the codes themselves (DiagnosticCode);
# DiagnosticDocsTests fails when the two disagree.
diagnostics-doc: build
	@python3 -c 'import re,subprocess,sys; \
	p="docs/diagnostics.md"; s=open(p).read(); \
	b="<!-- generated by `make diagnostics-doc` (ecomap explain --format markdown): do not edit by hand -->\n"; e="<!-- end of generated part -->"; \
	t=subprocess.run(["$(BIN)","explain","--format","markdown"],capture_output=True,text=True,check=True).stdout; \
	i=s.index(b)+len(b); j=s.index(e); open(p,"w").write(s[:i]+t+s[j:])'
	@echo "Wrote docs/diagnostics.md"
