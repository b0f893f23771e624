import ArgumentParser
import Foundation
import EcomapCore
import EcomapReport

struct DirectoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "directory",
        abstract: "Publish a map's communities and organisations as a directory anyone can search.",
        discussion: """
            Writes a static site into a folder: index.html lists every community and \
            organisation, with search as you type and filters by organisation, kind, funding, \
            platform and interest; pages/ID.html gives each one's description, sponsor, funding, \
            leads, how to join, who it works with and a drawing of its neighbourhood. No server \
            is needed: open index.html, or copy the folder to any web host. Run again after \
            the map changes: the pages of entries it no longer has are removed.
            """
    )

    @Argument(help: ArgumentHelp("The map file.", valueName: "file"))
    var file: String

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The folder to write the site into (made if missing).", valueName: "folder"))
    var output: String

    @OptionGroup(title: "Drawing") var drawing: DrawingOptions

    @OptionGroup var diagnostics: DiagnosticOptions

    func validate() throws {
        if !drawing.view.isWholeMap {
            throw ValidationError("--focus, --only and --hide draw part of one map; a directory draws each community's neighbourhood")
        }
        let lower = output.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || output == "-" {
            throw ValidationError("-o names a folder for the site, not a file: '\(output)' (try -o site)")
        }
    }

    func run() throws {
        let maps = Loader.load([file], strict: false)
        try Loader.report(maps, diagnostics)
        guard let map = maps[0].checked else { throw ExitCode(1) }
        let site = DirectorySite(map, options: drawing.renderOptions(), alsoIn: drawing.second)
        let folder = output.hasSuffix("/") ? String(output.dropLast()) : output
        let files: [(path: String, bytes: [UInt8])]
        do throws(Diagnostic) {
            files = try site.files()
            // The site's folder, and the folders its files go in as their paths say.
            try FileIO.makeFolders(folder)
            for inner in Set(files.compactMap { file in file.path.lastIndex(of: "/").map { String(file.path[..<$0]) } }).sorted() {
                try FileIO.makeFolders(folder + "/" + inner)
            }
        } catch {
            throw Loader.fail(error, diagnostics)
        }
        try Loader.write(files.map { (folder + "/" + $0.path, $0.bytes) }, diagnostics)
        // The pages' count as a figure in brackets: the same in both languages, no noun to mutate.
        let pagesFolder = folder + "/" + DirectorySite.pagesFolder
        let pages = files.filter { $0.path.hasPrefix(DirectorySite.pagesFolder + "/") }.count
        Terminal.wrote(folder + "/" + DirectorySite.indexPath, in: drawing.languageList, " + \(pagesFolder)/*.html (\(pages))")
        // A run after the map lost an entry: its old page goes, so the site is the map's.
        let listed = (try? FileManager.default.contentsOfDirectory(atPath: pagesFolder)) ?? []
        let stale = DirectorySite.stalePages(listed, files: files).filter { (try? FileManager.default.removeItem(atPath: pagesFolder + "/" + $0)) != nil }
        if !stale.isEmpty { Terminal.error(drawing.languageList.map { $0[.siteRemovedStale, stale.count] }.joined(separator: " / ")) }
    }
}
