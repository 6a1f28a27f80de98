/// A one-line text field with a cursor, for the search and number prompts.
public struct LineEdit: Hashable, Sendable {
    public private(set) var characters: [Character]
    /// Position of the cursor, 0...characters.count.
    public private(set) var cursor: Int

    /// The whole text is selected, as a field offered with its current value: the first
    /// character typed replaces it, Backspace or Delete clears it, a move keeps it.
    public private(set) var selected = false

    public init(_ text: String = "", selected: Bool = false) {
        characters = Array(text)
        cursor = characters.count
        self.selected = selected && !text.isEmpty
    }

    public var text: String { String(characters) }

    /// A combining mark or a jamo typed after a character joins it, as in the text: `E`
    /// then U+0301 is one `É`, `ᄆ` then `ᅩ` one `모` (drawn one character a cell, the mark
    /// alone would show as nothing).
    public mutating func insert(_ c: Character) {
        let left = Array(String(characters[..<cursor]) + String(c))
        characters = left + characters[cursor...]
        cursor = left.count
    }

    public mutating func backspace() {
        guard cursor > 0 else { return }
        cursor -= 1
        characters.remove(at: cursor)
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    /// Ctrl-w: the word before the cursor and the spaces after it.
    public mutating func deleteWord() {
        var start = cursor
        while start > 0, characters[start - 1] == " " { start -= 1 }
        while start > 0, characters[start - 1] != " " { start -= 1 }
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
    public mutating func moveHome() { cursor = 0 }
    public mutating func moveEnd() { cursor = characters.count }

    /// The editing keys every prompt shares; false when `key` is not one of them.
    public mutating func edit(_ key: Key) -> Bool {
        if selected {
            selected = false
            switch key {
            case .char, .backspace, .delete: self = LineEdit()
            default: break
            }
            if key == .backspace || key == .delete { return true }
        }
        switch key {
        case let .char(c): insert(c)
        case .backspace: backspace()
        case .delete: deleteForward()
        case .ctrl("u"): self = LineEdit()
        case .ctrl("w"): deleteWord()
        case .left, .ctrl("b"): moveLeft()
        case .right, .ctrl("f"): moveRight()
        case .home, .ctrl("a"): moveHome()
        case .end, .ctrl("e"): moveEnd()
        default: return false
        }
        return true
    }
}
