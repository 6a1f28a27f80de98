import DailyPapersCore

/// A paper's authors as one line of styled text, matches kept.
enum AuthorsText {
    /// `A, B, C` (and `, …` when the digest shortened the list), the first `count` names.
    static func joined(_ paper: Paper, highlights: Highlights?, style: Style, count: Int? = nil) -> StyledText {
        var out = StyledText()
        let n = min(count ?? paper.authors.count, paper.authors.count)
        for k in 0..<n {
            if k > 0 { out += StyledText(", ", style: style) }
            out += StyledText(digest: paper.authors[k], matches: highlights?.authors[k] ?? [], style: style)
        }
        return out
    }
}
