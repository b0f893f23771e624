/// A map file's bytes as a key: hashed once when read, compared in full only
/// when two hashes agree, so a cache keyed by it never mistakes one map for
/// another and costs one pass over the bytes per reading.
package struct MapContent: Hashable, Sendable {
    package let bytes: [UInt8]
    private let digest: Int

    package init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var hasher = Hasher()
        hasher.combine(bytes)
        digest = hasher.finalize()
    }

    package static func == (a: MapContent, b: MapContent) -> Bool { a.digest == b.digest && a.bytes == b.bytes }
    package func hash(into hasher: inout Hasher) { hasher.combine(digest) }

    /// A short name for the content, for a page to tell drawings apart (not stable across runs).
    package var tag: String { String(UInt(bitPattern: digest), radix: 36) }
}
