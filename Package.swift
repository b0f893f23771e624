// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ecomap",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Ecomap", targets: ["Ecomap"]),
        .executable(name: "ecomap", targets: ["ecomap"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
    ],
    targets: [
        // Graphviz is bound through pkg-config so that Debian's libgraphviz-dev
        // (libgvc, libcgraph, libcdt) is found without hard-coded paths.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        .target(
            name: "Ecomap",
            dependencies: [
                "CGraphviz",
                .product(name: "Plot", package: "Plot"),
                .product(name: "Ink", package: "Ink"),
            ]
        ),
        .executableTarget(
            name: "ecomap",
            dependencies: [
                "Ecomap",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Examples build with the package so they cannot rot.
        .executableTarget(
            name: "walk-map",
            dependencies: ["Ecomap"],
            path: "Examples/WalkMap"
        ),
        // Deterministic synthetic maps for the benchmarks in Benchmarks/.
        .executableTarget(
            name: "ecomap-generate",
            dependencies: [
                "Ecomap",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/Generator"
        ),
        // The render benchmark's baseline: libgvc alone on ecomap's DOT.
        .executableTarget(
            name: "gvc-render",
            dependencies: ["CGraphviz"],
            path: "Benchmarks/GVCRender"
        ),
        // Times the stages of a comparison (Benchmarks/bench.py compare).
        .executableTarget(
            name: "ecomap-bench-compare",
            dependencies: ["Ecomap"],
            path: "Benchmarks/CompareBench"
        ),
        .testTarget(
            name: "EcomapTests",
            dependencies: ["Ecomap"],
            exclude: ["Golden", "Support/networkx_check.py"]
        ),
    ]
)
