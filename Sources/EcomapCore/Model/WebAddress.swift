/// The links a map may carry (`url:`): web and mail addresses only, since
/// drawings and reports make them clickable and other kinds (`javascript:`,
/// `file:`) would run or open something on the reader's machine.
package enum WebAddress {
    /// The schemes allowed, lower case.
    package static let schemes = ["http://", "https://", "mailto:"]

    /// The allowed scheme `text` starts with (any case), if any.
    package static func scheme(of text: String) -> String? {
        let lower = text.lowercased()
        return schemes.first { lower.hasPrefix($0) }
    }

    /// Whether `text` is an address a map may hold: an allowed scheme,
    /// something after it, and no white space.
    package static func isAllowed(_ text: String) -> Bool {
        guard let scheme = scheme(of: text) else { return false }
        return text.count > scheme.count && !text.contains(where: \.isWhitespace)
    }
}
