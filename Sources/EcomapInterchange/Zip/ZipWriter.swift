import CompressNIO
import NIOCore

/// A zip file made in memory (PKWARE's APPNOTE.TXT, 4.3.7 to 4.3.16): each
/// part deflated by zlib through compress-nio, or stored when deflating
/// wouldn't make it smaller, every entry with the same date, so that the
/// same parts always give the same bytes.
///
/// Parts and the whole are under 4 GB (no ZIP64): the largest map ecomap
/// reads is 1 GB, and its workbook is a fraction of that.
struct ZipWriter {
    private var out: [UInt8] = []
    private var central: [UInt8] = []
    private var count = 0

    /// 2000-01-01 12:00 as MS-DOS writes a date and a time (APPNOTE 4.4.6).
    private static let date: UInt16 = (20 << 9) | (1 << 5) | 1, time: UInt16 = 12 << 11

    init() {}

    /// Adds a part named `name` holding `data`.
    mutating func add(_ name: String, _ data: [UInt8]) {
        var method: UInt16 = 0, stored = data
        if let deflated = ZipWriter.deflate(data), deflated.count < data.count { (method, stored) = (8, deflated) }
        let nameBytes = Array(name.utf8)
        // Bit 11: the name is UTF-8 (APPNOTE 4.4.4); ASCII names don't need it.
        let flags: UInt16 = nameBytes.allSatisfy { $0 < 0x80 } ? 0 : 0x0800
        let crc = CRC32.checksum(data)
        let offset = UInt32(out.count)
        // Local header (4.3.7), then the data.
        // The fields from "version needed" to the name's length are the same
        // in the local header and the central directory (4.3.7, 4.3.12).
        func common(_ bytes: inout [UInt8]) {
            bytes.write16(20)
            bytes.write16(flags)
            bytes.write16(method)
            bytes.write16(ZipWriter.time)
            bytes.write16(ZipWriter.date)
            bytes.write32(crc)
            bytes.write32(UInt32(stored.count))
            bytes.write32(UInt32(data.count))
            bytes.write16(UInt16(nameBytes.count))
        }
        out.write32(0x0403_4B50)
        common(&out)
        out.write16(0)
        out += nameBytes
        out += stored
        // Its central directory entry (4.3.12).
        central.write32(0x0201_4B50)
        central.write16(20) // made by
        common(&central)
        central += [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] // extra, comment, disk, internal and external attributes
        central.write32(offset)
        central += nameBytes
        count += 1
    }

    /// The whole file: the parts, the central directory and its end record
    /// (4.3.16). The parts' bytes are taken over, not copied; the writer is
    /// left empty.
    mutating func finish() -> [UInt8] {
        var bytes: [UInt8] = []
        swap(&bytes, &out)
        let start = UInt32(bytes.count)
        bytes += central
        bytes.write32(0x0605_4B50)
        bytes += [0, 0, 0, 0]
        bytes.write16(UInt16(count))
        bytes.write16(UInt16(count))
        bytes.write32(UInt32(central.count))
        bytes.write32(start)
        bytes.write16(0)
        central = []
        count = 0
        return bytes
    }

    /// `data` as raw deflate, or nil if zlib fails (it doesn't, given room).
    private static func deflate(_ data: [UInt8]) -> [UInt8]? {
        guard !data.isEmpty, let zlib = try? ZlibCompressor(algorithm: .deflate) else { return nil }
        var input = ByteBuffer(bytes: data)
        var output = ByteBufferAllocator().buffer(capacity: zlib.maxSize(from: input))
        guard (try? zlib.deflate(from: &input, to: &output, flush: .finish)) != nil else { return nil }
        return output.readBytes(length: output.readableBytes)
    }
}

private extension [UInt8] {
    mutating func write16(_ value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }

    mutating func write32(_ value: UInt32) {
        write16(UInt16(value & 0xFFFF))
        write16(UInt16(value >> 16))
    }
}
