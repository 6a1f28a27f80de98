import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds text patterns in the index's buffers.
extension SearchIndex {
    /// Field bits per paper: 1 title, 2 authors, 4 summary.
    static func bit(_ f: TextField) -> UInt8 {
        switch f { case .title: return 1; case .authors: return 2; case .summary: return 4 }
    }

    /// For each paper, which of its fields hold `pattern`, as bits: at least the first of
    /// `fields` (title, authors, summary, in that order) that holds it, which is all a query
    /// needs (the term holds, and its best field scores). Only the candidate papers and
    /// fields the candidate index lets through are searched; with `among`, only papers
    /// where it is not 0 are (earlier terms of a query already ruled out the rest), and the
    /// others are left at 0. With `anyField`, a field known to hold it (`CommonWords`) is
    /// enough, first or not, and the bits may name several fields of which one holds it: a
    /// query that is not sorted by relevance only asks whether the term holds.
    func fieldHits(_ pattern: TextPattern, fields: UInt8 = 7, among: [UInt8]? = nil, anyField: Bool = false) -> [UInt8] {
        if pattern.isInitials, let needle = InitialsIndex.needle(pattern.folded) {
            return initialsHits(needle, fields: fields, among: among, anyField: anyField)
        }
        guard !pattern.folded.isEmpty, !pattern.folded.contains(0) else { return scanHits(pattern) }
        var hits = [UInt8](repeating: 0, count: count)
        guard count > 0 else { return hits }
        let papers = Self.only(among, CandidateIndex.needed(pattern.folded).map(candidates.candidates))
        verify(papers, needle: pattern.folded, fields: fields, anyField: anyField, into: &hits)
        return hits
    }

    /// The papers of `list` (every paper when nil) where `among` is not 0; `list` when
    /// `among` is nil.
    static func only(_ among: [UInt8]?, _ list: [Int32]?) -> [Int32]? {
        guard let among else { return list }
        return list.map { $0.filter { among[Int($0)] != 0 } } ?? among.indices.compactMap { among[$0] != 0 ? Int32($0) : nil }
    }

    /// `fieldHits` by scanning the whole buffer, for needles the candidates cannot narrow.
    ///
    /// The buffer is cut at paper boundaries into a few stretches per core, scanned in
    /// parallel; each stretch writes only its own papers' entries.
    func scanHits(_ pattern: TextPattern) -> [UInt8] {
        if pattern.isInitials, let needle = InitialsIndex.needle(pattern.folded) {
            return initialsHits(needle, fields: 7, among: nil, every: true)
        }
        var hits = [UInt8](repeating: 0, count: count)
        guard !pattern.folded.isEmpty, count > 0 else { return hits }
        let parts = count >= 4_096 ? IndexBuilder.slices(count) : [0..<count]
        let rare = RareByte(pattern.folded, frequency: foldedFrequency)
        folded.withUnsafeBufferPointer { all in
            pattern.folded.withUnsafeBufferPointer { needle in
                hits.withUnsafeMutableBufferPointer { out in
                    let out = SendableBytes(out)
                    let all = SendableBytes(UnsafeMutableBufferPointer(mutating: all))
                    let needle = SendableBytes(UnsafeMutableBufferPointer(mutating: needle))
                    let scan: @Sendable (Range<Int>) -> Void = { part in
                        scanPart(part, hay: UnsafeBufferPointer(all.base), needle: UnsafeBufferPointer(needle.base),
                                 rare: rare, into: out.base)
                    }
                    if parts.count == 1 { scan(parts[0]) } else {
                        DispatchQueue.concurrentPerform(iterations: parts.count) { scan(parts[$0]) }
                    }
                }
            }
        }
        return hits
    }

