import Mustache

/// The HTML templates in `Templates/`, compiled into the binary and read once.
///
/// Mustache escapes every `{{value}}` for HTML (`& < > " '`), in text and in
/// attributes alike, so a label shows exactly as written. Four things are
/// put in as they are (`{{{value}}}`), each already safe: SVG that Graphviz
/// wrote (ecomap escaped the labels in it), the JSON for the page's script
/// (`HTMLText.scriptJSON`: HTML escapes mean nothing inside `<script>`),
/// the page's own style and script, and an embedded document's body,
/// cmark-gfm's HTML (`Markdown.html`), which escapes the document's text.
enum Templates {
    /// Each template by the name partials call it (`{{>said}}`).
    static let files: [(name: String, bytes: [UInt8])] = [
        ("page", PackageResources.page_mustache),
        ("report", PackageResources.report_mustache),
        ("summary", PackageResources.summary_mustache),
        ("findings", PackageResources.findings_mustache),
        ("maps", PackageResources.maps_mustache),
        ("analysts", PackageResources.analysts_mustache),
        ("audit", PackageResources.audit_mustache),
        ("directory", PackageResources.directory_mustache),
        ("comparison", PackageResources.comparison_mustache),
        ("document", PackageResources.document_mustache),
        ("figure", PackageResources.figure_mustache),
        ("drawing", PackageResources.drawing_mustache),
        ("table", PackageResources.table_mustache),
        ("head", PackageResources.head_mustache),
        ("paragraph", PackageResources.paragraph_mustache),
        ("said", PackageResources.said_mustache),
        ("directory-index", PackageResources.directory_index_mustache),
        ("directory-page", PackageResources.directory_page_mustache),
        ("site-link", PackageResources.site_link_mustache),
    ]

    /// Every template, parsed. The files are part of the binary, so one that
    /// doesn't parse is a mistake in ecomap, which `TemplateTests` catches.
    static let library: MustacheLibrary = {
        do {
            return try load()
        } catch {
            preconditionFailure("\(error)")
        }
    }()

    /// Parses every template.
    static func load() throws(TemplateError) -> MustacheLibrary {
        var library = MustacheLibrary()
        for file in files {
            do {
                try library.register(text(of: file.bytes), named: file.name)
            } catch {
                throw TemplateError(name: file.name, reason: "\(error)")
            }
        }
        return library
    }

    struct TemplateError: Error, CustomStringConvertible {
        var name: String
        var reason: String
        var description: String { "Templates/\(name).mustache does not parse: \(reason)" }
    }

    /// A template's text. The file's last line break is the file's, not the
    /// output's: a partial used inside a line (`<h2>{{>said}}</h2>`) must add none.
    static func text(of bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    /// `values` through the template `name`.
    static func render(_ name: String, _ values: Any) -> String {
        guard let html = library.render(values, withTemplate: name) else {
            preconditionFailure("no template named \(name)")
        }
        return html
    }
}
