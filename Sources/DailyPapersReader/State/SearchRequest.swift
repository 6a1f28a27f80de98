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
    /// The answer the list shows now, which this search may start from.
    let after: SearchMemo?

    /// The hits, as a search in the reducer would find them.
    public func run() -> SearchAnswer {
        let papers = catalog.papers, marks = self.marks
        return catalog.answer(query, order: order, reversed: reversed, marks: { marks[papers[$0].id] }, after: after)
    }
}