    /// `fieldHits` for the candidate papers only (all when nil): each field is searched on
    /// its own, which finds what the whole-buffer scan finds, as a needle without a 0 byte
    /// never crosses a field's end. A paper stops at its first field that holds the needle.
    private func verify(_ papers: [Int32]?, needle: [UInt8], fields: UInt8, anyField: Bool, into hits: inout [UInt8]) {
        let total = papers?.count ?? count
        let filter = needle.count >= 2 ? PairFilter(needle, frequency: foldedFrequency) : nil
        let need = CandidateIndex.byteSet(needle)
        let pairs = LetterPairs.pairs(needle)
        let parts = total >= 2_048 ? IndexBuilder.slices(total) : [0..<total]
        let list = papers ?? []
        let common = self.common
        // Needles answered without reading text need no help.
        let holders = (Probe.readsText(needleCount: needle.count, pairs: pairs) ? common.holders(of: needle) : nil) ?? []
        holders.withUnsafeBufferPointer { holders in
        let known = Known(holders, stride: common.stride, anyField: anyField)
        folded.withUnsafeBufferPointer { all in
            needle.withUnsafeBufferPointer { needle in
                hits.withUnsafeMutableBufferPointer { out in
                    list.withUnsafeBufferPointer { list in
                        candidates.byteSets.withUnsafeBufferPointer { sets in
                          letterPairs.words.withUnsafeBufferPointer { pairWords in
                            let pairWords = SendableWords(UnsafeMutableBufferPointer(mutating: pairWords))
                            let out = SendableBytes(out)
                            let all = SendableBytes(UnsafeMutableBufferPointer(mutating: all))
                            let needle = SendableBytes(UnsafeMutableBufferPointer(mutating: needle))
                            let list = SendableInt32s(list)
                            let sets = SendableWords(UnsafeMutableBufferPointer(mutating: sets))
                            let every = papers == nil
                            let readsText = Probe.readsText(needleCount: needle.base.count, pairs: pairs)
                            // A needle the summary's sets answer may still read the title
                            // or the authors, whose sets are shared.
                            let ahead = readsText || !pairs.isEmpty || !(anyField && fields & 3 == 3) ? Self.ahead : 0
                            let check: @Sendable (Range<Int>) -> Void = { part in
                                let base = UnsafePointer(all.base.baseAddress!), needle = UnsafeBufferPointer(needle.base)
                                for k in part {
                                    let p = every ? k : Int(list.base[k])
                                    if ahead > 0 && k + ahead < part.upperBound {
                                        touch(every ? k + ahead : Int(list.base[k + ahead]), fields: fields, need: need, known: known,
                                              text: base, sets: UnsafePointer(sets.base.baseAddress!), pairs: pairs,
                                              pairWords: UnsafePointer(pairWords.base.baseAddress!), readsText: readsText)
                                    }
                                    out.base[p] = firstField(of: needle, filter: filter, set: need, pairs: pairs, fields: fields,
                                                             known: known, paper: p, text: base,
                                                             sets: UnsafePointer(sets.base.baseAddress!),
                                                             pairWords: UnsafePointer(pairWords.base.baseAddress!))
                                }
                            }
                            if parts.count == 1 { check(parts[0]) } else {
                                DispatchQueue.concurrentPerform(iterations: parts.count) { check(parts[$0]) }
                            }
                          }
                        }
                    }
                }
            }
        }
        }
    }

    /// How many papers ahead of the one compared the scan loads text: a paper's check
    /// takes far less than a load from memory, so 4 still waited; 12 and 24 measured alike.
    static let ahead = 12

    /// Starts loading what the scan will read of paper `p`: for each field among `fields`
    /// whose byte set holds every byte of the needle (`need`), up to the first one known to
    /// hold it, the word of its letter pairs that holds `pairs[0]` (none when `pairs` is
    /// empty) and the field's first lines when the scan will read them: always in the
    /// summary for `readsText`, and in the title or the authors also for a needle their
    /// shared sets cannot answer alone (`firstField`). The pairs are 260 MB
    /// at a million papers: read without this, each field's waited on memory, nearly half
    /// of a three-letter keystroke's time.
    @inline(__always)
    func touch(_ p: Int, fields: UInt8, need: (UInt64, UInt64, UInt64, UInt64), known: Known,
               text base: UnsafePointer<UInt8>, sets: UnsafePointer<UInt64>,
               pairs: [Int], pairWords: UnsafePointer<UInt64>, readsText: Bool) {
        if known.answer(p, fields: fields) != 0 { return }
        for f in 0..<3 where fields & (1 << f) != 0 {
            // A field known to hold the needle ends the paper's search unread.
            if known.holds(p, f) { return }
            let set = sets + CandidateIndex.byteSet(paper: p, field: f)
            guard set[0] & need.0 == need.0, set[1] & need.1 == need.1,
                  set[2] & need.2 == need.2, set[3] & need.3 == need.3 else { continue }
            if let first = pairs.first { prefetch(pairWords + LetterPairs.set(paper: p, field: f) + (first >> 6)) }
            // One byte or two letters are read in the title or the authors, whose sets are
            // shared, unless either field will do (`firstField`).
            guard readsText || f < 2 && !(known.anyField && fields & 3 == 3) else { continue }
            let s = base + Int(f == 0 ? titleStart[p] : f == 1 ? authorsStart[p] : summaryStart[p])
            prefetch(s); prefetch(s + 64)
            if f == 2 { prefetch(s + 128); prefetch(s + 192) }
        }
    }

