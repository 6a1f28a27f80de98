import DailyPapersCore

/// The user's marks laid out by paper position, for `is:` and `has:` query terms.
public struct PaperMarks: Sendable {
    public private(set) var flags: [PaperFlags]

    public init(papers: [Paper], marks: [String: PaperMark]) {
        flags = papers.map { p in
            guard let m = marks[p.id] else { return [] }
            var f: PaperFlags = []
            if m.read { f.insert(.read) }
            if m.starred { f.insert(.starred) }
            if m.note != nil { f.insert(.noted) }
            return f
        }
    }

    public subscript(position: Int) -> PaperFlags { flags[position] }
}
