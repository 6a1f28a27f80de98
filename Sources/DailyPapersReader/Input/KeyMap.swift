/// Which key does what. The defaults are the keys the help lists; config.toml may give
/// an action other keys (they replace its defaults).
public struct KeyMap: Hashable, Sendable {
    public private(set) var actions: [Key: Action]

    public static let defaults: [(Action, [Key])] = [
        (.down, [.char("j"), .down]), (.up, [.char("k"), .up]),
        (.halfPageDown, [.ctrl("d")]), (.halfPageUp, [.ctrl("u")]),
        (.pageDown, [.pageDown, .char(" ")]), (.pageUp, [.pageUp]),
        (.first, [.char("g"), .home]), (.last, [.char("G"), .end]),
        (.focus, [.enter, .tab, .backTab]), (.back, [.escape]),
        (.search, [.char("/")]), (.help, [.char("?")]),
        (.sortByVotes, [.char("v")]), (.cycleSort, [.char("s")]),
        (.previousDay, [.char("[")]), (.nextDay, [.char("]")]),
        (.newestDay, [.char("t")]), (.allDays, [.char("a")]), (.dayPicker, [.char("d")]),
        (.moreVotes, [.char("+"), .char("=")]), (.fewerVotes, [.char("-")]), (.minimumVotes, [.char("m")]),
        (.openAbstract, [.char("o")]), (.openPDF, [.char("p")]), (.openHF, [.char("h")]),
        (.copyLink, [.char("y")]), (.copyMarkdown, [.char("Y")]),
        (.toggleRead, [.char("u")]), (.toggleStar, [.char("*")]), (.editNote, [.char("N")]), (.nextUnread, [.char("n")]),
        (.fetch, [.char("F")]), (.reload, [.char("r")]), (.redraw, [.ctrl("l")]), (.suspend, [.ctrl("z")]), (.quit, [.char("q")]),
    ]

    public init() {
        actions = [:]
        for (action, keys) in Self.defaults { for k in keys { actions[k] = action } }
    }

    /// The defaults with `overrides` applied: each listed action gets exactly its new keys.
    /// A key taken by an override leaves whatever default action had it.
    public init(overrides: [Action: [Key]]) {
        self.init()
        for (action, _) in overrides { actions = actions.filter { $0.value != action } }
        for (action, keys) in overrides.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            for k in keys { actions[k] = action }
        }
    }

    public subscript(key: Key) -> Action? { actions[key] }

    /// The keys of an action, for the help.
    public func keys(for action: Action) -> [Key] {
        actions.filter { $0.value == action }.map(\.key).sorted { $0.name < $1.name }
    }

    /// The keys of an action as the screen names them, the one a hint shows first: a
    /// character before Enter, Esc and the others (`j` before `↓`, Enter before Tab).
    func labels(for action: Action) -> [String] {
        func rank(_ k: Key) -> Int {
            switch k {
            case .char: return 0
            case .enter: return 1
            case .escape: return 2
            case .ctrl: return 3
            default: return 4
            }
        }
        return keys(for: action).sorted { (rank($0), $0.name) < (rank($1), $1.name) }.map(\.label)
    }
}

extension Key {
    /// Parses a key as config.toml writes it: one character (`j`, `*`, `모`), `ctrl-x`,
    /// or a name: up down left right page-up page-down home end enter tab back-tab esc
    /// backspace delete space.
    public init?(name: String) {
        let named: [String: Key] = [
            "up": .up, "down": .down, "left": .left, "right": .right,
            "page-up": .pageUp, "pgup": .pageUp, "page-down": .pageDown, "pgdn": .pageDown,
            "home": .home, "end": .end, "enter": .enter, "tab": .tab, "back-tab": .backTab,
            "esc": .escape, "escape": .escape, "backspace": .backspace, "delete": .delete, "space": .char(" "),
        ]
        if let k = named[name.lowercased()] { self = k; return }
        if name.count == 1, let c = name.first, !c.isWhitespace, c.unicodeScalars.allSatisfy({ $0.value >= 0x21 && $0.value != 0x7F }) {
            self = .char(c); return
        }
        let lower = name.lowercased()
        if lower.hasPrefix("ctrl-"), lower.count == 6, let c = lower.last, c.isASCII, c.isLetter {
            self = .ctrl(c); return
        }
        return nil
    }

    /// How the screen shows this key (the footer and the help).
    var label: String {
        switch self {
        case let .char(c): return c == " " ? "Space" : String(c)
        case let .ctrl(c): return "Ctrl-\(c)"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        }
    }

    /// How config.toml writes this key.
    public var name: String {
        switch self {
        case let .char(c): return c == " " ? "space" : String(c)
        case let .ctrl(c): return "ctrl-\(c)"
        case .up: return "up"
        case .down: return "down"
        case .left: return "left"
        case .right: return "right"
        case .pageUp: return "page-up"
        case .pageDown: return "page-down"
        case .home: return "home"
        case .end: return "end"
        case .enter: return "enter"
        case .tab: return "tab"
        case .backTab: return "back-tab"
        case .escape: return "esc"
        case .backspace: return "backspace"
        case .delete: return "delete"
        }
    }
}
