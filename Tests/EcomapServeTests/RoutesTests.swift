import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import EcomapCore
import EcomapRender
import EcomapReport
import EcomapServe
import EcomapTestSupport

/// The preview's addresses, in process: what each serves, and that nothing
/// else is served.
@Suite struct RoutesTests {
    @Test func servesTheMapsPagesAndNothingElse() async throws {
        let served = try Served()
        try await served.app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/map/scw-current")
            }
            // A link to the root with options keeps them, checked and written as the map's pages write them.
            try await client.execute(uri: "/?focus=scw&theme=dark", method: .get) { response in
                #expect(response.status == .seeOther)
                let location = response.headers[.location] ?? ""
                #expect(location.hasPrefix("/map/scw-current?") && location.contains("focus=scw") && location.contains("theme=dark"), "\(location)")
            }
            try await client.execute(uri: "/?theme=neon", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/map/scw-current", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
                let page = String(response.body)
                #expect(page.hasPrefix("<!DOCTYPE html>"))
                #expect(page.contains("<h1>Social Care Wales communities: current</h1>"))
                #expect(page.contains("id=\"scw&#45;current&#45;node&#45;scw\""))
                // The style and the script, compiled in from their files, as they are.
                for asset in ["preview.css", "preview.js"] {
                    let text = try String(contentsOfFile: Package.path("Sources/EcomapServe/Resources/\(asset)"), encoding: .utf8)
                    #expect(page.contains(text), "the page holds \(asset)")
                }
            }
            try await client.execute(uri: "/map/scw-current/drawing.svg?only=person", method: .get) { response in
                #expect(response.status == .ok && response.headers[.contentType] == "image/svg+xml; charset=utf-8")
                #expect(String(response.body).contains("7 nodes and 15 links not shown"))
            }
            for path in ["/etc/passwd", "/map/../../etc/passwd", "/map/scw-current/../../../etc/passwd", "/map/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                         "//etc/passwd", "/map/scw-current.ecomap", "/scw-current.ecomap", "/map/nothing", "/favicon.ico",
                         "/map/" + served.path.replacingOccurrences(of: "/", with: "%2f"), "/map/scw-current/" + served.path,
                         "/map/scw-current/drawing.png"] {
                try await client.execute(uri: path, method: .get) { response in
                    #expect(response.status == .notFound, "\(path) gave \(response.status)")
                }
            }
            try await client.execute(uri: "/map/scw-current", method: .post, body: ByteBuffer(string: "hi")) { response in
                #expect(response.status == .methodNotAllowed && response.headers[.allow] == "GET, HEAD")
            }
            try await client.execute(uri: "/map/scw-current?theme=neon", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(String(response.body) == "unknown theme 'neon'; the themes are default, colourblind, print, dark\n")
            }
            try await client.execute(uri: "/map/scw-current?depth=many", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    /// With several maps, the root lists them, in the language and with the
    /// options its address asks for, each link carrying them.
    @Test func theListOfMapsKeepsTheAddressOptions() async throws {
        let served = try Served("scw-current", also: ["cdps-communities"])
        try await served.app.test(.router) { client in
            try await client.execute(uri: "/?lang=cy&focus=scw", method: .get) { response in
                #expect(response.status == .ok)
                let page = String(response.body)
                #expect(page.contains("<html lang=\"cy\""))
                for slug in ["scw-current", "cdps-communities"] {
                    #expect(page.contains("href=\"/map/\(slug)?theme=default&amp;lang=cy&amp;focus=scw&amp;depth=1\""), "\(page)")
                }
            }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(String(response.body).contains("href=\"/map/cdps-communities\""))
            }
        }
    }

    /// The page as a person first sees it: the drawing with its key, the
    /// map's summary, the controls, the script that follows saves, and
    /// nothing fetched from another site. In Welsh, every sentence of the
    /// page is Welsh.
    @Test func thePageHasItsPartsAndSpeaksTheLanguageAskedFor() async throws {
        let served = try Served()
        try await served.app.test(.router) { client in
            try await client.execute(uri: "/map/scw-current", method: .get) { response in
                let page = String(response.body)
                #expect(page.contains(">Key</text>"), "the key is drawn")
                #expect(page.contains("12 nodes (4 organisations, 2 platforms, 5 people, 1 community), 15 links, 0% two-way"))
                #expect(page.contains("<form class=\"controls\""))
                #expect(page.contains("new EventSource"))
                #expect(!page.contains("src=\"http") && !page.contains("<link rel=\"stylesheet") && !page.contains("@import"))
            }
            try await client.execute(uri: "/map/scw-current?lang=cy&focus=team-leaders", method: .get) { response in
                let welsh = String(response.body)
                #expect(welsh.contains("<html lang=\"cy\"") && welsh.contains("Gofal Cymdeithasol Cymru"))
                #expect(welsh.contains("8 nod ac 11 o gysylltiadau heb eu dangos"), "counted as Welsh counts: the singular after a numeral, o and the plural past ten, ac before a vowel")
                #expect(welsh.contains("Beth i&#39;w ddangos"))
                // A Welsh page with an English sentence in it is a bug.
                let pagePhrases: [Phrase] = [.problems, .lastGoodDrawing, .noDrawingYet, .live, .liveWithErrors, .reconnecting,
                                             .controls, .colours, .language, .layout, .automatic, .labelsOnLines, .focusIDs,
                                             .depthLinks, .onlyKinds, .hideKinds, .startAgain, .zoomIn, .zoomOut, .zoomFit,
                                             .panHint, .focusOnNode, .showWholeMap, .show, .theMap, .details, .madeWith, .key]
                for phrase in pagePhrases {
                    let english = HTMLText.escape(phrase.text.en)
                    #expect(!welsh.contains(">\(english)<") && !welsh.contains("\"\(english)\""), "English '\(phrase.text.en)' in the Welsh page")
                }
            }
        }
    }

