import DailyPapersCore

/// The top line: what the list shows.
enum HeaderView {
    static func draw(_ state: ReaderState, in rect: Rect, into canvas: inout Canvas) {
        canvas.fill(rect, style: .chrome)
        let width = rect.width - 2
        canvas.put(text(state, width: width).truncated(to: width), x: rect.x + 1, y: rect.y, limit: width, style: .chrome)
    }

    /// `dailypapers │ all days · 10 of 10 papers · by votes ↓ · ≥ 5 votes · /layer`; when that
    /// is wider than `width`, the name goes, the query comes before the load's progress and
    /// the order goes last: the day, the votes and the query say which papers are listed,
    /// and were cut off first.
    static func text(_ state: ReaderState, width: Int = .max) -> StyledText {
        let f = state.filter
        let total = state.catalog.papers.count
        let shown = state.hits.count
        let parts = [StyledText(f.day.map(\.description) ?? "all days"),
                     StyledText(shown == total ? counted(total, "paper") : "\(shown) of \(counted(total, "paper"))")]
        let arrow: String
        switch f.sort {
        case .title: arrow = f.reversed ? "Z–A" : "A–Z"
        case .day: arrow = f.reversed ? "oldest first" : "newest first"
        case .votes, .relevance: arrow = f.reversed ? "↑" : "↓"
        }
        let order = StyledText("by \(f.sort.label) \(arrow)")
        var filters: [StyledText] = [], progress: [StyledText] = []
        if f.minVotes > 0 { filters.append(StyledText("≥ " + counted(f.minVotes, "vote"))) }
        if let loading = state.loading { progress.append(StyledText(loading.label)) }
        if state.searchPending { progress.append(StyledText("searching…")) }
        let query = f.queryText.isEmpty ? [] : [StyledText("/") + StyledText(digest: f.queryText)]
        let name = StyledText("dailypapers", style: .heading) + StyledText(" │ ")
        let full = name + joined(parts + [order] + filters + progress + query)
        guard full.width > width else { return full }
        // Narrow: what is listed first, then how far the work is, the order last.
        return joined(parts + filters + query + progress + [order])
    }

    private static func joined(_ parts: [StyledText]) -> StyledText {
        var out = StyledText()
        for (k, part) in parts.enumerated() { out += k == 0 ? part : StyledText(" · ") + part }
        return out
    }
}
