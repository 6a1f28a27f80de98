/// A paper's appearances, newest first: the first held in the paper, the others (few papers
/// have any) in an array.
///
/// Nearly every paper is featured once; an array of one appearance cost 112 bytes of heap
/// (header, element and the allocator's own) beside the paper, 11 MB at 100,000 papers.
/// The first is a plain stored value, not an optional, so that reading its day or votes
/// copies nothing (an optional's payload was copied whole, its strings retained and
/// released, and filters over every paper ran six times slower); an empty list holds a
/// placeholder on `Day.none`, which no digest's day packs to.
struct AppearanceList: RandomAccessCollection, MutableCollection, Sendable {
    private var head: Appearance
    private var rest: [Appearance]

    private static let placeholder = Appearance(day: .none, votes: nil, title: "", source: SourceLocation(path: "", line: 0))

    init<S: Sequence<Appearance>>(_ all: S) {
        var it = all.makeIterator()
        head = it.next() ?? Self.placeholder
        rest = []
        while let a = it.next() { rest.append(a) }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { head.day == .none ? 0 : 1 + rest.count }

    subscript(i: Int) -> Appearance {
        get {
            precondition(i >= 0 && i < endIndex, "index out of range")
            return i == 0 ? head : rest[i - 1]
        }
        set {
            precondition(i >= 0 && i < endIndex, "index out of range")
            if i == 0 { head = newValue } else { rest[i - 1] = newValue }
        }
    }

    /// The day and votes of appearance `i` (`i < count`), read in place.
    @inline(__always)
    func day(_ i: Int) -> Day { i == 0 ? head.day : rest[i - 1].day }

    @inline(__always)
    func votes(_ i: Int) -> Int? { i == 0 ? head.votes : rest[i - 1].votes }

    mutating func append(_ a: Appearance) {
        if head.day == .none { head = a } else { rest.append(a) }
    }

    /// Whether some of the others are held in an array of their own.
    var hasMore: Bool { !rest.isEmpty }
}
