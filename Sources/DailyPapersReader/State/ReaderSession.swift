import DailyPapersCore

/// Where the user was: saved when the reader closes and put back at the next start.
public struct ReaderSession: Hashable, Sendable {
    public var query = ""
    public var sort: SortOrder = .votes
    public var reversed = false
    public var day: Day?
    public var minVotes = 0
    /// The arXiv id of the selected paper.
    public var selected: String?

    public init(query: String = "", sort: SortOrder = .votes, reversed: Bool = false,
                day: Day? = nil, minVotes: Int = 0, selected: String? = nil) {
        self.query = query; self.sort = sort; self.reversed = reversed
        self.day = day; self.minVotes = minVotes; self.selected = selected
    }
}
