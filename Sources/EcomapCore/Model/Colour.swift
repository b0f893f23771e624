import Foundation

/// A colour a map may set on a node or a kind (`colour: "#5b8c3a"`, `colour: teal`).
///
/// Always held as `#rrggbb`, so renderers never pass user text to Graphviz.
public struct Colour: Hashable, Sendable, CustomStringConvertible {
    public let red: UInt8
    public let green: UInt8
    public let blue: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Reads `#rgb`, `#rrggbb` or one of ``Colour/names``; nil for anything else.
    public init?(_ text: String) {
        let lower = text.lowercased()
        if let hex = Colour.names[lower] { self.init(hex)!; return }
        guard lower.hasPrefix("#") else { return nil }
        var digits = Array(lower.dropFirst())
        if digits.count == 3 { digits = digits.flatMap { [$0, $0] } }
        guard digits.count == 6, let value = UInt32(String(digits), radix: 16) else { return nil }
        self.init(red: UInt8(value >> 16 & 0xFF), green: UInt8(value >> 8 & 0xFF), blue: UInt8(value & 0xFF))
    }

    /// `#rrggbb`, lower case.
    public var hex: String {
        "#" + [red, green, blue].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    public var description: String { hex }

    /// Relative luminance (WCAG 2), to choose a readable text colour on this fill.
    public var luminance: Double {
        func channel(_ v: UInt8) -> Double {
            let c = Double(v) / 255
            return c <= 0.039_28 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)
    }

    /// Colour names a map may use, with British and American spellings.
    public static let names: [String: String] = [
        "black": "#000000", "white": "#ffffff", "grey": "#808080", "gray": "#808080",
        "lightgrey": "#d3d3d3", "lightgray": "#d3d3d3", "darkgrey": "#505050", "darkgray": "#505050",
        "red": "#d62728", "green": "#2ca02c", "blue": "#1f77b4", "orange": "#ff7f0e",
        "purple": "#9467bd", "yellow": "#f2c500", "pink": "#e377c2", "brown": "#8c564b",
        "teal": "#008080", "navy": "#1f3a68", "olive": "#808000", "maroon": "#800000",
        "cyan": "#17becf", "magenta": "#c2185b", "gold": "#d4a017", "lime": "#7cb342",
    ]
}

