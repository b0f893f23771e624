import Foundation

/// How numbers are written for people, the same in every output.
package enum Figures {
    /// "68%": a share rounded to a whole percent.
    package static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    /// A number with a fixed count of decimals ("0.129").
    package static func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }

    /// `part / whole`, and 0 when there is no whole: every share ecomap reports is defined this way.
    package static func share(_ part: Int, of whole: Int) -> Double { whole > 0 ? Double(part) / Double(whole) : 0 }

    /// "1,020": a whole number with its thousands marked, as both languages write it.
    package static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (k, d) in digits.enumerated() {
            if k > 0, (digits.count - k) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return (n < 0 ? "-" : "") + out
    }
}
