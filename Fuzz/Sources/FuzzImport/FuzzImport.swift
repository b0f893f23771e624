@testable import EcomapCore
@testable import EcomapInterchange

/// One thread, so that libFuzzer's leak check sees what an input leaves behind (see Parallel.serial).
@_cdecl("LLVMFuzzerInitialize")
public func fuzzImportInitialize(_ argc: UnsafeMutablePointer<CInt>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?) -> CInt {
    Parallel.serial = true
    return 0
}

/// The files of one import, from one input: an even first byte makes the
/// rest one file (a workbook, a blueprint or a CSV, told by its content as
/// `ecomap import` tells them); an odd one splits the rest at each 0x1E
/// (the record separator) into up to three, such as an elements CSV and a
/// connections CSV.
func files(_ bytes: [UInt8]) -> [(name: String, bytes: [UInt8])] {
    guard let mode = bytes.first else { return [("empty.csv", [])] }
    let rest = Array(bytes.dropFirst())
    guard mode % 2 == 1 else { return [("file-1", rest)] }
    return rest.split(separator: 0x1E, maxSplits: 2, omittingEmptySubsequences: false).enumerated()
        .map { ("file-\($0.offset + 1)", Array($0.element)) }
}

/// Import any bytes; what must hold for every input is checked here, so
/// that a wrong answer stops the fuzzer as a crash would.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImport(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = count == 0 || start == nil ? [] : Array(UnsafeRawBufferPointer(start: start, count: count))
    let input = files(bytes)
    let result = Importer.importFiles(input)
    // The same files, the same answer (a zip reader that read past its
    // buffers gave one diagnostic one time and another the next).
    precondition(Importer.importFiles(input).diagnostics == result.diagnostics)
    let errors = result.diagnostics.filter { $0.severity == .error }
    // A map's text is made exactly when there is no error, and then it checks.
    precondition((result.bytes == nil) == (result.checked == nil))
    precondition((result.checked == nil) == !errors.isEmpty, "\(result.diagnostics)")
    // Every problem names one of the files it came from, and prints with no
    // control character (a message may quote the file's bytes; the
    // formatter shows those as U+FFFD).
    let names = Set(input.map(\.name))
    for d in result.diagnostics { precondition(names.contains(d.file) && !d.message.isEmpty, "\(d)") }
    let printed = DiagnosticFormatter(colour: false).format(result.diagnostics, sources: [:], limit: 50)
    precondition(!printed.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }, printed)
    guard let checked = result.checked, let text = result.bytes else { return 0 }
    // The map's text reads back as the same map, with no error.
    let document = MapDocument(source: SourceText(name: "imported.ecomap", bytes: text))
    precondition(document.errorCount == 0, "\(document.diagnostics)")
    let again = document.checked!
    precondition(again.nodes.map(\.id) == checked.nodes.map(\.id))
    precondition(again.links.count == checked.links.count)
    // Exported as Kumu's CSV pair and imported again: the same nodes and links.
    if checked.nodes.count <= 200 {
        let csv = TableExporter.csv(checked)
        let back = Importer.importFiles([("elements.csv", csv.elements), ("connections.csv", csv.connections)])
        precondition(back.checked?.nodes.map(\.id) == checked.nodes.map(\.id), "\(back.diagnostics)")
        precondition(back.checked?.links.count == checked.links.count)
        _ = GraphMLExporter.graphml(checked)
        _ = MermaidExporter.flowchart(checked)
    }
    return 0
}
