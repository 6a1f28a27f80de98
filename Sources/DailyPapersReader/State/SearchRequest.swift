import DailyPapersCore

/// A search from the `/` prompt handed to another thread, so that typing never waits for
/// it: everything it reads is a copy, and `generation` tells whether its answer is still
/// wanted when it comes back (`Event.searched`).
public struct SearchRequest: Sendable {
    public let generation: Int
    let catalog: Catalog
    let query: Query
    let order: SortOrder
    let reversed: Bool
    let marks: UserMarks

    /// The hits, as `ReaderState.runSearch` would find them.
    public func run() -> [Hit] {
        let papers = catalog.papers, marks = self.marks
        return catalog.search(query, order: order, reversed: reversed, marks: { marks[papers[$0].id] })
    }
}
