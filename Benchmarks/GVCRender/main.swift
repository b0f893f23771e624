// The baseline for the render benchmark: a DOT file laid out and drawn by
// libgvc alone, with nothing of ecomap around it.
//
//   gvc-render FILE.dot ENGINE FORMAT OUT
import CGraphviz
import Foundation

let arguments = CommandLine.arguments
guard arguments.count == 5, let text = try? String(contentsOfFile: arguments[1], encoding: .utf8) else {
    FileHandle.standardError.write(Data("usage: gvc-render FILE.dot ENGINE FORMAT OUT\n".utf8))
    exit(2)
}
let gvc = gvContext()
guard let graph = agmemread(text) else {
    FileHandle.standardError.write(Data("gvc-render: could not read \(arguments[1])\n".utf8))
    exit(1)
}
guard gvLayout(gvc, graph, arguments[2]) == 0 else { exit(1) }
var data: UnsafeMutablePointer<CChar>?
var length: UInt32 = 0
guard gvRenderData(gvc, graph, arguments[3], &data, &length) == 0, let data else { exit(1) }
guard FileManager.default.createFile(atPath: arguments[4], contents: Data(bytes: data, count: Int(length))) else { exit(1) }
gvFreeRenderData(data)
gvFreeLayout(gvc, graph)
agclose(graph)
