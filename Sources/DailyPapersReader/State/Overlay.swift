/// What sits on top of the list and detail panes and takes the keys.
public enum Overlay: Hashable, Sendable {
    case none
    /// The `/` prompt.
    case search(SearchPrompt)
    /// The `?` key list, scrolled to `top`.
    case help(top: Int)
    /// The `d` day list.
    case dayPicker(DayPicker)
    /// The `m` prompt for a minimum number of votes.
    case minimumVotes(LineEdit, error: String?)
    /// The `N` prompt for a paper's note, when there is no `$EDITOR`.
    case note(LineEdit, id: String)
}

extension Overlay {
    /// The search and number prompts take a line above the status bar.
    public var usesPromptLine: Bool {
        switch self {
        case .search, .minimumVotes, .note: return true
        case .none, .help, .dayPicker: return false
        }
    }
}
