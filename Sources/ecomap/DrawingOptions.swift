import ArgumentParser
import EcomapCore
import EcomapRender

/// The frame a drawing is made for, shared by every command that draws.
struct PageOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The frame the drawing is made for: slide (16:9), a4, a4-landscape, or none to keep its own shape (default: slide; a4 for report).",
                               valueName: "page"))
    var page: Page?
}

/// The layout, with the eco-map's centre: shared by `render` and `report`.
struct LayoutOptions: ParsableArguments {
    @Option(name: .customLong("layout"),
            help: "Layout: eco for an eco-map (one node at the centre, the rest on rings), or a Graphviz engine (default: neato for small maps, sfdp for large ones).")
    var layout: LayoutChoice?

    @Option(name: [.customLong("centre"), .customLong("center")],
            help: ArgumentHelp("The node at the centre of an eco-map (default: the one with role: host, else the best-connected organisation).",
                               valueName: "id"))
    var centre: String?

    func validate() throws {
        if centre != nil, layout?.eco != true {
            throw ValidationError("--centre places the middle of an eco-map: use it with --layout eco")
        }
    }

    /// Sets the engine and eco-map in `options`, saying what `fdp` became.
    func apply(to options: inout RenderOptions) {
        layout?.explain()
        options.engine = layout?.engine
        options.ecoMap = layout?.eco ?? false
        options.centre = centre
    }
}

extension Page: ExpressibleByArgument {}
