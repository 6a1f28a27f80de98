/// A change to the user's marks, for the store to write.
public enum MarkChange: Hashable, Sendable {
    case read(id: String, Bool)
    case starred(id: String, Bool)
    /// nil removes the note.
    case note(id: String, String?)
}
