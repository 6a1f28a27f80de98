/// The colours of each kind of cell, as config.toml's `[colors]` table sets them:
/// `"black on yellow"`, `"cyan"`, `"default on blue"`, `"208 on default"`.
public struct ColorScheme: Hashable, Sendable {
    /// A foreground and background: a colour number 0–255, or -1 for the terminal's own.
    public struct Pair: Hashable, Sendable {
        public var foreground: Int16
        public var background: Int16
        public init(_ foreground: Int16, _ background: Int16) { self.foreground = foreground; self.background = background }
    }

    public var match = Pair(0, 3)
    public var key = Pair(6, -1)
    public var error = Pair(1, -1)
    public var chrome = Pair(7, 4)
    public var heading = Pair(2, -1)
    /// nil: reverse video, which reads on every terminal.
    public var selection: Pair?

    public init() {}

    /// The roles `[colors]` may set.
    public static let roles = ["match", "key", "error", "chrome", "heading", "selection"]

    public mutating func set(_ role: String, _ pair: Pair) {
        switch role {
        case "match": match = pair
        case "key": key = pair
        case "error": error = pair
        case "chrome": chrome = pair
        case "heading": heading = pair
        case "selection": selection = pair
        default: break
        }
    }

    public static let names: [String: Int16] = [
        "default": -1, "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
    ]

    /// Parses `FG` or `FG on BG`; nil when a colour is not a name or a number 0–255.
    public static func parse(_ spec: String) -> Pair? {
        let words = spec.lowercased().split(separator: " ").map(String.init)
        func colour(_ w: String) -> Int16? {
            if let n = names[w] { return n }
            if let n = Int16(w), (0...255).contains(n) { return n }
            return nil
        }
        switch words.count {
        case 1: return colour(words[0]).map { Pair($0, -1) }
        case 3 where words[1] == "on":
            guard let fg = colour(words[0]), let bg = colour(words[2]) else { return nil }
            return Pair(fg, bg)
        default: return nil
        }
    }
}

/// What config.toml says about the world outside the reader.
public struct TerminalSettings: Sendable {
    /// The command that opens a link (the URL is appended, or replaces `%s`); nil: `$BROWSER`, else xdg-open.
    public var browser: [String]?
    /// The command that reads text to copy on its standard input; nil: wl-copy, xclip, xsel or pbcopy.
    public var clipboard: [String]?
    public var colors = ColorScheme()
    public init() {}
}
