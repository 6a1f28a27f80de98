import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Several text terms of one query, searched paper by paper.
///
/// Words that most papers hold (`transformer 모델 성능`) leave the candidate index little to
/// rule out, and searching them one after the other reads most of the text from memory
/// once per word. Taking every word in turn for one paper reads its text once; the next
/// words find it in the cache.
extension SearchIndex {
    /// True when `fieldHits` can search `pattern` with the candidate index and byte sets.
    static func canNarrow(_ pattern: TextPattern) -> Bool {
        !pattern.isInitials && !pattern.folded.isEmpty && !pattern.folded.contains(0)
    }

    /// `fieldHits(pattern, fields:)` for each term (each must pass `canNarrow`), in the order
    /// given. A paper stops at the first positive term it lacks: its entries for the terms
    /// after that stay 0, which cannot change whether it matches. `anyField` and `among` as
    /// for one term.
    func fieldHits(terms: [(pattern: TextPattern, fields: UInt8, negated: Bool)], among: [UInt8]? = nil,
                   anyField: Bool = false) -> [[UInt8]] {
        let n = count
        guard n > 0 else { return terms.map { _ in [] } }
        let order = terms.indices.filter { !terms[$0].negated } + terms.indices.filter { terms[$0].negated }
        let probes = order.map { k in Probe(terms[k].pattern.folded, fields: terms[k].fields, negated: terms[k].negated, frequency: foldedFrequency) }
        var out = [UInt8](repeating: 0, count: n * terms.count)
        // Each probe's known holders, end to end (zeros where none are known).
        let common = self.common, stride = common.stride
        var holders: [UInt64] = []
        var anyKnown: [Bool] = []
        for probe in probes {
            // Needles answered without reading text need no help.
            let h = probe.readsText ? common.holders(of: probe.needle) : nil
            anyKnown.append(h != nil)
            holders += h ?? [UInt64](repeating: 0, count: 3 * stride)
        }
        // Only the first positive term's candidates can match; with none, every paper.
        let first = probes[0]
        let list = Self.only(among, !first.negated && !first.slots.isEmpty ? candidates.candidates(first.slots) : nil)
        let total = list?.count ?? n
        let parts = total >= 2_048 ? IndexBuilder.slices(total) : [0..<total]
        // The first term is searched in every paper listed: load what it will read (a
        // needle the summary's sets answer may still read the title or the authors).
        let ahead = first.readsText || !first.pairs.isEmpty || !(anyField && first.fields & 3 == 3) ? Self.ahead : 0
        let papers = list ?? []
        papers.withUnsafeBufferPointer { papers in
        holders.withUnsafeBufferPointer { holders in
        let knowns = probes.indices.map { k in
            anyKnown[k] ? Known(UnsafeBufferPointer(rebasing: holders[k * 3 * stride..<(k + 1) * 3 * stride]), stride: stride, anyField: anyField)
                : Known(UnsafeBufferPointer(start: nil, count: 0), stride: stride, anyField: anyField)
        }
        let papers = SendableInt32s(papers), every = list == nil
        folded.withUnsafeBufferPointer { all in
            out.withUnsafeMutableBufferPointer { out in
                candidates.words.withUnsafeBufferPointer { words in
                    candidates.byteSets.withUnsafeBufferPointer { sets in
                      letterPairs.words.withUnsafeBufferPointer { pairWords in
                        let pairWords = SendableWords(UnsafeMutableBufferPointer(mutating: pairWords))
                        let out = SendableBytes(out)
                        let all = SendableBytes(UnsafeMutableBufferPointer(mutating: all))
                        let words = SendableWords(UnsafeMutableBufferPointer(mutating: words))
                        let sets = SendableWords(UnsafeMutableBufferPointer(mutating: sets))
                        let check: @Sendable (Range<Int>) -> Void = { part in
                            let base = UnsafePointer(all.base.baseAddress!)
                            // Which papers of the current block of 64 each probe's slots let
                            // through: worked out once a block, as every slot's word is then
                            // asked for at once, instead of once a paper, each waiting on
                            // memory (the index is 512 MB at 1M papers).
                            var block = -1
                            var through = [UInt64](repeating: 0, count: probes.count)
                            for i in part {
                                let p = every ? i : Int(papers.base[i])
                                if ahead > 0 && i + ahead < part.upperBound {
                                    touch(every ? i + ahead : Int(papers.base[i + ahead]), fields: first.fields, need: first.set,
                                          known: knowns[0], text: base, sets: UnsafePointer(sets.base.baseAddress!),
                                          pairs: first.pairs, pairWords: UnsafePointer(pairWords.base.baseAddress!),
                                          readsText: first.readsText)
                                }
                                if p >> 6 != block {
                                    block = p >> 6
                                    let column = block * CandidateIndex.slots
                                    for k in probes.indices {
                                        var w = ~UInt64(0)
                                        for s in probes[k].slots { w &= words.base[column + s] }
                                        through[k] = w
                                    }
                                }
                                let bit = UInt64(1) << UInt64(p & 63)
                                for (k, probe) in probes.enumerated() {
                                    var bits: UInt8 = 0
                                    if through[k] & bit != 0 {
                                        bits = probe.needle.withUnsafeBufferPointer { needle in
                                            firstField(of: needle, filter: probe.filter, set: probe.set, pairs: probe.pairs,
                                                       fields: probe.fields, known: knowns[k], paper: p, text: base,
                                                       sets: UnsafePointer(sets.base.baseAddress!),
                                                       pairWords: UnsafePointer(pairWords.base.baseAddress!))
                                        }
                                    }
                                    out.base[order[k] * n + p] = bits
                                    if !probe.negated && bits == 0 { break }
                                }
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
        return terms.indices.map { k in Array(out[k * n..<(k + 1) * n]) }
    }

    /// The bit of the first of `fields` of paper `p` that holds `needle`, or 0. With
    /// `known.anyField`, the bit of any field known to hold it, or the bits of the title and
    /// the authors when one of them does (a needle of one byte or two letters found in the
    /// sets they share). A field known to hold it (`CommonWords`) is not read; one without
    /// all of the needle's bytes, or (two or three letters) its letter pairs, is skipped
    /// unread; in the summary, whose sets are its own, a one-byte needle is answered by its
    /// byte set alone and a two-letter one by its pair.
    @inline(__always)
    func firstField(of needle: UnsafeBufferPointer<UInt8>, filter: PairFilter?, set need: (UInt64, UInt64, UInt64, UInt64),
                    pairs: [Int], fields: UInt8, known: Known, paper p: Int, text base: UnsafePointer<UInt8>,
                    sets: UnsafePointer<UInt64>, pairWords: UnsafePointer<UInt64>) -> UInt8 {
        let answered = known.answer(p, fields: fields)
        if answered != 0 { return answered }
        for f in 0..<3 where fields & (1 << f) != 0 {
            if known.holds(p, f) { return 1 << f }
            let set = sets + CandidateIndex.byteSet(paper: p, field: f)
            guard set[0] & need.0 == need.0, set[1] & need.1 == need.1,
                  set[2] & need.2 == need.2, set[3] & need.3 == need.3 else { continue }
            if !pairs.isEmpty {
                guard LetterPairs.holds(pairs, in: pairWords, paper: p, field: f) else { continue }
            }
            // One byte, or two letters (the pair is the needle): in the summary its own sets
            // answer; in the title or the authors their shared sets do when either will do.
            if needle.count == 1 || needle.count == 2 && !pairs.isEmpty {
                if f == 2 { return 4 }
                if known.anyField && f == 0 && fields & 3 == 3 { return 3 }
            }
            let from = Int(f == 0 ? titleStart[p] : f == 1 ? authorsStart[p] : summaryStart[p])
            let to = Int(f == 0 ? authorsStart[p] : f == 1 ? summaryStart[p] : titleStart[p + 1]) - 1
            if let filter {
                if filter.occurs(needle, in: base, from: from, to: to) { return 1 << f }
            } else if from < to, memchr(base + from, Int32(needle[0]), to - from) != nil {
                return 1 << f
            }
        }
        return 0
    }
}

/// One term's needle with what the scan tests before reading text.
struct Probe: Sendable {
    let needle: [UInt8]
    let slots: [Int]
    let set: (UInt64, UInt64, UInt64, UInt64)
    let filter: PairFilter?
    let pairs: [Int]
    let fields: UInt8
    let negated: Bool

    init(_ needle: [UInt8], fields: UInt8, negated: Bool, frequency: [UInt32]) {
        self.needle = needle
        slots = CandidateIndex.needed(needle) ?? []
        set = CandidateIndex.byteSet(needle)
        filter = needle.count >= 2 ? PairFilter(needle, frequency: frequency) : nil
        pairs = LetterPairs.pairs(needle)
        self.fields = fields
        self.negated = negated
    }

    /// False when the byte sets or letter pairs answer the needle without reading the
    /// summary's text (the title and the authors share theirs, and may still be read).
    var readsText: Bool { Self.readsText(needleCount: needle.count, pairs: pairs) }

    /// Byte sets answer a one-byte needle and letter pairs a two-letter one.
    static func readsText(needleCount: Int, pairs: [Int]) -> Bool {
        needleCount > 2 || needleCount == 2 && pairs.isEmpty
    }
}
