import EcomapCore
import EcomapRender

/// Text for HTML: every character that could start markup, an entity or the
/// end of an attribute is escaped, so a label shows exactly as written.
package enum HTMLText {
    package static func escape(_ text: String) -> String { SVGFinisher.escape(text) }

    /// JSON for a `<script type="application/json">` block: `<`, `>` and `&`
    /// become escapes, so no string in the data can close the script element.
    package static func scriptJSON(_ json: String) -> String {
        json.escaped {
            switch $0 {
            case "<": "\\u003c"
            case ">": "\\u003e"
            case "&": "\\u0026"
            default: nil
            }
        }
    }
}
