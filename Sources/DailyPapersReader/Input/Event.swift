import DailyPapersCore

/// Everything that can change the reader's state: input, and news from the outside world.
public enum Event: Sendable {
    case key(Key)
    case mouse(Mouse)
    /// The terminal now has this many columns and rows.
    case resize(width: Int, height: Int)
    /// Every digest has been read (at start, or for `Effect.reload`).
    case reloaded(Catalog)
    /// Reading in the background: `done` of `total` digest files so far.
    case loadProgress(done: Int, total: Int)
    /// Every digest read, the index being built: this whole percent of it so far.
    case indexProgress(percent: Int)
    /// The newest digests, read before the others: shown until `.reloaded` brings all.
    case loadedFirst(Catalog)
    /// A background search's answer (`ReaderState.takeSearch`).
    case searched(SearchAnswer, generation: Int)
    /// A line for the status bar from an effect runner (`error` when something failed).
    case message(String, error: Bool)
    /// The detail of this paper has been on screen for a second (see `readCandidate`).
    case readTimer(id: String)
    /// A background fetch ended, saying how it went; when it wrote days, the reader reads
    /// the digests again (`Effect.reload`).
    case fetchFinished(String, error: Bool, wroteDays: Bool = false)
    /// The note editor closed; nil when it failed or the note was left unchanged.
    case noteEdited(id: String, text: String?)
}
