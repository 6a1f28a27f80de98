import DailyPapersCore

/// One paper of a fetched day, checked and cleaned, ready to be written as a digest entry.
public struct FetchedPaper: Hashable, Sendable {
    /// The arXiv id, without a version suffix.
    public var id: String
    /// One line, NFC, no control characters.
    public var title: String
    /// Upvotes on the day, as the API counted them when asked.
    public var votes: Int
    /// In the API's order, each cleaned like the title.
    public var authors: [String]
    /// An `http(s)` image URL safe inside `![](…)`, when the API gave one.
    public var thumbnail: String?
    /// The AI summary when there is one, else the abstract, one sentence a bullet.
    public var bullets: [String]

    /// A paper as given: the writer does not clean it again.
    public init(id: String, title: String, votes: Int, authors: [String], thumbnail: String?, bullets: [String]) {
        self.id = id; self.title = title; self.votes = votes; self.authors = authors
        self.thumbnail = thumbnail; self.bullets = bullets
    }
}
