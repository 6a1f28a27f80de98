import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Why an index cache was not used: it is ignored and the digests are read instead.
struct CacheFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The check of one array: the sum of its 64-bit words and the sum of each word times its
/// place (both wrapping, each word first mixed with a constant). A word changed, zeroed,
/// moved or cut off changes them; a piece of the array can be summed on its own and the
/// pieces added, so that a large array is read and checked on every core.
struct SectionSum: Equatable {
    var plain: UInt64 = 0, placed: UInt64 = 0

    /// Adds the words of `bytes` (its last word zero-padded), the first being word `first`
    /// of its array.
    mutating func add(_ bytes: UnsafeRawBufferPointer, first: Int) {
        guard let base = bytes.baseAddress else { return }
        let whole = bytes.count / 8
        var a0: UInt64 = 0, a1: UInt64 = 0, b0: UInt64 = 0, b1: UInt64 = 0
        var k = 0
        var place = UInt64(first + 1)
        while k + 2 <= whole {
            let x = base.loadUnaligned(fromByteOffset: k * 8, as: UInt64.self) ^ Self.mix
            let y = base.loadUnaligned(fromByteOffset: k * 8 + 8, as: UInt64.self) ^ Self.mix
            a0 &+= x; a1 &+= y
            b0 &+= x &* place; b1 &+= y &* (place &+ 1)
            place &+= 2
            k += 2
        }
        if k < whole {
            let x = base.loadUnaligned(fromByteOffset: k * 8, as: UInt64.self) ^ Self.mix
            a0 &+= x; b0 &+= x &* place
            place &+= 1
        }
        if bytes.count % 8 != 0 {
            var tail: UInt64 = 0
            withUnsafeMutableBytes(of: &tail) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[(whole * 8)..<bytes.count])) }
            let x = UInt64(littleEndian: tail) ^ Self.mix
            a0 &+= x; b0 &+= x &* place
        }
        plain &+= a0 &+ a1
        placed &+= b0 &+ b1
    }

    mutating func add(_ other: SectionSum) { plain &+= other.plain; placed &+= other.placed }

    private static let mix: UInt64 = 0x9E37_79B9_7F4A_7C15
}

/// Writes arrays end to end: each as its length in bytes (8 bytes), its bytes, zeros up to
/// a multiple of 8 (so that every array starts aligned in the file), and its `SectionSum`.
struct CacheWriter: ~Copyable {
    private let fd: Int32
    private var staged: [UInt8] = []

    init(fd: Int32) {
        self.fd = fd
        staged.reserveCapacity(Self.stageSize)
    }

    /// Small arrays are gathered into one write; large ones are written from where they are.
    private static let stageSize = 1 << 20

    mutating func write<T: BitwiseCopyable>(_ array: [T]) throws {
        try array.withUnsafeBytes { try write($0) }
    }

    mutating func write(_ bytes: UnsafeRawBufferPointer) throws {
        var sum = SectionSum()
        sum.add(bytes, first: 0)
        let pad = (8 - bytes.count % 8) % 8
        let words: [UInt64] = [UInt64(bytes.count).littleEndian]
        try words.withUnsafeBytes { try put($0) }
        try put(bytes)
        let after: [UInt64] = [0, sum.plain.littleEndian, sum.placed.littleEndian]
        try after.withUnsafeBytes { try put(UnsafeRawBufferPointer(rebasing: $0[(8 - pad)...])) }
    }

    mutating func finish() throws { try flush() }

