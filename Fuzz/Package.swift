// swift-tools-version:6.0
// libFuzzer harnesses for ecomap, kept out of the root package so that
// `swift build` and `swift test` never see them. Built and run by
// `make fuzz` (see the README):
//
//   swift build --package-path Fuzz --scratch-path .build-fuzz --product FuzzParse \
//     --sanitize fuzzer -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld
//
// Each harness is a file not named main.swift with an `LLVMFuzzerTestOneInput`;
// libFuzzer supplies `main`. They reach internals with `@testable import`,
// which a debug build allows.
import PackageDescription

let package = Package(
    name: "ecomap-fuzz",
    // A path package's identity is its folder's name: `name:` gives it the root's.
    dependencies: [.package(name: "ecomap", path: "..")],
    targets: [
        // Bytes → parse → check → diagnostics, summary, JSON.
        .executableTarget(name: "FuzzParse", dependencies: [.product(name: "EcomapCore", package: "ecomap")]),
        // A checked map → diagram → DOT, with its options, and a comparison's gap diagram.
        .executableTarget(name: "FuzzDOT", dependencies: [.product(name: "Ecomap", package: "ecomap")]),
        // Markdown → maps found and checked → the page's HTML (no Graphviz: figures are stand-ins).
        .executableTarget(name: "FuzzEmbed", dependencies: [.product(name: "Ecomap", package: "ecomap")]),
        // Files of any kind → import (CSV, workbook, blueprint) → the map's text, read back; CSV out and in again.
        .executableTarget(name: "FuzzImport", dependencies: [.product(name: "EcomapInterchange", package: "ecomap")]),
    ]
)
