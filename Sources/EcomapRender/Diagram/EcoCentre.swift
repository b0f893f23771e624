import EcomapCore

/// Which node an eco-map puts at its centre.
enum EcoCentre {
    /// The node asked for by id; else the one with `role: host`; else the
    /// organisation with the most links (the first in the map on a tie); else
    /// the node with the most links. Nil only for an id the map doesn't have.
    static func choose(_ checked: CheckedMap, asked: String?) -> Int? {
        let map = checked.map
        if let asked { return checked.position(of: asked) }
        if let host = map.nodes.firstIndex(where: { $0.attributes.text(AttributeName.role) == "host" }) { return host }
        var degree = [Int](repeating: 0, count: map.nodes.count)
        for i in map.links.indices {
            let a = checked.from(i), b = checked.to(i)
            guard a != b else { continue }
            degree[a] += 1
            degree[b] += 1
        }
        func best(_ candidates: [Int]) -> Int? {
            candidates.max { degree[$0] < degree[$1] || (degree[$0] == degree[$1] && $0 > $1) }
        }
        return best(map.nodes.indices.filter { map.nodes[$0].kind == .organisation }) ?? best(Array(map.nodes.indices))
    }
}
