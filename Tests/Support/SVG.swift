import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed SVG (or any XML) document, for asserting on structure rather than bytes.
public final class XMLElement {
    public let name: String
    public let attributes: [String: String]
    public var children: [XMLElement] = []
    public var text = ""
    public weak var parent: XMLElement?

    public init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Every element below this one, depth first.
    public var descendants: [XMLElement] { children.flatMap { [$0] + $0.descendants } }

    /// All the text inside, joined.
    public var allText: String { text + children.map(\.allText).joined() }

    public var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }

    public func first(_ name: String) -> XMLElement? { descendants.first { $0.name == name } }
    public func all(_ name: String) -> [XMLElement] { descendants.filter { $0.name == name } }

    /// The `<g>` groups Graphviz makes for nodes, edges or clusters.
    public func groups(_ cls: String) -> [XMLElement] { all("g").filter { $0.classes.contains(cls) } }

    public func element(id: String) -> XMLElement? { descendants.first { $0.attributes["id"] == id } }

    public static func parse(_ data: Data) throws -> XMLElement {
        let delegate = Builder()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse(), let root = delegate.root else {
            throw ParseError(message: parser.parserError.map { "\($0)" } ?? "no root element")
        }
        return root
    }

    public static func parse(_ bytes: [UInt8]) throws -> XMLElement { try parse(Data(bytes)) }

    public struct ParseError: Error { var message: String }

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
