@testable import EcomapCore

/// One thread, so that libFuzzer's leak check sees what an input leaves behind (see Parallel.serial).
@_cdecl("LLVMFuzzerInitialize")
public func fuzzParseInitialize(_ argc: UnsafeMutablePointer<CInt>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?) -> CInt {
    Parallel.serial = true
    return 0
}

/// Parse and check any bytes; what must hold for every input is checked
/// here, so that a wrong answer stops the fuzzer as a crash would.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParse(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = count == 0 || start == nil ? [] : Array(UnsafeRawBufferPointer(start: start, count: count))
    let source = SourceText(name: "fuzz.ecomap", bytes: bytes)
    let document = MapDocument(source: source)
    // A map is checked exactly when it has no error, and every error is counted.
    precondition((document.checked == nil) == (document.errorCount > 0))
    precondition(document.diagnostics.count <= MapDocument.diagnosticLimit)
    precondition(document.diagnostics.count <= document.errorCount + document.warningCount)
    for d in document.diagnostics {
        precondition(d.range.line >= 0 && d.range.line <= source.lineCount + 1, "\(d)")
        precondition(d.range.column >= 0 && d.range.length >= 1, "\(d)")
    }
    // Formatting shows the source lines the diagnostics point at, with no control character left in.
    let text = DiagnosticFormatter(colour: false).format(document.diagnostics, sources: [source.name: source], limit: 20,
                                                         totals: (document.errorCount, document.warningCount))
    precondition(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
    // Parsing in pieces (as large files are, one per core) gives the same map.
    if Encoding.check(source).errors == 0, bytes.count < 4_096 {
        let one = Parser.parse(source, pieces: 1), three = Parser.parse(source, pieces: 3)
        precondition(one.map == three.map && one.diagnostics.kept == three.diagnostics.kept)
    }
    if let checked = document.checked {
        // The parser let nothing through that no drawing could show.
        for node in checked.nodes {
            precondition(!node.label.unicodeScalars.contains(where: TextChecks.unshowable))
        }
        _ = MapJSON.encode(checked)
        if checked.nodes.count <= 200 { _ = try? NetworkStats(checked) }
    }
    return 0
}
