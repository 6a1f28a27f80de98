/// The searchable text of every paper, folded and laid end to end in one byte buffer.
///
/// Each paper's region is `title 0 authors 0 summary 0`, authors joined by `, ` and bullets
/// by a newline. A term is found by scanning the whole buffer once, and an offset maps
/// back to its paper and field by the start arrays. Hangul-initials searches read
/// `initials` instead (see `InitialsIndex`).
/// An offset into the folded text: unsigned 32 bits hold 4 GB of it, about 2.6 million
/// papers of the usual size, at half the memory of `Int`.
typealias TextOffset = UInt32

public struct SearchIndex: Sendable {
    /// Also where the catalog's papers read their authors and summaries (`SharedText`).
    let folded: Column<UInt8>
    let initials: InitialsIndex
    /// Per paper, the offset of its title, authors, summary and (last) of the next paper.
    let titleStart: [TextOffset]
    let authorsStart: [TextOffset]
    let summaryStart: [TextOffset]
    /// Per paper, its rank when papers are ordered by folded title then id: sorting by
    /// title is then sorting integers.
    let titleRank: [Int32]
    /// How often each byte occurs in `folded` (sampled): a scan looks for a needle's
    /// rarest bytes first.
    let foldedFrequency: [UInt32]
    /// Per paper, the votes (-1 unknown, `Int32.min` too large to keep here) and the
    /// packed day of its newest appearance, the one most hits select: sorting reads these
    /// few bytes instead of chasing every paper's appearances through memory.
    let latestVotes: [Int32]
    let latestDay: [Int32]
    /// Each paper's place in the votes and day orders (see `PaperPlaces`).
    let places: PaperPlaces
    /// Which papers may hold a text needle (see `CandidateIndex`).
    let candidates: CandidateIndex
    /// Which pairs of adjacent letters each field holds (see `LetterPairs`).
    let letterPairs: LetterPairs
    /// Which fields hold the words most papers hold (see `CommonWords`): learnt after the
    /// index is built (`learnCommonWords`), by every copy of it at once.
    let commonWords = CommonWordsSlot()

    /// The index of `papers`, whose text `IndexBuilder.text` has laid out and folded.
    init(_ papers: [Paper], layout: IndexBuilder.Layout, folded: [UInt8], progress: IndexProgress? = nil) {
        self.folded = Column(folded)
        titleStart = layout.titleStart
        authorsStart = layout.authorsStart
        summaryStart = layout.summaryStart
        // What is read paper by paper (ranks, votes, days) is built beside the passes over
        // the text, which use every core.
        let (orders, passes) = alongside({ () -> (titleRank: [Int32], latestVotes: [Int32], latestDay: [Int32], places: PaperPlaces) in
            let titleRank = IndexBuilder.titleRanks(papers, folded: folded, layout)
            let latestVotes = papers.map { p -> Int32 in
                guard !p.storedAppearances.isEmpty, let v = p.storedAppearances.votes(0) else { return -1 }
                return v < 0 ? -1 : v < Int(Int32.max) ? Int32(v) : Int32.min
            }
            let latestDay = papers.map { $0.storedAppearances.isEmpty ? 0 : $0.storedAppearances.day(0).packed }
            let places = PaperPlaces(latestVotes: latestVotes, latestDay: latestDay, titleRank: titleRank)
            return (titleRank, latestVotes, latestDay, places)
        }, {
            (InitialsIndex(folded: folded, titleStart: layout.titleStart,
                           authorsStart: layout.authorsStart, summaryStart: layout.summaryStart, progress: progress),
             RareByte.frequency(of: folded),
             CandidateIndex.withLetterPairs(folded: folded, titleStart: layout.titleStart, authorsStart: layout.authorsStart,
                                            summaryStart: layout.summaryStart, progress: progress))
        })
        (initials, foldedFrequency, (candidates, letterPairs)) = passes
        (titleRank, latestVotes, latestDay, places) = orders
    }

    /// An index read back from a cache (`SearchIndex+Cache`), checked there.
    init(folded: Column<UInt8>, initials: InitialsIndex, titleStart: [TextOffset], authorsStart: [TextOffset],
         summaryStart: [TextOffset], titleRank: [Int32], foldedFrequency: [UInt32], latestVotes: [Int32],
         latestDay: [Int32], places: PaperPlaces, candidates: CandidateIndex, letterPairs: LetterPairs) {
        self.folded = folded; self.initials = initials
        self.titleStart = titleStart; self.authorsStart = authorsStart; self.summaryStart = summaryStart
        self.titleRank = titleRank; self.foldedFrequency = foldedFrequency
        self.latestVotes = latestVotes; self.latestDay = latestDay; self.places = places
        self.candidates = candidates; self.letterPairs = letterPairs
    }

    var count: Int { authorsStart.count }

    /// The common words' bitmaps as far as they are known (none until learnt).
    var common: CommonWords { commonWords.current }

    /// Builds the bitmaps of the words most papers hold, once; searches use them from then
    /// on. A pass over all the text (0.3–0.45 s at 100,000 papers on two cores), so the
    /// reader runs it after its papers are shown and searchable, and a one-off command
    /// line query skips it.
    func learnCommonWords(stop: @Sendable () -> Bool = { false }) {
        commonWords.fill {
            withFieldStarts { CommonWords(folded: folded, starts: $0, stop: stop) }
        }
    }

    private func withFieldStarts<R>(_ body: (FieldStarts) -> R) -> R {
        titleStart.withUnsafeBufferPointer { t in
            authorsStart.withUnsafeBufferPointer { a in
                summaryStart.withUnsafeBufferPointer { s in
                    body(FieldStarts(title: t.baseAddress!, authors: a.baseAddress ?? t.baseAddress!,
                                     summary: s.baseAddress ?? t.baseAddress!, count: a.count))
                }
            }
        }
    }

    /// The field that holds `offset` within paper `p`'s region.
    func field(at offset: Int, paper p: Int) -> TextField {
        if offset < Int(authorsStart[p]) { return .title }
        if offset < Int(summaryStart[p]) { return .authors }
        return .summary
    }

    func range(of field: TextField, paper p: Int) -> Range<Int> {
        switch field {
        case .title: return Int(titleStart[p])..<Int(authorsStart[p]) - 1
        case .authors: return Int(authorsStart[p])..<Int(summaryStart[p]) - 1
        case .summary: return Int(summaryStart[p])..<Int(titleStart[p + 1]) - 1
        }
    }
}
