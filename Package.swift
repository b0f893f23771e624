// swift-tools-version:6.0
import PackageDescription

// The layers, lowest first; each may use only those below it, and the compiler
// holds them to that (docs/architecture.md draws the graph):
//
//   EcomapCore    model, parse, check, analyse, compare: pure Swift, no C, no HTML
//   EcomapRender  diagrams, DOT, and the one place that calls Graphviz (CGraphviz)
//   EcomapReport  HTML and Markdown documents
//   EcomapInterchange  spreadsheets and Kumu in; GraphML, GEXF, CSV, XLSX, Kumu, Mermaid out; the audit
//   EcomapServe   the live preview's web server and the file watcher
//   ecomap        the command line
let package = Package(
    name: "ecomap",
    platforms: [.macOS(.v14)],
    products: [
        // Read, check, analyse and compare maps, with no Graphviz and no HTML.
        .library(name: "EcomapCore", targets: ["EcomapCore"]),
        // Everything: drawing and reports too.
        .library(name: "Ecomap", targets: ["EcomapCore", "EcomapRender", "EcomapReport"]),
        // Import from spreadsheets, export to other tools, and the audit: no Graphviz, no HTML.
        .library(name: "EcomapInterchange", targets: ["EcomapInterchange"]),
        .executable(name: "ecomap", targets: ["ecomap"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The report's HTML, from templates in Sources/EcomapReport/Templates (docs/architecture.md says why).
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        // The live preview's web server (docs/architecture.md says why this one).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.14.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        // Spreadsheets in, other tools out (EcomapInterchange): .xlsx is a zip of XML parts.
        // zlib's deflate, through compress-nio; the zip around it is read and
        // written by hand (docs/architecture.md says why).
        .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.5.0"),
    ],
    targets: [
        .target(name: "EcomapCore"),
        // Graphviz is bound through pkg-config so that Debian's libgraphviz-dev
        // (libgvc, libcgraph, libcdt) is found without hard-coded paths.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        // cmark-gfm, GitHub's CommonMark parser (Debian's libcmark-gfm-dev and
        // libcmark-gfm-extensions-dev: one pkg-config name gives both), for the
        // Markdown of EcomapReport's embedded documents; bound in EcomapRender,
        // the one layer that calls C.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]
        ),
        // John Boyer's edge-addition planarity library (Debian's
        // libplanarity-dev, which has no pkg-config file: the module map
        // links it by name), for the default layout's planar drawings;
        // bound in EcomapRender, the one layer that calls C.
        .systemLibrary(
            name: "CPlanarity",
            providers: [.apt(["libplanarity-dev"])]
        ),
        .target(name: "EcomapRender", dependencies: ["EcomapCore", "CGraphviz", "CCmarkGFM", "CPlanarity"]),
        // The templates, style and script are files, compiled into the code
        // (not a bundle beside it), so `make install`'s one binary has them.
        .target(
            name: "EcomapReport",
            dependencies: [
                "EcomapCore", "EcomapRender", "EcomapInterchange",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.embedInCode("Templates"), .embedInCode("Assets")]
        ),
        // The server layer: `ecomap serve` and the file watcher behind it and `ecomap watch`.
        .target(
            name: "EcomapServe",
            dependencies: [
                "EcomapCore", "EcomapRender", "EcomapReport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            // The page's style and script: files the tests check as CSS and
            // JavaScript, compiled into the program so one binary is the whole preview.
            resources: [.embedInCode("Resources/preview.css"), .embedInCode("Resources/preview.js")]
        ),
        // Import from spreadsheets and Kumu, export to GraphML, GEXF, CSV, XLSX,
        // Kumu and Mermaid, and the community audit: beside EcomapReport, it
        // needs only the core (no Graphviz, no HTML) and the parsing libraries.
        .target(
            name: "EcomapInterchange",
            dependencies: [
                "EcomapCore",
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "ecomap",
            dependencies: [
                "EcomapCore", "EcomapRender", "EcomapReport", "EcomapServe", "EcomapInterchange",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Examples build with the package so they cannot rot; each is one task
        // of the DocC catalogue.
        .executableTarget(name: "walk-map", dependencies: ["EcomapCore"], path: "Examples/WalkMap"),
        .executableTarget(name: "draw-map", dependencies: ["EcomapCore", "EcomapRender"], path: "Examples/DrawMap"),
        .executableTarget(name: "compare-maps", dependencies: ["EcomapCore", "EcomapRender"], path: "Examples/CompareMaps"),
        .executableTarget(name: "map-numbers", dependencies: ["EcomapCore"], path: "Examples/MapNumbers"),

        // Deterministic synthetic maps for the benchmarks in Benchmarks/.
        .executableTarget(
            name: "ecomap-generate",
            dependencies: ["EcomapCore", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Benchmarks/Generator"
        ),
        // The render benchmark's baseline: libgvc alone on ecomap's DOT.
        .executableTarget(name: "gvc-render", dependencies: ["CGraphviz"], path: "Benchmarks/GVCRender"),
        // Checks one map thousands of times in one process: memory must stay flat.
        .executableTarget(name: "ecomap-soak", dependencies: ["EcomapCore"], path: "Benchmarks/Soak"),

        // What the test targets share: golden files, running the built binary.
        .target(name: "EcomapTestSupport", dependencies: ["EcomapCore"], path: "Tests/Support", exclude: ["check_css.py", "folder_graph.py"]),
        // The core alone: builds and runs with no Graphviz and no HTML library.
        .testTarget(name: "EcomapCoreTests", dependencies: ["EcomapCore", "EcomapTestSupport"], exclude: ["Golden", "Fixtures", "networkx_check.py"]),
        .testTarget(
            name: "EcomapTests",
            dependencies: ["EcomapCore", "EcomapRender", "EcomapReport", "EcomapTestSupport"],
            exclude: ["Golden", "Fixtures", "Regressions"]
        ),
        // The live preview in process: its routes through HummingbirdTesting, its
        // guard, its drawing queue, its page's assets (checked by node and tinycss2).
        .testTarget(
            name: "EcomapServeTests",
            dependencies: [
                "EcomapServe", "EcomapCore", "EcomapRender", "EcomapReport", "EcomapTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "EcomapInterchangeTests",
            dependencies: ["EcomapInterchange", "EcomapCore", "EcomapTestSupport"],
            exclude: ["Golden", "Fixtures", "Support/read_graph.py", "Support/make_workbooks.py"]
        ),
    ]
)
