/// Which pairs of adjacent Latin letters (`di`, `mo`) each paper's title and authors,
/// and its summary, hold.
///
/// Typing a word searches its first two letters, which the trigram candidates cannot
/// narrow and most papers hold somewhere: confirming each one read every field up to its
/// first occurrence, the slowest keystroke of all. With the 26 × 26 pairs kept as bits (88
/// bytes a set), a two-letter needle is answered without reading text, and a three-letter
/// one skips text that lacks one of its pairs. The title and the authors share one set:
/// both are short, and telling them apart (a search by relevance, or `title:`) reads
/// them, where a set each cost 8.6 MB at 100,000 papers.
struct LetterPairs: Sendable {
    static let wordsPerField = 11
    /// `words[(paper * 2 + group(field)) * wordsPerField + pair / 64]`, bit `pair % 64`,
    /// where a pair is `(first - a) * 26 + (second - a)`.
    let words: Column<UInt64>

    /// Which set a field's pairs are in: 0 for the title and the authors, 1 for the summary.
    @inline(__always)
    static func group(_ field: Int) -> Int { field == 2 ? 1 : 0 }

    /// Where paper `p`'s set for field `f` starts in `words`.
    @inline(__always)
    static func set(paper p: Int, field f: Int) -> Int { (p * 2 + group(f)) * wordsPerField }

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

    /// False when field `f` of paper `p` lacks one of `pairs`; true when it may hold them
    /// all (does, for the summary, whose set is its own).
    @inline(__always)
    static func holds(_ pairs: [Int], in words: UnsafePointer<UInt64>, paper p: Int, field f: Int) -> Bool {
        let set = words + Self.set(paper: p, field: f)
        for pair in pairs where set[pair >> 6] & (1 << UInt64(pair & 63)) == 0 { return false }
        return true
    }
}
