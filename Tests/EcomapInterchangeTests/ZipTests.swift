import EcomapCore
import EcomapTestSupport
import Foundation
import Testing
@testable import EcomapInterchange

/// The zip read by hand (``ZipArchive``, ``Inflater``, ``CRC32``) and written
/// by hand (``ZipWriter``), and the limits ``SafeZip`` holds a workbook to.
@Suite struct ZipTests {
    /// zlib's own values (`zlib.crc32` in Python).
    @Test func crc32() {
        #expect(CRC32.checksum([UInt8]()) == 0)
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)) == 0x414F_A339)
        var pieces = CRC32()
        pieces.update(Array("The quick brown ".utf8))
        pieces.update(Array("fox jumps over the lazy dog".utf8)[...])
        #expect(pieces.value == 0x414F_A339)
    }

    /// Every part of workbooks openpyxl wrote reads whole, its size and checksum as its entry says.
    @Test(arguments: ["kumu.xlsx", "defra.xlsx", "bad-wide.xlsx"])
    func readsWhatOpenpyxlWrites(_ name: String) throws {
        let bytes = try Workbooks.bytes(name)
        let archive = try #require(ZipArchive(bytes))
        #expect(!archive.entries.isEmpty && !archive.needsZIP64)
        var zip = try SafeZip(bytes, file: name)
        for entry in archive.entries {
            let part = try #require(try zip.part(entry.name))
            #expect(part.count == Int(entry.uncompressedSize) && CRC32.checksum(part) == entry.crc32, "\(entry.name)")
        }
        #expect(try zip.part("no/such/part.xml") == nil)
    }

    /// What the writer makes, the reader reads back: deflated, stored (when
    /// deflating gains nothing) and empty parts, and a name that isn't ASCII.
    @Test func writesWhatItReads() throws {
        let parts: [(String, [UInt8])] = [
            ("[Content_Types].xml", Array(String(repeating: "<Default Extension=\"xml\"/>", count: 200).utf8)),
            ("xl/noise.bin", Self.noise(5000)),
            ("xl/empty.xml", []),
            ("xl/Ŵyl.xml", Array("<t>Ŵyl y Gân</t>".utf8)),
        ]
        var writer = ZipWriter()
        for (name, data) in parts { writer.add(name, data) }
        let bytes = writer.finish()
        let archive = try #require(ZipArchive(bytes))
        #expect(archive.entries.map(\.name) == parts.map(\.0))
        // Deflated where that makes the part smaller, stored where it doesn't (noise, nothing, a few bytes).
        #expect(archive.entries.map(\.method) == [8, 0, 0, 0])
        var zip = try SafeZip(bytes, file: "w.zip")
        for (name, data) in parts { #expect(try zip.part(name) == data, "\(name)") }
        // The same parts, the same bytes.
        var again = ZipWriter()
        for (name, data) in parts { again.add(name, data) }
        #expect(again.finish() == bytes)
    }

    /// Bytes no compressor can shrink (xorshift, from a fixed seed).
    static func noise(_ count: Int) -> [UInt8] {
        var x: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<count).map { _ in
            x ^= x << 13
            x ^= x >> 7
            x ^= x << 17
            return UInt8(truncatingIfNeeded: x >> 24)
        }
    }

    /// The inflater stops where the data runs out, where it is not deflate,
    /// and where the output would pass its limit, never past it.
    @Test func inflaterStops() throws {
        let bytes = try Workbooks.bytes("kumu.xlsx")
        let archive = try #require(ZipArchive(bytes))
        let entry = try #require(archive.entries.first { $0.method == 8 && $0.uncompressedSize > 1000 })
        let stream = bytes[try #require(archive.dataRange(of: entry))]
        let size = Int(entry.uncompressedSize)
        #expect(CRC32.checksum(try Inflater.inflate(stream, limit: size)) == entry.crc32)
        #expect(throws: Inflater.Failure.endsEarly) { try Inflater.inflate(stream.dropLast(stream.count / 2), limit: size) }
        #expect(throws: Inflater.Failure.endsEarly) { try Inflater.inflate(stream.prefix(0), limit: size) }
        #expect(throws: Inflater.Failure.damaged) { try Inflater.inflate([0xFF, 0xFF, 0xFF, 0xFF][...], limit: 100) }
        do throws(Inflater.Failure) {
            _ = try Inflater.inflate(stream, limit: size - 1)
            Issue.record("inflated past its limit")
        } catch {
            guard case .tooLarge(let made, _) = error else { Issue.record("\(error)"); return }
            #expect(made >= size)
        }
    }

    /// The zip is read by hand: nothing reads a library's private fields by reflection.
    @Test func noReflection() throws {
        let sources = URL(fileURLWithPath: Package.path("Sources"))
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains("Mirror(reflecting:"), "\(file)")
        }
    }
}

/// The workbook reader in the built program, measured from outside.
@Suite(.tags(.launchesBinary)) struct ZipCLITests {
    /// A zip bomb that hides its size (1.5 MB on disk, a part that says it
    /// holds 7 MB and inflates to 1.5 GB) is stopped at the size it gives, so
    /// the import's memory stays a small multiple of the file. It peaked at
    /// 488 MB before the declared sizes bounded what is inflated.
    @Test func forgedSizeBombStaysSmall() throws {
        let scratch = try Scratch()
        let bomb = try Workbooks.bytes("bomb-forged.xlsx")
        try scratch.write("bomb.xlsx", bytes: bomb)
        let run = try Measured(["import", "bomb.xlsx", "-o", "x.ecomap"], in: scratch.url.path, seconds: 60)
        #expect(run.status == 1 && run.stderr.contains("says it holds 7 MB") && run.stderr.contains("[zip-bomb]"), "\(run.stderr)")
        #expect(run.peakMemory < 64 << 20, "\(run.peakMemory >> 20) MB for a \(bomb.count >> 10) KB file")
        #expect(!scratch.exists("x.ecomap"))
    }
}
