// Compares a current map with a best-practice map: the numbers side by side,
// the findings, and the gaps drawn on the current map.
//
//   swift run compare-maps Maps/scw-current.ecomap Maps/scw-best-practice.ecomap
import EcomapCore
import EcomapRender
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let paths = arguments.count >= 2 ? Array(arguments.prefix(2)) : ["Maps/scw-current.ecomap", "Maps/scw-best-practice.ecomap"]

var maps: [CheckedMap] = []
for result in MapDocument.read(paths: paths) {
    switch result {
    case .success(let document):
        guard let map = document.checked else {
            for problem in document.diagnostics { print("\(problem.file):\(problem.range.line): \(problem.message)") }
            exit(1)
        }
        maps.append(map)
    case .failure(let problem):
        print("\(problem.file): \(problem.message)")
        exit(1)
    }
}

let comparison = Comparison(current: maps[0], best: maps[1])
print("Two-way share: \(Int(comparison.current.numbers.twoWayShare * 100))% today, "
      + "\(Int(comparison.best.numbers.twoWayShare * 100))% in best practice")
for (kind, count) in comparison.gapCounts { print("  \(count) \(kind.name(count: count))") }
for finding in comparison.findings(.missingTwoWay).prefix(3) { print("- \(finding.summary())") }

do {
    let svg = try Renderer.renderGaps(comparison, as: .svg)
    try Data(svg).write(to: URL(fileURLWithPath: "gaps.svg"))
    print("Wrote gaps.svg")
} catch let problem as Diagnostic {
    print(problem.message)
    exit(1)
} catch {
    print("can't write gaps.svg: \(error.localizedDescription)")
    exit(1)
}
