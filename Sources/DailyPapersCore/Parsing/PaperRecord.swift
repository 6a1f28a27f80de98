/// One `### [title](link)` entry of one digest, before papers are merged by arXiv id.
public struct PaperRecord: Hashable, Sendable {
    public var id: String
    public var title: String
    public var day: Day
    public var votes: Int?
    public var authorsTruncated = false
    public var line: Int
    /// Authors, summary and links, packed in the file's store.
    var body: PaperBody

    public var authors: [String] {
        get { body.authors }
        set { body = body.with(authors: newValue) }
    }
    public var thumbnail: String? {
        get { body.thumbnail }
        set { body = body.with(thumbnail: .some(newValue)) }
    }
    public var video: String? {
        get { body.video }
        set { body = body.with(video: .some(newValue)) }
    }
    public var summary: [Bullet] {
        get { body.summary }
        set { body = body.with(summary: newValue) }
    }

    public init(id: String, title: String, day: Day, line: Int) {
        self.init(id: id, title: title, day: day, line: line, body: .empty)
    }

    init(id: String, title: String, day: Day, line: Int, body: PaperBody) {
        self.id = id; self.title = title; self.day = day; self.line = line; self.body = body
    }

    public static func == (a: PaperRecord, b: PaperRecord) -> Bool {
        a.id == b.id && a.title == b.title && a.day == b.day && a.votes == b.votes
            && a.authorsTruncated == b.authorsTruncated && a.line == b.line && a.body.sameValue(as: b.body)
    }

    public func hash(into h: inout Hasher) {
        h.combine(id); h.combine(title); h.combine(day); h.combine(line)
    }
}

/// What one file yielded: its papers in file order, its problems, and whether it held a
/// `## Daily Papers (…)` heading at all (a file without one is not a digest).
public struct ParsedDigest: Sendable {
    public var path: String
    public var records: [PaperRecord] = []
    public var problems: [Problem] = []
    public var isDigest = false
    /// Paper headings outside any section, and the line of the first; the first line that
    /// looks like a damaged section heading (`# Daily Papers (…)`, `## Daily Papers 2024-…`).
    public var outsideSections = 0
    public var firstOutside = 0
    public var damagedHeading = 0
    public init(path: String) { self.path = path }

    /// Why this file gives no papers, when it is not a digest: always for a file named
    /// itself; for one found in a folder (where notes and READMEs may link papers as
    /// digests do) only when it holds papers under a damaged section heading.
    func notADigest(named: Bool) -> Problem? {
        guard !isDigest, named || outsideSections > 0 && damagedHeading > 0 else { return nil }
        let n = outsideSections
        let lost = n == 0 ? "" : "; its \(n) paper\(n == 1 ? " is" : "s are") not read"
        if damagedHeading > 0 {
            return Problem(path: path, line: damagedHeading,
                           message: "not a digest: its heading should read '## Daily Papers (YYYY-MM-DD)'" + lost)
        }
        return Problem(path: path, line: n == 0 ? 0 : firstOutside,
                       message: "not a digest: no '## Daily Papers (YYYY-MM-DD)' heading" + lost)
    }
}
