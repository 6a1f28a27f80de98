import Dispatch

/// Which papers may hold a needle, so that a text term scans only those.
///
/// Every byte trigram of a paper's folded region is hashed to one of `slots` bits; a paper
/// can hold a needle only if all of the needle's trigrams' bits are set. The bits are kept
/// sliced: one 64-bit word holds one slot for 64 papers, and a block of 64 papers keeps its
/// `slots` words together. A query then ANDs a handful of words per 64 papers, and the
/// build writes within one block's 32 KB at a time. Memory is `slots / 8` bytes a paper
/// (512 B, about a quarter of the text), far less than posting lists of every trigram.
/// False candidates are removed by the exact scan that follows, so answers never change.
///
/// Beside it, each paper keeps the set of bytes its summary holds, and the set its title
/// and authors hold (32 bytes a set; a set each for the two short fields cost 3.1 MB more
/// at 100,000 papers): a field without all of a needle's bytes is not searched, and a
/// one-byte needle is answered by the summary's set alone. Only trigrams within one field
/// are kept, as a needle without a 0 byte never crosses a field's end.
struct CandidateIndex: Sendable {
    static let slotBits = 12
    static let slots = 1 << slotBits
    /// Needles shorter than a trigram cannot be narrowed.
    static let gram = 3

    /// `words[block * slots + slot]`, bit `p % 64` for paper `block * 64 + p % 64`.
    let words: Column<UInt64>
    /// `byteSets[byteSet(paper:field:) + byte / 64]`, bit `byte % 64`.
    let byteSets: Column<UInt64>
    let count: Int

    /// An index read back from a cache (`SearchIndex+Cache`).
    init(words: Column<UInt64>, byteSets: Column<UInt64>, count: Int) {
        self.words = words; self.byteSets = byteSets; self.count = count
    }

    /// The candidate index and the letter pairs (`LetterPairs`), in one pass over the text:
    /// each was a third of the index's build time, most of it reading every byte.
    static func withLetterPairs(folded: [UInt8], titleStart: [TextOffset], authorsStart: [TextOffset],
                                summaryStart: [TextOffset], progress: IndexProgress? = nil) -> (CandidateIndex, LetterPairs) {
        var pairs = [UInt64](repeating: 0, count: (titleStart.count - 1) * 2 * LetterPairs.wordsPerField)
        let index = pairs.withUnsafeMutableBufferPointer { pairs in
            CandidateIndex(folded: folded, titleStart: titleStart, authorsStart: authorsStart,
                           summaryStart: summaryStart, pairs: pairs.baseAddress, progress: progress)
        }
        return (index, LetterPairs(words: pairs))
    }

    /// `pairs` receives the letter pairs of every field (zeroed, the size of
    /// `LetterPairs.words`; nil only when there are no papers).
    private init(folded: [UInt8], titleStart: [TextOffset], authorsStart: [TextOffset], summaryStart: [TextOffset],
                 pairs: UnsafeMutablePointer<UInt64>?, progress: IndexProgress?) {
        let count = titleStart.count - 1
        self.count = count
        let blocks = (count + 63) / 64
        let parts = IndexBuilder.slices(blocks, least: 8)
        var sets = [UInt64](repeating: 0, count: count * 8)
        let pairsOut = pairs.map { SendableWords(UnsafeMutableBufferPointer(start: $0, count: count * 2 * LetterPairs.wordsPerField)) }
        words = Column([UInt64](unsafeUninitializedCapacity: blocks * Self.slots) { buffer, initialized in
            let out = SendableWords(buffer)
            sets.withUnsafeMutableBufferPointer { sets in
                let sets = SendableWords(sets)
                folded.withUnsafeBufferPointer { text in
                    let text = SendableBytes(UnsafeMutableBufferPointer(mutating: text))
                    let starts = [titleStart, authorsStart, summaryStart]
                    DispatchQueue.concurrentPerform(iterations: parts.count) { k in
                        // A block exists only when there are papers, and then so do pairs.
                        guard let pairs = pairsOut?.base.baseAddress else { return }
                        for block in parts[k] {
                            Self.fill(block: block, count: count, text: UnsafeBufferPointer(text.base),
                                      starts: starts, into: out.base, sets: sets.base, pairs: pairs)
                            progress?.advance(min(count, block * 64 + 64) - block * 64)
                        }
                    }
                }
            }
            initialized = blocks * Self.slots
        })
        byteSets = Column(sets)
    }

    @inline(__always)
    static func slot(_ gram: UInt32) -> Int {
        Int((gram &* 0x9E37_79B1) >> UInt32(32 - slotBits))
    }

