import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Reads what `CacheWriter` wrote, array by array, checking each length against what is
/// left of the file and each array against its sums. Large arrays are read by two threads,
/// a half each, straight into their place.
struct CacheReader: ~Copyable {
    private let fd: Int32
    private let size: Int
    private var offset = 0

    init(fd: Int32, size: Int) { self.fd = fd; self.size = size }

    mutating func array<T: BitwiseCopyable>(_: T.Type = T.self) throws -> [T] {
        try readArray(bytes: try length(stride: MemoryLayout<T>.stride))
    }

    static let page = 4096

    /// An array that `writeAligned` wrote, mapped from the file where the system allows it
    /// (else read), and checked against its sums either way.
    mutating func column<T: BitwiseCopyable & Sendable>(_: T.Type = T.self) throws -> Column<T> {
        let bytes = try length(stride: MemoryLayout<T>.stride)
        offset += (Self.page - offset % Self.page) % Self.page
        let pad = (8 - bytes % 8) % 8
        guard bytes + pad + 16 <= size - offset else { throw CacheFailure("is cut short") }
        guard let mapping = FileMapping(fd: fd, offset: offset, length: bytes) else {
            return try Column(readArray(bytes: bytes))
        }
        let mapped = SendableRawIn(base: UnsafeRawBufferPointer(start: mapping.base, count: bytes))
        let sum = try Self.summedInHalves(bytes) { range in
            var sum = SectionSum()
            sum.add(UnsafeRawBufferPointer(rebasing: mapped.base[range]))
            return sum
        }
        offset += bytes + pad
        try check(sum)
        return Column(mapping, offset: 0, count: bytes / MemoryLayout<T>.stride)
    }

    /// Sums `0..<count` with `body`: on two threads, a half each, when the array is large
    /// (split at a 32-byte group, where `SectionSum`s join), else here at once.
    private static func summedInHalves(_ count: Int, _ body: @Sendable (Range<Int>) throws -> SectionSum) throws -> SectionSum {
        guard count >= parallelBytes else { return try body(0..<count) }
        let mid = count / 64 * 32
        let parts = [0..<mid, mid..<count]
        let results = UnsafeMutableBufferPointer<Result<SectionSum, CacheFailure>>.allocate(capacity: 2)
        defer { results.deinitialize(); results.deallocate() }
        let out = SendableResults(base: results)
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            out.base.initializeElement(at: k, to: Result { try body(parts[k]) }
                .mapError { $0 as? CacheFailure ?? CacheFailure("\($0)") })
        }
        var total = try results[0].get()
        total.append(try results[1].get())
        return total
    }

    private mutating func check(_ sum: SectionSum) throws {
        let stored = SectionSum.Digest(plain: try word(), placed: try word())
        guard stored == sum.digest else { throw CacheFailure("holds an array whose sums differ (damaged)") }
    }

    private mutating func readArray<T: BitwiseCopyable>(bytes: Int) throws -> [T] {
        let count = bytes / MemoryLayout<T>.stride
        return try [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = 0
            try fill(UnsafeMutableRawBufferPointer(buffer), bytes: bytes)
            initialized = count
        }
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
        if bytes >= Self.parallelBytes { Self.preferHugePages(target) }
        let into = SendableRaw(base: target), at = offset, fd = fd
        let sum = try Self.summedInHalves(bytes) { range in try Self.readSummed(fd, into: into.base, range, at: at) }
        offset += bytes + pad
        try check(sum)
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
            sum.add(UnsafeRawBufferPointer(piece))
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

private struct SendableRawIn: @unchecked Sendable {
    let base: UnsafeRawBufferPointer
}
