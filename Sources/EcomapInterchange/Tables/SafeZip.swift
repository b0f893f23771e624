import EcomapCore

/// The parts of a zip file (an `.xlsx` workbook is one), read under limits
/// so that a zip bomb is refused rather than inflated.
///
/// Every size a part declares is checked before anything is inflated: a
/// part that says it would grow past ``maximumTotal`` bytes (with the parts
/// read before it), or more than ``maximumRatio`` times its compressed size
/// past ``ratioFloor`` bytes, is refused as it stands. Then no more than it
/// declared is kept as it inflates: a part that grows past its own size
/// (the way a bomb hides) is refused too. So memory stays within what the
/// sizes declare, which the limits bound, whatever the data says.
///
/// Refused with a diagnostic too: a zip with two parts of one name (programs
/// differ in which they read), one that needs ZIP64, and an encrypted part
/// or one compressed other than by deflate.
struct SafeZip {
    /// All the parts read from one file, inflated, together.
    static let maximumTotal: UInt64 = 512 << 20
    /// Real workbooks compress their XML 5 to 30 times; bombs, thousands of times.
    static let maximumRatio: UInt64 = 200
    /// Small parts may compress very well (a sheet of blanks): the ratio counts above this.
    static let ratioFloor: UInt64 = 8 << 20

    private let archive: ZipArchive
    private let entries: [String: ZipArchive.Entry]
    let file: String
    /// Paths of every entry, as stored.
    var paths: Set<String> { Set(entries.keys) }
    private var inflated: UInt64 = 0

    enum Failure: Error {
        /// Refused as it stands: a bomb, or a zip ecomap doesn't read.
        case refused(Diagnostic)
        /// A damaged workbook, and why.
        case broken(String)
    }

    /// Lists the parts of the zip in `bytes`; throws a diagnostic when no
    /// zip can be read from them, or one that is refused as a whole.
    init(_ bytes: [UInt8], file: String) throws(Diagnostic) {
        guard let archive = ZipArchive(bytes) else {
            throw Diagnostic(.brokenWorkbook, "'\(file)' is a damaged zip file; no workbook could be read from it",
                hint: SafeZip.saveAgain, file: file)
        }
        if archive.needsZIP64 { throw SafeZip.zip64(file) }
        var entries: [String: ZipArchive.Entry] = [:]
        // Part names are told apart without regard to case (ECMA-376 part 2, 9.1.1.1), so case differences count as twins.
        var seen: [String: String] = [:]
        for entry in archive.entries {
            if let twin = seen.updateValue(entry.name, forKey: entry.name.lowercased()) {
                throw Diagnostic(.duplicatePart, "'\(file)' holds two parts named \(twin == entry.name ? twin : "\(twin) and \(entry.name)"), "
                        + "and programs differ in which they read; it was not read",
                    hint: SafeZip.saveAgain, file: file)
            }
            entries[entry.name] = entry
        }
        self.archive = archive
        self.entries = entries
        self.file = file
    }

    /// The bytes of the part at `path`, or nil when there is none.
    mutating func part(_ path: String) throws(Failure) -> [UInt8]? {
        guard let entry = entries[path] else { return nil }
        if entry.isEncrypted {
            throw .refused(Diagnostic(.unsupportedZip, "'\(file)' is encrypted: its part \(path) needs a password",
                hint: "unpack it with its password, or save the workbook again from Excel or LibreOffice without one", file: file))
        }
        if entry.needsZIP64 { throw .refused(SafeZip.zip64(file)) }
        guard entry.method == 0 || entry.method == 8 else {
            throw .refused(Diagnostic(.unsupportedZip, "'\(file)' compresses its part \(path) by method \(entry.method); ecomap reads stored and deflated parts",
                hint: SafeZip.saveAgain, file: file))
        }
        let declared = UInt64(entry.uncompressedSize), compressed = max(UInt64(entry.compressedSize), 1)
        if declared > SafeZip.maximumTotal - min(inflated, SafeZip.maximumTotal) {
            throw .refused(bomb(path, size: declared, compressed: compressed))
        }
        // The smallest size the ratio refuses: the part is said to grow past it.
        let ratioLimit = max(SafeZip.ratioFloor + 1, compressed * (SafeZip.maximumRatio + 1))
        if declared >= ratioLimit { throw .refused(bomb(path, size: ratioLimit, compressed: compressed)) }
        guard let range = archive.dataRange(of: entry) else { throw .broken("its part \(path) lies outside the file") }
        let out: [UInt8]
        if entry.method == 0 {
            guard range.count == declared else { throw .broken("its part \(path) is damaged (its sizes do not agree)") }
            out = Array(archive.bytes[range])
        } else {
            // Past its declared size, a part is inflated without being kept,
            // as far as the limits would let it grow, to tell a bomb from a
            // stream that breaks off.
            let allowed = min(ratioLimit - 1, SafeZip.maximumTotal - inflated)
            do {
                out = try Inflater.inflate(archive.bytes[range], limit: Int(declared), scan: Int(allowed))
            } catch {
                switch error {
                case .endsEarly: throw .broken("its part \(path) ends before its data does")
                case .damaged: throw .broken("its part \(path) is damaged (its compressed data can't be read)")
                case .tooLarge(let made, let ended):
                    throw .refused(forged(path, declared: declared, made: UInt64(made), compressed: compressed, ended: ended))
                }
            }
            guard out.count == declared else { throw .broken("its part \(path) is damaged (it is shorter than its size says)") }
        }
        guard CRC32.checksum(out) == entry.crc32 else { throw .broken("its part \(path) is damaged (its checksum does not match)") }
        inflated += declared
        return out
    }

    private static let saveAgain = "open it in Excel or LibreOffice and save it again as .xlsx"

    private static func mb(_ n: UInt64) -> String { n >= 1 << 20 ? "\(n >> 20) MB" : "\(n >> 10) KB" }

    private func bomb(_ path: String, size: UInt64, compressed: UInt64) -> Diagnostic {
        Diagnostic(.zipBomb, "'\(file)' looks like a zip bomb: its part \(path) grows past \(SafeZip.mb(size)) from \(SafeZip.mb(compressed)) "
                + "(more than \(SafeZip.maximumRatio) times, or over \(SafeZip.mb(SafeZip.maximumTotal)) in all); it was not unpacked",
            hint: "a real workbook is far smaller; open the file in Excel or LibreOffice and save it again as .xlsx",
            file: file)
    }

    /// A part that inflates past the size it declares: how a bomb slips past limits on declared sizes.
    private func forged(_ path: String, declared: UInt64, made: UInt64, compressed: UInt64, ended: Bool) -> Diagnostic {
        Diagnostic(.zipBomb, "'\(file)' looks like a zip bomb: its part \(path) says it holds \(SafeZip.mb(declared)), and "
                + (ended ? "holds \(SafeZip.mb(made))" : "grows past \(SafeZip.mb(made)) from \(SafeZip.mb(compressed))")
                + "; it was not unpacked",
            hint: "a real workbook is far smaller; open the file in Excel or LibreOffice and save it again as .xlsx",
            file: file)
    }

    private static func zip64(_ file: String) -> Diagnostic {
        Diagnostic(.unsupportedZip, "'\(file)' is a ZIP64 file, the zip format for archives over 4 GB, which ecomap doesn't read",
            hint: "open it in Excel or LibreOffice and save it again as .xlsx; no workbook a map comes from needs ZIP64", file: file)
    }
}
