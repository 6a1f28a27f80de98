/// Where the user was when the reader last closed: restored at the next start.
public struct SessionSnapshot: Hashable, Sendable {
    public var query = ""
    public var sort = "votes"
    public var reversed = false
    /// `YYYY-MM-DD`, or nil for all days.
    public var day: String?
    public var minVotes = 0
    /// The arXiv id of the selected paper.
    public var selected: String?

    public init() {}

    var pairs: [(String, String)] {
        [("query", query), ("sort", sort), ("reversed", reversed ? "1" : "0"), ("day", day ?? ""),
         ("minVotes", String(minVotes)), ("selected", selected ?? "")]
    }

    init(pairs: [String: String]) {
        query = pairs["query"] ?? ""
        sort = pairs["sort"] ?? "votes"
        reversed = pairs["reversed"] == "1"
        day = pairs["day"].flatMap { $0.isEmpty ? nil : $0 }
        minVotes = pairs["minVotes"].flatMap(Int.init) ?? 0
        selected = pairs["selected"].flatMap { $0.isEmpty ? nil : $0 }
    }
}
