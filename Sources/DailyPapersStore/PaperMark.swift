import Foundation

/// What the user did with one paper, keyed by arXiv id so that it survives digests being
/// moved, edited or fetched again.
public struct PaperMark: Hashable, Sendable {
    public var read = false
    public var starred = false
    /// A free-text note; nil when there is none.
    public var note: String?
    public var readChanged: Date?
    public var starredChanged: Date?
    public var noteChanged: Date?

    public init(read: Bool = false, starred: Bool = false, note: String? = nil) {
        self.read = read; self.starred = starred; self.note = note
    }

    /// True when nothing is recorded: no need to keep a row.
    public var isEmpty: Bool { !read && !starred && note == nil }
}
