/// What can be wrong with a view of a particular map, told as diagnostics
/// with a did-you-mean hint. The messages name no command-line option: the
/// command line and the server each say where the word came from.
enum ViewProblems {
    static func check(_ view: MapView, in map: CheckedMap) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if view.depth < 0 {
            found.append(problem(map, .invalidArgument, "a depth of \(view.depth) links: the depth is 0 or more",
                                 hint: "0 shows the focused nodes alone, 1 their neighbours too"))
        }
        for id in view.focus where map.position(of: id) == nil {
            found.append(unknownNode(id, in: map))
        }
        var tags: [String]?
        for filter in view.only + view.hide {
            switch filter {
            case .kind: continue
            case .unknown(let word):
                let words = MapView.Filter.kindWords
                let hint = Suggestion.closest(to: word.lowercased(), in: words).map { "did you mean '\($0)'? " } ?? ""
                found.append(problem(map, .viewUnknownKind, "'\(word)' is not a kind of node",
                                     hint: hint + "the kinds are organisation, platform, person and community; 'tag:NAME' picks nodes by a tag"))
            case .tag(let name):
                let known = tags ?? allTags(map)
                tags = known
                guard !known.contains(name) else { continue }
                let hint: String
                if let close = Suggestion.closest(to: name, in: known) {
                    hint = "did you mean 'tag:\(close)'?"
                } else if known.isEmpty {
                    hint = "no node in this map has tags; add them with [tags: [...]]"
                } else {
                    let listed = known.prefix(12).joined(separator: ", ")
                    hint = "the map's tags are \(listed)" + (known.count > 12 ? " and \(known.count - 12) more" : "")
                }
                found.append(problem(map, .viewUnknownTag, "no node in the map has the tag '\(name)'", hint: hint))
            }
        }
        return found
    }

    /// An id that names no node: the closest id, or the id of a node whose label it is.
    static func unknownNode(_ id: String, in map: CheckedMap) -> Diagnostic {
        let lowered = id.lowercased()
        let hint: String
        if let node = map.nodes.first(where: { $0.label.lowercased() == lowered || $0.welshLabel?.lowercased() == lowered }) {
            hint = "'\(id)' is a label; the node's id is '\(node.id)'"
        } else if let close = Suggestion.closest(to: id, in: map.nodes.lazy.map(\.id)) {
            hint = "did you mean '\(close)'?"
        } else {
            hint = "name a node by its id, the word after its kind ('person practitioners' has the id 'practitioners')"
        }
        return problem(map, .viewUnknownNode, "there is no node '\(id)' in the map to focus on", hint: hint)
    }

    static func empty(_ map: CheckedMap) -> Diagnostic {
        problem(map, .viewEmpty, "nothing is left to show: every node of the map is left out",
                hint: "show more kinds or tags, or hide fewer")
    }

    /// Every tag in the map, in the order first written.
    static func allTags(_ map: CheckedMap) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for node in map.nodes where !node.attributes.isEmpty {
            for tag in node.tags where seen.insert(tag).inserted { out.append(tag) }
        }
        return out
    }

    private static func problem(_ map: CheckedMap, _ code: DiagnosticCode, _ message: String, hint: String) -> Diagnostic {
        Diagnostic(code, message, hint: hint, file: map.name, at: .none)
    }
}
