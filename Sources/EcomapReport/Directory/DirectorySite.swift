import EcomapCore
import EcomapRender

/// `ecomap directory`: a map's communities and organisations as a static
/// site anyone can search, with no server behind it.
///
/// The index lists every community and organisation, with search as you
/// type and filters by organisation, kind, funding, platform and interest
/// (`directory.js`; without a script the whole list shows). Each has a page:
/// what the community audit records of it (description, sponsor, funding,
/// leads and contacts), how to join, who it works with and a drawing of its
/// neighbourhood in the map. The words are in one language or, bilingual,
/// each in Welsh then English, like ``Report``.
///
/// ```swift
/// for file in try DirectorySite(map).files() { write(file.bytes, to: "site/" + file.path) }
/// ```
public struct DirectorySite: Sendable {
    public let map: CheckedMap
    /// How the neighbourhood drawings look; its language is the site's first,
    /// and its timeout holds for each drawing.
    public let options: RenderOptions
    /// The site's languages, first to last: one, or Welsh then English.
    public let languages: [EcomapCore.Language]

    /// - Parameters:
    ///   - map: the map whose communities and organisations the site lists.
    ///   - options: the drawings' look and the site's language (`options.language`).
    ///   - second: a second language, for a bilingual site.
    public init(_ map: CheckedMap, options: RenderOptions = RenderOptions(), alsoIn second: EcomapCore.Language? = nil) {
        self.map = map
        self.options = options
        languages = [options.language] + (second.map { $0 == options.language ? [] : [$0] } ?? [])
    }

    /// The site's style and script, and where its pages go.
    public static let stylePath = "directory.css"
    public static let scriptPath = "directory.js"
    public static let indexPath = "index.html"

    /// The page of an entry, relative to the site's folder. Ids are letters,
    /// digits, `_`, `-` and `.` (`docs/language.md`), so every id is a file
    /// name; a folder of their own keeps an id such as `index` from
    /// replacing the index.
    public static func pagePath(of id: String) -> String { "\(pagesFolder)/\(id).html" }

    /// The folder, inside the site's, that holds the entries' pages.
    public static let pagesFolder = "pages"

    /// The pages an earlier run left in the site's `pages/` folder (`names`,
    /// as the folder lists them) that this run's `files` don't write: pages
    /// of entries the map no longer has, which would stay searchable by
    /// address. Only `.html` files; anything else in the folder is the user's.
    public static func stalePages(_ names: [String], files: [(path: String, bytes: [UInt8])]) -> [String] {
        let written = Set(files.map(\.path))
        return names.filter { $0.hasSuffix(".html") && !written.contains(pagesFolder + "/" + $0) }.sorted()
    }

    /// Every file of the site, its path relative to the site's folder: the
    /// index, the style, the script and a page per community and organisation.
    /// - Throws: a `Diagnostic` naming the map when it has no community or
    ///   organisation to list (`nothing-to-list`), or a drawing fails or runs out of time.
    public func files() throws(Diagnostic) -> [(path: String, bytes: [UInt8])] {
        let entries = SiteEntries(map, languages: languages)
        guard !entries.all.isEmpty else {
            throw Diagnostic(.nothingToList, "'\(map.name)' has no community or organisation to list in a directory",
                             hint: "declare them (community data \"Data Science CoP\"), or import the spreadsheet they are kept in",
                             file: map.name, at: .none)
        }
        let drawings = try neighbourhoods(of: entries.all)
        var files: [(path: String, bytes: [UInt8])] = [
            (Self.indexPath, Array(Templates.render("directory-index", indexValues(entries)).utf8)),
            (Self.stylePath, PackageResources.directory_css),
            (Self.scriptPath, PackageResources.directory_js),
        ]
        for (entry, drawing) in zip(entries.all, drawings) {
            files.append((Self.pagePath(of: entry.node.id), Array(Templates.render("directory-page", pageValues(entry, drawing: drawing, entries: entries)).utf8)))
        }
        return files
    }

    /// The most nodes a page's drawing shows. A community's neighbourhood is
    /// a few nodes; at a column's width, an agency's 24 nodes printed at 4 px,
    /// so a page lists a larger box's members instead (`render --focus`
    /// draws its inside for a slide).
    static let drawnNeighbourhood = 12

    /// Each entry's neighbourhood (it, what it links to, the boxes they sit
    /// in) as SVG, or nil when it would show more than ``drawnNeighbourhood``
    /// nodes. Drawn on every core: half of each drawing is ecomap's own work,
    /// which runs beside the others' Graphviz calls (those take one lock in turn).
    private func neighbourhoods(of entries: [SiteEntry]) throws(Diagnostic) -> [String?] {
        let whole = map, look = options
        let drawn = Parallel.map(entries.count) { k -> Result<String?, Diagnostic> in
            Result { () throws(Diagnostic) -> String? in
                let part = try MapView(focus: [entries[k].node.id], depth: 1).apply(to: whole)
                guard part.nodes.count <= DirectorySite.drawnNeighbourhood, part.nodes.count > 1 else { return nil }
                var drawing = look
                drawing.prefix = "neighbourhood"
                drawing.forWebPage = true
                return String(decoding: try Renderer.render(part, as: .svg, options: drawing), as: UTF8.self)
            }
        }
        return try drawn.map { result throws(Diagnostic) in try result.get() }
    }
}
