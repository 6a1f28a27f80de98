/// A bitmap most of whose 64-bit words are 0, kept as its other words and a bit per word
/// saying which those are.
///
/// The capitals of a catalog's text (`SharedText`) are such a map: Korean sentences hold
/// few, and at 100,000 papers about half the words of the plain map were 0 (20 MB of it).
/// Reading a word costs a bit test, a popcount and a load.
struct SparseBits: Sendable {
    /// Words in the whole map.
    let wordCount: Int
    /// Bit `j % 64` of `present[j / 64]` is set when word `j` is not 0.
    let present: [UInt64]
    /// `before[i]`: how many words of `present[0..<i]` are kept.
    let before: [UInt32]
    /// The words that are not 0, in order.
    let words: [UInt64]

    init(_ full: UnsafeBufferPointer<UInt64>) {
        wordCount = full.count
        var present = [UInt64](repeating: 0, count: (full.count + 63) / 64)
        var words: [UInt64] = []
        words.reserveCapacity(full.reduce(0) { $0 + ($1 != 0 ? 1 : 0) })
        for (j, w) in full.enumerated() where w != 0 {
            present[j >> 6] |= 1 << UInt64(j & 63)
            words.append(w)
        }
        self.present = present
        self.words = words
        before = Self.prefixCounts(present)
    }

    /// A map read back from a cache; nil unless `present` covers `wordCount` words exactly
    /// and marks as many as `words` holds.
    init?(wordCount: Int, present: [UInt64], words: [UInt64]) {
        guard wordCount >= 0, present.count == (wordCount + 63) / 64 else { return nil }
        if wordCount % 64 != 0, let last = present.last, last >> UInt64(wordCount % 64) != 0 { return nil }
        let before = Self.prefixCounts(present)
        guard Int(before.last ?? 0) + (present.last?.nonzeroBitCount ?? 0) == words.count else { return nil }
        self.wordCount = wordCount; self.present = present; self.words = words; self.before = before
    }

    private static func prefixCounts(_ present: [UInt64]) -> [UInt32] {
        var before = [UInt32](repeating: 0, count: present.count)
        var n: UInt32 = 0
        for i in present.indices {
            before[i] = n
            n += UInt32(present[i].nonzeroBitCount)
        }
        return before
    }

    /// Word `j` of the whole map (`j < wordCount`).
    @inline(__always)
    func word(_ j: Int) -> UInt64 {
        let p = present[j >> 6], bit: UInt64 = 1 << UInt64(j & 63)
        guard p & bit != 0 else { return 0 }
        return words[Int(before[j >> 6]) + (p & (bit &- 1)).nonzeroBitCount]
    }

    var byteCount: Int { present.count * 8 + before.count * 4 + words.count * 8 }
}
