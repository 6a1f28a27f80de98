import DailyPapersCore

/// What the list shows and in which order: the user's query plus the day and vote filters.
public struct Filter: Hashable, Sendable {
    /// The query as typed (empty for none) and its parsed form.
    public var queryText = ""
    public var query = Query()
    /// Only this day, or all days when nil.
    public var day: Day?
    /// Only papers with at least this many votes (0: no vote filter, unknown votes included).
    public var minVotes = 0
    public var sort: SortOrder = .votes
    /// The sort's main key turned around (`v` pressed again).
    public var reversed = false

    public init() {}

    /// The steps of `+` and `-`.
    public static let voteSteps = [0, 5, 10, 20, 50, 100]

    /// The query the catalog runs: the user's terms and the filters as terms.
    public var effectiveQuery: Query {
        var terms = query.terms
        if let day { terms.append(Term(kind: .day(day...day))) }
        if minVotes > 0 { terms.append(Term(kind: .votes(minVotes...Int.max))) }
        return Query(terms: terms)
    }

    /// Relevance only means something while the query searches text.
    public var sortChoices: [SortOrder] {
        query.hasTextTerms ? [.votes, .day, .title, .relevance] : [.votes, .day, .title]
    }
}
