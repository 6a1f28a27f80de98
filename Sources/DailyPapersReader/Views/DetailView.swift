import DailyPapersCore

/// The detail pane: everything about the selected paper, wrapped to the pane, scrolled.
public enum DetailView {
    /// Author lines before the list is shortened with `…and N more`.
    static let authorLines = 3

    static func draw(_ state: ReaderState, in rect: Rect, into canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        guard let hit = state.selectedHit else {
            canvas.put(StyledText("Nothing selected.", style: .dim), x: rect.x + 1, y: rect.y + 1, limit: rect.width - 2)
            return
        }
        let query = state.filter.query.hasTextTerms ? state.filter.query : nil
        let highlights = query.map { state.catalog.highlights($0, paper: hit.paper) }
        let width = state.layout.detailTextWidth
        let paper = state.catalog.papers[hit.paper]
        let lines = lines(paper, highlights: highlights, width: width,
                          flags: state.marks[paper.id], note: state.marks.notes[paper.id])
        let top = min(state.detailTop, max(0, lines.count - 1))
        for (k, line) in lines[top...].prefix(rect.height).enumerated() {
            canvas.put(line, x: rect.x + 1, y: rect.y + k, limit: width)
        }
    }

    /// The pane's lines for `paper` at `width` columns (highlights only change styles,
    /// so the count does not depend on them).
    public static func lines(_ paper: Paper, highlights: Highlights?, width: Int,
                             flags: PaperFlags = [], note: String? = nil) -> [StyledText] {
        let w = max(1, width)
        var out: [StyledText] = []
        out += StyledText(digest: paper.title, matches: highlights?.title ?? [], style: .heading).wrapped(to: w)
        out += StyledText(meta(paper), style: .dim).wrapped(to: w)
        out += authors(paper, highlights: highlights, width: w)
        let marks = [flags.contains(.starred) ? "* starred" : nil, flags.contains(.read) ? "read" : "unread"].compactMap { $0 }
        out.append(StyledText(marks.joined(separator: " · "), style: .dim).truncated(to: w))
        if let note {
            out += (StyledText("Note: ", style: .key) + StyledText(digest: note)).wrapped(to: w)
        }
        out.append(StyledText())
        for (key, url) in [("o", paper.absURL), ("p", paper.pdfURL), ("h", paper.hfURL)] {
            out.append((StyledText(key, style: .key) + StyledText(" " + url, style: .dim)).truncated(to: w))
        }
        if let video = paper.video {
            out += (StyledText("video ", style: .dim) + StyledText(digest: video, style: .dim)).wrapped(to: w)
        }
        out += summary(paper, highlights: highlights, width: w)
        return out
    }

    /// `2404.16710 · 2024-04-26 · 27 votes`, every day the paper was featured on.
    static func meta(_ paper: Paper) -> String {
        func votes(_ v: Int?) -> String { v.map { counted($0, "vote") } ?? "votes unknown" }
        if paper.appearances.count == 1 {
            return "\(paper.id) · \(paper.latest.day) · \(votes(paper.latest.votes))"
        }
        return ([paper.id] + paper.appearances.map { "\($0.day): \(votes($0.votes))" }).joined(separator: " · ")
    }

    /// The authors wrapped to at most `authorLines` lines, ending `…and N more` when cut.
    static func authors(_ paper: Paper, highlights: Highlights?, width: Int) -> [StyledText] {
        let names = paper.authors
        guard !names.isEmpty else { return [] }
        let total = names.count
        var count = total
        while true {
            var text = AuthorsText.joined(names, highlights: highlights, style: [], count: count)
            if count < total {
                text += StyledText(" …and \(total - count) more", style: .dim)
            } else if paper.authorsTruncated {
                text += StyledText(", …and more", style: .dim)
            }
            let lines = text.wrapped(to: width)
            if lines.count <= authorLines || count <= 1 { return Array(lines.prefix(authorLines)) }
            count -= 1
        }
    }

    /// Labels as headings (once per run of bullets with the same label), nested bullets indented.
    static func summary(_ paper: Paper, highlights: Highlights?, width: Int) -> [StyledText] {
        var out: [StyledText] = []
        var lastLabel: String?
        for (k, bullet) in paper.summary.enumerated() {
            if let label = bullet.label, label != lastLabel {
                out.append(StyledText())
                out += StyledText(digest: label, style: .heading).wrapped(to: width)
            } else if k == 0 {
                out.append(StyledText())
            }
            lastLabel = bullet.label ?? lastLabel
            let indent = min(2 * bullet.level, max(0, width - 4))
            let textWidth = max(1, width - indent - 2)
            let body = StyledText(digest: bullet.text, matches: highlights?.summary[k] ?? [])
            for (n, line) in body.wrapped(to: textWidth).enumerated() {
                let lead = String(repeating: " ", count: indent) + (n == 0 ? "- " : "  ")
                out.append(StyledText(lead, style: n == 0 ? .dim : []) + line)
            }
        }
        return out
    }
}
