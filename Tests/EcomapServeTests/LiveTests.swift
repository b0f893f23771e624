import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import EcomapCore
import EcomapServe
import EcomapTestSupport

/// What a page is told as its map is saved, in process: the event stream,
/// a broken save, and a drawing that stays put while the map is edited.
@Suite struct LiveTests {
    static func update(_ answer: Preview.Answer) throws -> PreviewUpdate {
        guard case .shown(let update) = answer else { throw CocoaError(.coderValueNotFound) }
        return update
    }

    /// The stream sends the page as it is, then each save: the page's own
    /// options kept (Welsh here), a broken save's problems with the last good drawing.
    @Test func theStreamFollowsEachSaveWithThePagesOptions() async throws {
        let served = try Served()
        let original = try String(contentsOfFile: served.path, encoding: .utf8)
        try await served.app.test(.router) { client in
            async let stream = client.execute(uri: "/map/scw-current/events?lang=cy", method: .get)
            // Once the first event is made, the saves; then the server stops and the stream ends.
            while await served.preview.queue.made == 0 { try await Task.sleep(for: .milliseconds(20)) }
            try await Task.sleep(for: .milliseconds(200))
            // The page is in Welsh, so the edit is to the Welsh name.
            try await served.save(original.replacingOccurrences(of: "\"Prifysgolion\"", with: "\"Prifysgolion Cymru\""))
            while await served.preview.queue.made < 2 { try await Task.sleep(for: .milliseconds(20)) }
            try await Task.sleep(for: .milliseconds(200))
            try await served.save(original + "scw -> practioners : informs\n")
            try await Task.sleep(for: .milliseconds(300))
            await served.preview.finish()
            let response = try await stream
            #expect(response.headers[.contentType] == "text/event-stream; charset=utf-8")
            let events = String(response.body).components(separatedBy: "\n\n").filter { $0.hasPrefix("event: update") }
            #expect(events.count == 3, "\(events.count) events")
            let data = try events.map { event in
                let line = event.split(separator: "\n").first { $0.hasPrefix("data: ") }.map { String($0.dropFirst(6)) } ?? ""
                return try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            }
            guard data.count == 3 else { return }
            #expect((data[0]["drawing"] as? String)?.contains(">Allwedd</text>") == true, "the stream keeps the page's Welsh")
            #expect((data[1]["drawing"] as? String)?.contains(">Prifysgolion Cymru<") == true)
            #expect(data[2]["good"] as? Bool == false)
            let problems = try #require(data[2]["problems"] as? String)
            #expect(problems.contains("data-code=\"unknown-node\""))
            #expect(problems.contains("Y llun yw&#39;r olaf a wnaed heb wallau"), "the problems are in Welsh too")
            #expect(data[2]["drawingKey"] as? String == data[1]["drawingKey"] as? String, "the last good drawing stays")
        }
    }

    /// A broken save turns the page's status to its error, and the problems open the page.
    @Test func aBrokenSaveShowsAtTheTopOfThePage() async throws {
        let served = try Served()
        let original = try String(contentsOfFile: served.path, encoding: .utf8)
        try await served.save(original + "scw -> practioners : informs\n")
        try await served.app.test(.router) { client in
            try await client.execute(uri: "/map/scw-current", method: .get) { response in
                let page = String(response.body)
                let problems = try #require(page.range(of: "<div id=\"problems\""))
                let drawing = try #require(page.range(of: "<div class=\"viewport\""))
                #expect(problems.lowerBound < drawing.lowerBound, "the problems come before the drawing")
                #expect(page.contains("<span class=\"status broken\""))
                #expect(page.contains(">Live: the last save has errors, shown above the map</span>"))
            }
        }
    }

    /// Median distance, in points, that the nodes of `before` moved in
    /// `after`, each taken from the node whose id ends in `anchor`: where a
    /// new node makes the drawing larger, its frame moves round all of them.
    static func moved(_ before: String, _ after: String, from anchor: String = "-node-scw") throws -> (median: Double, nodes: Int) {
        func places(_ svg: String) throws -> [String: (x: Double, y: Double)] {
            let nodes = DrawnGeometry.nodes(try EcomapTestSupport.XMLElement.parse(Array(svg.utf8)))
            return DrawnGeometry.relative(nodes, to: nodes.keys.first { $0.hasSuffix(anchor) } ?? "")
        }
        let (a, b) = (try places(before), try places(after))
        let shared = a.keys.filter { b[$0] != nil }
        let distances = shared.map { id in
            let (p, q) = (a[id]!, b[id]!)
            return ((p.x - q.x) * (p.x - q.x) + (p.y - q.y) * (p.y - q.y)).squareRoot()
        }.sorted()
        return (distances.isEmpty ? .infinity : distances[distances.count / 2], shared.count)
    }

    /// A node added: the others stay where the page had them (the target is
    /// under 1 point; laid out afresh they moved a median of 303 points).
    @Test func anEditLeavesTheRestOfTheDrawingInPlace() async throws {
        let served = try Served()
        let before = try #require(try Self.update(await served.preview.update("scw-current", options: PreviewOptions(), client: "t")).drawing)
        let original = try String(contentsOfFile: served.path, encoding: .utf8)
        try await served.save(original + "person newcomer \"A new person\"\nnewcomer -> scw : asks\nsocial-workers -> newcomer : informs\n")
        let after = try #require(try Self.update(await served.preview.update("scw-current", options: PreviewOptions(), client: "t")).drawing)
        #expect(after.contains(">A new person<"))
        let moved = try Self.moved(Self.svg(before), Self.svg(after))
        #expect(moved.nodes == 12)
        #expect(moved.median < 1, "the unchanged nodes moved a median of \(moved.median) points")
        // And no node covers another.
        let nodes = DrawnGeometry.nodes(try EcomapTestSupport.XMLElement.parse(Array(Self.svg(after).utf8)))
        let boxes = Array(nodes.values)
        for i in boxes.indices { for j in boxes.indices where j > i { #expect(!boxes[i].inset(1).intersects(boxes[j].inset(1))) } }
    }

    static func svg(_ figure: String) -> String {
        guard let start = figure.range(of: "<svg"), let end = figure.range(of: "</svg>") else { return "" }
        return String(figure[start.lowerBound..<end.upperBound])
    }
}
