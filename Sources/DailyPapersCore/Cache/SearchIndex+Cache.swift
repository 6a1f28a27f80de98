/// A search index in an index cache: its arrays as they are in memory, one after another.
extension SearchIndex {
    func encode(to w: inout CacheWriter) throws {
        try w.writeAligned(folded)
        try w.writeAligned(initials.codes); try w.write(initials.starts)
        try w.write(titleStart); try w.write(authorsStart); try w.write(summaryStart)
        try w.write(titleRank); try w.write(foldedFrequency); try w.write(latestVotes); try w.write(latestDay)
        try w.write(places.votes); try w.write(places.day)
        try w.write(places.byVotes); try w.write(places.byDay); try w.write(places.byTitle)
        try w.writeAligned(candidates.words); try w.writeAligned(candidates.byteSets); try w.writeAligned(letterPairs.words)
        let learnt = commonWords.isFilled, common = self.common
        try w.write([learnt ? 1 : 0, Int64(common.stride)])
        var words = StringColumn()
        for word in common.words { words.add(bytes: word) }
        try words.write(to: &w)
        try w.write(common.bitmapOf); try w.write(common.bits)
    }

    /// The index `encode` wrote. The scans read through pointers and trust the layout (a 0
    /// after every field, offsets within the text, one entry a paper), so all of it is
    /// checked here, in one pass over the papers: a damaged file is refused.
    static func decode(from r: inout CacheReader) throws -> SearchIndex {
        let folded: Column<UInt8> = try r.column()
        let codes: Column<UInt8> = try r.column(), starts: [Int32] = try r.array()
        let titleStart: [TextOffset] = try r.array(), authorsStart: [TextOffset] = try r.array(), summaryStart: [TextOffset] = try r.array()
        let titleRank: [Int32] = try r.array(), frequency: [UInt32] = try r.array()
        let latestVotes: [Int32] = try r.array(), latestDay: [Int32] = try r.array()
        let places = PaperPlaces(votes: try r.array(), day: try r.array(), byVotes: try r.array(),
                                 byDay: try r.array(), byTitle: try r.array())
        let candidateWords: Column<UInt64> = try r.column(), byteSets: Column<UInt64> = try r.column()
        let pairs: Column<UInt64> = try r.column()
        let common: [Int64] = try r.array()
        let words = try StringColumn(from: &r)
        let bitmapOf: [Int32] = try r.array(), bits: [UInt64] = try r.array()

        let n = titleStart.count - 1
        guard n >= 0, authorsStart.count == n, summaryStart.count == n, titleRank.count == n,
              latestVotes.count == n, latestDay.count == n, frequency.count == 256,
              titleStart[0] == 0, Int(titleStart[n]) == folded.count else { throw damaged("text offsets") }
        try folded.withUnsafeBufferPointer { text in
            for p in 0..<n {
                let t = Int(titleStart[p]), a = Int(authorsStart[p]), s = Int(summaryStart[p]), next = Int(titleStart[p + 1])
                guard t < a, a < s, s < next, text[a - 1] == 0, text[s - 1] == 0, text[next - 1] == 0 else {
                    throw damaged("text offsets")
                }
            }
        }
        guard starts.count == n * 3 + 1, !codes.isEmpty, n == 0 || starts[0] >= 0,
              Int(starts[n * 3]) <= codes.count else { throw damaged("initials") }
        for k in 0..<n * 3 where starts[k] > starts[k + 1] { throw damaged("initials") }
        let blocks = (n + 63) / 64
        guard candidateWords.count == blocks * CandidateIndex.slots, byteSets.count == n * 8,
              pairs.count == n * 2 * LetterPairs.wordsPerField else { throw damaged("candidates") }
        guard within(titleRank, n), within(places.byTitle, n), places.byTitle.count == n,
              [places.votes, places.day, places.byVotes, places.byDay].allSatisfy({ $0.isEmpty || ($0.count == n && within($0, n)) })
        else { throw damaged("sort places") }

        let index = SearchIndex(folded: folded, initials: InitialsIndex(codes: codes, starts: starts),
                                titleStart: titleStart, authorsStart: authorsStart, summaryStart: summaryStart,
                                titleRank: titleRank, foldedFrequency: frequency, latestVotes: latestVotes,
                                latestDay: latestDay, places: places,
                                candidates: CandidateIndex(words: candidateWords, byteSets: byteSets, count: n),
                                letterPairs: LetterPairs(words: pairs))
        guard common.count == 2 else { throw damaged("common words") }
        if common[0] == 1 {
            let stride = Int(common[1])
            let bitmaps = stride > 0 ? bits.count / stride : 0
            guard stride == (n > 0 ? blocks : 0) || bits.isEmpty, bitmaps * stride == bits.count,
                  bitmapOf.count == words.count * 3, bitmapOf.allSatisfy({ $0 >= -1 && Int($0) < bitmaps }) else {
                throw damaged("common words")
            }
            let list = (0..<words.count).map(words.bytes)
            index.commonWords.fill { CommonWords(words: list, bitmapOf: bitmapOf, bits: bits, stride: stride) }
        }
        return index
    }

    private static func within(_ values: [Int32], _ n: Int) -> Bool {
        values.allSatisfy { $0 >= 0 && Int($0) < n }
    }

    private static func damaged(_ what: String) -> CacheFailure { CacheFailure("holds damaged \(what)") }
}
