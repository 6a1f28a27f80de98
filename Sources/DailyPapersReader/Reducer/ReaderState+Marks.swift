import Foundation
import DailyPapersCore

extension ReaderState {
    // MARK: - Read, starred

    /// The paper whose detail is on screen and still unread: the terminal layer fires
    /// `Event.readTimer` once it has stayed there for a second. Not one just marked unread
    /// with `u`, until the selection leaves it.
    public var readCandidate: String? {
        // Following a reload, the paper shown is there only because its digest came first.
        guard layout.showsDetail, !layout.tooSmall, case .none = overlay, !followingReload,
              let paper = selectedPaper, !marks[paper.id].contains(.read), paper.id != keptUnread else { return nil }
        return paper.id
    }

    mutating func readTimerFired(_ id: String) -> [Effect] {
        guard readCandidate == id else { return [] }
        return markRead(id)
    }

    /// Marks a paper read if it is not; the effect writes it.
    mutating func markRead(_ id: String) -> [Effect] {
        guard !marks[id].contains(.read) else { return [] }
        marks.set(.read, true, for: id)
        return [.persist(.read(id: id, true))]
    }

    /// `u`.
    mutating func toggleRead() -> [Effect] {
        guard let paper = selectedPaper else { return noSelection() }
        let read = !marks[paper.id].contains(.read)
        marks.set(.read, read, for: paper.id)
        keptUnread = read ? nil : paper.id
        status = StatusMessage(read ? "Marked read" : "Marked unread")
        return [.persist(.read(id: paper.id, read))]
    }

    /// `n`: the next unread paper of the list below the selection, else the first from the
    /// top, as a mail reader's next-new key; in the detail too, which then shows it.
    mutating func nextUnread() {
        guard !hits.isEmpty else { _ = noSelection(); return }
        let from = selected
        for step in 1..<hits.count {
            let row = (from + step) % hits.count
            guard !marks[catalog.papers[hits[row].paper].id].contains(.read) else { continue }
            select(row)
            if row < from { status = StatusMessage("Next unread: back at the top") }
            return
        }
        status = StatusMessage("No other unread paper in this list")
    }

    /// `*`.
    mutating func toggleStar() -> [Effect] {
        guard let paper = selectedPaper else { return noSelection() }
        let starred = !marks[paper.id].contains(.starred)
        marks.set(.starred, starred, for: paper.id)
        status = StatusMessage(starred ? "Starred" : "Star removed")
        return [.persist(.starred(id: paper.id, starred))]
    }

    // MARK: - Notes

    /// `N`: `$EDITOR` when there is one, else the prompt line.
    mutating func editNote() -> [Effect] {
        guard let paper = selectedPaper else { return noSelection() }
        let current = marks.notes[paper.id] ?? ""
        if editorAvailable { return [.editNote(id: paper.id, text: current)] }
        overlay = .note(LineEdit(current), id: paper.id)
        return []
    }

    mutating func noteKey(_ key: Key, _ start: LineEdit, id: String) -> [Effect] {
        var line = start
        switch key {
        case .escape: overlay = .none; return []
        case .enter: overlay = .none; return saveNote(line.text, id: id)
        default: _ = line.edit(key)
        }
        overlay = .note(line, id: id)
        return []
    }

    mutating func saveNote(_ text: String, id: String) -> [Effect] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let note: String? = trimmed.isEmpty ? nil : trimmed
        guard note != marks.notes[id] else { return [] }
        marks.setNote(note, for: id)
        status = StatusMessage(note == nil ? "Note removed" : "Note saved")
        return [.persist(.note(id: id, note))]
    }

    private mutating func noSelection() -> [Effect] {
        status = StatusMessage("No paper selected", isError: true)
        return []
    }

    // MARK: - Where the user was

    /// What to save when the reader closes. A query still being typed was never kept
    /// (Enter keeps it, Esc drops it): with the `/` prompt open, the list from before it is.
    public var session: ReaderSession {
        if case let .search(prompt) = overlay {
            // Not `pendingSelection`: under the prompt that is the typed query's paper.
            let f = prompt.saved.filter
            return ReaderSession(query: f.queryText, sort: f.sort, reversed: f.reversed, day: f.day, minVotes: f.minVotes,
                                 selected: pendingSavedSelection ?? prompt.saved.selectedID(in: catalog))
        }
        let f = filter
        return ReaderSession(query: f.queryText, sort: f.sort, reversed: f.reversed,
                             day: f.day, minVotes: f.minVotes, selected: pendingSelection ?? selectedPaper?.id)
    }

    /// Puts back a saved session; a query that no longer parses is dropped with a message.
    public mutating func restore(_ s: ReaderSession) {
        var f = Filter()
        if !s.query.isEmpty {
            if let q = try? QueryParser.parse(s.query) {
                f.queryText = s.query
                f.query = q
            } else {
                status = StatusMessage("The saved query '\(Sanitised.short(s.query))' no longer parses; dropped it", isError: true)
            }
        }
        // While loading, the day may be in a file not read yet: checked when the load ends.
        if let day = s.day, loading != nil || catalog.library.days.contains(where: { $0.day == day }) { f.day = day }
        f.minVotes = max(0, s.minVotes)
        f.sort = f.sortChoices.contains(s.sort) ? s.sort : .votes
        f.reversed = s.reversed
        filter = f
        hits = searchNow()
        if loading != nil { pendingSelection = s.selected }
        reselect(paper: s.selected.flatMap { catalog.library.position(of: $0) })
    }
}
