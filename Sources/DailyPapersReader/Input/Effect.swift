/// Something the reader wants done outside itself; the terminal layer performs it.
public enum Effect: Hashable, Sendable {
    /// Open an `https` URL (built from a validated arXiv id) in the browser.
    case open(url: String)
    /// Put `text` on the clipboard; `what` names it for the status line.
    case copy(text: String, what: String)
    /// Read the digests from disk again and answer with `Event.reloaded`.
    case reload
    /// Clear the terminal and draw everything again.
    case redraw
    /// Restore the terminal and exit.
    case quit
}
