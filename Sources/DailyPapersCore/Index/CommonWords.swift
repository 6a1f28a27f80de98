import Dispatch
import Synchronization

/// Which fields hold the words that many papers hold, as one bitmap of papers per word and
/// field: a needle inside such a word is known to be in those fields without reading them.
///
/// The candidate index rules papers out; for `모델`, held by nearly every paper, nothing is
/// ruled out and confirming each paper read its summary up to the word, the slowest part of
/// common queries (`transformer 모델 성능` read most of the text). A word here is a run of
/// Latin letters (three or more, up to 32), or the first one, two and three syllables of a
/// run of Hangul syllables (Korean glues particles to nouns: `모델을` gives `모`, `모델`,
/// `모델을`). Each is exact text of its field, so a needle inside one of them occurs there;
/// a field without a known word is searched as before, and answers never change.
///
/// Which words: those in at least `minShare` of a sample of papers, a field at a time; at
/// most `maxBitmaps` (word, field) pairs, the most held first, each an eighth of a byte a
/// paper.
struct CommonWords: Sendable {
    static let minShare = 0.04
    static let maxBitmaps = 384
    static let longestWord = 32

    /// The words, folded, and for each the bitmap of each field (title, authors, summary),
    /// or -1 where too few papers hold it there.
    let words: [[UInt8]]
    let bitmapOf: [Int32]
    /// `bits[bitmap * stride + paper / 64]`, bit `paper % 64`.
    let bits: [UInt64]
    let stride: Int

    static let none = CommonWords(words: [], bitmapOf: [], bits: [], stride: 0)

    init(words: [[UInt8]], bitmapOf: [Int32], bits: [UInt64], stride: Int) {
        self.words = words; self.bitmapOf = bitmapOf; self.bits = bits; self.stride = stride
    }

