/// What one search learnt that the next may use: while a query is typed one key at a time,
/// each new query mostly narrows the one before (`Query.narrows`), so only its papers
/// need searching, and the words typed before the last are already known for each of them.
///
/// Holds the hits and, for each text term, which fields of each paper hold it; these are
/// exact for every paper among the hits (a search stops at a paper's first missing word,
/// but a hit misses none), except that a search not by relevance may name the title and
/// the authors together where one of them holds it (`SearchIndex.fieldHits`), which is all
/// such a search asks. Serves only searches of the catalog it came from (or a copy).
public struct SearchMemo: Sendable {
    let query: Query
    let scored: Bool
    let catalog: UInt64
    let paperCount: Int
    let hits: [Hit]
    let fieldBits: [TermKey: [UInt8]]

    /// True when a search for `query` (with or without relevance, as `scored`) in `catalog`
    /// can start from this one.
    func serves(_ query: Query, scored: Bool, in catalog: Catalog) -> Bool {
        self.scored == scored && self.catalog == catalog.identity && query.narrows(self.query)
    }

    /// A byte per paper, 1 for the hits; nil when every paper is one, which narrows nothing.
    var among: [UInt8]? {
        guard hits.count < paperCount else { return nil }
        var out = [UInt8](repeating: 0, count: paperCount)
        out.withUnsafeMutableBufferPointer { out in for h in hits { out[h.paper] = 1 } }
        return out
    }
}

/// A search's hits with what the next search may reuse.
public struct SearchAnswer: Sendable {
    public let hits: [Hit]
    public let memo: SearchMemo
}

/// A text term as the index searches it: its field bits depend on nothing else.
struct TermKey: Hashable, Sendable {
    let folded: [UInt8]
    let isInitials: Bool
    let fields: UInt8

    init(_ pattern: TextPattern, fields: UInt8) {
        folded = pattern.folded; isInitials = pattern.isInitials; self.fields = fields
    }
}

extension Catalog {
    /// `search`, starting from `memo` when it serves this query (the answer of this catalog
    /// to a query this one narrows), and with a memo for the next. Answers as `search` does.
    public func answer(_ query: Query, order: SortOrder = .votes, reversed: Bool = false,
                       marks: ((Int) -> PaperFlags)? = nil, after memo: SearchMemo? = nil) -> SearchAnswer {
        let scored = order == .relevance
        let usable = memo.flatMap { $0.serves(query, scored: scored, in: self) ? $0 : nil }
        var (hits, bits) = match(query, marks: marks, scored: scored, after: usable)
        sort(&hits, by: order, reversed: reversed)
        return SearchAnswer(hits: hits, memo: SearchMemo(query: query, scored: scored, catalog: identity,
                                                        paperCount: papers.count, hits: hits, fieldBits: bits))
    }

    /// Each text term's field bits, as `SearchIndex.fieldHits` finds them, for the papers in
    /// `among` (all when nil); a term known from `memo` is not searched again, and those
    /// searched look only at papers that every positive term before them holds.
    func fieldBits(_ texts: [(pattern: TextPattern, fields: UInt8, negated: Bool)], among: [UInt8]?,
                   memo: SearchMemo?, scored: Bool) -> [TermKey: [UInt8]] {
        var bits: [TermKey: [UInt8]] = [:]
        var alive = among
        func holds(_ t: (pattern: TextPattern, fields: UInt8, negated: Bool), _ hits: [UInt8]) {
            bits[TermKey(t.pattern, fields: t.fields)] = hits
            guard !t.negated else { return }
            alive = alive.map { zip($0, hits).map { a, h in a != 0 && h & t.fields != 0 ? 1 : 0 } }
                ?? hits.map { $0 & t.fields != 0 ? 1 : 0 }
        }
        var rest: [(pattern: TextPattern, fields: UInt8, negated: Bool)] = []
        for t in texts {
            if let known = memo?.fieldBits[TermKey(t.pattern, fields: t.fields)] { holds(t, known) } else { rest.append(t) }
        }
        let together = rest.filter { SearchIndex.canNarrow($0.pattern) }
        if together.count >= 2 {
            for (t, hits) in zip(together, index.fieldHits(terms: together, among: alive, anyField: !scored)) {
                bits[TermKey(t.pattern, fields: t.fields)] = hits
            }
            for t in rest where !SearchIndex.canNarrow(t.pattern) {
                bits[TermKey(t.pattern, fields: t.fields)] = index.fieldHits(t.pattern, fields: t.fields, among: alive, anyField: !scored)
            }
        } else {
            for t in rest { holds(t, index.fieldHits(t.pattern, fields: t.fields, among: alive, anyField: !scored)) }
        }
        return bits
    }
}
