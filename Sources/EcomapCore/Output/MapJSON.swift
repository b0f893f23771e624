import Foundation

/// The map as JSON, for other tools (`ecomap export --format json`).
///
/// The schema is documented in `docs/json.md`. Keys are sorted and nodes and
/// links keep the order of the file, so the same map always gives the same bytes.
public enum MapJSON {
    /// The schema version; it changes only when a field changes meaning or goes away.
    public static let version = 1

    /// The checked map as JSON.
    public static func encode(_ map: CheckedMap) -> String {
        encode(map.map, identifier: map.identifier)
    }

    static func encode(_ map: EcosystemMap, identifier: String) -> String {
        let document = Document(
            ecomap: version,
            map: Header(id: identifier, title: map.title, attributes: dictionary(map.attributes)),
            styles: Dictionary(map.styles.map { ($0.kind.rawValue, dictionary($0.attributes)) }, uniquingKeysWith: { $1 }),
            nodes: map.nodes.map { node in
                NodeRecord(id: node.id, kind: node.kind.rawValue, label: node.label,
                           attributes: dictionary(node.attributes), line: node.range.line)
            },
            links: map.links.map { link in
                LinkRecord(from: link.from, to: link.to, direction: link.direction.rawValue, type: link.type,
                           label: link.label, attributes: dictionary(link.attributes), line: link.fromRange.line)
            })
        return JSONText.encode(document)
    }

    private static func dictionary(_ attributes: Attributes) -> [String: Value] {
        var out: [String: Value] = [:]
        for attribute in attributes.all { out[attribute.key] = Value(attribute.value) }
        return out
    }

    struct Document: Encodable {
        var ecomap: Int
        var map: Header
        var styles: [String: [String: Value]]
        var nodes: [NodeRecord]
        var links: [LinkRecord]
    }

    struct Header: Encodable {
        var id: String
        var title: String?
        var attributes: [String: Value]
    }

    struct NodeRecord: Encodable {
        var id: String
        var kind: String
        var label: String
        var attributes: [String: Value]
        var line: Int
    }

    struct LinkRecord: Encodable {
        var from: String
        var to: String
        var direction: String
        var type: String?
        var label: String?
        var attributes: [String: Value]
        var line: Int
    }

    /// An attribute value: a string, or an array of strings for a list.
    struct Value: Encodable {
        var value: AttributeValue
        init(_ value: AttributeValue) { self.value = value }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.singleValueContainer()
            switch value {
            case .text(let s): try c.encode(s)
            case .list(let items): try c.encode(items)
            }
        }
    }
}

/// JSON as ecomap writes it everywhere: pretty, keys sorted, slashes left alone, a final newline.
package enum JSONText {
    package static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // The one way encoding could fail is a number JSON can't hold (NaN or
        // an infinity); ecomap's numbers are finite, and should one not be, it
        // is written as a string rather than stopping the program.
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        guard let data = try? encoder.encode(value) else { return "null\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
