// Builds a map in code, checks it, and draws it with EcomapRender: SVG for a
// page and PNG for a slide, in the colours of the maps people in the field draw.
//
//   swift run draw-map out/example
import EcomapCore
import EcomapRender
import Foundation

let base = CommandLine.arguments.dropFirst().first ?? "example"

var ecosystem = EcosystemMap(title: "A community of practice")
ecosystem.add(Node(id: "host", kind: .organisation, label: "Social Care Wales", attributes: ["role": .text("host")]))
ecosystem.add(Node(id: "forum", kind: .platform, label: "Online forum"))
ecosystem.add(Node(id: "members", kind: .person, label: "Social workers"))
ecosystem.add(Link(from: "host", to: "members", direction: .twoWay, type: "informs"))
ecosystem.add(Link(from: "members", to: "forum", direction: .twoWay, type: "uses"))

// Checking is what makes a map drawable: a mistake gives diagnostics instead.
let document = MapDocument(map: ecosystem, name: "example")
guard let map = document.checked else {
    for problem in document.diagnostics { print(problem.message) }
    exit(1)
}

var options = RenderOptions(theme: .standard, language: .en)
options.timeout = 30
do {
    let svg = try Renderer.render(map, as: .svg, options: options)
    let png = try Renderer.render(map, as: .png, options: options)
    try Data(svg).write(to: URL(fileURLWithPath: "\(base).svg"))
    try Data(png).write(to: URL(fileURLWithPath: "\(base).png"))
    print("Wrote \(base).svg and \(base).png")
} catch let problem as Diagnostic {
    print("\(problem.message)\(problem.hint.map { " (\($0))" } ?? "")")
    exit(1)
} catch {
    print("can't write \(base): \(error.localizedDescription)")
    exit(1)
}
