/// How a list of papers is written for people and for programs.
public enum PaperFormat: String, CaseIterable, Sendable {
    /// Aligned columns for people.
    case table
    /// One JSON array.
    case json
    /// One JSON object a line.
    case jsonl
    /// Tab-separated values with a header line.
    case tsv
}

/// Writes papers (with the appearance a query selected) in each `PaperFormat`.
public struct PaperWriter {
    public let papers: [Paper]
    /// The terminal's width when writing to one: table rows are then cut to fit.
    public var width: Int?

    public init(papers: [Paper], width: Int? = nil) { self.papers = papers; self.width = width }

    public func write(_ hits: [Hit], format: PaperFormat, to out: (String) -> Void) {
        switch format {
        case .json:
            out("[")
            for (k, h) in hits.enumerated() { out((k == 0 ? "\n" : ",\n") + json(h)) }
            out(hits.isEmpty ? "]\n" : "\n]\n")
        case .jsonl:
            for h in hits { out(json(h) + "\n") }
        case .tsv:
            out("id\tday\tvotes\ttitle\tauthors\turl\n")
            for h in hits { out(tsv(h) + "\n") }
        case .table:
            for line in table(hits) { out(line + "\n") }
        }
    }

    // MARK: - JSON

    /// One paper as a JSON object; `day`, `title`, `votes` and `source` come from the hit's
    /// appearance (the newest one unless a day or vote filter chose another).
    /// `extra` adds fields at the end of the object (the user's marks, in `export`).
    public func json(_ h: Hit, extra: ((inout JSONWriter) -> Void)? = nil) -> String {
        let p = papers[h.paper]
        let a = p.appearances[h.appearance]
        var w = JSONWriter()
        w.beginObject()
        w.field("id", p.id)
        w.field("title", a.title)
        w.field("url", p.absURL)
        w.field("pdf", p.pdfURL)
        w.field("hf", p.hfURL)
        w.field("day", a.day.description)
        w.key("days"); w.beginArray(); for x in p.appearances { w.string(x.day.description) }; w.endArray()
        w.field("votes", a.votes)
        w.key("authors"); w.beginArray(); for name in p.authors { w.string(name) }; w.endArray()
        w.field("authorsTruncated", p.authorsTruncated)
        w.field("thumbnail", p.thumbnail)
        w.field("video", p.video)
        w.key("summary"); w.beginArray()
        for b in p.summary {
            w.beginObject(); w.field("label", b.label); w.field("level", b.level); w.field("text", b.text); w.endObject()
        }
        w.endArray()
        w.field("source", a.source.description)
        w.key("appearances"); w.beginArray()
        for x in p.appearances {
            w.beginObject()
            w.field("day", x.day.description); w.field("votes", x.votes)
            w.field("title", x.title); w.field("source", x.source.description)
            w.endObject()
        }
        w.endArray()
        extra?(&w)
        w.endObject()
        return w.output
    }

    // MARK: - TSV

    public func tsv(_ h: Hit) -> String {
        let p = papers[h.paper]
        let a = p.appearances[h.appearance]
        func cell(_ s: String) -> String { Sanitised.inert(s) }
        return [p.id, a.day.description, a.votes.map(String.init) ?? "",
                cell(a.title), cell(p.authors.joined(separator: ", ")), p.absURL].joined(separator: "\t")
    }

    // MARK: - Table

    /// Columns: votes, day, id, title, authors. Titles and authors are cut with `…` to
    /// the width when there is one; columns align by display width.
    public func table(_ hits: [Hit]) -> [String] {
        let rows = hits.map { h -> (votes: String, day: String, id: String, title: String, authors: String) in
            let p = papers[h.paper]
            let a = p.appearances[h.appearance]
            let authors = p.authors.joined(separator: ", ") + (p.authorsTruncated ? ", …" : "")
            return (a.votes.map(String.init) ?? "-", a.day.description, p.id,
                    Sanitised.inert(a.title), Sanitised.inert(authors))
        }
        let idWidth = max(2, rows.map { $0.id.count }.max() ?? 0)
        let votesWidth = max(5, rows.map { $0.votes.count }.max() ?? 0)
        let fixed = votesWidth + 2 + 10 + 2 + idWidth + 2
        var titleWidth = max(5, rows.map { DisplayWidth.of($0.title) }.max() ?? 0)
        var authorsWidth: Int? = nil
        if let width {
            // Titles get up to 70% of what is left, authors the rest.
            let room = max(10, width - fixed)
            titleWidth = min(titleWidth, max(10, room * 7 / 10))
            authorsWidth = max(0, room - titleWidth - 2)
        }
        func line(_ v: String, _ d: String, _ i: String, _ t: String, _ au: String) -> String {
            var s = DisplayWidth.pad(v, to: votesWidth, right: true) + "  " + DisplayWidth.pad(d, to: 10)
                + "  " + DisplayWidth.pad(i, to: idWidth) + "  " + DisplayWidth.pad(t, to: titleWidth)
            if let aw = authorsWidth {
                if aw > 0 { s += "  " + DisplayWidth.truncate(au, to: aw) }
            } else {
                s += "  " + au
            }
            let trimmed = String(s.reversed().drop(while: { $0 == " " }).reversed())
            // The column floors above can exceed a narrow terminal: the line itself is the last cut.
            return width.map { DisplayWidth.truncate(trimmed, to: $0) } ?? trimmed
        }
        var out = [line("VOTES", "DAY", "ID", "TITLE", "AUTHORS")]
        for r in rows { out.append(line(r.votes, r.day, r.id, r.title, r.authors)) }
        return out
    }
}
