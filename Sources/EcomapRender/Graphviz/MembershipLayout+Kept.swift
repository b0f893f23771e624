/// A level of the membership layout kept where an earlier drawing had it
/// (``RenderOptions/places``), with ``OverlapRemoval`` making room.
extension MembershipLayout {
    /// One level kept as it starts (from places), its items moved apart only
    /// where they overlap, with the same gap Prism leaves (`sep=+5` each side).
    static func keptLevel(_ items: [Item], sizes: [Size], starts: [Position], settled: [Bool]) -> Level {
        var centres = starts
        OverlapRemoval.separate(&centres, sizes: sizes, settled: settled, gap: 10)
        var all = Box.empty
        for (centre, size) in zip(centres, sizes) { all = all.union(Box(centre: centre, size: size)) }
        let middle = all.isEmpty ? Position(x: 0, y: 0) : all.centre
        var boxSizes: [Item: Size] = [:]
        for (item, size) in zip(items, sizes) { boxSizes[item] = size }
        return Level(offsets: zip(items, centres).map { ($0, $1 - middle) }, sizes: boxSizes, width: all.width, height: all.height)
    }
}
