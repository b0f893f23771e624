# ecomap: the two commands a newcomer needs.
#
#   make run    check and draw the Social Care Wales map, and say where the drawing is
#   make test   run every test (CI runs it: .ci/run)
#
# Both install what is missing first, with apt-get (sudo when not root):
# Graphviz's, cmark-gfm's, planarity's and zlib's libraries and the DejaVu fonts the
# drawings are measured in; for the tests, also every program they run
# (Graphviz's neato, xmllint, valgrind, objcopy, python3, node) and the Python
# modules they import (networkx, igraph, openpyxl and tinycss2, with pip).
#
#   make test-fast       the tests that start no program and time nothing: under a minute after a build
#   make accept-goldens  take what the last run got (each Golden/NAME.got) as the expected output
#   make reproducers     the robustness reproducers again, on the release build
#   make fresh-check     make test in a clean clone of HEAD on a fresh Debian (root; about 25 minutes)
#   make install         put ecomap on the PATH (PREFIX=/usr/local by default)
#   make fuzz            run each libFuzzer harness in Fuzz/ for SECONDS seconds (60 by default)

SWIFT ?= swift
MAP ?= Maps/scw-current.ecomap
OUT ?= out
BIN := .build/release/ecomap
PREFIX ?= /usr/local
# sudo only when not root (CI runs as root; a laptop usually doesn't).
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup test-setup build run test test-fast accept-goldens reproducers fresh-check install uninstall docs diagnostics-doc browser-test bench gallery readme-images fuzz-build fuzz clean

# $(call need,TEST,PACKAGES): shell that adds PACKAGES to $packages when the command TEST fails.
need = { $(1); } >/dev/null 2>&1 || packages="$$packages $(2)";
# Installs $packages, if any, with apt-get; $(1) says what they are for.
apt-install = [ -z "$$packages" ] || { echo "Installing$$packages with apt-get ($(1))..."; \
	$(SUDO) apt-get update -q && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$packages; }
# Fails, naming them, when $packages are still missing after the install.
still-missing = [ -z "$$packages" ] || { echo "Still missing after the install:$$packages"; exit 1; }

# What building and drawing need: one Debian package (or two) a line, after the test that finds it.
SETUP_NEEDS = \
	$(call need,pkg-config --version,pkg-config) \
	$(call need,pkg-config --exists libgvc,libgraphviz-dev) \
	$(call need,pkg-config --exists libcmark-gfm,libcmark-gfm-dev) \
	$(call need,test -e "$$(pkg-config --variable=includedir libcmark-gfm)/cmark-gfm-core-extensions.h",libcmark-gfm-extensions-dev) \
	$(call need,pkg-config --exists zlib,zlib1g-dev) \
	$(call need,test -e /usr/include/planarity/graph.h,libplanarity-dev) \
	$(call need,test -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf,fonts-dejavu-core) \

# The programs the tests run: neato (legibility.py's baseline in PageCLITests),
# xmllint (SVG read back), valgrind and objcopy (ValgrindTests), python3
# (networkx, igraph and openpyxl; the relay that measures a run; legibility.py;
# tinycss2 on the report's and the live preview's CSS) and node (their
# JavaScript checked by its parser: ReportAssetsCLITests, AssetCLITests).
TEST_NEEDS = \
	$(call need,command -v neato,graphviz) \
	$(call need,command -v xmllint,libxml2-utils) \
	$(call need,command -v valgrind,valgrind) \
	$(call need,command -v objcopy,binutils) \
	$(call need,command -v python3,python3) \
	$(call need,command -v node,nodejs) \

# The Python modules the tests import, as pip names them, with the oldest
# version that serves where one matters: networkx reads GEXF 1.3 from 3.6 on
# (Debian 12's python3-networkx, 2.8, does not); tinycss2 checks the report's
# and the live preview's CSS. Tests/python_needs.py says which are missing.
TEST_PYTHON_NEEDS = networkx>=3.6 igraph openpyxl tinycss2

setup:
	@packages=; $(SETUP_NEEDS) $(call apt-install,the libraries and fonts ecomap is built and draws with)
	@packages=; $(SETUP_NEEDS) $(still-missing)

# pip installs into a Python of one's own (pyenv, a virtualenv); into
# Debian's own python3, which refuses that (PEP 668), it installs for the user
# alone (~/.local), leaving Debian's packages as they are.
test-setup: setup
	@packages=; $(TEST_NEEDS) $(call apt-install,the programs the tests run)
	@packages=; $(TEST_NEEDS) $(still-missing)
	@missing=$$(python3 Tests/python_needs.py '$(TEST_PYTHON_NEEDS)'); [ -z "$$missing" ] || { \
		packages=; $(call need,python3 -m pip --version,python3-pip) $(call apt-install,pip); \
		echo "Installing" $$missing "with pip..."; \
		python3 -m pip install -q $$missing 2>/dev/null || python3 -m pip install -q --user --break-system-packages $$missing; }
	@missing=$$(python3 Tests/python_needs.py '$(TEST_PYTHON_NEEDS)'); \
	[ -z "$$missing" ] || { echo "Still missing after the install: the Python modules" $$missing; exit 1; }

build: setup
	$(SWIFT) build -c release --product ecomap

