import DailyPapersCore

/// A paper's authors as one line of styled text, matches kept.
enum AuthorsText {
    /// `A, B, C`, the first `count` of `names` (a paper's authors, read once by the caller:
    /// `Paper.authors` makes its strings on every read).
    static func joined(_ names: [String], highlights: Highlights?, style: Style, count: Int? = nil) -> StyledText {
        var out = StyledText()
        for k in 0..<min(count ?? names.count, names.count) {
            if k > 0 { out += StyledText(", ", style: style) }
            out += StyledText(digest: names[k], matches: highlights?.authors[k] ?? [], style: style)
        }
        return out
    }
}