    /// `fieldHits` for the papers in `part`, never looking past their text.
    private func scanPart(_ part: Range<Int>, hay all: UnsafeBufferPointer<UInt8>, needle: UnsafeBufferPointer<UInt8>,
                          rare: RareByte, into hits: UnsafeMutableBufferPointer<UInt8>) {
        guard !part.isEmpty else { return }
        let hay = UnsafeBufferPointer(rebasing: all[..<Int(titleStart[part.upperBound])])
        var paper = part.lowerBound
        var from = Int(titleStart[part.lowerBound])
        while let at = Self.find(needle, in: hay, from: from, rare: rare) {
            while Int(titleStart[paper + 1]) <= at { paper += 1 }
            let f = field(at: at, paper: paper)
            let inField = range(of: f, paper: paper)
            // A needle holding a 0 byte may run over the 0 that ends a field; it must end inside.
            guard at + needle.count <= inField.upperBound else { from = at + 1; continue }
            hits[paper] |= Self.bit(f)
            // Move to the next field of this paper: one hit per field is enough here.
            from = max(inField.upperBound + 1, at + 1)
        }
    }

    /// Where `pattern` occurs in one field of one paper, as UTF-8 offsets into that field's
    /// text (its joined form for authors and summary).
    func occurrences(_ pattern: TextPattern, field: TextField, paper p: Int) -> [Range<Int>] {
        guard !pattern.folded.isEmpty else { return [] }
        if pattern.isInitials, let needle = InitialsIndex.needle(pattern.folded) {
            return initialsOccurrences(needle, field: field, paper: p)
        }
        let r = range(of: field, paper: p)
        var out: [Range<Int>] = []
        folded.withUnsafeBufferPointer { all in
            let hay = UnsafeBufferPointer(rebasing: all[..<r.upperBound])
            pattern.folded.withUnsafeBufferPointer { needle in
                var from = r.lowerBound
                while let at = Self.find(needle, in: hay, from: from) {
                    out.append(at - r.lowerBound..<at + needle.count - r.lowerBound)
                    from = at + needle.count
                }
            }
        }
        return out
    }

    /// The first occurrence of `needle` in `hay` at or after `from`.
    static func find(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        find(needle, in: hay, from: from, rare: RareByte(offset: 0, byte: needle.first ?? 0))
    }

    /// The same, looking first for the needle's rarest byte with `memchr`: in Korean text
    /// the lead bytes of syllables are everywhere, a given continuation byte is not.
    static func find(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, from: Int, rare: RareByte) -> Int? {
        guard let base = hay.baseAddress, let nb = needle.baseAddress, !needle.isEmpty else { return nil }
        let r = rare.offset
        let byte = Int32(rare.byte)
        let last = hay.count - needle.count
        var at = from
        while at <= last {
            guard let hit = memchr(base + at + r, byte, last - at + 1) else { return nil }
            at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - r
            if memcmp(base + at, nb, needle.count) == 0 { return at }
            at += 1
        }
        return nil
    }
}

/// Which byte of a needle to look for first, by how often each byte occurs in the text.
struct RareByte: Sendable {
    let offset: Int
    let byte: UInt8

    init(offset: Int, byte: UInt8) { self.offset = offset; self.byte = byte }

    init(_ needle: [UInt8], frequency: [UInt32]) {
        var best = 0
        for i in needle.indices where frequency[Int(needle[i])] < frequency[Int(needle[best])] { best = i }
        offset = best
        byte = needle.isEmpty ? 0 : needle[best]
    }

    /// Byte counts over a sample of `buffer` (every 16th block of 4 KB): enough to rank bytes.
    static func frequency(of buffer: [UInt8]) -> [UInt32] {
        var counts = [UInt32](repeating: 0, count: 256)
        buffer.withUnsafeBufferPointer { b in
            var block = 0
            while block < b.count {
                for i in block..<min(block + 4_096, b.count) { counts[Int(b[i])] &+= 1 }
                block += 16 * 4_096
            }
        }
        return counts
    }
}
