import EcomapCore

/// Turning user text into Graphviz attribute values safely.
///
/// Graphviz expands `\N`, `\G`, `\L`, ... in labels, even when they are set
/// through the API, and decodes `&...;` entities; a map's text must show as
/// written, so both are escaped. NUL can't pass through C strings at all.
package enum GraphvizText {
    /// A label value that Graphviz shows exactly as `text`: backslashes and
    /// ampersands escaped, line breaks as Graphviz's centred `\n`.
    package static func label(_ text: String) -> String {
        text.escaped {
            switch $0 {
            case "\\": "\\\\"
            case "&": "&amp;"
            case "\n": "\\n"
            case "\r", "\0": ""
            default: nil
            }
        }
    }

    /// A plain attribute value (ids, class names, colours): backslashes escaped
    /// so no Graphviz escape can form, NUL dropped.
    package static func plain(_ text: String) -> String {
        text.escaped { $0 == "\0" ? "" : $0 == "\\" ? "\\\\" : nil }
    }

    /// A link target safe to hand to Graphviz, which writes URLs into SVG
    /// without escaping them: only http, https and mailto are allowed, and
    /// every character that could end an attribute or start markup or an
    /// escape is percent-encoded (`&` becomes `&amp;`, which SVG decodes).
    /// Nil for anything else (`javascript:`, `file:`, relative paths).
    package static func url(_ text: String) -> String? {
        // The checker refuses anything else; a map built in code may hold it.
        guard WebAddress.scheme(of: text) != nil else { return nil }
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += "&amp;"
            case 0x21, 0x23...0x25, 0x28...0x3B, 0x3D, 0x3F...0x5B, 0x5D, 0x5F, 0x61...0x7A, 0x7E:
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }

    /// An SVG/XML-safe id made from a map's id, by ``Identifier``'s one rule:
    /// letters, digits, marks, `-` and `_` kept, anything else `_`.
    package static func elementID(_ text: String) -> String {
        Identifier.sanitised(text, replacement: "_", fallback: "_")
    }
}
