#if canImport(Glibc)
import Glibc
#endif

/// Why an index cache was not used: it is ignored and the digests are read instead.
struct CacheFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Writes arrays end to end: each as its length in bytes (8 bytes), its bytes, zeros up to
/// a multiple of 8 (so that every array starts aligned in the file), and its `SectionSum`.
/// An array to be mapped has zeros before its bytes too, up to a page boundary.
struct CacheWriter: ~Copyable {
    private let fd: Int32
    private var staged: [UInt8] = []
    private var offset = 0

    init(fd: Int32) {
        self.fd = fd
        staged.reserveCapacity(Self.stageSize)
    }

    /// Small arrays are gathered into one write; large ones are written from where they are.
    private static let stageSize = 1 << 20

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

    mutating func finish() throws { try flush() }

    private mutating func put(_ bytes: UnsafeRawBufferPointer) throws {
        offset += bytes.count
        if staged.count + bytes.count <= Self.stageSize {
            staged.append(contentsOf: bytes)
            return
        }
        try flush()
        try Self.writeAll(fd, bytes)
    }

    private mutating func flush() throws {
        try staged.withUnsafeBytes { try Self.writeAll(fd, $0) }
        staged.removeAll(keepingCapacity: true)
    }

    private static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws {
        var done = 0
        while done < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                throw CacheFailure("cannot be written: \(String(cString: strerror(errno)))")
            }
            done += n
        }
    }
}
