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
    /// The file the archive reads (see ``UnnamedFile``); kept open as long as the archive is.
    private let backing: UnnamedFile
    /// The whole file: each part's data is taken from here (see ``part(_:)``).
    private let bytes: [UInt8]
    let file: String
    /// Paths of every entry, as stored.
    let paths: Set<String>
    private var inflated: UInt64 = 0

    enum Failure: Error {
        case bomb(Diagnostic)
        case broken(String)
    }

    /// Lists the parts of the zip in `backing`, which holds `bytes`; nil
    /// when it is not a zip ZIPFoundation can read.
    init?(_ bytes: [UInt8], in backing: UnnamedFile, file: String) {
        guard let archive = try? Archive(url: URL(fileURLWithPath: backing.path), accessMode: .read, pathEncoding: nil) else { return nil }
        self.backing = backing
        self.archive = archive
        self.bytes = bytes
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
        guard let range = dataRange(of: entry) else { throw .broken("its part \(path) lies outside the file") }
        var out: [UInt8] = []
        out.reserveCapacity(Int(min(entry.uncompressedSize, 64 << 20)))
        let start = inflated
        var stopped: Diagnostic?
        let zip = self, bytes = self.bytes
        let consume: Consumer = { chunk in
            let size = UInt64(out.count + chunk.count)
            if start + size > SafeZip.maximumTotal
                || (size > SafeZip.ratioFloor && size / compressed > SafeZip.maximumRatio) {
                stopped = zip.bomb(path, size: size, compressed: compressed)
                throw CancellationError()
            }
            out.append(contentsOf: chunk)
        }
        do {
            let checksum: CRC32
            if entry.isCompressed {
                // ZIPFoundation inflates; the compressed bytes come from here.
                // Its own reader hands the inflater empty chunks at the end of
                // the file, and a stream that never ends then never stops
                // (found by FuzzImport): asked for more than the entry holds,
                // this provider throws instead. And its inflater reads a
                // whole buffer's worth from every chunk, whatever the chunk's
                // length: a short last chunk is padded with zeros, or a
                // broken stream reads past it into whatever memory follows.
                var position = range.lowerBound
                let chunkSize = defaultReadChunkSize
                checksum = try Data.decompress(size: Int64(range.count), bufferSize: chunkSize, skipCRC32: false,
                                               provider: { _, _ in
                    guard position < range.upperBound else { throw Archive.ArchiveError.invalidEntrySize }
                    let end = min(range.upperBound, position + chunkSize)
                    defer { position = end }
                    var chunk = Data(bytes[position..<end])
                    if chunk.count < chunkSize { chunk.append(Data(count: chunkSize - chunk.count)) }
                    return chunk
                }, consumer: consume)
            } else {
                let stored = Data(bytes[range])
                try consume(stored)
                checksum = stored.crc32(checksum: 0)
            }
            guard checksum == entry.checksum else { throw Archive.ArchiveError.invalidCRC32 }
        } catch {
            if let stopped { throw .bomb(stopped) }
            switch error as? Archive.ArchiveError {
            case .invalidCRC32?: throw .broken("its part \(path) is damaged (its checksum does not match)")
            case .invalidEntrySize?: throw .broken("its part \(path) ends before its data does")
            default: throw .broken("its part \(path) can't be read (\(error))")
            }
        }
        inflated += UInt64(out.count)
        return out
    }

    /// Where an entry's data lies in the file, or nil when it lies outside
    /// it. ZIPFoundation keeps the offsets internal, so they are read from
    /// its `Entry` by reflection (its stored `centralDirectoryStructure` and
    /// `localFileHeader`, as of 0.9.20); an offset too large for 32 bits
    /// (ZIP64, for files over 4 GB) is refused, far past the bomb limits.
    private func dataRange(of entry: Entry) -> Range<Int>? {
        func field(_ value: Any?, _ name: String) -> Any? {
            value.flatMap { Mirror(reflecting: $0).children.first { $0.label == name }?.value }
        }
        let central = field(entry, "centralDirectoryStructure"), local = field(entry, "localFileHeader")
        guard let offset = field(central, "relativeOffsetOfLocalHeader") as? UInt32, offset != .max,
              let nameLength = field(local, "fileNameLength") as? UInt16,
              let extraLength = field(local, "extraFieldLength") as? UInt16,
              entry.compressedSize < UInt64(UInt32.max) else { return nil }
        let start = Int(offset) + 30 + Int(nameLength) + Int(extraLength)
        let end = start + Int(entry.compressedSize)
        guard end <= bytes.count else { return nil }
        return start..<end
    }

    private func bomb(_ path: String, size: UInt64, compressed: UInt64) -> Diagnostic {
        func mb(_ n: UInt64) -> String { n >= 1 << 20 ? "\(n >> 20) MB" : "\(n >> 10) KB" }
        return Diagnostic(.zipBomb, "'\(file)' looks like a zip bomb: its part \(path) grows past \(mb(size)) from \(mb(compressed)) "
                + "(more than \(SafeZip.maximumRatio) times, or over \(mb(SafeZip.maximumTotal)) in all); it was not unpacked",
            hint: "a real workbook is far smaller; open the file in Excel or LibreOffice and save it again as .xlsx",
            file: file)
    }
}

/// Bytes in a temporary file with no name, for ZIPFoundation to read.
///
/// ZIPFoundation's in-memory archive (`Archive(data:)`, 0.9.20) traps when
/// a broken zip's offsets point past its end: `Archive.MemoryFile.readData`
/// makes a range with a negative length (found by FuzzImport). Reading a
/// file instead, past the end reads nothing, as the C library does, and
/// ZIPFoundation reports an error; so there is no falling back to memory
/// when no file can be made (the caller says so). The file is unlinked as
/// soon as it is made, so nothing is left behind however the program ends,
/// and read through `/dev/fd`.
final class UnnamedFile {
    let fd: Int32
    var path: String { "/dev/fd/\(fd)" }
    /// Where the file is made: `TMPDIR`, else /tmp.
    static var folder: String { ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp" }

    init?(_ bytes: [UInt8]) {
        var template = Array("\(UnnamedFile.folder)/ecomap-zip-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return nil }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        self.fd = fd
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, bytes.count - written) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return nil }
            written += n
        }
    }

    deinit { close(fd) }
}
