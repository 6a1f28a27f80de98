/// Sorting hits by one integer each.
///
/// Every order compares a few small integers in turn (votes, day, title rank, score), and
/// the title rank, last in each, is unique per paper. Each is shifted to start at 0 and
/// turned so that smaller sorts first, and all are packed into one `UInt64`, so a sort is a
/// radix sort of integers with no paper read per comparison. The rank in the low bits
/// leads back to the hit.
extension Catalog {
    /// `hits` in `order`, or nil when their keys do not fit 64 bits or a paper appears
    /// twice (the caller then compares hits one pair at a time).
    func keySorted(_ hits: [Hit], by order: SortOrder, reversed: Bool) -> [Hit]? {
        let n = hits.count
        if n < 2 { return hits }
        if let sorted = placeSorted(hits, by: order, reversed: reversed) { return sorted }
        let papers = library.papers
        let rank = index.titleRank
        var votes = [Int](repeating: -1, count: n)
        var days = [Int](repeating: 0, count: n)
        var ranks = [Int](repeating: 0, count: n)
        var scores = [Int](repeating: 0, count: n)
        let latestVotes = index.latestVotes, latestDay = index.latestDay
        for i in 0..<n {
            let h = hits[i]
            var d: Int
            if h.appearance == 0 && latestVotes[h.paper] != Int32.min {
                votes[i] = Int(latestVotes[h.paper])
                d = Int(latestDay[h.paper])
            } else {
                let list = papers[h.paper].storedAppearances
                votes[i] = max(list.votes(h.appearance) ?? -1, -1)
                d = Int(list.day(h.appearance).packed)
            }
            days[i] = dense(day: d)
            ranks[i] = Int(rank[h.paper])
            scores[i] = Int(h.score)
        }
        var keys = [UInt64](repeating: 0, count: n)
        var bits = 0
        let parts: [(part: [Int], lowFirst: Bool, unknownLast: Bool)]
        switch order {
        case .votes: parts = [(votes, reversed, true), (days, false, false)]
        case .day: parts = [(days, reversed, false), (votes, false, true)]
        case .title: parts = []
        case .relevance: parts = [(scores, reversed, false), (votes, false, true), (days, false, false)]
        }
        for p in parts {
            guard Self.pack(p.part, lowFirst: p.lowFirst, unknownLast: p.unknownLast, into: &keys, bits: &bits) else { return nil }
        }
        // The rank comes last: it breaks every tie and names the hit.
        let lowRank = ranks.min()!, highRank = ranks.max()!
        let rankSpan = UInt64(highRank - lowRank)
        let rankWidth = rankSpan == 0 ? 0 : 64 - rankSpan.leadingZeroBitCount
        let titleFlip = order == .title && reversed
        var hitAt = [Int32](repeating: -1, count: Int(rankSpan) + 1)
        for i in 0..<n {
            let r = ranks[i] - lowRank
            guard hitAt[r] < 0 else { return nil }
            hitAt[r] = Int32(i)
        }
        guard bits + rankWidth <= 64 else { return nil }
        for i in 0..<n {
            let r = UInt64(titleFlip ? highRank - ranks[i] : ranks[i] - lowRank)
            keys[i] = keys[i] << UInt64(rankWidth) | r
        }
        // Re-sorting a list already in this order (the reader's list after a search) moves
        // nothing: the keys are unique, so one look tells.
        if zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }) { return hits }
        RadixSort.sort(&keys, bits: bits + rankWidth)
        let mask: UInt64 = rankWidth == 0 ? 0 : (1 << UInt64(rankWidth)) - 1
        return keys.map { k in
            let r = Int(k & mask)
            return hits[Int(hitAt[titleFlip ? Int(rankSpan) - r : r])]
        }
    }
}

extension Catalog {
    /// Appends one part to every key, smaller first: false when the packed keys would not
    /// fit 64 bits. Unknown (negative) values go after every known one.
    static func pack(_ part: [Int], lowFirst: Bool, unknownLast: Bool, into keys: inout [UInt64], bits: inout Int) -> Bool {
        var lo = Int.max, hi = Int.min
        for v in part where !(unknownLast && v < 0) { lo = min(lo, v); hi = max(hi, v) }
        // Only unknown values: every key is the same.
        if lo > hi { return true }
        let (span, overflow) = hi.subtractingReportingOverflow(lo)
        guard !overflow, span < 1 << 40 else { return false }
        let top = UInt64(span) + (unknownLast ? 1 : 0)
        let width = top == 0 ? 0 : 64 - top.leadingZeroBitCount
        guard bits + width <= 64 else { return false }
        bits += width
        let w = UInt64(width)
        part.withUnsafeBufferPointer { part in
            keys.withUnsafeMutableBufferPointer { keys in
                for i in 0..<keys.count {
                    let v = part[i]
                    let k: UInt64 = unknownLast && v < 0 ? top : UInt64(lowFirst ? v - lo : hi - v)
                    keys[i] = keys[i] << w | k
                }
            }
        }
        return true
    }
}

