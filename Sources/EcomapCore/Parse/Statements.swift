/// `map "Title" [source: "...", date: 2022-12]`
enum HeaderStatement {
    static func read(keyword: SourceRange, using reader: inout Reader) throws(Diagnostic)
        -> (title: String?, attributes: Attributes)
    {
        try Statement.textAndAttributes(ending: "the map header", using: &reader)
    }
}

/// `style organisation [colour: teal]`
enum StyleStatement {
    static func read(using reader: inout Reader) throws(Diagnostic) -> KindStyle {
        reader.skipSpaces()
        let kinds = "organisation, platform, person or community"
        guard let word = reader.readIdentifier() else {
            throw reader.unexpected("expected a kind after 'style'", hint: "write style organisation [colour: teal]; the kinds are \(kinds)")
        }
        guard let kind = NodeKind(keyword: word.text) else {
            let hint = Suggestion.closest(to: word.text, in: NodeKind.allKeywords).map { "did you mean '\($0)'?" } ?? "the kinds are \(kinds)"
            throw Diagnostic(.unknownKind, "unknown node kind '\(word.text)'", hint: hint, at: word.range)
        }
        reader.skipSpaces()
        guard reader.current == UInt8(ascii: "[") else {
            throw reader.unexpected("expected '[' after 'style \(word.text)'", hint: "write style \(word.text) [colour: teal]")
        }
        let attributes = try AttributeList.read(using: &reader)
        try Statement.expectEnd(after: "the style", using: &reader)
        return KindStyle(kind: kind, attributes: attributes, range: word.range)
    }
}

/// `organisation scw "Social Care Wales" [cy: "Gofal Cymdeithasol Cymru"]`
enum NodeStatement {
    static func read(kind: NodeKind, kindRange: SourceRange, using reader: inout Reader) throws(Diagnostic) -> Node {
        reader.skipSpaces()
        guard let id = reader.readIdentifier() else {
            throw reader.unexpected("expected an id after '\(kind.rawValue)'", hint: "write \(kind.rawValue) some-id \"Label\"; an id is letters, digits, '_' and '-'")
        }
        let (label, attributes) = try Statement.textAndAttributes(ending: "the \(kind.rawValue) '\(id.text)'", using: &reader)
        return Node(id: id.text, kind: kind, label: label, attributes: attributes,
                    range: id.range, kindRange: kindRange)
    }
}

/// `managers -> practitioners : meets "periodic in-person meetings" [frequency: quarterly]`
enum LinkStatement {
    static func read(from: (text: String, range: SourceRange), using reader: inout Reader) throws(Diagnostic) -> Link {
        reader.skipSpaces()
        guard let op = reader.readOperator() else {
            throw Diagnostic(.syntax, "expected '->', '<-', '<->' or '--' after '\(from.text)'", at: reader.here())
        }
        reader.skipSpaces()
        guard let to = reader.readIdentifier() else {
            throw reader.unexpected("expected the id of a node after '\(op.direction == .oneWay && op.reversed ? "<-" : op.direction.symbol)'", hint: "a link joins two node ids: a -> b")
        }
        reader.skipSpaces()
        var type: String?
        var typeRange = SourceRange.none
        if reader.consume(UInt8(ascii: ":")) {
            reader.skipSpaces()
            guard let word = reader.readIdentifier() else {
                throw reader.unexpected("expected a link type after ':'", hint: "a type is one word, such as informs, meets, uses or participates")
            }
            type = word.text
            typeRange = word.range
            reader.skipSpaces()
        }
        var label: String?
        if reader.isAtString() { label = try reader.readString().text }
        reader.skipSpaces()
        var attributes = Attributes()
        if reader.current == UInt8(ascii: "[") { attributes = try AttributeList.read(using: &reader) }
        try Statement.expectEnd(after: "the link", using: &reader)
        if op.reversed {
            return Link(from: to.text, to: from.text, direction: op.direction, type: type, label: label,
                        attributes: attributes, fromRange: to.range, toRange: from.range, typeRange: typeRange)
        }
        return Link(from: from.text, to: to.text, direction: op.direction, type: type, label: label,
                    attributes: attributes, fromRange: from.range, toRange: to.range, typeRange: typeRange)
    }
}

enum Statement {
    /// What may follow a header's keyword or a node's id: a quoted text, an
    /// attribute list, both or neither, and then the end of the line.
    static func textAndAttributes(ending what: String, using reader: inout Reader) throws(Diagnostic) -> (String?, Attributes) {
        reader.skipSpaces()
        var text: String?
        if reader.isAtString() { text = try reader.readString().text }
        reader.skipSpaces()
        var attributes = Attributes()
        if reader.current == UInt8(ascii: "[") { attributes = try AttributeList.read(using: &reader) }
        try expectEnd(after: what, using: &reader)
        return (text, attributes)
    }

    /// Anything but a comment after a statement is a mistake worth explaining.
    static func expectEnd(after what: String, using reader: inout Reader) throws(Diagnostic) {
        if reader.isAtEndOfStatement() { return }
        var hint = "one statement per line; text after '#' is a comment"
        if reader.isAtOperator() { hint = "write one link per line: a -> b, then b -> c on the next line" }
        if reader.current == UInt8(ascii: "]") { hint = "this ']' has no matching '['" }
        if reader.isAtInvisible() { hint = Reader.invisibleHint }
        throw Diagnostic(.syntax, "unexpected \(reader.describeCurrent()) after \(what)", hint: hint, at: reader.here())
    }
}