    private static func fill(block: Int, count: Int, text: UnsafeBufferPointer<UInt8>, starts: [[TextOffset]],
                             into out: UnsafeMutableBufferPointer<UInt64>, sets: UnsafeMutableBufferPointer<UInt64>,
                             pairs: UnsafeMutablePointer<UInt64>) {
        let column = out.baseAddress! + block * slots
        column.initialize(repeating: 0, count: slots)
        let first = block * 64
        let title = starts[0], authors = starts[1], summary = starts[2]
        // A field's set of bytes is marked one byte per value, then packed into bits: a store
        // per byte depends on nothing, where updating bit words made each byte wait for the
        // last one's update, or cost four selects to keep them in registers.
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 32) { seen in
            let seen = seen.baseAddress!
            seen.initialize(repeating: 0, count: 32)
            // Byte stores through a raw pointer: the memory stays typed as the words read below.
            let marks = UnsafeMutableRawPointer(seen)
            let t = text.baseAddress!
            for p in first..<min(first + 64, count) {
                let bit = UInt64(1) << UInt64(p - first)
                for f in 0..<3 {
                    // Each field ends one byte before the next one starts (its 0 separator).
                    let lo = Int(f == 0 ? title[p] : f == 1 ? authors[p] : summary[p])
                    let r = lo..<Int(f == 0 ? authors[p] : f == 1 ? summary[p] : title[p + 1]) - 1
                    let pairSet = pairs + LetterPairs.set(paper: p, field: f)
                    if !r.isEmpty {
                        var g = UInt32(t[r.lowerBound])
                        marks.storeBytes(of: 1 as UInt8, toByteOffset: Int(t[r.lowerBound]), as: UInt8.self)
                        if r.count > 1 {
                            g = g << 8 | UInt32(t[r.lowerBound + 1])
                            marks.storeBytes(of: 1 as UInt8, toByteOffset: Int(t[r.lowerBound + 1]), as: UInt8.self)
                            LetterPairs.add(t[r.lowerBound], t[r.lowerBound + 1], to: pairSet)
                        }
                        var i = r.lowerBound + 2
                        while i < r.upperBound {
                            let b = t[i]
                            marks.storeBytes(of: 1 as UInt8, toByteOffset: Int(b), as: UInt8.self)
                            g = (g << 8 | UInt32(b)) & 0xFF_FFFF
                            column[slot(g)] |= bit
                            LetterPairs.add(t[i - 1], b, to: pairSet)
                            i += 1
                        }
                    }
                    // The title's bytes go into the set it shares with the authors.
                    guard f != 0 else { continue }
                    let set = sets.baseAddress! + Self.byteSet(paper: p, field: f)
                    for w in 0..<4 {
                        var bits: UInt64 = 0
                        for k in 0..<8 {
                            // Eight 0-or-1 bytes to eight bits: byte k lands on bit 56 + k.
                            bits |= ((seen[w * 8 + k] &* 0x0102_0408_1020_4080) >> 56) << UInt64(k * 8)
                            seen[w * 8 + k] = 0
                        }
                        set[w] = bits
                    }
                }
            }
        }
    }

    /// The slots a needle's trigrams need, or nil when the index cannot narrow it: too
    /// short, or holding a 0 byte (the separator between fields and papers, which a match
    /// could only cross in the scan's own terms).
    static func needed(_ needle: [UInt8]) -> [Int]? {
        guard needle.count >= gram, !needle.contains(0) else { return nil }
        var need = Set<Int>()
        var g = UInt32(needle[0]) << 8 | UInt32(needle[1])
        for i in 2..<needle.count {
            g = (g << 8 | UInt32(needle[i])) & 0xFF_FFFF
            need.insert(slot(g))
        }
        return need.sorted()
    }

    /// The papers, ascending, whose bits hold every one of `slots`.
    func candidates(_ slots: [Int]) -> [Int32] {
        var out: [Int32] = []
        words.withUnsafeBufferPointer { words in
            let blocks = (count + 63) / 64
            for block in 0..<blocks {
                let column = block * Self.slots
                var w: UInt64 = block == blocks - 1 && count % 64 != 0 ? (1 << UInt64(count % 64)) - 1 : ~0
                for s in slots {
                    w &= words[column + s]
                    if w == 0 { break }
                }
                while w != 0 {
                    out.append(Int32(block * 64 + w.trailingZeroBitCount))
                    w &= w - 1
                }
            }
        }
        return out
    }

    /// Where paper `p`'s set of bytes for field `f` starts in `byteSets`: the title and the
    /// authors (0, 1) share one, the summary (2) has its own.
    @inline(__always)
    static func byteSet(paper p: Int, field f: Int) -> Int { (p * 2 + (f == 2 ? 1 : 0)) * 4 }

    /// The bytes of `needle` as a set, in the layout of `byteSets`.
    static func byteSet(_ needle: [UInt8]) -> (UInt64, UInt64, UInt64, UInt64) {
        var s: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for b in needle {
            let bit = UInt64(1) << UInt64(b & 63)
            switch b >> 6 { case 0: s.0 |= bit; case 1: s.1 |= bit; case 2: s.2 |= bit; default: s.3 |= bit }
        }
        return s
    }
}

struct SendableWords: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<UInt64>
    init(_ base: UnsafeMutableBufferPointer<UInt64>) { self.base = base }
}

struct SendableInt32s: @unchecked Sendable {
    let base: UnsafeBufferPointer<Int32>
    init(_ base: UnsafeBufferPointer<Int32>) { self.base = base }
}