    /// `lang=cy+en`: the page speaks Welsh, the drawing has both labels and
    /// a bilingual key; the controls offer the three languages and name the
    /// themes in the page's language (issue 21).
    @Test func bilingual() async throws {
        let served = try Served()
        try await served.app.test(.router) { client in
            try await client.execute(uri: "/map/scw-current?lang=cy%2Ben", method: .get) { response in
                #expect(response.status == .ok)
                let page = String(response.body)
                #expect(page.contains("<html lang=\"cy\""))
                #expect(page.contains(">Gofal Cymdeithasol<") && page.contains(">Social Care Wales<"))
                #expect(page.contains("Allwedd / Key"))
                #expect(page.contains("<option value=\"cy+en\" selected>Cymraeg a Saesneg</option>"))
                for name in ["rhagosodiad", "lliwddall", "argraffu", "tywyll"] { #expect(page.contains(">\(name)</option>")) }
            }
            try await client.execute(uri: "/map/scw-current?lang=en", method: .get) { response in
                let page = String(response.body)
                #expect(!page.contains(">Gofal Cymdeithasol<") && page.contains(">colour-blind</option>"))
            }
            try await client.execute(uri: "/map/scw-current/drawing.svg?lang=fr", method: .get) { response in
                #expect(response.status == .badRequest && String(response.body).contains("en, cy or cy+en"))
            }
        }
    }

    /// name=value pairs as a form sends them.
    static func pairs(_ query: String) -> [(name: String, value: String)] {
        query.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1).map {
                String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            return (parts[0], parts.count > 1 ? parts[1] : "")
        }
    }
}

/// Every option and layout of the page, each drawn through Graphviz: slow
/// in a debug build, so `make test-fast` leaves them out.
@Suite(.tags(.drawsWholeMaps)) struct RoutesDrawingTests {
    /// The page's state is JSON an encoder made: every option the address
    /// gave is in it as it is, so the event stream asks with the same options.
    @Test(arguments: ["lang=cy", "labels=1", "layout=eco", "theme=dark&lang=cy&labels=1", "focus=scw&depth=2",
                      "only=person,platform", "hide=tag:research", "page=a4&layout=neato", "lang=cy&focus=scw+,+rdi", "lang=cy%2Ben"])
    func thePageKeepsEveryOptionItWasGiven(_ query: String) async throws {
        let served = try Served()
        try await served.app.test(.router) { client in
            try await client.execute(uri: "/map/scw-current?\(query)", method: .get) { response in
                #expect(response.status == .ok)
                let page = String(response.body)
                let state = try Served.state(in: page)
                #expect(!state.query.contains("&amp;") && !state.query.contains("\\u0026amp;"))
                let asked = try PreviewOptions(query: RoutesTests.pairs(query), defaults: PreviewOptions())
                let kept = try PreviewOptions(query: RoutesTests.pairs(state.query), defaults: PreviewOptions())
                #expect(kept == asked, "the state's query \(state.query) is not the address's \(query)")
                if query.contains("lang=cy") { #expect(page.contains("<html lang=\"cy\"")) }
            }
        }
    }

    /// Every layout the command line has is in the form, and draws.
    @Test(arguments: Layout.allCases)
    func everyLayoutIsOfferedAndDrawn(_ layout: Layout) async throws {
        let served = try Served()
        try await served.app.test(.router) { client in
            try await client.execute(uri: "/map/scw-current", method: .get) { response in
                let value = layout == .automatic ? "" : layout.rawValue
                #expect(String(response.body).contains("<option value=\"\(value)\""))
            }
            try await client.execute(uri: "/map/scw-current/drawing.svg?layout=\(layout.rawValue)", method: .get) { response in
                #expect(response.status == .ok, "?layout=\(layout.rawValue) gave \(response.status): \(String(response.body))")
                if layout == .eco { #expect(String(response.body).contains("ring&#45;guide\""), "an eco-map has its rings") }
            }
        }
    }
}
