import EcomapCore

/// The shape each kind is drawn with (Graphviz shape names).
package enum KindShape {
    package static func shape(_ kind: NodeKind) -> String {
        switch kind {
        case .organisation: "box"
        case .platform: "hexagon"
        case .person: "ellipse"
        case .community: "octagon"
        }
    }

    /// Extra Graphviz style words per kind (organisations have rounded corners).
    package static func style(_ kind: NodeKind) -> String {
        kind == .organisation ? "rounded,filled" : "filled"
    }
}