    /// Learnt from the text; nil when `stop` said so before the end (asked once a block of
    /// 64 papers: the reader reloading has let these papers go).
    init?(folded: Column<UInt8>, starts: FieldStarts, stop: @Sendable () -> Bool = { false }) {
        let count = starts.count
        guard count > 0, !folded.isEmpty else { self = .none; return }
        let (words, bitmapOf) = folded.withUnsafeBufferPointer { Self.choose(text: $0.baseAddress!, starts: starts) }
        guard !stop() else { return nil }
        let bitmaps = bitmapOf.reduce(0) { max($0, Int($1) + 1) }
        let stride = (count + 63) / 64
        guard bitmaps > 0, count > 0 else { self = .none; return }
        let table = WordTable(words)
        // Slices of whole 64-paper blocks (eight at least): no two threads write the same
        // word of a bitmap.
        let parts = IndexBuilder.slices(stride, least: 8)
        var bits = [UInt64](repeating: 0, count: bitmaps * stride)
        let stopped = Atomic(false)
        bits.withUnsafeMutableBufferPointer { out in
            folded.withUnsafeBufferPointer { text in
                let out = SendableWords(out), text = SendableBytes(UnsafeMutableBufferPointer(mutating: text))
                DispatchQueue.concurrentPerform(iterations: parts.count) { k in
                    let t = UnsafePointer(text.base.baseAddress!)
                    // A block's word of every bitmap, gathered here and stored once: ORed in
                    // place, each word found touched a page of its own, a TLB miss.
                    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: bitmaps) { block in
                        let block = block.baseAddress!
                        for b in parts[k] {
                            if stopped.load(ordering: .relaxed) { return }
                            if stop() { stopped.store(true, ordering: .relaxed); return }
                            block.initialize(repeating: 0, count: bitmaps)
                            for p in b * 64..<min(b * 64 + 64, count) {
                                let bit = UInt64(1) << UInt64(p & 63)
                                for f in 0..<3 {
                                    let r = starts.range(p, f)
                                    table.eachKnownWord(in: t, r.lowerBound, r.upperBound) { w in
                                        let m = bitmapOf[w * 3 + f]
                                        if m >= 0 { block[Int(m)] |= bit }
                                    }
                                }
                            }
                            for m in 0..<bitmaps { out.base[m * stride + b] = block[m] }
                        }
                    }
                }
            }
        }
        guard !stopped.load(ordering: .relaxed) else { return nil }
        self.init(words: words, bitmapOf: bitmapOf, bits: bits, stride: stride)
    }

    /// The papers known to hold `needle`, field by field: `known[f * stride + paper / 64]`,
    /// the union of the bitmaps of the words that contain it (0 where none is known); nil
    /// when no word contains it.
    func holders(of needle: [UInt8]) -> [UInt64]? {
        guard !needle.isEmpty else { return nil }
        return union { Self.contains($0, needle) }
    }

    /// The same for an initials needle (consonant codes, as `InitialsIndex.needle` gives):
    /// the Hangul words whose syllables' initial consonants hold it one after another. Such
    /// a match is a match by the rule for initials wherever the word stands; the rule's
    /// other kind (skipping syllables from a word's start) is left to the scan.
    func initialsHolders(of needle: [UInt8]) -> [UInt64]? {
        guard !needle.isEmpty else { return nil }
        return union { word in
            guard word.count >= 3 && word[0] >= 0x80 else { return false }
            let codes = Swift.stride(from: 0, to: word.count - 2, by: 3).map { InitialsIndex.code(word[$0], word[$0 + 1], word[$0 + 2]) }
            return Self.contains(codes, needle)
        }
    }

    /// The bitmaps of the words `chosen` picks, ORed field by field; nil when it picks none.
    private func union(_ chosen: ([UInt8]) -> Bool) -> [UInt64]? {
        var out: [UInt64]?
        for (w, word) in words.enumerated() where chosen(word) {
            for f in 0..<3 where bitmapOf[w * 3 + f] >= 0 {
                if out == nil { out = [UInt64](repeating: 0, count: 3 * stride) }
                let from = Int(bitmapOf[w * 3 + f]) * stride
                for i in 0..<stride { out![f * stride + i] |= bits[from + i] }
            }
        }
        return out
    }

    static func contains(_ word: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= word.count else { return false }
        for at in 0...(word.count - needle.count) where word[at..<at + needle.count].elementsEqual(needle) { return true }
        return false
    }

    // MARK: - Words of a field

    /// Calls `body` with the bounds and key (`WordKey`) of each word of `text[from..<to]`,
    /// as defined above, the key built letter by letter and syllable by syllable so that
    /// a run's three prefixes cost one step each.
    @inline(__always)
    static func eachWord(in t: UnsafePointer<UInt8>, _ from: Int, _ to: Int, _ body: (Int, Int, UInt64) -> Void) {
        var i = from
        while i < to {
            let b = t[i]
            if b &- 0x61 < 26 {
                let start = i
                var key = WordKey.letter(0, b, at: 0)
                i += 1
                while i < to && t[i] &- 0x61 < 26 {
                    if i - start < WordKey.packedLetters { key = WordKey.letter(key, t[i], at: i - start) }
                    i += 1
                }
                let n = i - start
                if n >= 3 && n <= longestWord {
                    body(start, i, n <= WordKey.packedLetters ? key : WordKey.longLetters(t + start, n))
                }
            } else if b &- 0xEA < 4, i + 2 < to, let v = syllable(t, i) {
                let start = i
                var key = WordKey.syllable(0, v, at: 0)
                i += 3
                body(start, i, key)
                var syllables = 1
                while syllables < 3 && i + 2 < to, let v = syllable(t, i) {
                    key = WordKey.syllable(key, v, at: syllables)
                    i += 3
                    syllables += 1
                    body(start, i, key)
                }
                // The rest of a long run gives no word.
                while i + 2 < to && syllable(t, i) != nil { i += 3 }
            } else {
                i += 1
            }
        }
    }

    /// The scalar of the syllable (U+AC00–U+D7A3) whose UTF-8 starts at `t[i]`, or nil.
    @inline(__always)
    static func syllable(_ t: UnsafePointer<UInt8>, _ i: Int) -> Int? {
        let b0 = t[i], b1 = t[i + 1], b2 = t[i + 2]
        guard b0 &- 0xEA < 4 else { return nil }
        let v = (Int(b0 & 0x0F) << 12) | (Int(b1 & 0x3F) << 6) | Int(b2 & 0x3F)
        return v >= 0xAC00 && v <= 0xD7A3 && b1 & 0xC0 == 0x80 && b2 & 0xC0 == 0x80 ? v : nil
    }

    // MARK: - Choosing the words

    /// The words held by at least `minShare` of a sample of about 512 papers, in some field,
    /// with a bitmap number per field where they are, the most held first.
    static func choose(text t: UnsafePointer<UInt8>, starts: FieldStarts) -> ([[UInt8]], [Int32]) {
        let count = starts.count
        guard count > 0 else { return ([], []) }
        let step = max(1, count / 512)
        var sampled = 0
        // Per word (by key): its bytes and in how many sampled papers each field holds it.
        // Two long words with one hashed key would share a count: that costs a bitmap's use,
        // never a wrong answer (the table compares such words' bytes).
        var seen: [UInt64: (word: [UInt8], papers: [Int32])] = [:]
        var inField = Set<UInt64>()
        for p in Swift.stride(from: 0, to: count, by: step) {
            sampled += 1
            for f in 0..<3 {
                let r = starts.range(p, f)
                inField.removeAll(keepingCapacity: true)
                eachWord(in: t, r.lowerBound, r.upperBound) { from, to, h in
                    guard inField.insert(h).inserted else { return }
                    seen[h, default: (Array(UnsafeBufferPointer(start: t + from, count: to - from)), [0, 0, 0])].papers[f] += 1
                }
            }
        }
        let least = Int32(max(2, (Double(sampled) * minShare).rounded(.up)))
        var fields: [(word: [UInt8], field: Int, papers: Int32)] = []
        for (_, entry) in seen {
            for f in 0..<3 where entry.papers[f] >= least { fields.append((entry.word, f, entry.papers[f])) }
        }
        fields.sort { $0.papers != $1.papers ? $0.papers > $1.papers : $0.word.lexicographicallyPrecedes($1.word) || $0.word == $1.word && $0.field < $1.field }
        var words: [[UInt8]] = [], bitmapOf: [Int32] = [], index: [[UInt8]: Int] = [:]
        for (n, entry) in fields.prefix(maxBitmaps).enumerated() {
            let w = index[entry.word] ?? { index[entry.word] = words.count; words.append(entry.word); bitmapOf += [-1, -1, -1]; return words.count - 1 }()
            bitmapOf[w * 3 + entry.field] = Int32(n)
        }
        return (words, bitmapOf)
    }
}
