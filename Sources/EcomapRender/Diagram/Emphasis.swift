import EcomapCore

/// Drawing metrics into a map, as Kumu's users do: nodes sized by a metric
/// (`--size-by`), brokers marked with a double outline (`--highlight brokers`).
struct Emphasis {
    let metric: SizeMetric?
    /// Per map node position: 0 (smallest) to 1 (largest).
    private var scale: [Double] = []
    private var broker: [Bool] = []

    /// Maps larger than this get sampled centralities: sizing is a picture, not a report.
    static let exactLimit = 20_000

    /// A broker's mark: a second outline, drawn thicker.
    static let brokerMark: [GVAttribute] = [.init(.peripheries, "2"), .init(.penwidth, "2")]

    init(_ checked: CheckedMap, options: RenderOptions) {
        metric = options.sizeBy
        let map = checked.map
        guard options.sizeBy != nil || options.highlightBrokers else { return }
        let stats = NetworkStats(checked, validSample: map.nodes.count > Emphasis.exactLimit ? 500 : nil)
        var byID: [String: NetworkStats.NodeMetrics] = [:]
        for node in stats.nodes { byID[node.id] = node }
        if let metric {
            let values = map.nodes.map { node -> Double in
                guard let m = byID[node.id] else { return 0 }
                return switch metric {
                case .degree: Double(m.degree)
                case .betweenness: m.betweenness
                case .closeness: m.closeness
                }
            }
            let top = values.max() ?? 0
            // A square root keeps small differences visible beside one dominant node.
            scale = values.map { top > 0 ? ($0 / top).squareRoot() : 0 }
        }
        if options.highlightBrokers { broker = map.nodes.map { byID[$0.id]?.broker ?? false } }
    }

    var hasBrokers: Bool { broker.contains(true) }

    func attributes(forNodeAt position: Int) -> [GVAttribute] {
        var a: [GVAttribute] = []
        if !scale.isEmpty {
            let s = scale[position]
            a.append(.init(.fontsize, String(format: "%.1f", 9 + 13 * s)))
            a.append(.init(.margin, String(format: "%.2f,%.2f", 0.08 + 0.2 * s, 0.04 + 0.14 * s)))
        }
        if !broker.isEmpty, broker[position] { a += Emphasis.brokerMark }
        return a
    }
}

import Foundation
