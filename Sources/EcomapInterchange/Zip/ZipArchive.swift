/// The entries of a zip file held in memory, read from its end of central
/// directory record and central directory, and each entry's data found
/// through its local header (PKWARE's APPNOTE.TXT, sections 4.3.6 to 4.3.16).
///
/// Written by hand: the format has not changed in thirty years, and the
/// part read here is small. A library would have to hand over each entry's
/// data range and sizes as it found them, so that they can be checked
/// before anything is inflated; ZIPFoundation keeps them private. Nothing
/// here trusts an offset or size: each is checked against the file before
/// it is used. A central directory entry that doesn't fit in the file ends
/// the listing (the next one's place depends on it); a local header that
/// doesn't fit is found only when its entry is read (``dataRange(of:)``).
///
/// Not read: ZIP64 (archives or entries over 4 GB, or over 65,535 entries)
/// and split archives, which no workbook needs. The sizes and offsets that
/// would say where ZIP64 holds them are kept as they are, for the caller to
/// refuse (``Entry/needsZIP64``, ``needsZIP64``).
struct ZipArchive {
    /// One central directory entry (APPNOTE 4.3.12).
    struct Entry: Sendable {
        /// The name as stored, read as UTF-8.
        var name: String
        /// The general purpose bit flags: bit 0 is encryption, bit 6 strong encryption.
        var flags: UInt16
        /// 0 is stored, 8 is deflated.
        var method: UInt16
        var crc32: UInt32
        var compressedSize: UInt32
        var uncompressedSize: UInt32
        var localHeaderOffset: UInt32

        var isEncrypted: Bool { flags & 0x41 != 0 }

        /// Whether a size or offset is 0xFFFFFFFF: the real one is in a ZIP64 extra field.
        var needsZIP64: Bool {
            compressedSize == .max || uncompressedSize == .max || localHeaderOffset == .max
        }
    }

    let bytes: [UInt8]
    /// The entries in central directory order, up to the first that doesn't fit in the file.
    private(set) var entries: [Entry] = []
    /// Whether the end of central directory record leaves its counts or
    /// offset to a ZIP64 record (0xFFFF or 0xFFFFFFFF).
    private(set) var needsZIP64 = false

    /// At most this many entries are listed; a workbook has tens.
    static let maximumEntries = 100_000

    /// Lists the entries of `bytes`; nil when no end of central directory record is found.
    init?(_ bytes: [UInt8]) {
        self.bytes = bytes
        guard let end = ZipArchive.endRecord(in: bytes) else { return nil }
        let count = Int(read16(end + 10)), offset = read32(end + 16)
        if [read16(end + 4), read16(end + 6), read16(end + 8), read16(end + 10)].contains(0xFFFF)
            || read32(end + 12) == .max || offset == .max {
            needsZIP64 = true
            return
        }
        var at = Int(offset)
        for _ in 0..<min(count, ZipArchive.maximumEntries) {
            guard let (entry, next) = centralEntry(at: at) else { break }
            entries.append(entry)
            at = next
        }
    }

    /// The end of central directory record: the last signature from the end
    /// whose 22 bytes fit, within the 64 KB a comment may take (APPNOTE 4.3.16).
    private static func endRecord(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 22 else { return nil }
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        var at = bytes.count - 22
        while at >= lowest {
            if bytes[at] == 0x50, bytes[at + 1] == 0x4B, bytes[at + 2] == 0x05, bytes[at + 3] == 0x06 { return at }
            at -= 1
        }
        return nil
    }

    /// The central directory entry at `at` and where the next one starts, or
    /// nil when it doesn't fit in the file or lacks its signature.
    private func centralEntry(at: Int) -> (Entry, Int)? {
        guard at >= 0, at <= bytes.count - 46, read32(at) == 0x0201_4B50 else { return nil }
        let nameLength = Int(read16(at + 28)), extraLength = Int(read16(at + 30)), commentLength = Int(read16(at + 32))
        let next = at + 46 + nameLength + extraLength + commentLength
        guard next <= bytes.count else { return nil }
        let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
        let entry = Entry(name: name, flags: read16(at + 8), method: read16(at + 10), crc32: read32(at + 16),
                          compressedSize: read32(at + 20), uncompressedSize: read32(at + 24),
                          localHeaderOffset: read32(at + 42))
        return (entry, next)
    }

    /// Where the entry's data starts: past its local header (APPNOTE 4.3.7),
    /// whose name and extra field may differ in length from the central
    /// directory's. Nil when the header doesn't fit or lacks its signature.
    private func localHeader(of entry: Entry) -> Int? {
        let at = Int(entry.localHeaderOffset)
        guard at <= bytes.count - 30, read32(at) == 0x0403_4B50 else { return nil }
        let start = at + 30 + Int(read16(at + 26)) + Int(read16(at + 28))
        return start <= bytes.count ? start : nil
    }

    /// The bytes of the entry's data as stored (compressed), or nil when they lie outside the file.
    func dataRange(of entry: Entry) -> Range<Int>? {
        guard !entry.needsZIP64, let start = localHeader(of: entry) else { return nil }
        let end = start + Int(entry.compressedSize)
        return end <= bytes.count ? start..<end : nil
    }

    private func read16(_ at: Int) -> UInt16 { UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 }

    private func read32(_ at: Int) -> UInt32 {
        UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }
}
