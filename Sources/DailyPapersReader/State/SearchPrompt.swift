import DailyPapersCore

/// The `/` prompt: the line being typed and what to go back to on `Esc`.
public struct SearchPrompt: Hashable, Sendable {
    public var line: LineEdit
    /// Why the text does not parse; the list then stays as it was.
    public var error: QueryError?
    /// The position in the history being shown by Up/Down, nil while typing.
    public var historyIndex: Int?
    /// What was typed before Up recalled an earlier query.
    public var draft = ""
    /// The list before the prompt opened (found again when the catalog is replaced).
    public internal(set) var saved: SavedList

    public init(text: String, saved: SavedList) {
        line = LineEdit(text)
        self.saved = saved
    }
}

/// A list and its selection, kept to be put back unchanged.
public struct SavedList: Hashable, Sendable {
    public var filter: Filter
    public var hits: [Hit]
    public var selected: Int
    public var listTop: Int

    /// The id of the paper selected in it, in the catalog it was found in.
    func selectedID(in catalog: Catalog) -> String? {
        hits.indices.contains(selected) ? catalog.papers[hits[selected].paper].id : nil
    }
}
