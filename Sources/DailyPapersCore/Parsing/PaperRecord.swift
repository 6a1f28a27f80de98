/// One `### [title](link)` entry of one digest, before papers are merged by arXiv id.
public struct PaperRecord: Hashable, Sendable {
    public var id: String
    public var title: String
    public var day: Day
    public var votes: Int?
    public var authors: [String] = []
    public var authorsTruncated = false
    public var thumbnail: String?
    public var video: String?
    public var summary: [Bullet] = []
    public var line: Int

    public init(id: String, title: String, day: Day, line: Int) {
        self.id = id; self.title = title; self.day = day; self.line = line
    }
}

/// What one file yielded: its papers in file order, its problems, and whether it held a
/// `## Daily Papers (…)` heading at all (a file without one is not a digest).
public struct ParsedDigest: Sendable {
    public var path: String
    public var records: [PaperRecord] = []
    public var problems: [Problem] = []
    public var isDigest = false
    public init(path: String) { self.path = path }
}
