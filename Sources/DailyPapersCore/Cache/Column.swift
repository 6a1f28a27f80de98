#if canImport(Glibc)
import Glibc
#endif

/// One of the index's large arrays, read-only: in memory of its own (built here), or mapped
/// from an index cache file.
///
/// Read into fresh memory, a cache's arrays cost their pages' zeroing and a copy each, most
/// of a start from the cache; mapped, the pages are the file's own in the page cache.
/// The scans reach the values through `withUnsafeBufferPointer`, as they did an array's.
struct Column<Element: BitwiseCopyable & Sendable>: RandomAccessCollection, Sendable {
    private enum Storage: Sendable {
        case array([Element])
        case mapped(FileMapping, UnsafePointerBox<Element>, Int)
    }

    private let storage: Storage

    init(_ array: [Element]) { storage = .array(array) }

    /// `count` values at `offset` bytes into `mapping`.
    init(_ mapping: FileMapping, offset: Int, count: Int) {
        let base = (mapping.base + offset).bindMemory(to: Element.self, capacity: count)
        storage = .mapped(mapping, UnsafePointerBox(base), count)
    }

    var startIndex: Int { 0 }

    var endIndex: Int {
        switch storage {
        case .array(let a): return a.count
        case .mapped(_, _, let n): return n
        }
    }

    subscript(i: Int) -> Element {
        switch storage {
        case .array(let a): return a[i]
        case .mapped(_, let p, let n):
            precondition(i >= 0 && i < n, "index out of range")
            return p.pointer[i]
        }
    }

    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R {
        switch storage {
        case .array(let a): return try a.withUnsafeBufferPointer(body)
        case .mapped(let mapping, let p, let n):
            return try withExtendedLifetime(mapping) { try body(UnsafeBufferPointer(start: p.pointer, count: n)) }
        }
    }

    /// Whether the values are a file's pages rather than memory of their own.
    var isMapped: Bool {
        if case .mapped = storage { return true }
        return false
    }
}

extension Column: Equatable where Element: Equatable {
    static func == (a: Column, b: Column) -> Bool { a.elementsEqual(b) }
}

/// A read-only private mapping of part of a file, unmapped when the last column on it goes.
/// The cache file is never written once in place (a new one is renamed over it), so its
/// pages stay as they were read.
final class FileMapping: @unchecked Sendable {
    let base: UnsafeRawPointer
    let length: Int

    init?(fd: Int32, offset: Int, length: Int) {
        guard length > 0,
              let p = mmap(nil, length, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, off_t(offset)),
              p != MAP_FAILED else { return nil }
        base = UnsafeRawPointer(p)
        self.length = length
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: base), length) }
}

struct UnsafePointerBox<Element>: @unchecked Sendable {
    let pointer: UnsafePointer<Element>
    init(_ pointer: UnsafePointer<Element>) { self.pointer = pointer }
}
