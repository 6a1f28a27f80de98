extension Catalog {
    /// The papers matching `query`, in `order` (`descending` false turns the main key
    /// around; ties are always broken the same way, so the order is deterministic).
    /// `marks` tells what the user recorded about the paper at a position, for `is:` and
    /// `has:` terms; without it no paper is read, starred or noted.
    public func search(_ query: Query, order: SortOrder = .votes, reversed: Bool = false,
                       marks: ((Int) -> PaperFlags)? = nil) -> [Hit] {
        var hits = match(query, marks: marks, scored: order == .relevance).hits
        sort(&hits, by: order, reversed: reversed)
        return hits
    }

    /// The matching papers in library order.
    public func match(_ query: Query, marks: ((Int) -> PaperFlags)? = nil) -> [Hit] {
        match(query, marks: marks, scored: true).hits
    }

    /// Without `scored`, every hit's score is 0: then a text term holds wherever a field is
    /// known to hold it, and the fields before that one need not be read to find the best.
    /// With `memo` (which must serve this query), only its hits are looked at. Also gives
    /// each text term's field bits (`SearchMemo`).
    func match(_ query: Query, marks: ((Int) -> PaperFlags)?, scored: Bool,
               after memo: SearchMemo? = nil) -> (hits: [Hit], bits: [TermKey: [UInt8]]) {
        let papers = library.papers
        let among = memo?.among
        var idPrefixes: [(prefix: String, negated: Bool, whole: Bool)] = []
        var appearanceTerms: [Term] = []
        var markTerms: [(flag: PaperFlags, negated: Bool)] = []
        var texts: [(pattern: TextPattern, fields: UInt8, negated: Bool)] = []
        // Positive text terms first: each one after the first searches only the papers that
        // all before it hold, so the later words of a query cost little.
        for term in query.terms.filter({ !$0.negated }) + query.terms.filter(\.negated) {
            switch term.kind {
            case let .text(pattern, field): texts.append((pattern, field.map(SearchIndex.bit) ?? 7, term.negated))
            case let .idPrefix(p): idPrefixes.append((p, term.negated, false))
            case let .id(p): idPrefixes.append((p, term.negated, true))
            case .votes, .day: appearanceTerms.append(term)
            case let .mark(flag): markTerms.append((flag, term.negated))
            }
        }
        let bits = fieldBits(texts, among: among, memo: memo, scored: scored)
        let textTerms = texts.map { t in (hits: bits[TermKey(t.pattern, fields: t.fields)]!, mask: t.fields, negated: t.negated) }
        let needsPaper = !idPrefixes.isEmpty || !markTerms.isEmpty || !appearanceTerms.isEmpty
        let n = papers.count
        // Score per paper, or -1 when a text term rules it out: one pass per term over a
        // byte array is cheaper than visiting every term for every paper.
        var score = [Int32](repeating: 0, count: n)
        score.withUnsafeMutableBufferPointer { score in
            // Some terms (a negated word, votes) do not look at `among`: it rules out the rest.
            if let among { for p in 0..<n where among[p] == 0 { score[p] = -1 } }
            for t in textTerms {
                t.hits.withUnsafeBufferPointer { hits in
                    for p in 0..<n {
                        let bits = hits[p] & t.mask
                        if t.negated { if bits != 0 { score[p] = -1 }; continue }
                        if bits == 0 { score[p] = -1; continue }
                        let w = bits & 1 != 0 ? TextField.title.weight : bits & 2 != 0 ? TextField.authors.weight : TextField.summary.weight
                        if score[p] >= 0 { score[p] += w }
                    }
                }
            }
        }
        var result: [Hit] = []
        // Exactly when only text terms decide: grown by doubling, a list of most papers
        // was copied a dozen times. Day, vote and mark terms may keep few of these.
        result.reserveCapacity(needsPaper ? 256 : score.reduce(0) { $0 + ($1 >= 0 ? 1 : 0) })
        // Papers read in place: a copy of one retains and releases its strings.
        papers.withUnsafeBufferPointer { papers in
            paperLoop: for p in 0..<n where score[p] >= 0 {
                let s = scored ? score[p] : 0
                guard needsPaper else { result.append(Hit(paper: p, appearance: 0, score: s)); continue }
                for (prefix, negated, whole) in idPrefixes
                where (whole ? papers[p].id == prefix : papers[p].id.hasPrefix(prefix)) == negated { continue paperLoop }
                if !markTerms.isEmpty {
                    let flags = marks?(p) ?? []
                    for (flag, negated) in markTerms where flags.contains(flag) == negated { continue paperLoop }
                }
                guard let a = Self.chooseAppearance(papers.baseAddress! + p, appearanceTerms) else { continue }
                result.append(Hit(paper: p, appearance: a, score: s))
            }
        }
        return (result, bits)
    }

    /// The newest appearance that satisfies every day and vote condition.
    private static func chooseAppearance(_ paper: UnsafePointer<Paper>, _ terms: [Term]) -> Int? {
        if terms.isEmpty { return 0 }
        outer: for i in 0..<paper.pointee.storedAppearances.count {
            for t in terms {
                let holds: Bool
                switch t.kind {
                case let .votes(r): holds = paper.pointee.storedAppearances.votes(i).map(r.contains) ?? false
                case let .day(r): holds = r.contains(paper.pointee.storedAppearances.day(i))
                default: holds = true
                }
                if holds == t.negated { continue outer }
            }
            return i
        }
        return nil
    }

    // MARK: - Sorting

    public func sort(_ hits: inout [Hit], by order: SortOrder, reversed: Bool = false) {
        if let sorted = keySorted(hits, by: order, reversed: reversed) { hits = sorted; return }
        compareSort(&hits, by: order, reversed: reversed)
    }

    /// The orders as comparisons of two hits: the reference the packed keys agree with,
    /// and the way to sort when they do not fit.
    func compareSort(_ hits: inout [Hit], by order: SortOrder, reversed: Bool = false) {
        let papers = library.papers
        let rank = index.titleRank
        func votes(_ h: Hit) -> Int { papers[h.paper].storedAppearances.votes(h.appearance) ?? -1 }
        func day(_ h: Hit) -> Int32 { papers[h.paper].storedAppearances.day(h.appearance).packed }
        /// Votes high first with unknown last; `flip` turns known votes around, unknown stays last.
        func byVotes(_ a: Hit, _ b: Hit, flip: Bool) -> Bool? {
            let va = votes(a), vb = votes(b)
            if va == vb { return nil }
            if va < 0 || vb < 0 { return vb < 0 }
            return flip ? va < vb : va > vb
        }
        func byDay(_ a: Hit, _ b: Hit, flip: Bool) -> Bool? {
            let da = day(a), db = day(b)
            return da == db ? nil : (flip ? da < db : da > db)
        }
        func byTitle(_ a: Hit, _ b: Hit, flip: Bool) -> Bool {
            flip ? rank[a.paper] > rank[b.paper] : rank[a.paper] < rank[b.paper]
        }
        switch order {
        case .votes:
            hits.sort { a, b in byVotes(a, b, flip: reversed) ?? byDay(a, b, flip: false) ?? byTitle(a, b, flip: false) }
        case .day:
            hits.sort { a, b in byDay(a, b, flip: reversed) ?? byVotes(a, b, flip: false) ?? byTitle(a, b, flip: false) }
        case .title:
            hits.sort { a, b in byTitle(a, b, flip: reversed) }
        case .relevance:
            hits.sort { a, b in
                if a.score != b.score { return reversed ? a.score < b.score : a.score > b.score }
                return byVotes(a, b, flip: false) ?? byDay(a, b, flip: false) ?? byTitle(a, b, flip: false)
            }
        }
    }
}
