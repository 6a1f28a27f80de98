import DailyPapersCore

/// What the user recorded about papers, by arXiv id: the reader's copy of the store,
/// changed at once on a key press while the store writes in the background.
public struct UserMarks: Hashable, Sendable {
    public private(set) var flags: [String: PaperFlags] = [:]
    public private(set) var notes: [String: String] = [:]

    public init() {}

    public init(flags: [String: PaperFlags], notes: [String: String]) {
        self.flags = flags
        self.notes = notes
    }

    public subscript(id: String) -> PaperFlags { flags[id] ?? [] }

    public mutating func set(_ flag: PaperFlags, _ on: Bool, for id: String) {
        var f = self[id]
        if on { f.insert(flag) } else { f.remove(flag) }
        flags[id] = f.isEmpty ? nil : f
    }

    /// A blank note removes it.
    public mutating func setNote(_ note: String?, for id: String) {
        let text = note.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
        notes[id] = text
        set(.noted, text != nil, for: id)
    }
}
