/// The searchable text of every paper, folded and laid end to end in one byte buffer.
///
/// Each paper's region is `title 0 authors 0 summary 0`, authors joined by `, ` and bullets
/// by a newline. A term is found by scanning the whole buffer once, and an offset maps
/// back to its paper and field by the start arrays. `initials` has the same layout with
/// each Hangul syllable replaced by its initial consonant.
public struct SearchIndex: Sendable {
    let folded: [UInt8]
    let initials: [UInt8]
    /// Per paper, the offset of its title, authors, summary and (last) of the next paper.
    let titleStart: [Int32]
    let authorsStart: [Int32]
    let summaryStart: [Int32]
    /// Per paper, its rank when papers are ordered by folded title then id: sorting by
    /// title is then sorting integers.
    let titleRank: [Int32]

    public init(_ papers: [Paper]) {
        var folded: [UInt8] = []
        folded.reserveCapacity(papers.count * 2048)
        var titleStart: [Int32] = [], authorsStart: [Int32] = [], summaryStart: [Int32] = []
        titleStart.reserveCapacity(papers.count + 1)
        authorsStart.reserveCapacity(papers.count)
        summaryStart.reserveCapacity(papers.count)
        for paper in papers {
            titleStart.append(Int32(folded.count))
            TextFolding.append(paper.title, to: &folded)
            folded.append(0)
            authorsStart.append(Int32(folded.count))
            for (k, a) in paper.authors.enumerated() {
                if k > 0 { folded.append(0x2C); folded.append(0x20) }
                TextFolding.append(a, to: &folded)
            }
            folded.append(0)
            summaryStart.append(Int32(folded.count))
            for (k, b) in paper.summary.enumerated() {
                if k > 0 { folded.append(0x0A) }
                TextFolding.append(b.text, to: &folded)
            }
            folded.append(0)
        }
        titleStart.append(Int32(folded.count))
        self.folded = folded
        self.initials = TextFolding.initials(of: folded)
        self.titleStart = titleStart
        self.authorsStart = authorsStart
        self.summaryStart = summaryStart

        let order = papers.indices.sorted { a, b in
            let ta = folded[Int(titleStart[a])..<Int(authorsStart[a])]
            let tb = folded[Int(titleStart[b])..<Int(authorsStart[b])]
            if ta.elementsEqual(tb) { return papers[a].id < papers[b].id }
            return ta.lexicographicallyPrecedes(tb)
        }
        var rank = [Int32](repeating: 0, count: papers.count)
        for (r, p) in order.enumerated() { rank[p] = Int32(r) }
        titleRank = rank
    }

    var count: Int { authorsStart.count }

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
