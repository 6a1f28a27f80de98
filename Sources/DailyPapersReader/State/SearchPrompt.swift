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
    /// The list before the prompt opened.
    public let saved: SavedList

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
}
