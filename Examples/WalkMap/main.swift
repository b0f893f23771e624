// Reads a map with EcomapCore, checks it, and walks its nodes and links.
//
//   swift run walk-map Maps/scw-current.ecomap
import EcomapCore
import Foundation

let path = CommandLine.arguments.dropFirst().first ?? "Maps/scw-current.ecomap"

let document: MapDocument
do {
    document = try MapDocument.read(path: path)
} catch {
    print("\(error.file): \(error.message)")
    exit(1)
}

// A map with errors has no checked form: show every problem, as `ecomap check` does.
guard let map = document.checked else {
    let formatter = DiagnosticFormatter()
    for problem in document.diagnostics { print(formatter.format(problem, source: document.source), terminator: "") }
    exit(1)
}

print(map.title)
for kind in NodeKind.allCases {
    let nodes = map.nodes.filter { $0.kind == kind }
    guard !nodes.isEmpty else { continue }
    print("\n\(Language.en.kind(kind))")
    for node in nodes {
        let outgoing = map.links.filter { $0.from == node.id }
        let welsh = node.welshLabel.map { " (\($0))" } ?? ""
        print("  \(node.label)\(welsh): \(outgoing.count) outgoing link\(outgoing.count == 1 ? "" : "s")")
        for link in outgoing {
            let target = map[link.to]?.label ?? link.to
            print("    \(link.direction.symbol) \(target)\(link.type.map { " (\($0))" } ?? "")")
        }
    }
}
print("\n" + map.summary.sentence())
