/// Where a piece of a digest came from: a file and a 1-based line.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public let path: String
    public let line: Int
    public init(path: String, line: Int) { self.path = path; self.line = line }
    public var description: String { "\(path):\(line)" }
}

/// One summary bullet: its label (`What's New`) when it has one, its nesting level
/// (0 for a top-level bullet) and its text without Markdown markers.
public struct Bullet: Hashable, Sendable {
    public var label: String?
    public var level: Int
    public var text: String
    public init(label: String? = nil, level: Int = 0, text: String) {
        self.label = label; self.level = level; self.text = text
    }
}

/// One day on which a paper was featured.
public struct Appearance: Hashable, Sendable {
    public let day: Day
    /// In a catalog's paper, set where the title is the paper's own (`title` is then empty
    /// here, and `Paper.appearances` fills it in): the title is held once, in the index.
    /// Declared here, it fills padding after `day`.
    var inheritsTitle = false
    /// Upvotes on that day; nil when the digest does not say (`Vote: -` or no line), which is not 0.
    public var votes: Int?
    /// The title exactly as written on that day.
    public var title: String
    public let source: SourceLocation
    public init(day: Day, votes: Int?, title: String, source: SourceLocation) {
        self.day = day; self.votes = votes; self.title = title; self.source = source
    }
}

/// A paper, identified by its arXiv id, with every day it was featured on.
///
/// Title, authors, links and summary are those of its newest appearance; `appearances`
/// is kept newest first. Authors, summary and links are kept packed (`PaperBody`) and
/// made into strings when read; a catalog's paper reads its title from the index's text
/// too (`PaperBody.holdsTitle`).
public struct Paper: Hashable, Sendable {
    public let id: String
    /// The title, unless the body holds it (then empty).
    var ownTitle: String
    /// The digest shortened the author list with `+`.
    public var authorsTruncated: Bool
    /// Newest first; in a catalog, those with the paper's title inherit it.
    var storedAppearances: AppearanceList
    var body: PaperBody

    public var title: String {
        get { body.holdsTitle ? body.title : ownTitle }
        set {
            // The body's text can no longer answer for it: the parts move to a body of their
            // own, and the appearances keep the title they had.
            if body.holdsTitle {
                storedAppearances = AppearanceList(appearances)
                body = body.with()
            }
            ownTitle = newValue
        }
    }

    /// The title's length in UTF-8 bytes, without making the string.
    var titleByteCount: Int { body.holdsTitle ? body.titleRange.count : ownTitle.utf8.count }

    public var appearances: [Appearance] {
        get {
            guard storedAppearances.contains(where: \.inheritsTitle) else { return Array(storedAppearances) }
            let title = self.title
            return storedAppearances.map { a in
                guard a.inheritsTitle else { return a }
                var own = a
                own.title = title
                own.inheritsTitle = false
                return own
            }
        }
        set { storedAppearances = AppearanceList(newValue) }
    }

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

    public init(id: String, title: String, authors: [String] = [], authorsTruncated: Bool = false,
                thumbnail: String? = nil, video: String? = nil, summary: [Bullet] = [],
                appearances: [Appearance]) {
        self.init(id: id, title: title, authorsTruncated: authorsTruncated, appearances: appearances,
                  body: PaperBody(authors: authors, summary: summary, thumbnail: thumbnail, video: video))
    }

    /// `title` is empty when `body` holds it, and `appearances` may inherit it.
    init(id: String, title: String, authorsTruncated: Bool, appearances: [Appearance], body: PaperBody) {
        self.id = id; self.ownTitle = title; self.authorsTruncated = authorsTruncated
        self.storedAppearances = AppearanceList(appearances); self.body = body
    }

    public static func == (a: Paper, b: Paper) -> Bool {
        a.id == b.id && a.title == b.title && a.authorsTruncated == b.authorsTruncated
            && a.appearances == b.appearances && a.body.sameValue(as: b.body)
    }

    public func hash(into h: inout Hasher) {
        h.combine(id); h.combine(title); h.combine(appearances)
    }

    /// The newest appearance.
    public var latest: Appearance { appearances[0] }
    public var absURL: String { ArxivID.absURL(id) }
    public var pdfURL: String { ArxivID.pdfURL(id) }
    public var hfURL: String { ArxivID.hfURL(id) }
}

/// Something wrong in the input, reported as `path:line: message`.
public struct Problem: Hashable, Sendable, CustomStringConvertible {
    public let path: String
    /// 0 when the problem concerns the whole file.
    public let line: Int
    public let message: String
    public init(path: String, line: Int, message: String) {
        self.path = path; self.line = line; self.message = message
    }
    public var description: String { line > 0 ? "\(path):\(line): \(message)" : "\(path): \(message)" }
}
