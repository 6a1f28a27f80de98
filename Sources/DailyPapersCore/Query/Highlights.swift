/// Where a query's words matched in one paper, as UTF-8 offsets, so that screens can
/// highlight them. Offsets index `paper.title`, `paper.authors[i]` and `paper.summary[i].text`.
public struct Highlights: Hashable, Sendable {
    public var title: [Range<Int>] = []
    public var authors: [Int: [Range<Int>]] = [:]
    public var summary: [Int: [Range<Int>]] = [:]
    public init() {}
    public var isEmpty: Bool { title.isEmpty && authors.isEmpty && summary.isEmpty }
}

extension Catalog {
    /// The matches of the query's positive text terms in paper `p`, in `fields` (a list
    /// row shows no summary, and splitting matches by bullet makes every bullet's string).
    public func highlights(_ query: Query, paper p: Int, fields: [TextField] = TextField.allCases) -> Highlights {
        var h = Highlights()
        let paper = library.papers[p]
        for term in query.terms where !term.negated {
            guard case let .text(pattern, only) = term.kind else { continue }
            for field in fields where only == nil || only == field {
                let ranges = index.occurrences(pattern, field: field, paper: p)
                guard !ranges.isEmpty else { continue }
                switch field {
                case .title: h.title += ranges
                case .authors: Self.split(ranges, parts: paper.authors.map { $0.utf8.count }, separator: 2, into: &h.authors)
                case .summary: Self.split(ranges, parts: paper.summary.map { $0.text.utf8.count }, separator: 1, into: &h.summary)
                }
            }
        }
        h.title = Self.merged(h.title)
        for k in h.authors.keys { h.authors[k] = Self.merged(h.authors[k]!) }
        for k in h.summary.keys { h.summary[k] = Self.merged(h.summary[k]!) }
        return h
    }

    /// Cuts ranges in a joined text into ranges within each part (clipping at part ends).
    static func split(_ ranges: [Range<Int>], parts: [Int], separator: Int, into out: inout [Int: [Range<Int>]]) {
        var starts: [Int] = []
        var offset = 0
        for length in parts { starts.append(offset); offset += length + separator }
        for r in ranges {
            for (k, start) in starts.enumerated() {
                let end = start + parts[k]
                let lo = max(r.lowerBound, start), hi = min(r.upperBound, end)
                if lo < hi { out[k, default: []].append(lo - start..<hi - start) }
            }
        }
    }

    /// Sorted, with overlapping or touching ranges joined.
    static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = out.last, r.lowerBound <= last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                out.append(r)
            }
        }
        return out
    }
}