run: build
	@mkdir -p $(OUT)
	$(BIN) check $(MAP)
	$(BIN) render $(MAP) -o $(OUT)/$(basename $(notdir $(MAP))).svg
	@echo "Open $(OUT)/$(basename $(notdir $(MAP))).svg in a browser to see the map."

# The end-to-end tests run the built binaries, so build everything first.
# The tests are Swift Testing's; XCTest would only report that it has none.
# The valgrind runs (ValgrindTests) are here, and only here.
test: test-setup
	$(SWIFT) build
	$(SWIFT) test --disable-xctest

# The slow tests sit in suites whose names end as FAST_SKIP says (and carry
# the tags .launchesBinary, .valgrind, .wallClock, .largeInput or .drawsWholeMaps): this
# Swift's `swift test` filters by name, not by tag. Tests/Support/Slow.swift
# has the rule; a test that starts a program outside such a suite fails.
FAST_SKIP := (CLI|Valgrind|Timing|LargeInput|Drawing)Tests/
test-fast: test-setup
	$(SWIFT) test --disable-xctest --skip '$(FAST_SKIP)'

# A golden-file test that fails writes what it got beside the golden file as
# NAME.got; this takes each one as the new expected output. Review git diff.
accept-goldens:
	@found=$$(find Tests -path '*/Golden/*' -name '*.got' | sort); \
	[ -n "$$found" ] || { echo "No .got files: every golden file matched at the last run."; exit 0; }; \
	for got in $$found; do mv "$$got" "$${got%.got}"; echo "Accepted $${got%.got}"; done; \
	echo "Review them with git diff before committing."

# The reproducers of the robustness issue (ReproducerCLITests), which make
# test runs on the debug build, again on the release build as a user would
# run it. (Not the valgrind runs: make test has those.)
reproducers: build test-setup
	ECOMAP_BIN=$(CURDIR)/$(BIN) $(SWIFT) test --disable-xctest --filter 'ReproducerCLITests/'

# make test in a clean clone of the committed HEAD (REF=another ref) inside a
# fresh Debian bookworm (debootstrap, cached in .build-fresh), where only
# Swift's own prerequisites are installed: what the tests need must come from
# make test's own install steps. WITHOUT=graphviz deletes that package's line
# from the clone's Makefile first, and then passes only if make test fails.
# Needs root. .ci/fresh-check says more.
fresh-check:
	REF=$(or $(REF),HEAD) WITHOUT=$(WITHOUT) .ci/fresh-check

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
	@python3 -c "import importlib.util, sys; sys.exit(importlib.util.find_spec('axe_playwright_python') is None)" || \
		python3 -m pip install -q --no-deps axe-playwright-python 2>/dev/null || python3 -m pip install -q --no-deps --user --break-system-packages axe-playwright-python
	@mkdir -p $(OUT)/browser
	$(SWIFT) build -c release --product ecomap-generate
	.build/release/ecomap-generate --department 100 > $(OUT)/browser/department-100.ecomap
	$(BIN) directory $(OUT)/browser/department-100.ecomap -o $(OUT)/browser/directory
	$(BIN) directory Maps/scw-current.ecomap --lang cy+en -o $(OUT)/browser/directory-cy-en
	$(BIN) import Examples/Import/agency-groups.xlsx -o $(OUT)/browser/groups.ecomap --title "Agency groups" 2>/dev/null
	$(BIN) report $(OUT)/browser/groups.ecomap -o $(OUT)/browser/groups-report.html
	$(BIN) report Maps/scw-current.ecomap --compare Maps/scw-best-practice.ecomap -o $(OUT)/browser/report.html
	$(BIN) report Maps/scw-current.ecomap --compare Maps/scw-best-practice.ecomap --lang cy+en -o $(OUT)/browser/report-cy-en.html
	$(BIN) embed Examples/Embed/two-maps.md --root . -o $(OUT)/browser/two-maps.html
	python3 Tests/browser/browser_test.py $(OUT)/browser/report.html $(OUT)/browser/two-maps.html \
		--bilingual $(OUT)/browser/report-cy-en.html \
		--directory $(OUT)/browser/directory/index.html --directory-bilingual $(OUT)/browser/directory-cy-en/index.html \
		--audit-report $(OUT)/browser/groups-report.html \
		--serve $(BIN) --serve-department $(OUT)/browser/department-100.ecomap --screenshot $(OUT)/browser/serve.png

bench: setup
	python3 Benchmarks/bench.py check
	python3 Benchmarks/bench.py render
	python3 Benchmarks/bench.py stats
	python3 Benchmarks/bench.py compare
	python3 Benchmarks/bench.py report
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
# DiagnosticDocsCLITests fails when the two disagree.
diagnostics-doc: setup
	$(SWIFT) build --product ecomap
	@python3 -c 'import re,subprocess,sys; \
	p="docs/diagnostics.md"; s=open(p).read(); \
	b="<!-- generated by `make diagnostics-doc` (ecomap explain --format markdown): do not edit by hand -->\n"; e="<!-- end of generated part -->"; \
	t=subprocess.run([".build/debug/ecomap","explain","--format","markdown"],capture_output=True,text=True,check=True).stdout; \
	i=s.index(b)+len(b); j=s.index(e); open(p,"w").write(s[:i]+t+s[j:])'
	@echo "Wrote docs/diagnostics.md"
