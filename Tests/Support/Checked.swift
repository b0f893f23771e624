import EcomapCore
import Testing

/// A map from text that must check: the tests' way in to the later stages.
public func checked(_ text: String, name: String = "test.ecomap", sourceLocation: SourceLocation = #_sourceLocation) throws -> CheckedMap {
    let document = MapDocument(name: name, text: text)
    return try #require(document.checked, "\(document.diagnostics)", sourceLocation: sourceLocation)
}

/// A map file in Maps/ (or elsewhere) that must check.
public func checked(path: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> CheckedMap {
    let document = try MapDocument.read(path: path)
    return try #require(document.checked, "\(document.diagnostics)", sourceLocation: sourceLocation)
}
