import CompressNIO
import NIOCore

/// Raw deflate (APPNOTE 4.4.5, method 8) inflated by zlib through
/// compress-nio, a window at a time, so that memory is bounded: no more
/// than `limit` bytes are kept, whatever the stream says. A stream that runs
/// out of input before its last block is an error rather than a wait.
enum Inflater {
    enum Failure: Error, Equatable {
        /// The input ran out before the stream's last block.
        case endsEarly
        /// zlib found bytes that are not deflate.
        case damaged
        /// The output passed `limit`: it came to `made` bytes, where the
        /// stream `ended` or (when not) where `scan` stopped it.
        case tooLarge(made: Int, ended: Bool)
    }

    /// Output is taken from zlib this much at a time: small enough that
    /// going one window past a limit costs nothing, large enough that the
    /// calls cost nothing either.
    static let window = 64 << 10

    /// The inflated bytes of `compressed`, at most `limit` of them. Output
    /// past `limit` is counted and dropped, up to `scan` bytes in all, to
    /// tell a stream that is merely longer than it should be from one that
    /// breaks off (``Failure/endsEarly`` wins); it costs time, not memory.
    static func inflate(_ compressed: ArraySlice<UInt8>, limit: Int, scan: Int = 0) throws(Failure) -> [UInt8] {
        guard !compressed.isEmpty else { throw .endsEarly }
        guard let zlib = try? ZlibDecompressor(algorithm: .deflate, windowSize: 15) else { throw .damaged }
        var input = ByteBuffer(bytes: compressed)
        var window = ByteBufferAllocator().buffer(capacity: Inflater.window)
        var out: [UInt8] = []
        out.reserveCapacity(min(limit, 64 << 20))
        var made = 0
        while true {
            var more = false
            window.clear()
            do {
                try zlib.inflate(from: &input, to: &window)
            } catch let error as CompressNIOError where error == .bufferOverflow {
                more = true // the window is full, and there is more to come
            } catch let error as CompressNIOError where error == .inputBufferOverflow {
                throw .endsEarly
            } catch {
                throw .damaged
            }
            made += window.readableBytes
            if made <= limit { window.withUnsafeReadableBytes { out.append(contentsOf: $0) } }
            if more {
                if made > limit, made > scan { throw .tooLarge(made: made, ended: false) }
                continue
            }
            // zlib returned without asking for room: the stream's end, or
            // (its Z_OK) all the input taken without reaching it. Only the
            // second leaves input used up and room to spare; asked again
            // with no input, zlib tells the two apart.
            if input.readableBytes == 0, window.writableBytes > 0, !finished(zlib, &input) { throw .endsEarly }
            break
        }
        if made > limit { throw .tooLarge(made: made, ended: true) }
        return out
    }

    /// Whether the stream has ended: zlib answers an empty input with its
    /// end again if it has, and with a request for more input if not.
    private static func finished(_ zlib: ZlibDecompressor, _ input: inout ByteBuffer) -> Bool {
        var spare = ByteBufferAllocator().buffer(capacity: 16)
        do {
            try zlib.inflate(from: &input, to: &spare)
            return spare.readableBytes == 0
        } catch {
            return false
        }
    }
}
