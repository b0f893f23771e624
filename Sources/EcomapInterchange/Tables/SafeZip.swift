import EcomapCore
import Foundation
import ZIPFoundation

/// The parts of a zip file (an `.xlsx` workbook is one), read with
/// ZIPFoundation under limits, so that a zip bomb is refused rather than
/// inflated: nothing is ever inflated past ``maximumTotal`` bytes, and an
/// entry that grows more than ``maximumRatio`` times its compressed size
/// past ``ratioFloor`` bytes is stopped where it is.
struct SafeZip {
    /// All the parts read from one file, inflated, together.
    static let maximumTotal: UInt64 = 512 << 20
    /// Real workbooks compress their XML 5 to 30 times; bombs, thousands of times.
    static let maximumRatio: UInt64 = 200
    /// Small parts may compress very well (a sheet of blanks): the ratio counts above this.
    static let ratioFloor: UInt64 = 8 << 20

    private let archive: Archive
    let file: String
    /// Paths of every entry, as stored.
    let paths: Set<String>
    private var inflated: UInt64 = 0

    enum Failure: Error {
        case bomb(Diagnostic)
        case broken(String)
    }

    init?(_ bytes: [UInt8], file: String) {
        guard let archive = try? Archive(data: Data(bytes), accessMode: .read, pathEncoding: nil) else { return nil }
        self.archive = archive
        self.file = file
        var paths = Set<String>()
        for entry in archive.prefix(100_000) { paths.insert(entry.path) }
        self.paths = paths
    }

    /// The bytes of the part at `path`, or nil when there is none.
    mutating func part(_ path: String) throws(Failure) -> [UInt8]? {
        guard paths.contains(path), let entry = archive[path] else { return nil }
        let compressed = max(entry.compressedSize, 1)
        // The sizes a zip declares can lie, so they are checked here and counted again while inflating.
        if entry.uncompressedSize > SafeZip.maximumTotal - min(inflated, SafeZip.maximumTotal) {
            throw .bomb(bomb(path, size: entry.uncompressedSize, compressed: compressed))
        }
        var out: [UInt8] = []
        out.reserveCapacity(Int(min(entry.uncompressedSize, 64 << 20)))
        let start = inflated
        var stopped: Diagnostic?
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                let size = UInt64(out.count + chunk.count)
                if start + size > SafeZip.maximumTotal
                    || (size > SafeZip.ratioFloor && size / compressed > SafeZip.maximumRatio) {
                    stopped = bomb(path, size: size, compressed: compressed)
                    throw CancellationError()
                }
                out.append(contentsOf: chunk)
            }
        } catch {
            if let stopped { throw .bomb(stopped) }
            throw .broken("its part \(path) can't be read (\(error))")
        }
        inflated += UInt64(out.count)
        return out
    }

    private func bomb(_ path: String, size: UInt64, compressed: UInt64) -> Diagnostic {
        func mb(_ n: UInt64) -> String { n >= 1 << 20 ? "\(n >> 20) MB" : "\(n >> 10) KB" }
        return ImportProblem.zipBomb.diagnostic(
            "'\(file)' looks like a zip bomb: its part \(path) grows past \(mb(size)) from \(mb(compressed)) "
                + "(more than \(SafeZip.maximumRatio) times, or over \(mb(SafeZip.maximumTotal)) in all); it was not unpacked",
            hint: "a real workbook is far smaller; open the file in Excel or LibreOffice and save it again as .xlsx",
            file: file)
    }
}
