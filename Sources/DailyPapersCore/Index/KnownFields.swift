import Foundation

/// The papers `CommonWords` knows hold one needle, per field (see `CommonWords.holders`).
struct Known: @unchecked Sendable {
    let bits: UnsafePointer<UInt64>?
    let stride: Int
    /// Whether any field known to hold the needle answers for the paper, not only the
    /// first field that holds it (see `SearchIndex.fieldHits`).
    let anyField: Bool

    init(_ bits: UnsafeBufferPointer<UInt64>, stride: Int, anyField: Bool = false) {
        self.bits = bits.isEmpty ? nil : bits.baseAddress
        self.stride = stride
        self.anyField = anyField
    }

    @inline(__always)
    func holds(_ p: Int, _ f: Int) -> Bool {
        guard let bits else { return false }
        return bits[f * stride + p >> 6] >> UInt64(p & 63) & 1 != 0
    }

    /// With `anyField`, the bit of a field among `fields` known to hold the needle; else 0.
    @inline(__always)
    func answer(_ p: Int, fields: UInt8) -> UInt8 {
        guard anyField, bits != nil else { return 0 }
        for f in 0..<3 where fields & (1 << f) != 0 && holds(p, f) { return 1 << f }
        return 0
    }
}

/// Where an index keeps its common words once learnt, shared by every copy of the index.
/// Searches never wait for the words: until they are set, searches read text as before.
final class CommonWordsSlot: @unchecked Sendable {
    private let lock = NSLock()
    private var value = CommonWords.none
    private var started = false
    private var filled = false

    var current: CommonWords { lock.withLock { value } }

    /// Whether the words are learnt (some corpora have none to learn).
    var isFilled: Bool { lock.withLock { filled } }

    /// Builds the words with `make` unless another call has (or is doing it already); one
    /// that `make` gave up (nil) leaves them to a later call.
    func fill(_ make: () -> CommonWords?) {
        let first = lock.withLock { () -> Bool in
            defer { started = true }
            return !started
        }
        guard first else { return }
        let words = make()
        lock.withLock {
            if let words { value = words; filled = true } else { started = false }
        }
    }
}

/// The field bounds of every paper, from the index's start arrays.
struct FieldStarts: @unchecked Sendable {
    let title: UnsafePointer<TextOffset>
    let authors: UnsafePointer<TextOffset>
    let summary: UnsafePointer<TextOffset>
    let count: Int

    /// Field `f` of paper `p`, without the 0 that ends it.
    @inline(__always)
    func range(_ p: Int, _ f: Int) -> Range<Int> {
        let lo = Int(f == 0 ? title[p] : f == 1 ? authors[p] : summary[p])
        let hi = Int(f == 0 ? authors[p] : f == 1 ? summary[p] : title[p + 1]) - 1
        return lo..<max(lo, hi)
    }
}
