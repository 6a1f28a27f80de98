#if canImport(Glibc)
import Glibc
#endif

/// Why an index cache was not used: it is ignored and the digests are read instead.
struct CacheFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A cache write given up because its caller asked (`CacheWriter.stop`): not a failure.
struct CacheWriteStopped: Error {}

/// Writes arrays end to end: each as its length in bytes (8 bytes), its bytes, zeros up to
/// a multiple of 8 (so that every array starts aligned in the file), and its `SectionSum`.
/// An array to be mapped has zeros before its bytes too, up to a page boundary.
struct CacheWriter: ~Copyable {
    private let fd: Int32
    /// Asked before each write (and each 64 MB of a large one): true gives the file up,
    /// throwing `CacheWriteStopped`.
    private let stop: @Sendable () -> Bool
    private var staged: [UInt8] = []
    private var offset = 0

    init(fd: Int32, stop: @escaping @Sendable () -> Bool = { false }) {
        self.fd = fd
        self.stop = stop
        staged.reserveCapacity(Self.stageSize)
    }

    /// Small arrays are gathered into one write; large ones are written from where they
    /// are. The reader's peak memory comes as it writes its cache: this is part of it.
    private static let stageSize = 256 << 10

    mutating func write<T: BitwiseCopyable>(_ array: [T]) throws {
        try array.withUnsafeBytes { try write($0) }
    }

    /// An array to be mapped rather than read (`CacheReader.column`): its bytes start at a
    /// multiple of the page size, after zeros.
    mutating func writeAligned<T: BitwiseCopyable>(_ column: Column<T>) throws {
        try column.withUnsafeBufferPointer { try write(UnsafeRawBufferPointer($0), aligned: true) }
    }

    mutating func write(_ bytes: UnsafeRawBufferPointer, aligned: Bool = false) throws {
        var sum = SectionSum()
        sum.add(bytes)
        let digest = sum.digest
        let pad = (8 - bytes.count % 8) % 8
        let words: [UInt64] = [UInt64(bytes.count).littleEndian]
        try words.withUnsafeBytes { try put($0) }
        if aligned {
            let gap = (CacheReader.page - offset % CacheReader.page) % CacheReader.page
            let zeros = [UInt8](repeating: 0, count: gap)
            try zeros.withUnsafeBytes { try put($0) }
        }
        try put(bytes)
        let after: [UInt64] = [0, digest.plain.littleEndian, digest.placed.littleEndian]
        try after.withUnsafeBytes { try put(UnsafeRawBufferPointer(rebasing: $0[(8 - pad)...])) }
    }

    /// An array written as it is made, never held whole: `fill` passes its `count`
    /// elements in order to the function it is given. The file is the same as `write` of
    /// the array would make.
    mutating func writeMade<T: BitwiseCopyable>(_: T.Type, count: Int, _ fill: (_ add: (T) throws -> Void) throws -> Void) throws {
        let total = count * MemoryLayout<T>.stride
        try [UInt64(total).littleEndian].withUnsafeBytes { try put($0) }
        var sum = SectionSum()
        // Whole 32-byte groups but for the last, as `SectionSum` asks.
        var chunk: [T] = []
        chunk.reserveCapacity(Self.madeChunk)
        var made = 0
        func flushChunk(_ w: inout CacheWriter) throws {
            try chunk.withUnsafeBytes { bytes in
                sum.add(bytes)
                try w.put(bytes)
            }
            chunk.removeAll(keepingCapacity: true)
        }
        try fill { value in
            guard made < count else { throw CacheFailure("cannot be written: more values than announced") }
            chunk.append(value)
            made += 1
            if chunk.count == Self.madeChunk { try flushChunk(&self) }
        }
        guard made == count else { throw CacheFailure("cannot be written: fewer values than announced") }
        if !chunk.isEmpty { try flushChunk(&self) }
        let digest = sum.digest
        let pad = (8 - total % 8) % 8
        let after: [UInt64] = [0, digest.plain.littleEndian, digest.placed.littleEndian]
        try after.withUnsafeBytes { try put(UnsafeRawBufferPointer(rebasing: $0[(8 - pad)...])) }
    }

    /// Elements per piece of an array written as it is made: 8 to 64 KB.
    private static let madeChunk = 8_192

    mutating func finish() throws { try flush() }

    private mutating func put(_ bytes: UnsafeRawBufferPointer) throws {
        offset += bytes.count
        if staged.count + bytes.count <= Self.stageSize {
            staged.append(contentsOf: bytes)
            return
        }
        try flush()
        try writeAll(bytes)
    }

    private mutating func flush() throws {
        try staged.withUnsafeBytes { try writeAll($0) }
        staged.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        var done = 0
        while done < bytes.count {
            if stop() { throw CacheWriteStopped() }
            let n = Glibc.write(fd, bytes.baseAddress! + done, min(bytes.count - done, 64 << 20))
            if n < 0 {
                if errno == EINTR { continue }
                throw CacheFailure("cannot be written: \(String(cString: strerror(errno)))")
            }
            done += n
        }
    }
}
