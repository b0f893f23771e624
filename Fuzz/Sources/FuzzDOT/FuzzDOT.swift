@testable import EcomapCore
@testable import EcomapRender
@testable import EcomapReport

/// A best-practice map to compare every checked input with.
private let best: CheckedMap = MapDocument(name: "best.ecomap", text: """
    map "Best" [id: best]
    organisation host "Host" [role: host]
    platform forum "Forum"
    person members "Members" [in: circle]
    community circle "Circle"
    host <-> members : informs [via: forum]
    members <-> members2 : meets
    person members2 "More members" [in: circle]
    """).checked!

/// One thread, so that libFuzzer's leak check sees what an input leaves behind (see Parallel.serial).
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutablePointer<CInt>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?) -> CInt {
    Parallel.serial = true
    return 0
}

/// A checked map written as DOT with options chosen by the input's last
/// byte, and compared with a best-practice map; the DOT must stay DOT
/// whatever the map's text holds (an injection would unbalance it).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDOT(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = count == 0 || start == nil ? [] : Array(UnsafeRawBufferPointer(start: start, count: count))
    guard let checked = MapDocument(source: SourceText(name: "fuzz.ecomap", bytes: bytes)).checked else { return 0 }
    let pick = Int(bytes.last ?? 0)
    var options = RenderOptions()
    options.layout = Layout.allCases[pick % Layout.allCases.count]
    options.theme = Theme.all[(pick / 8) % Theme.all.count]
    options.language = pick & 1 == 0 ? .en : .cy
    options.labels = pick & 2 != 0
    options.legend = pick & 4 == 0
    options.sizeBy = pick & 16 != 0 ? SizeMetric.allCases[pick % SizeMetric.allCases.count] : nil
    options.highlightBrokers = pick & 32 != 0
    guard let dot = try? Renderer.render(checked, as: .dot, options: options) else { fatalError("DOT can't fail") }
    requireDOT(dot)
    let comparison = Comparison(current: checked, best: best)
    _ = CompareReport.text(comparison, language: options.language)
    _ = CompareReport.json(comparison)
    _ = CompareReport.markdown(comparison, diagram: "gaps.svg", best: "best.svg", language: options.language)
    if let gaps = try? Renderer.renderGaps(comparison, as: .dot, options: options) { requireDOT(gaps) }
    return 0
}

/// Braces balance outside quoted strings, every string closes, and no
/// control character but a line break, or a tab (which labels may hold), is written.
private func requireDOT(_ bytes: [UInt8]) {
    var depth = 0, quoted = false, escaped = false
    for b in bytes {
        precondition(b >= 0x20 || b == 0x0A || b == 0x09, "a control character in DOT")
        if quoted {
            if escaped { escaped = false } else if b == UInt8(ascii: "\\") { escaped = true } else if b == UInt8(ascii: "\"") { quoted = false }
            continue
        }
        switch b {
        case UInt8(ascii: "\""): quoted = true
        case UInt8(ascii: "{"): depth += 1
        case UInt8(ascii: "}"): depth -= 1; precondition(depth >= 0, "a '}' closes nothing")
        default: break
        }
    }
    precondition(!quoted && depth == 0, "DOT left a string or a graph open")
}
