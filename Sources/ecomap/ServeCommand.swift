import ArgumentParser
import Foundation
import EcomapCore
import EcomapRender
import EcomapServe

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Show maps in a browser, redrawn each time a file is saved.",
        discussion: """
            A page per map: the drawing to pan and zoom, its key and summary, and the problems \
            with line and column when the map has errors, beside the last drawing without them. \
            Controls on the page choose the colours, language, layout and part of the map. \
            With --compare, the page shows the best-practice map, the gaps and the findings too. \
            Only this machine can see the pages unless --host says otherwise; requests that name \
            another host, or that come from another web site, are refused. Ctrl-C stops it.
            """
    )

    @Argument(help: ArgumentHelp("The map files to show.", valueName: "file"))
    var files: [String]

    @Option(help: "The port to listen on (0 chooses a free one).")
    var port = 8080

    @Option(help: ArgumentHelp("The address to listen on; other machines can see the pages when it is not 127.0.0.1.", valueName: "address"))
    var host: String?

    @Flag(help: "Open the page in a browser.")
    var open = false

    @Option(help: ArgumentHelp("A best-practice map to compare each map with, live.", valueName: "best"))
    var compare: String?

    @OptionGroup(title: "Drawing, at first (the page's controls change it)") var drawing: DrawingOptions

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one map file") }
        if files.contains("-") || compare == "-" { throw ValidationError("serve follows files as they are saved: name files, not '-'") }
        guard (0...65_535).contains(port) else { throw ValidationError("--port is a number from 0 to 65535") }
    }

    func run() async throws {
        // A file that can't be read at all is a mistake to stop at; one with errors is shown with them.
        let maps = Loader.load(files + (compare.map { [$0] } ?? []), strict: false)
        let all = maps.flatMap(\.diagnostics)
        if !all.isEmpty { Terminal.error(diagnostics.formatter.format(all, sources: maps.sources, limit: diagnostics.maxDiagnostics)) }
        if maps.contains(where: { $0.document == nil }) { throw ExitCode(1) }
        for map in maps.prefix(files.count) { if let checked = map.checked { _ = try drawing.part.part(of: checked, diagnostics) } }

        let defaults = PreviewOptions(drawing: drawing.renderOptions(), view: drawing.view)
        let preview = Preview(paths: files, best: compare, defaults: defaults)
        let server = PreviewServer(preview: preview, host: host, port: port)
        let open = self.open
        do {
            try await server.run { url in
                Terminal.error("Serving \(files.joined(separator: ", ")) at \(url) (Ctrl-C stops)")
                if open { Browser.open(url) }
            }
        } catch let error as Diagnostic {
            throw Loader.fail(error, diagnostics)
        } catch {
            let problem = Diagnostic(.portUnavailable, "can't serve on \(host ?? "127.0.0.1"):\(port): \(error)",
                                     hint: "choose another port or address", at: .none)
            throw Loader.fail(problem, diagnostics)
        }
        Terminal.error("Stopped")
    }
}

/// Opens an address in the browser, where there is a way to.
enum Browser {
    static func open(_ url: String) {
        #if canImport(Darwin)
        let candidates = ["/usr/bin/open"]
        #else
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let candidates = path.split(separator: ":").map { "\($0)/xdg-open" }
        #endif
        guard let opener = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) else {
            Terminal.error("note: no way to open a browser here (xdg-open); open \(url) yourself")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: opener)
        process.arguments = [url]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { Terminal.error("note: could not open a browser; open \(url) yourself") }
    }
}
