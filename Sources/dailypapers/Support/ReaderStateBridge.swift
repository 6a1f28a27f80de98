import DailyPapersCore
import DailyPapersReader
import DailyPapersStore

/// Moves the user's state between the store's records and the reader's values.
enum ReaderStateBridge {
    static func marks(_ stored: [String: PaperMark]) -> UserMarks {
        var flags: [String: PaperFlags] = [:]
        var notes: [String: String] = [:]
        for (id, m) in stored {
            var f: PaperFlags = []
            if m.read { f.insert(.read) }
            if m.starred { f.insert(.starred) }
            if let note = m.note { f.insert(.noted); notes[id] = note }
            if !f.isEmpty { flags[id] = f }
        }
        return UserMarks(flags: flags, notes: notes)
    }

    static func session(_ s: SessionSnapshot) -> ReaderSession {
        ReaderSession(query: s.query, sort: SortOrder(rawValue: s.sort) ?? .votes, reversed: s.reversed,
                      day: s.day.flatMap { Day($0) }, minVotes: s.minVotes, selected: s.selected)
    }

    static func snapshot(_ s: ReaderSession) -> SessionSnapshot {
        var snap = SessionSnapshot()
        snap.query = s.query
        snap.sort = s.sort.rawValue
        snap.reversed = s.reversed
        snap.day = s.day?.description
        snap.minVotes = s.minVotes
        snap.selected = s.selected
        return snap
    }

    /// Writes one change in the background.
    static func persist(_ change: MarkChange, to store: StateStore) {
        switch change {
        case let .read(id, on): store.setRead(id, on)
        case let .starred(id, on): store.setStarred(id, on)
        case let .note(id, text): store.setNote(id, text)
        }
    }
}
