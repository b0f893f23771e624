/// `[key: value, key: "quoted value", key: [a, b]]`
enum AttributeList {
    static func read(using reader: inout Reader) throws(Diagnostic) -> Attributes {
        let openRange = reader.here()
        reader.advance()
        var attributes: [Attribute] = []
        while true {
            reader.skipSpaces()
            if reader.consume(UInt8(ascii: "]")) { break }
            if reader.isAtEnd { throw unterminated(openRange) }
            guard let key = reader.readIdentifier() else {
                throw reader.unexpected("expected an attribute name", hint: "attributes are written [name: value, other: \"quoted value\"]")
            }
            reader.skipSpaces()
            guard reader.consume(UInt8(ascii: ":")) else {
                if reader.isAtEnd { throw unterminated(openRange) }
                throw Diagnostic(.syntax, "expected ':' after the attribute name '\(key.text)'",
                             hint: "write \(key.text): value", at: reader.here())
            }
            reader.skipSpaces()
            let valueStart = reader.position
            var itemRanges: [SourceRange] = []
            let value = try readValue(for: key.text, using: &reader, openRange: openRange, itemRanges: &itemRanges)
            let valueRange = reader.range(valueStart, reader.position)
            attributes.append(Attribute(key: key.text, value: value, keyRange: key.range, valueRange: valueRange,
                                        itemRanges: itemRanges))
            reader.skipSpaces()
            if reader.consume(UInt8(ascii: ",")) { continue }
            if reader.consume(UInt8(ascii: "]")) { break }
            if reader.isAtEnd { throw unterminated(openRange) }
            throw reader.unexpected("expected ',' or ']' after the value of '\(key.text)'", hint: "separate attributes with commas; quote a value that has spaces in it")
        }
        return Attributes(attributes)
    }

    private static func unterminated(_ open: SourceRange) -> Diagnostic {
        Diagnostic(.unterminatedList, "unterminated attribute list: '[' has no matching ']'",
               hint: "close it with ']' on the same line; each statement is one line", at: open)
    }

    private static func readValue(for key: String, using reader: inout Reader, openRange: SourceRange,
                                  itemRanges: inout [SourceRange]) throws(Diagnostic) -> AttributeValue {
        if reader.isAtString() { return .text(try reader.readString().text) }
        if reader.current == UInt8(ascii: "[") {
            let listOpen = reader.here()
            reader.advance()
            var items: [String] = []
            while true {
                reader.skipSpaces()
                if reader.consume(UInt8(ascii: "]")) { return .list(items) }
                if reader.isAtEnd { throw unterminated(listOpen) }
                let itemStart = reader.position
                items.append(try readItem(for: key, using: &reader))
                itemRanges.append(reader.range(itemStart, reader.position))
                reader.skipSpaces()
                if reader.consume(UInt8(ascii: ",")) { continue }
                if reader.consume(UInt8(ascii: "]")) { return .list(items) }
                if reader.isAtEnd { throw unterminated(listOpen) }
                throw reader.unexpected("expected ',' or ']' in the list for '\(key)'", hint: "write a list as [first, second, \"third item\"]")
            }
        }
        return .text(try readItem(for: key, using: &reader))
    }

    /// A single value: a quoted string or a bare word running to the next space, `,` or `]`.
    private static func readItem(for key: String, using reader: inout Reader) throws(Diagnostic) -> String {
        if reader.isAtString() { return try reader.readString().text }
        let start = reader.position
        while let b = reader.current, b != 0x20, b != 0x09, b != UInt8(ascii: ","),
              b != UInt8(ascii: "]"), b != UInt8(ascii: "["), b != UInt8(ascii: "\"") {
            if reader.isAtCurlyQuote() { break }
            reader.advance(by: reader.scalarWidth(at: reader.position))
        }
        guard reader.position > start else {
            throw Diagnostic(.syntax, "missing value for '\(key)'",
                         hint: "write \(key): value, or \(key): \"a value with spaces\"", at: reader.here())
        }
        try reader.refuseUnshowable(start, reader.position)
        return reader.text(start, reader.position)
    }
}
