import ArgumentParser
import Foundation
import EcomapCore
import EcomapRender
import EcomapReport
import EcomapServe

struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Draw a map again (or write its report) each time it is saved.",
        discussion: """
            Follows saves made in place, by renaming a new file over the old one, or in several \
            steps. When the map has errors, prints them and leaves the last output as it was. \
            Ctrl-C stops it.
            """
    )

    @Argument(help: ArgumentHelp("The map file.", valueName: "file"))
    var file: String

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Where to write: a drawing (.svg, .png, .pdf, .dot), or with --report a .html or .md file.", valueName: "path"))
    var output: String

    @Flag(help: "Write a report (as `ecomap report`) instead of a drawing.")
    var report = false

    @Option(help: ArgumentHelp("With --report: a best-practice map to compare with (watched too).", valueName: "best"))
    var compare: String?

    @OptionGroup(title: "Drawing") var drawing: DrawingOptions

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        if file == "-" { throw ValidationError("watch follows a file as it is saved: name a file, not '-'") }
        if compare != nil && !report { throw ValidationError("--compare goes with --report") }
        let lower = output.lowercased()
        if report {
            guard lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".md") else {
                throw ValidationError("with --report, name the output .html or .md, not '\(output)'")
            }
        } else if OutputFormat(fileName: output) == nil {
            throw ValidationError("can't tell the format from '\(output)'; name it .svg, .png, .pdf or .dot")
        }
        try Loader.refuseOverwriting([file] + (compare.map { [$0] } ?? []), with: [output])
    }

    func run() throws {
        // Signals are taken as events, so that a stop waits for a drawing under way and leaves no half file.
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let stop = DispatchSemaphore(value: 0)
        let sources = [SIGINT, SIGTERM].map { number in
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { stop.signal() }
            source.resume()
            return source
        }
        let work = DispatchQueue(label: "ecomap watch")
        let builder = Builder(command: self)
        // Watching starts before the first drawing, so a save made while it
        // is drawn (a report can take a while) is seen and drawn after it;
        // started after, such a save was lost until the next one.
        let watcher: FileWatcher
        do {
            watcher = try FileWatcher(paths: [file] + (compare.map { [$0] } ?? [])) { _ in work.async { builder.build() } }
        } catch {
            throw Loader.fail(error, diagnostics)
        }
        work.sync { builder.build() }
        Terminal.error("Watching \(file) (Ctrl-C stops)")
        stop.wait()
        // A drawing under way is finished first; one that can't finish doesn't keep the process.
        let watchdog = SignalWatchdog(limit: PreviewServer.stopLimit)
        watchdog.arm()
        watcher.stop()
        work.sync {}
        watchdog.disarm()
        sources.forEach { $0.cancel() }
        Terminal.error("Stopped watching \(file)")
    }

    /// Reads the map and writes the output when the map has no errors, only
    /// when its bytes changed since the last reading.
    final class Builder: @unchecked Sendable {
        let command: WatchCommand
        var last: [[UInt8]?] = []

        init(command: WatchCommand) { self.command = command }

        func build() {
            let paths = [command.file] + (command.compare.map { [$0] } ?? [])
            let bytes = paths.map { try? FileIO.contents(of: $0) }
            if bytes == last { return }
            last = bytes
            do {
                try write()
            } catch {
                // The problems are printed; the last output stays as it was.
                Terminal.error("\(command.file): not written; the last output stays until the map is fixed")
            }
        }

        private func write() throws {
            let c = command
            let maps = Loader.load([c.file] + (c.compare.map { [$0] } ?? []), strict: false)
            try Loader.report(maps, c.diagnostics)
            guard let map = maps[0].checked else { throw ExitCode(1) }
            let part = try c.drawing.part.part(of: map, c.diagnostics)
            // The same options as `render` and `report`: a report's drawings are shaped for A4.
            var options = c.drawing.renderOptions(page: c.report ? .a4 : .slide)
            let started = DispatchTime.now()
            let files: [(path: String, bytes: [UInt8])]
            do throws(Diagnostic) {
                if c.report {
                    let report = Report(map, comparedWith: maps.count > 1 ? maps[1].checked : nil, options: options, showing: part,
                                        alsoIn: c.drawing.second)
                    files = c.output.lowercased().hasSuffix(".md")
                        ? try report.markdown(base: String(c.output.dropLast(3))).map { ($0.name, $0.bytes) }
                        : [(c.output, Array(try report.html().utf8))]
                } else {
                    let format = OutputFormat(fileName: c.output) ?? .svg
                    options.links = format == .svg
                    files = [(c.output, try Renderer.render(part ?? map, as: format, options: options))]
                }
            } catch {
                throw Loader.fail(error, c.diagnostics)
            }
            try Loader.write(files, c.diagnostics)
            let ms = Int(Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e6)
            Terminal.wrote(c.output, in: c.drawing.languageList, " (\(ms) ms)")
        }
    }
}
