// swift-tools-version:6.0
import PackageDescription

// The layers, lowest first; each may use only those below it, and the compiler
// holds them to that (docs/architecture.md draws the graph):
//
//   EcomapCore    model, parse, check, analyse, compare: pure Swift, no C, no HTML
//   EcomapRender  diagrams, DOT, and the one place that calls Graphviz (CGraphviz)
//   EcomapReport  HTML and Markdown documents
//   ecomap        the command line
let package = Package(
    name: "ecomap",
    platforms: [.macOS(.v13)],
    products: [
        // Read, check, analyse and compare maps, with no Graphviz and no HTML.
        .library(name: "EcomapCore", targets: ["EcomapCore"]),
        // Everything: drawing and reports too.
        .library(name: "Ecomap", targets: ["EcomapCore", "EcomapRender", "EcomapReport"]),
        .executable(name: "ecomap", targets: ["ecomap"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
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
        .target(name: "EcomapRender", dependencies: ["EcomapCore", "CGraphviz"]),
        // cmark-gfm, GitHub's CommonMark parser (Debian's libcmark-gfm-dev and
        // libcmark-gfm-extensions-dev: one pkg-config name gives both), for
        // EcomapReport's Markdown alone.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]
        ),
        .target(
            name: "EcomapReport",
            dependencies: [
                "EcomapCore", "EcomapRender", "CCmarkGFM",
                .product(name: "Plot", package: "Plot"),
            ]
        ),
        .executableTarget(
            name: "ecomap",
            dependencies: [
                "EcomapCore", "EcomapRender", "EcomapReport",
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
        // Times the stages of a comparison (Benchmarks/bench.py compare).
        .executableTarget(name: "ecomap-bench-compare", dependencies: ["EcomapCore"], path: "Benchmarks/CompareBench"),
        // Checks one map thousands of times in one process: memory must stay flat.
        .executableTarget(name: "ecomap-soak", dependencies: ["EcomapCore"], path: "Benchmarks/Soak"),

        // What the test targets share: golden files, running the built binary.
        .target(name: "EcomapTestSupport", dependencies: ["EcomapCore"], path: "Tests/Support"),
        // The core alone: builds and runs with no Graphviz and no HTML library.
        .testTarget(name: "EcomapCoreTests", dependencies: ["EcomapCore", "EcomapTestSupport"], exclude: ["Golden", "networkx_check.py"]),
        .testTarget(
            name: "EcomapTests",
            dependencies: ["EcomapCore", "EcomapRender", "EcomapReport", "EcomapTestSupport"],
            exclude: ["Golden", "Regressions"]
        ),
    ]
)
