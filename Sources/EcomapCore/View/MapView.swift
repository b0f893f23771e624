import Foundation

/// Part of a map to show: the neighbourhood of some nodes, some kinds or
/// tags only, or the map without some of them.
///
/// A view turns a ``CheckedMap`` into a smaller one, which every later stage
/// takes as it takes any map, and which says what it left out
/// (``CheckedMap/leftOut``): a drawing of it ends its key and its description
/// with "34 nodes and 57 links not shown".
///
/// ```swift
/// let view = MapView(focus: ["scw"], depth: 1)
/// let part = try view.apply(to: map)   // scw, its neighbours, and the boxes they sit in
/// ```
///
/// How the parts combine:
/// 1. ``focus``: the named nodes, everything inside those that are boxes
///    (an organisation or community with members: "one group's inside"), and
///    every node within ``depth`` links of them, whichever way the links run,
///    with the organisations and communities whose boxes they sit in (`in:`).
///    Without a focus, every node.
/// 2. ``only``: of those, the nodes of any kind listed and (when tags are
///    listed too) with any tag listed.
/// 3. ``hide``: of those, none of a kind or with a tag listed.
///
/// The focused nodes themselves are always shown. Links are shown when both
/// their ends are. Linear in the size of the map.
public struct MapView: Hashable, Sendable {
    /// A kind of node, or a tag, as written after `only` or `hide`.
    public enum Filter: Hashable, Sendable, CustomStringConvertible {
        case kind(NodeKind)
        /// Nodes whose `tags:` hold this word.
        case tag(String)
        /// A word that is neither a kind nor `tag:NAME`: applying the view
        /// reports it, with the kind it was probably meant to be.
        case unknown(String)

        /// Reads one word: a kind (`person`, or its plural, `people`), or `tag:NAME`.
        public init(_ word: String) {
            let word = word.trimmingCharacters(in: .whitespaces)
            if word.lowercased().hasPrefix("tag:") {
                self = .tag(String(word.dropFirst(4)).trimmingCharacters(in: .whitespaces))
            } else if let kind = NodeKind(keyword: word.lowercased()) ?? Filter.plurals[word.lowercased()] {
                self = .kind(kind)
            } else {
                self = .unknown(word)
            }
        }

        /// Reads a list written with commas: `person,platform,tag:leads`.
        public static func list(_ text: String) -> [Filter] {
            text.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map(Filter.init)
        }

        /// As written: `person`, `tag:leads`.
        public var description: String {
            switch self {
            case .kind(let kind): kind.rawValue
            case .tag(let name): "tag:\(name)"
            case .unknown(let word): word
            }
        }

        /// Every word that names a kind, for did-you-mean hints.
        static var kindWords: [String] { NodeKind.allKeywords + plurals.keys.sorted() }

        private static let plurals: [String: NodeKind] = [
            "organisations": .organisation, "organizations": .organisation, "platforms": .platform,
            "technologies": .platform, "people": .person, "persons": .person, "individuals": .person,
            "communities": .community, "groups": .community, "networks": .community,
        ]
    }

    /// Ids of the nodes to centre on; empty for the whole map.
    public var focus: [String]
    /// How many links away from a focused node to go (0: the focused nodes alone).
    public var depth: Int
    /// Show only nodes of these kinds or with these tags.
    public var only: [Filter]
    /// Leave out nodes of these kinds or with these tags.
    public var hide: [Filter]

    public init(focus: [String] = [], depth: Int = 1, only: [Filter] = [], hide: [Filter] = []) {
        self.focus = focus
        self.depth = depth
        self.only = only
        self.hide = hide
    }

    /// Whether the view shows the whole map (nothing to focus on, filter or hide).
    public var isWholeMap: Bool { focus.isEmpty && only.isEmpty && hide.isEmpty }

    /// The part of `map` this view shows, as a map of its own that knows what it left out.
    /// - Throws: the first of ``problems(in:)``: an id, kind or tag the map doesn't have, or a view that leaves nothing.
    public func apply(to map: CheckedMap) throws(Diagnostic) -> CheckedMap {
        if let first = problems(in: map).first { throw first }
        if isWholeMap { return map }
        let keep = kept(in: map)
        guard keep.contains(true) else { throw ViewProblems.empty(map) }
        return ViewSubset.make(map, keep: keep)
    }

    /// Every reason the view can't be shown from `map`, each with a hint: ids
    /// that name no node, words that are no kind, tags no node has, a depth
    /// below 0, a view that leaves nothing.
    public func problems(in map: CheckedMap) -> [Diagnostic] {
        var found = ViewProblems.check(self, in: map)
        if found.isEmpty, !isWholeMap, !kept(in: map).contains(true) { found.append(ViewProblems.empty(map)) }
        return found
    }

    /// Every tag the nodes of `map` have, in the order first written (for a form's suggestions).
    package static func tags(in map: CheckedMap) -> [String] { ViewProblems.allTags(map) }

    /// For each node position, whether the view shows it.
    func kept(in map: CheckedMap) -> [Bool] {
        let n = map.nodes.count
        var keep: [Bool]
        var focused = [Bool](repeating: false, count: n)
        for id in focus { if let p = map.position(of: id) { focused[p] = true } }
        if focus.isEmpty {
            keep = [Bool](repeating: true, count: n)
        } else {
            // A focused box brings what is inside it, and what that links to.
            keep = Neighbourhood.within(max(0, depth), of: Neighbourhood.inside(focused, in: map), in: map)
            Neighbourhood.addBoxes(to: &keep, in: map)
        }
        guard !only.isEmpty || !hide.isEmpty else { return keep }
        let onlyKinds = Set(only.compactMap { if case .kind(let k) = $0 { k } else { nil } })
        let onlyTags = Set(only.compactMap { if case .tag(let t) = $0 { t } else { nil } })
        let hideKinds = Set(hide.compactMap { if case .kind(let k) = $0 { k } else { nil } })
        let hideTags = Set(hide.compactMap { if case .tag(let t) = $0 { t } else { nil } })
        for p in 0..<n where keep[p] && !focused[p] {
            let node = map.nodes[p]
            let tags = onlyTags.isEmpty && hideTags.isEmpty ? [] : node.tags
            if !onlyKinds.isEmpty && !onlyKinds.contains(node.kind) { keep[p] = false; continue }
            if !onlyTags.isEmpty && !tags.contains(where: onlyTags.contains) { keep[p] = false; continue }
            if hideKinds.contains(node.kind) || tags.contains(where: hideTags.contains) { keep[p] = false }
        }
        return keep
    }
}
