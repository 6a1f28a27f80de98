import Synchronization

/// A library with its search index: what the command line and the reader query.
public struct Catalog: Sendable {
    public let library: Library
    public let index: SearchIndex
    /// Which catalog this is, for the copies of it: a search's memo (`SearchMemo`) serves
    /// only searches of the catalog it came from.
    let identity = Self.identities.add(1, ordering: .relaxed).newValue

    private static let identities = Atomic<UInt64>(0)

    /// Takes the library over: its papers' authors and summaries are then read from the
    /// index's text, and the library's own copy of them is freed here, unless the caller
    /// keeps the library (which then keeps its copy). `progress` hears how far the build is.
    public init(_ library: consuming Library, progress: IndexProgress? = nil) {
        var library = consume library
        let layout = IndexBuilder.layout(library.papers)
        let folded = IndexBuilder.text(&library.papers, layout, progress: progress)
        self.library = library
        self.index = SearchIndex(library.papers, layout: layout, folded: folded, progress: progress)
        // The passes' scratch (ranks' orders, chunks' capital maps) is freed in pieces
        // glibc keeps: returned, the common words then start 3 MB lower (at 100k papers).
        if layout.total >= 16 << 20 { FreedMemory.giveBack() }
    }

    /// A catalog read back from an index cache.
    init(library: Library, index: SearchIndex) {
        self.library = library; self.index = index
    }

    public var papers: [Paper] { library.papers }

    /// Makes searches for words that most papers hold fast (see `CommonWords`): a pass over
    /// all the text, worth it for a reader that runs many searches, not for one query.
    /// Every copy of this catalog gains it; searches are the same before and after.
    /// `stop`, asked as it goes, gives the pass up, leaving the catalog without them.
    public func indexCommonWords(stop: @Sendable () -> Bool = { false }) {
        index.learnCommonWords(stop: stop)
    }

    /// Whether `indexCommonWords` has run (or the catalog was read from a cache with them).
    public var hasCommonWords: Bool { index.commonWords.isFilled }

    /// No papers: what a reader shows while the digests are still being read.
    public static let empty = Catalog(Library(papers: [], problems: [], digestFiles: 0))
}

/// One paper in a result: its position in `Library.papers`, the appearance that the
/// query selected (the newest one within its day and vote conditions) and its relevance
/// (0 when the search was sorted otherwise, which does not need it).
///
/// Kept in 32 bits each (12 bytes, not 24): a search that lists most of a million papers
/// writes, sorts and copies a million hits.
public struct Hit: Hashable, Sendable {
    private let storedPaper: Int32
    private let storedAppearance: Int32
    public let score: Int32
    public var paper: Int { Int(storedPaper) }
    public var appearance: Int { Int(storedAppearance) }
    public init(paper: Int, appearance: Int, score: Int32) {
        storedPaper = Int32(paper); storedAppearance = Int32(appearance); self.score = score
    }
}

/// Orders for a list of papers.
public enum SortOrder: String, CaseIterable, Sendable {
    /// Votes high first, unknown last: the order of the Hugging Face page.
    case votes
    /// Newest day first.
    case day
    /// Title A to Z, ignoring case.
    case title
    /// Title hits above author hits above summary hits, then votes.
    case relevance
}