/// Least-significant-digit radix sort of unsigned integers, 11 bits a pass.
enum RadixSort {
    static let digit = 11

    static func sort(_ keys: inout [UInt64], bits: Int) {
        let n = keys.count
        if n < 256 { keys.sort(); return }
        let passes = (bits + digit - 1) / digit
        let buckets = 1 << digit
        let mask = UInt64(buckets - 1)
        // Every pass's counts in one read of the keys.
        var counts = [Int](repeating: 0, count: passes * buckets)
        keys.withUnsafeBufferPointer { src in
            counts.withUnsafeMutableBufferPointer { c in
                for k in src {
                    for pass in 0..<passes { c[pass * buckets + Int(k >> UInt64(pass * digit) & mask)] += 1 }
                }
            }
        }
        var other = [UInt64](repeating: 0, count: n)
        for pass in 0..<passes {
            let shift = UInt64(pass * digit)
            var moved = false
            keys.withUnsafeBufferPointer { src in
                other.withUnsafeMutableBufferPointer { dst in
                    counts.withUnsafeMutableBufferPointer { all in
                        let c = UnsafeMutableBufferPointer(rebasing: all[pass * buckets..<(pass + 1) * buckets])
                        // A digit that is the same in every key moves nothing.
                        if c[Int(src[0] >> shift & mask)] == n { return }
                        var total = 0
                        for i in 0..<buckets { let t = c[i]; c[i] = total; total += t }
                        for k in src {
                            let d = Int(k >> shift & mask)
                            dst[c[d]] = k
                            c[d] += 1
                        }
                        moved = true
                    }
                }
            }
            if moved { swap(&keys, &other) }
        }
    }
}

/// Every paper's place in the votes and day orders, by its newest appearance.
///
/// Nearly every hit selects its paper's newest appearance, and then its place in these
/// orders is fixed when the index is built: sorting a hundred thousand hits is putting
/// each at its place and reading the places in turn, without building or sorting keys.
struct PaperPlaces: Sendable {
    /// `votes[p]`: where paper `p` comes when all papers are sorted by votes (unknown
    /// last), then day, then title; `day[p]` likewise by day, then votes, then title.
    /// Empty when some paper's votes are too large to pack (the keys then sort).
    let votes: [Int32]
    let day: [Int32]
    /// The papers in each order, place by place: the inverse of `votes`, `day` and the
    /// title ranks. A list of most papers is then sorted by marking places in a bitmap.
    let byVotes: [Int32]
    let byDay: [Int32]
    let byTitle: [Int32]

    /// Places read back from a cache (`SearchIndex+Cache`).
    init(votes: [Int32], day: [Int32], byVotes: [Int32], byDay: [Int32], byTitle: [Int32]) {
        self.votes = votes; self.day = day; self.byVotes = byVotes; self.byDay = byDay; self.byTitle = byTitle
    }

    init(latestVotes: [Int32], latestDay: [Int32], titleRank: [Int32]) {
        let n = titleRank.count
        var byRank = [Int32](repeating: 0, count: n)
        for p in 0..<n { byRank[Int(titleRank[p])] = Int32(p) }
        byTitle = byRank
        guard n >= 2, !latestVotes.contains(Int32.min) else { votes = []; day = []; byVotes = []; byDay = []; return }
        let v = latestVotes.map { Int($0) }
        let d = latestDay.map { dense(day: Int($0)) }
        let rank = titleRank.map { Int($0) }
        func places(_ parts: [(part: [Int], lowFirst: Bool, unknownLast: Bool)]) -> (places: [Int32], papers: [Int32])? {
            var keys = [UInt64](repeating: 0, count: n)
            var bits = 0
            for p in parts {
                guard Catalog.pack(p.part, lowFirst: p.lowFirst, unknownLast: p.unknownLast, into: &keys, bits: &bits) else { return nil }
            }
            let width = 64 - UInt64(n - 1).leadingZeroBitCount
            guard bits + width <= 64 else { return nil }
            for i in 0..<n { keys[i] = keys[i] << UInt64(width) | UInt64(rank[i]) }
            RadixSort.sort(&keys, bits: bits + width)
            var out = [Int32](repeating: 0, count: n), papers = [Int32](repeating: 0, count: n)
            let mask = (UInt64(1) << UInt64(width)) - 1
            for (place, k) in keys.enumerated() {
                let p = byRank[Int(k & mask)]
                out[Int(p)] = Int32(place)
                papers[place] = p
            }
            return (out, papers)
        }
        guard let inVotes = places([(v, false, true), (d, false, false)]),
              let inDays = places([(d, false, false), (v, false, true)]) else { votes = []; day = []; byVotes = []; byDay = []; return }
        (votes, byVotes) = inVotes
        (day, byDay) = inDays
    }
}

