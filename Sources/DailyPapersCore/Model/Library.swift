/// Every paper loaded from a set of digests, with its days and the problems found.
public struct Library: Sendable {
    /// Papers in the order their first appearance was read (files in path order).
    public let papers: [Paper]
    /// Every day with papers, oldest first.
    public let days: [DaySummary]
    public let problems: [Problem]
    /// Digest files read (files that held a `## Daily Papers` heading).
    public let digestFiles: Int
    /// Paper headings read, before merging by arXiv id.
    public let appearanceCount: Int
    private let positionByID: [String: Int]

    init(papers: [Paper], problems: [Problem], digestFiles: Int) {
        self.papers = papers
        self.problems = problems
        self.digestFiles = digestFiles
        var byID: [String: Int] = [:]
        byID.reserveCapacity(papers.count)
        var perDay: [Day: DaySummary] = [:]
        var appearances = 0
        for (i, paper) in papers.enumerated() {
            byID[paper.id] = i
            for a in paper.appearances {
                appearances += 1
                var s = perDay[a.day] ?? DaySummary(day: a.day, papers: 0, topVotes: nil)
                s.papers += 1
                if let v = a.votes { s.topVotes = max(s.topVotes ?? v, v) }
                perDay[a.day] = s
            }
        }
        positionByID = byID
        appearanceCount = appearances
        days = perDay.values.sorted { $0.day < $1.day }
    }

    /// The position in `papers` of the paper with this arXiv id (any version suffix ignored).
    public func position(of id: String) -> Int? {
        let key = ArxivID.normalise(id[...]) ?? id
        return positionByID[key]
    }

    public func paper(_ id: String) -> Paper? { position(of: id).map { papers[$0] } }
}

/// One day: how many papers it featured and the highest vote among them.
public struct DaySummary: Hashable, Sendable {
    public let day: Day
    public var papers: Int
    public var topVotes: Int?
}

/// Merges parsed digests into papers keyed by arXiv id.
struct LibraryBuilder {
    var papers: [Paper] = []
    var problems: [Problem] = []
    var digestFiles = 0
    private var positionByID: [String: Int] = [:]

    mutating func add(_ digest: ParsedDigest) {
        digestFiles += 1
        problems.append(contentsOf: digest.problems)
        for record in digest.records { add(record, path: digest.path) }
    }

    private mutating func add(_ r: PaperRecord, path: String) {
        let appearance = Appearance(day: r.day, votes: r.votes, title: r.title,
                                    source: SourceLocation(path: path, line: r.line))
        guard let at = positionByID[r.id] else {
            positionByID[r.id] = papers.count
            papers.append(Paper(id: r.id, title: r.title, authors: r.authors,
                                authorsTruncated: r.authorsTruncated, thumbnail: r.thumbnail,
                                video: r.video, summary: r.summary, appearances: [appearance]))
            return
        }
        var paper = papers[at]
        // The same paper twice on one day (a publisher's second run): one appearance.
        if let same = paper.appearances.firstIndex(where: { $0.day == r.day }) {
            if paper.appearances[same].votes == nil { paper.appearances[same].votes = r.votes }
            papers[at] = paper
            return
        }
        paper.appearances.append(appearance)
        paper.appearances.sort { $0.day > $1.day }
        if paper.appearances[0].day == r.day {
            paper.title = r.title
            if !r.authors.isEmpty { paper.authors = r.authors; paper.authorsTruncated = r.authorsTruncated }
            if !r.summary.isEmpty { paper.summary = r.summary }
            paper.thumbnail = r.thumbnail ?? paper.thumbnail
            paper.video = r.video ?? paper.video
        }
        papers[at] = paper
    }

    func build() -> Library {
        Library(papers: papers, problems: problems, digestFiles: digestFiles)
    }
}
