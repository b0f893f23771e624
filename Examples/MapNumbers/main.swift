// Computes a map's network numbers: who holds it together, who would split it
// if they left, and how much flows both ways.
//
//   swift run map-numbers Maps/ogn-wales.ecomap
import EcomapCore
import Foundation

let path = CommandLine.arguments.dropFirst().first ?? "Maps/ogn-wales.ecomap"

do {
    guard let map = try MapDocument.read(path: path).checked else {
        print("\(path) has errors: run `ecomap check \(path)` to see them")
        exit(1)
    }
    let stats = try NetworkStats(map)
    print(map.summary.sentence())
    print("Density \(String(format: "%.3f", stats.density)), reciprocity \(Int(stats.reciprocity * 100))%")
    print("Most central:", stats.mostCentral.map(\.label).joined(separator: ", "))
    print("Brokers:", stats.byBetweenness.filter(\.broker).map(\.label).joined(separator: ", "))
} catch {
    print("\(error.file): \(error.message)")
    exit(1)
}