extension Catalog {
    /// `hits` in `order` by the papers' places, or nil when some hit is not of its
    /// paper's newest appearance, a paper is listed twice, or the order turned around is
    /// not the places read backwards (votes and day reversed keep unknown votes last).
    func placeSorted(_ hits: [Hit], by order: SortOrder, reversed: Bool) -> [Hit]? {
        let n = hits.count, count = index.count
        let places: [Int32], papersAt: [Int32]
        switch order {
        case .votes, .relevance:
            guard order == .relevance || !reversed else { return nil }
            (places, papersAt) = (index.places.votes, index.places.byVotes)
        case .day:
            guard !reversed else { return nil }
            (places, papersAt) = (index.places.day, index.places.byDay)
        case .title:
            (places, papersAt) = (index.titleRank, index.places.byTitle)
        }
        guard places.count == count, count > 0 else { return nil }
        var sameScore = true
        for h in hits {
            if h.appearance != 0 { return nil }
            sameScore = sameScore && h.score == hits[0].score
        }
        let flip = order == .title && reversed
        var sorted: [Hit] = []
        sorted.reserveCapacity(n)
        if n * 16 < count {
            var keys = hits.indices.map { i -> UInt64 in
                let place = Int(places[hits[i].paper])
                return UInt64(flip ? count - 1 - place : place) << 32 | UInt64(i)
            }
            keys.sort()
            for k in 1..<max(1, keys.count) where keys[k] >> 32 == keys[k - 1] >> 32 { return nil }
            for k in keys { sorted.append(hits[Int(k & 0xFFFF_FFFF)]) }
        } else if sameScore && papersAt.count == count {
            // Each hit is its paper: mark its place in a bitmap (a bit a paper, in cache
            // where a list of places is not) and read the papers off in place order.
            guard let marked = Self.markPlaces(hits, places, flip: flip) else { return nil }
            let score = hits.first?.score ?? 0
            for (w, word) in marked.enumerated() {
                var bits = word
                while bits != 0 {
                    let at = w << 6 | bits.trailingZeroBitCount
                    sorted.append(Hit(paper: Int(papersAt[flip ? count - 1 - at : at]), appearance: 0, score: score))
                    bits &= bits - 1
                }
            }
        } else {
            var slot = [Int32](repeating: -1, count: count)
            for i in 0..<n {
                let place = Int(places[hits[i].paper])
                let at = flip ? count - 1 - place : place
                guard slot[at] < 0 else { return nil }
                slot[at] = Int32(i)
            }
            for i in slot where i >= 0 { sorted.append(hits[Int(i)]) }
        }
        guard order == .relevance else { return sorted }
        // Relevance: by score, and among equal scores in the votes order just built.
        let scores = Set(sorted.map(\.score)).sorted(by: reversed ? (<) : (>))
        if scores.count == 1 { return sorted }
        var byScore: [Int32: [Hit]] = [:]
        for h in sorted { byScore[h.score, default: []].append(h) }
        return scores.flatMap { byScore[$0]! }
    }
}

extension Catalog {
    /// A bit per place, set for each hit's paper's place (counted from the end with
    /// `flip`); nil when a paper is listed twice.
    static func markPlaces(_ hits: [Hit], _ places: [Int32], flip: Bool) -> [UInt64]? {
        let count = places.count
        var marked = [UInt64](repeating: 0, count: (count + 63) >> 6)
        let once = marked.withUnsafeMutableBufferPointer { bits in
            places.withUnsafeBufferPointer { places in
                for h in hits {
                    let place = Int(places[h.paper])
                    let at = flip ? count - 1 - place : place
                    let bit = UInt64(1) << UInt64(at & 63)
                    if bits[at >> 6] & bit != 0 { return false }
                    bits[at >> 6] |= bit
                }
                return true
            }
        }
        return once ? marked : nil
    }
}

/// A packed day (`YYYYMMDD`) as a count of days in months of 31: the order of days is kept
/// and the values stay dense enough to pack into sort keys.
@inline(__always)
func dense(day packed: Int) -> Int {
    (packed / 10_000 * 12 + packed / 100 % 100) * 31 + packed % 100
}
