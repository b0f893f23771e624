/// The map a view shows, made from the whole one.
enum ViewSubset {
    /// The kept nodes and the links between them, in the order written. An
    /// `in:` or `via:` that names a node left out is dropped from the part, so
    /// the part holds to everything a ``CheckedMap`` promises.
    static func make(_ whole: CheckedMap, keep: [Bool]) -> CheckedMap {
        let map = whole.map
        var part = EcosystemMap(title: map.title, attributes: map.attributes)
        part.headerRange = map.headerRange
        part.styles = map.styles
        var shownNodes = 0
        // A part of a part points into the whole map.
        let wholeNode = { (p: Int) -> Int32 in whole.origin?.nodes[p] ?? Int32(p) }
        let wholeLink = { (i: Int) -> Int32 in whole.origin?.links[i] ?? Int32(i) }
        var origin = CheckedMap.Origin(nodes: [], links: [])
        for (p, node) in map.nodes.enumerated() where keep[p] {
            shownNodes += 1
            origin.nodes.append(wholeNode(p))
            var node = node
            let containers = node.memberOf
            if !containers.isEmpty {
                let kept = containers.filter { map.nodeIndex[$0].map { keep[$0] } ?? false }
                if kept.count != containers.count {
                    node.attributes[AttributeName.in] = kept.isEmpty ? nil : kept.count == 1 ? .text(kept[0]) : .list(kept)
                }
            }
            part.add(node)
        }
        for (i, link) in map.links.enumerated() where keep[whole.from(i)] && keep[whole.to(i)] {
            var link = link
            let via = Int(whole.ends.via[i])
            if via >= 0, !keep[via] {
                link.attributes[AttributeName.via] = nil
            }
            part.add(link)
            origin.links.append(wholeLink(i))
        }
        // A part of a part says what the whole map had that it doesn't.
        let leftOut = LeftOut(nodes: map.nodes.count - shownNodes + (whole.leftOut?.nodes ?? 0),
                              links: map.links.count - part.links.count + (whole.leftOut?.links ?? 0))
        return CheckedMap(trusted: part, name: whole.name, identifier: whole.identifier, leftOut: leftOut, origin: origin)
    }
}
