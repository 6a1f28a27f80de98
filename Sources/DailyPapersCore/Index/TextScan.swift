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
    /// others are left at 0.
    func fieldHits(_ pattern: TextPattern, fields: UInt8 = 7, among: [UInt8]? = nil) -> [UInt8] {
        guard !pattern.isInitials, !pattern.folded.isEmpty, !pattern.folded.contains(0) else { return scanHits(pattern) }
        var hits = [UInt8](repeating: 0, count: count)
        guard count > 0 else { return hits }
        var papers = CandidateIndex.needed(pattern.folded).map(candidates.candidates)
        if let among {
            papers = papers.map { $0.filter { among[Int($0)] != 0 } }
                ?? among.indices.compactMap { among[$0] != 0 ? Int32($0) : nil }
        }
        verify(papers, needle: pattern.folded, fields: fields, into: &hits)
        return hits
    }

    /// `fieldHits` by scanning the whole buffer, for needles the candidates cannot narrow.
    ///
    /// The buffer is cut at paper boundaries into a few stretches per core, scanned in
    /// parallel; each stretch writes only its own papers' entries.
    func scanHits(_ pattern: TextPattern) -> [UInt8] {
        var hits = [UInt8](repeating: 0, count: count)
        guard !pattern.folded.isEmpty, count > 0 else { return hits }
        let buffer = pattern.isInitials ? initials : folded
        let parts = count >= 4_096 ? IndexBuilder.slices(count) : [0..<count]
        let rare = RareByte(pattern.isInitials ? Array(pattern.folded[0..<3]) : pattern.folded,
                            frequency: pattern.isInitials ? initialsFrequency : foldedFrequency)
        buffer.withUnsafeBufferPointer { all in
            pattern.folded.withUnsafeBufferPointer { needle in
                hits.withUnsafeMutableBufferPointer { out in
                    let out = SendableBytes(out)
                    let all = SendableBytes(UnsafeMutableBufferPointer(mutating: all))
                    let needle = SendableBytes(UnsafeMutableBufferPointer(mutating: needle))
                    let scan: @Sendable (Range<Int>) -> Void = { part in
                        scanPart(part, hay: UnsafeBufferPointer(all.base), needle: UnsafeBufferPointer(needle.base),
                                 isInitials: pattern.isInitials, rare: rare, into: out.base)
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
    private func verify(_ papers: [Int32]?, needle: [UInt8], fields: UInt8, into hits: inout [UInt8]) {
        let total = papers?.count ?? count
        let filter = needle.count >= 2 ? PairFilter(needle, frequency: foldedFrequency) : nil
        let need = CandidateIndex.byteSet(needle)
        let parts = total >= 2_048 ? IndexBuilder.slices(total) : [0..<total]
        let list = papers ?? []
        folded.withUnsafeBufferPointer { all in
            needle.withUnsafeBufferPointer { needle in
                hits.withUnsafeMutableBufferPointer { out in
                    list.withUnsafeBufferPointer { list in
                        candidates.byteSets.withUnsafeBufferPointer { sets in
                            let out = SendableBytes(out)
                            let all = SendableBytes(UnsafeMutableBufferPointer(mutating: all))
                            let needle = SendableBytes(UnsafeMutableBufferPointer(mutating: needle))
                            let list = SendableInt32s(list)
                            let sets = SendableWords(UnsafeMutableBufferPointer(mutating: sets))
                            let every = papers == nil
                            let check: @Sendable (Range<Int>) -> Void = { part in
                                let base = UnsafePointer(all.base.baseAddress!), needle = UnsafeBufferPointer(needle.base)
                                for k in part {
                                    let p = every ? k : Int(list.base[k])
                                    out.base[p] = firstField(of: needle, filter: filter, set: need, fields: fields, paper: p,
                                                             text: base, sets: UnsafePointer(sets.base.baseAddress!))
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

    /// `fieldHits` for the papers in `part`, never looking past their text.
    private func scanPart(_ part: Range<Int>, hay all: UnsafeBufferPointer<UInt8>, needle: UnsafeBufferPointer<UInt8>,
                          isInitials: Bool, rare: RareByte, into hits: UnsafeMutableBufferPointer<UInt8>) {
        guard !part.isEmpty else { return }
        let hay = UnsafeBufferPointer(rebasing: all[..<Int(titleStart[part.upperBound])])
        var paper = part.lowerBound
        var from = Int(titleStart[part.lowerBound])
        let first = isInitials ? UnsafeBufferPointer(rebasing: needle[0..<3]) : needle
        while let at = Self.find(first, in: hay, from: from, rare: rare) {
            while Int(titleStart[paper + 1]) <= at { paper += 1 }
            if isInitials {
                // Initials match syllables within a word, not across words.
                guard Self.initialsMatchEnd(needle, in: hay, at: at) != nil else { from = at + 3; continue }
            }
            let f = field(at: at, paper: paper)
            hits[paper] |= Self.bit(f)
            // Move to the next field of this paper: one hit per field is enough here.
            let next = range(of: f, paper: paper).upperBound + 1
            from = max(next, at + 1)
        }
    }

    /// Where `pattern` occurs in one field of one paper, as UTF-8 offsets into that field's
    /// text (its joined form for authors and summary).
    func occurrences(_ pattern: TextPattern, field: TextField, paper p: Int) -> [Range<Int>] {
        guard !pattern.folded.isEmpty else { return [] }
        let r = range(of: field, paper: p)
        let buffer = pattern.isInitials ? initials : folded
        var out: [Range<Int>] = []
        buffer.withUnsafeBufferPointer { all in
            let hay = UnsafeBufferPointer(rebasing: all[..<r.upperBound])
            pattern.folded.withUnsafeBufferPointer { needle in
                var from = r.lowerBound
                let first = pattern.isInitials ? UnsafeBufferPointer(rebasing: needle[0..<3]) : needle
                while let at = Self.find(first, in: hay, from: from) {
                    if pattern.isInitials {
                        guard let end = Self.initialsMatchEnd(needle, in: hay, at: at) else { from = at + 3; continue }
                        // One range per matched syllable.
                        var k = 0, i = at
                        while k < needle.count && i < end {
                            if hay[i] == needle[k] && hay[i + 1] == needle[k + 1] && hay[i + 2] == needle[k + 2] {
                                out.append(i - r.lowerBound..<i + 3 - r.lowerBound); k += 3
                            }
                            i += 3
                        }
                        from = end
                    } else {
                        out.append(at - r.lowerBound..<at + needle.count - r.lowerBound)
                        from = at + needle.count
                    }
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

    /// With initials, found by their first consonant at `at`: the consonants of `needle`
    /// on consecutive syllables (`ㅁㄷ` in `언어모델`), or, from the start of a word, on
    /// syllables of that word in order (`ㄹㅇㅅㅋ` in `레이어스킵`, as people abbreviate).
    /// Returns where the match ends.
    static func initialsMatchEnd(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, at: Int) -> Int? {
        var k = 0, i = at
        while k < needle.count, i + 2 < hay.count, isInitialJamo(hay, i),
              hay[i] == needle[k] && hay[i + 1] == needle[k + 1] && hay[i + 2] == needle[k + 2] {
            k += 3
            i += 3
        }
        if k == needle.count { return i }
        // Skipping syllables only from a word's start: anywhere, two consonants would match
        // nearly every Korean text.
        guard at < 3 || !isInitialJamo(hay, at - 3) else { return nil }
        k = 0
        i = at
        while k < needle.count {
            guard i + 2 < hay.count, isInitialJamo(hay, i) else { return nil }
            if hay[i] == needle[k] && hay[i + 1] == needle[k + 1] && hay[i + 2] == needle[k + 2] { k += 3 }
            i += 3
        }
        return i
    }

    /// U+3131–U+314E is E3 84 B1 … E3 85 8E.
    @inline(__always)
    static func isInitialJamo(_ hay: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard hay[i] == 0xE3 else { return false }
        let b1 = hay[i + 1], b2 = hay[i + 2]
        return (b1 == 0x84 && b2 >= 0xB1) || (b1 == 0x85 && b2 <= 0x8E)
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
