import DailyPapersCore

/// The list pane: one paper a row, only the visible rows drawn.
enum ListView {
    static func draw(_ state: ReaderState, in rect: Rect, into canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        if state.hits.isEmpty {
            drawEmpty(state, in: rect, into: &canvas)
            return
        }
        let query = state.filter.query.hasTextTerms ? state.filter.query : nil
        let end = min(state.hits.count, state.listTop + rect.height)
        for row in state.listTop..<max(state.listTop, end) {
            let hit = state.hits[row]
            let y = rect.y + row - state.listTop
            let highlights = query.map { state.catalog.highlights($0, paper: hit.paper, fields: [.title, .authors]) }
            let paper = state.catalog.papers[hit.paper]
            let line = self.row(paper, appearance: hit.appearance, flags: state.marks[paper.id],
                                highlights: highlights, width: rect.width)
            let selected = row == state.selected
            if selected { canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: .selected) }
            canvas.put(line, x: rect.x, y: y, limit: rect.width, style: selected ? .selected : [])
        }
    }

    /// `N*+  27 2024-04-26 Title  Authors…`, fitted to `width` columns: `N` unread, `*`
    /// starred, `+` has a note (plain ASCII, so that every terminal gives them one column).
    static func row(_ paper: Paper, appearance: Int, flags: PaperFlags, highlights: Highlights?, width: Int) -> StyledText {
        let a = paper.appearances[appearance]
        let votes = a.votes.map(String.init) ?? "-"
        var line = StyledText(flags.contains(.read) ? " " : "N", style: .key)
            + StyledText(flags.contains(.starred) ? "*" : " ", style: .key)
            + StyledText(flags.contains(.noted) ? "+" : " ", style: .dim)
        line += StyledText(String(repeating: " ", count: max(0, 3 - votes.count)) + votes + " ", style: .key)
        line += StyledText(a.day.description + " ", style: .dim)
        let room = width - line.width
        guard room > 0 else { return line.truncated(to: width) }
        // Highlights fit the paper's title, not another one it had that day. (A catalog's
        // paper makes its title from the index's text at each read: read once here.)
        let title = StyledText(digest: a.title, matches: a.title == paper.title ? highlights?.title ?? [] : [])
        if title.width >= room { return line + title.truncated(to: room) }
        line += title
        let left = room - title.width - 2
        // Fewer than a few columns of names would be noise.
        let names = paper.authors
        guard left >= 6, !names.isEmpty else { return line }
        line += StyledText("  ") + AuthorsText.joined(names, highlights: highlights, style: .dim).truncated(to: left)
        return line
    }

    static func drawEmpty(_ state: ReaderState, in rect: Rect, into canvas: inout Canvas) {
        let f = state.filter
        let empty = state.loading != nil ? "Reading the digests…" : "No papers loaded."
        var lines = [state.catalog.papers.isEmpty ? empty : "No paper matches."]
        // With no papers at all (none read yet, or the paths held no digests), no filter
        // is what hides them: undoing one would change nothing.
        if !state.catalog.papers.isEmpty {
            if !f.queryText.isEmpty { lines.append("Esc clears the query, / edits it") }
            if f.day != nil { lines.append("a shows all days") }
            if f.minVotes > 0 { lines.append("- lowers the minimum of votes") }
        }
        for (k, text) in lines.enumerated() where k + 1 < rect.height {
            canvas.put(StyledText(text, style: k == 0 ? .heading : .dim).truncated(to: rect.width - 2),
                       x: rect.x + 2, y: rect.y + 1 + k, limit: rect.width - 2)
        }
    }
}
