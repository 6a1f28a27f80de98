/// Something the reader wants done outside itself; the terminal layer performs it.
public enum Effect: Hashable, Sendable {
    /// Open an `https` URL (built from a validated arXiv id) in the browser.
    case open(url: String)
    /// Put `text` on the clipboard; `what` names it for the status line.
    case copy(text: String, what: String)
    /// Read the digests from disk again in the background, after
    /// `ReaderState.releaseCatalogForReload()`: `Event.loadedFirst` and `.loadProgress` on
    /// the way, `Event.reloaded` at the end.
    case reload
    /// Fetch the newest days missing from the digest folder, in the background, with
    /// progress as `Event.message` and the end as `Event.fetchFinished`.
    case fetch
    /// Clear the terminal and draw everything again.
    case redraw
    /// Give the terminal back and stop, as Ctrl-z does in a shell; redraw when continued.
    case suspend
    /// Restore the terminal and exit.
    case quit
    /// Write a change of the user's marks to the store (in the background).
    case persist(MarkChange)
    /// Keep a query in the search history.
    case rememberSearch(String)
    /// Edit a paper's note in `$EDITOR`, answering with `Event.noteEdited`.
    case editNote(id: String, text: String)
}
