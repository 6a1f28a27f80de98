/// A key press, decoded by the terminal layer.
public enum Key: Hashable, Sendable {
    /// A printable character (letters, digits, `/`, `?`, `[`, Hangul…).
    case char(Character)
    /// A control chord: `.ctrl("d")` is Ctrl-d.
    case ctrl(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, escape, backspace, delete
}
