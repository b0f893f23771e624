import ArgumentParser
import EcomapRender

/// The value of `--layout`: `eco`, one of ecomap's engines, or `fdp`.
///
/// People who know Graphviz ask for `fdp` when they want a force-directed
/// drawing with boxes. Graphviz 2.42's `fdp` draws a map differently from run
/// to run, so ecomap gives them that drawing its own way (`neato` with
/// ``MembershipLayout``) and says so, rather than refusing the name.
struct LayoutChoice: ExpressibleByArgument {
    let engine: LayoutEngine
    let asked: String
    /// An eco-map: laid out by ecomap itself (rings), drawn with neato's lines.
    var eco: Bool { asked == "eco" }

    init?(argument: String) {
        guard let engine = argument == "fdp" || argument == "eco" ? .neato : LayoutEngine(rawValue: argument) else { return nil }
        self.engine = engine
        self.asked = argument
    }

    static var allValueStrings: [String] { ["eco"] + LayoutEngine.allCases.map(\.rawValue) + ["fdp"] }

    /// Says on standard error what `fdp` became; nothing for the other names.
    func explain() {
        guard asked == "fdp" else { return }
        Terminal.error("note: --layout fdp is drawn with neato and ecomap's membership boxes, the same kind of "
            + "drawing; Graphviz 2.42's fdp draws a map differently from run to run")
    }
}
