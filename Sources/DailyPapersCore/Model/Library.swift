/// Every paper loaded from a set of digests, with its days and the problems found.
public struct Library: Sendable {
    /// Papers in the order their first appearance was read (files in path order).
    public internal(set) var papers: [Paper]
    /// Every day with papers, oldest first.
    public let days: [DaySummary]
    public let problems: [Problem]
    /// Digest files read (files that held a `## Daily Papers` heading).
    public let digestFiles: Int
    /// Paper headings read, before merging by arXiv id.
    public let appearanceCount: Int
    private let positions: PositionTable

    /// `positions` and `days`, when given, are what this would compute from `papers` (an
    /// index cache computes them beside its papers).
    init(papers: [Paper], problems: [Problem], digestFiles: Int, positions known: PositionTable? = nil,
         days knownDays: [DaySummary]? = nil) {
        self.papers = papers
        self.problems = problems
        self.digestFiles = digestFiles
        positions = known ?? PositionTable(count: papers.count) { papers[$0].id }
        if let knownDays {
            days = knownDays
        } else {
            var tally = DayTally()
            // Read in place: `for paper in papers` copied each paper, a retain per part.
            papers.withUnsafeBufferPointer { papers in
                for p in papers.indices {
                    for k in 0..<papers[p].storedAppearances.count {
                        tally.add(papers[p].storedAppearances.day(k), votes: papers[p].storedAppearances.votes(k))
                    }
                }
            }
            days = tally.summaries
        }
        appearanceCount = days.reduce(0) { $0 + $1.papers }
    }

    /// The position in `papers` of the paper with this arXiv id (any version suffix ignored).
    public func position(of id: String) -> Int? {
        let key = ArxivID.normalise(id[...]) ?? id
        return papers.withUnsafeBufferPointer { papers in positions.position(of: key) { papers[$0].id } }
    }

    /// The id table's size, for `Catalog.footprint`.
    var positionTableBytes: Int { positions.byteCount }

    public func paper(_ id: String) -> Paper? { position(of: id).map { papers[$0] } }
}

/// One day: how many papers it featured and the highest vote among them.
public struct DaySummary: Hashable, Sendable {
    public let day: Day
    public var papers: Int
    public var topVotes: Int?
}

/// Counts appearances into day summaries, from papers or from a cache's columns.
struct DayTally {
    private var perDay: [Day: DaySummary] = [:]

    mutating func add(_ day: Day, votes: Int?) {
        var s = perDay[day] ?? DaySummary(day: day, papers: 0, topVotes: nil)
        s.papers += 1
        if let v = votes { s.topVotes = max(s.topVotes ?? v, v) }
        perDay[day] = s
    }

    /// Oldest first.
    var summaries: [DaySummary] { perDay.values.sorted { $0.day < $1.day } }
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
        let count = papers.count
        let at = positionByID[r.id, default: count]
        guard at < count else {
            positionByID[r.id] = count
            papers.append(Paper(id: r.id, title: r.title, authorsTruncated: r.authorsTruncated,
                                appearances: [appearance], body: r.body))
            return
        }
        // In place: a copy of the paper would make its appearances be copied too.
        papers.withUnsafeMutableBufferPointer { papers in
            // The same paper twice on one day (a publisher's second run): one appearance.
            if let same = papers[at].storedAppearances.firstIndex(where: { $0.day == r.day }) {
                if papers[at].storedAppearances[same].votes == nil { papers[at].storedAppearances[same].votes = r.votes }
                return
            }
            papers[at].storedAppearances.append(appearance)
            papers[at].storedAppearances.sort { $0.day > $1.day }
            guard papers[at].storedAppearances[0].day == r.day else { return }
            papers[at].title = r.title
            let old = papers[at].body, new = r.body
            if new.hasAuthors { papers[at].authorsTruncated = r.authorsTruncated }
            // The newer record's parts win where it has them; its body is used as it is
            // unless the older one must fill a gap.
            if (new.hasAuthors || !old.hasAuthors) && (new.hasSummary || !old.hasSummary)
                && (new.hasThumbnail || !old.hasThumbnail) && (new.hasVideo || !old.hasVideo) {
                papers[at].body = new
            } else {
                papers[at].body = PaperBody(authors: new.hasAuthors ? new.authors : old.authors,
                                            summary: new.hasSummary ? new.summary : old.summary,
                                            thumbnail: new.thumbnail ?? old.thumbnail,
                                            video: new.video ?? old.video)
            }
        }
    }

    func build() -> Library {
        Library(papers: papers, problems: problems, digestFiles: digestFiles)
    }
}
