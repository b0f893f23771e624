import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed SVG (or any XML) document, for asserting on structure rather than bytes.
final class XMLElement {
    let name: String
    let attributes: [String: String]
    var children: [XMLElement] = []
    var text = ""
    weak var parent: XMLElement?

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Every element below this one, depth first.
    var descendants: [XMLElement] { children.flatMap { [$0] + $0.descendants } }

    /// All the text inside, joined.
    var allText: String { text + children.map(\.allText).joined() }

    var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }

    func first(_ name: String) -> XMLElement? { descendants.first { $0.name == name } }
    func all(_ name: String) -> [XMLElement] { descendants.filter { $0.name == name } }

    /// The `<g>` groups Graphviz makes for nodes, edges or clusters.
    func groups(_ cls: String) -> [XMLElement] { all("g").filter { $0.classes.contains(cls) } }

    func element(id: String) -> XMLElement? { descendants.first { $0.attributes["id"] == id } }

    static func parse(_ data: Data) throws -> XMLElement {
        let delegate = Builder()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse(), let root = delegate.root else {
            throw ParseError(message: parser.parserError.map { "\($0)" } ?? "no root element")
        }
        return root
    }

    static func parse(_ bytes: [UInt8]) throws -> XMLElement { try parse(Data(bytes)) }

    struct ParseError: Error { var message: String }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLElement?
        var stack: [XMLElement] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            let element = XMLElement(name: name, attributes: attributes)
            element.parent = stack.last
            stack.last?.children.append(element)
            if root == nil { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
