/// Which pairs of adjacent Latin letters (`di`, `mo`) each field of each paper holds.
///
/// Typing a word searches its first two letters, which the trigram candidates cannot
/// narrow and most papers hold somewhere: confirming each one read every field up to its
/// first occurrence, the slowest keystroke of all. With the 26 × 26 pairs kept as bits per
/// field (88 bytes), a two-letter needle is answered without reading text, and a
/// three-letter one skips fields that lack one of its pairs.
struct LetterPairs: Sendable {
    static let wordsPerField = 11
    /// `words[(paper * 3 + field) * wordsPerField + pair / 64]`, bit `pair % 64`, where a
    /// pair is `(first - a) * 26 + (second - a)`.
    let words: Column<UInt64>

    init(words: Column<UInt64>) { self.words = words }

    init(words: [UInt64]) { self.words = Column(words) }

    /// Marks the pair `a b` in one field's set when both are letters.
    @inline(__always)
    static func add(_ a: UInt8, _ b: UInt8, to set: UnsafeMutablePointer<UInt64>) {
        let x = Int(a &- 0x61), y = Int(b &- 0x61)
        guard x < 26, y < 26 else { return }
        let pair = x * 26 + y
        set[pair >> 6] |= 1 << UInt64(pair & 63)
    }

    /// The pairs of adjacent letters of a needle of two or three bytes, each once. A
    /// three-byte needle has one trigram, whose slot is shared with many others: a third of
    /// its candidates (`dif`) are false and each costs reading whole fields, which a
    /// missing pair rules out. Longer needles have several slots and few false candidates;
    /// reading their pair bits cost more than it saved (`diffusion`, `video`).
    static func pairs(_ needle: [UInt8]) -> [Int] {
        guard needle.count == 2 || needle.count == 3 else { return [] }
        var out: [Int] = []
        for i in 1..<needle.count {
            let a = Int(needle[i - 1] &- 0x61), b = Int(needle[i] &- 0x61)
            if a < 26 && b < 26 && !out.contains(a * 26 + b) { out.append(a * 26 + b) }
        }
        return out
    }

    /// True when field `f` of paper `p` holds every one of `pairs`.
    @inline(__always)
    static func holds(_ pairs: [Int], in words: UnsafePointer<UInt64>, paper p: Int, field f: Int) -> Bool {
        let set = words + (p * 3 + f) * wordsPerField
        for pair in pairs where set[pair >> 6] & (1 << UInt64(pair & 63)) == 0 { return false }
        return true
    }
}
