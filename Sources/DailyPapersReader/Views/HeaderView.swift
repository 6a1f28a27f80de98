import DailyPapersCore

/// The top line: what the list shows.
enum HeaderView {
    static func draw(_ state: ReaderState, in rect: Rect, into canvas: inout Canvas) {
        canvas.fill(rect, style: .chrome)
        canvas.put(text(state).truncated(to: rect.width - 2), x: rect.x + 1, y: rect.y, limit: rect.width - 2, style: .chrome)
    }

    /// `dailypapers │ all days · 10 of 10 papers · by votes ↓ · ≥ 5 votes · /layer`
    static func text(_ state: ReaderState) -> StyledText {
        let f = state.filter
        var parts = [f.day.map(\.description) ?? "all days"]
        let total = state.catalog.papers.count
        let shown = state.hits.count
        parts.append(shown == total ? counted(total, "paper") : "\(shown) of \(counted(total, "paper"))")
        let arrow: String
        switch f.sort {
        case .title: arrow = f.reversed ? "Z–A" : "A–Z"
        case .day: arrow = f.reversed ? "oldest first" : "newest first"
        case .votes, .relevance: arrow = f.reversed ? "↑" : "↓"
        }
        parts.append("by \(f.sort.label) \(arrow)")
        if f.minVotes > 0 { parts.append("≥ " + counted(f.minVotes, "vote")) }
        if let loading = state.loading { parts.append(loading.label) }
        if state.searchPending { parts.append("searching…") }
        var out = StyledText("dailypapers", style: .heading) + StyledText(" │ " + parts.joined(separator: " · "))
        if !f.queryText.isEmpty {
            out += StyledText(" · /") + StyledText(digest: f.queryText)
        }
        return out
    }
}
