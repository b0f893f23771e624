/// The zip format's CRC-32 (PKWARE APPNOTE 4.4.7: polynomial 0x04C11DB7,
/// reflected, as 0xEDB88320), one table lookup per byte.
///
/// Written by hand because the zlib binding the zip code goes through
/// (compress-nio) doesn't offer zlib's own `crc32()`, and only the render
/// layer may bind a C library of ours directly. Twenty lines, checked
/// against zlib's values by the tests; about 0.4 GB/s, and no workbook part
/// the limits let through is near that size.
struct CRC32 {
    private var state: UInt32 = 0xFFFF_FFFF

    /// The checksum of everything given so far.
    var value: UInt32 { ~state }

    init() {}

    /// The checksum of `bytes` alone.
    static func checksum(_ bytes: some Collection<UInt8>) -> UInt32 {
        var crc = CRC32()
        crc.update(bytes)
        return crc.value
    }

    mutating func update(_ bytes: some Collection<UInt8>) {
        var crc = state
        CRC32.table.withUnsafeBufferPointer { table in
            let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in
                for byte in buffer { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
            }
            if done == nil {
                for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
            }
        }
        state = crc
    }

    private static let table: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }
}