    private mutating func put(_ bytes: UnsafeRawBufferPointer) throws {
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

/// Reads what `CacheWriter` wrote, array by array, checking each length against what is
/// left of the file and each array against its sums. Large arrays are read by two threads,
/// a half each, straight into their place.
struct CacheReader: ~Copyable {
    private let fd: Int32
    private let size: Int
    private var offset = 0

    init(fd: Int32, size: Int) { self.fd = fd; self.size = size }

    mutating func array<T: BitwiseCopyable>(_: T.Type = T.self) throws -> [T] {
        let bytes = try length(stride: MemoryLayout<T>.stride)
        let count = bytes / MemoryLayout<T>.stride
        return try [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = 0
            try fill(UnsafeMutableRawBufferPointer(buffer), bytes: bytes)
            initialized = count
        }
    }

    /// An array read into memory the caller allocates and owns.
    mutating func words(into allocate: (Int) -> UnsafeMutableBufferPointer<UInt64>) throws -> UnsafeMutableBufferPointer<UInt64> {
        let bytes = try length(stride: 8)
        let buffer = allocate(max(1, bytes / 8))
        do { try fill(UnsafeMutableRawBufferPointer(buffer), bytes: bytes) } catch {
            buffer.deallocate()
            throw error
        }
        return buffer
    }

    mutating func finish() throws {
        guard offset == size else { throw CacheFailure("has bytes after its end") }
    }

    private mutating func length(stride: Int) throws -> Int {
        let bytes = Int(truncatingIfNeeded: try word())
        guard bytes >= 0, bytes <= size - offset, bytes % stride == 0 else { throw CacheFailure("is cut short or damaged") }
        return bytes
    }

    private mutating func word() throws -> UInt64 {
        var w: UInt64 = 0
        try withUnsafeMutableBytes(of: &w) { try Self.read(fd, into: $0, at: offset) }
        offset += 8
        return UInt64(littleEndian: w)
    }

    private mutating func fill(_ out: UnsafeMutableRawBufferPointer, bytes: Int) throws {
        let pad = (8 - bytes % 8) % 8
        guard bytes + pad + 16 <= size - offset else { throw CacheFailure("is cut short") }
        let target = UnsafeMutableRawBufferPointer(rebasing: out[0..<bytes])
        let sum: SectionSum
        if bytes >= Self.parallelBytes {
            Self.preferHugePages(target)
            let mid = bytes / 16 * 8
            let parts = [0..<mid, mid..<bytes]
            let results = UnsafeMutableBufferPointer<Result<SectionSum, CacheFailure>>.allocate(capacity: 2)
            defer { results.deinitialize(); results.deallocate() }
            let shared = SendableResults(base: results), at = offset, fd = fd
            let into = SendableRaw(base: target)
            DispatchQueue.concurrentPerform(iterations: 2) { k in
                do {
                    shared.base.initializeElement(at: k, to: .success(try Self.readSummed(fd, into: into.base, parts[k], at: at)))
                } catch {
                    shared.base.initializeElement(at: k, to: .failure(error as? CacheFailure ?? CacheFailure("\(error)")))
                }
            }
            var total = SectionSum()
            for k in 0..<2 { total.add(try results[k].get()) }
            sum = total
        } else {
            sum = try Self.readSummed(fd, into: target, 0..<bytes, at: offset)
        }
        offset += bytes + pad
        let stored = SectionSum(plain: try word(), placed: try word())
        guard stored == sum else { throw CacheFailure("holds an array whose sums differ (damaged)") }
    }

    /// Arrays this large are read on two threads.
    private static let parallelBytes = 8 << 20

    /// Bytes `range` of an array that starts at `start` in the file, a megabyte at a time,
    /// each summed while it is still in the processor's cache.
    private static func readSummed(_ fd: Int32, into out: UnsafeMutableRawBufferPointer, _ range: Range<Int>, at start: Int) throws -> SectionSum {
        var sum = SectionSum()
        var from = range.lowerBound
        while from < range.upperBound {
            let to = min(from + (1 << 20), range.upperBound)
            let piece = UnsafeMutableRawBufferPointer(rebasing: out[from..<to])
            try read(fd, into: piece, at: start + from)
            sum.add(UnsafeRawBufferPointer(piece), first: from / 8)
            from = to
        }
        return sum
    }

    private static func read(_ fd: Int32, into out: UnsafeMutableRawBufferPointer, at start: Int) throws {
        var done = 0
        while done < out.count {
            let n = pread(fd, out.baseAddress! + done, out.count - done, off_t(start + done))
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw CacheFailure(n < 0 ? "cannot be read: \(String(cString: strerror(errno)))" : "is cut short") }
            done += n
        }
    }

    /// A fresh array is made resident a page at a time as it is read into: at 4 KB, the
    /// faults cost more than the copy. Large pages where the system allows them on request.
    private static func preferHugePages(_ buffer: UnsafeMutableRawBufferPointer) {
        let huge = 2 << 20
        let start = (Int(bitPattern: buffer.baseAddress!) + huge - 1) / huge * huge
        let end = (Int(bitPattern: buffer.baseAddress!) + buffer.count) / huge * huge
        guard end > start else { return }
        _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, MADV_HUGEPAGE)
    }
}

private struct SendableResults: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<Result<SectionSum, CacheFailure>>
}

private struct SendableRaw: @unchecked Sendable {
    let base: UnsafeMutableRawBufferPointer
}
