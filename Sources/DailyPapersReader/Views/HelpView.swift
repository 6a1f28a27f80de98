import DailyPapersCore

/// The `?` overlay: every key, in two columns when the terminal is wide enough.
public enum HelpView {
    /// A line of the help: its keys as written for the defaults, and the actions whose keys
    /// they are (none for keys config.toml cannot change).
    typealias Entry = (key: String, what: String, actions: [Action])
    typealias Section = (title: String, keys: [Entry])

    static let left: [Section] = [
        ("Move", [
            ("j k ↓ ↑", "next/previous (detail: scroll)", [.down, .up]),
            ("Ctrl-d Ctrl-u", "half a page down/up", [.halfPageDown, .halfPageUp]),
            ("PgDn PgUp", "a page down/up (Space: down)", [.pageDown, .pageUp]),
            ("g G Home End", "first/last", [.first, .last]),
            ("click, wheel", "select row, scroll the pane", []),
            ("Enter Tab", "focus list ↔ detail", [.focus]),
            ("Esc", "back; then clears the query", [.back]),
        ]),
        ("Search", [
            ("/", "search as you type", [.search]),
            ("Enter  Esc", "keep the query / restore", []),
            ("Ctrl-u", "clear the line", []),
            ("↑ ↓", "earlier queries", []),
        ]),
        ("Links", [
            ("o p h", "open abstract / PDF / HF page", [.openAbstract, .openPDF, .openHF]),
            ("y Y", "copy link / [title](link)", [.copyLink, .copyMarkdown]),
        ]),
    ]

    static let right: [Section] = [
        ("Sort and filter", [
            ("v", "sort by votes (again: reverse)", [.sortByVotes]),
            ("s", "votes → day → title → relevance", [.cycleSort]),
            ("[ ]", "previous/next day", [.previousDay, .nextDay]),
            ("t  a", "newest day / all days", [.newestDay, .allDays]),
            ("d", "day picker (type a date)", [.dayPicker]),
            ("+ -", "min votes 0 5 10 20 50 100", [.moreVotes, .fewerVotes]),
            ("m", "type a minimum of votes", [.minimumVotes]),
        ]),
        ("Your marks", [
            ("u", "read ↔ unread (N in the list)", [.toggleRead]),
            ("*", "toggle the star", [.toggleStar]),
            ("N", "edit the note (in $EDITOR)", [.editNote]),
            ("n", "next unread paper", [.nextUnread]),
        ]),
        ("Other", [
            ("r", "reload the digests", [.reload]),
            ("F", "fetch new days (background)", [.fetch]),
            ("Ctrl-l", "redraw the screen", [.redraw]),
            ("Ctrl-z", "suspend (fg comes back)", [.suspend]),
            ("?", "this help", [.help]),
            ("q Ctrl-c", "quit (in a full detail: back)", [.quit]),
        ]),
    ]

    static let queryHelp = "Query: words \"a phrase\" -word title: author: summary: id: votes:>=10 day:2024-04 day:A..B is:unread is:starred has:note"

    static let keyWidth = 14
    static let whatWidth = 31
    static var columnWidth: Int { keyWidth + whatWidth }
    static let gap = 3

    static func twoColumns(width: Int) -> Bool { width - 6 >= 2 * columnWidth + gap }

    /// An entry's keys under `keyMap`: as written when its actions keep their defaults,
    /// else the keys config.toml gave them (Ctrl-c quits whatever it says).
    static func keys(of entry: Entry, _ keyMap: KeyMap) -> String {
        guard entry.actions.contains(where: { keyMap.keys(for: $0) != defaults.keys(for: $0) }) else { return entry.key }
        var labels: [String] = []
        for action in entry.actions {
            for label in keyMap.labels(for: action) where !labels.contains(label) { labels.append(label) }
        }
        if entry.actions == [.quit] { labels.append("Ctrl-c") }
        return labels.isEmpty ? "(none)" : labels.joined(separator: " ")
    }

    static func lines(of sections: [Section], _ keyMap: KeyMap = KeyMap()) -> [StyledText] {
        var out: [StyledText] = []
        for (k, section) in sections.enumerated() {
            if k > 0 { out.append(StyledText()) }
            out.append(StyledText(section.title, style: .heading))
            for entry in section.keys {
                // Keys wider than their column (several given in config.toml) take a line of
                // their own, the words under them: cut, they hid the keys that were given.
                let keys = StyledText(Self.keys(of: entry, keyMap), style: .key)
                if keys.width > keyWidth - 1 {
                    out.append(keys.truncated(to: columnWidth))
                    out.append(StyledText(String(repeating: " ", count: keyWidth)) + StyledText(entry.what))
                } else {
                    out.append(keys + StyledText(String(repeating: " ", count: keyWidth - keys.width), style: .key) + StyledText(entry.what))
                }
            }
        }
        return out
    }

    /// The keys the table above is written for.
    static let defaults = KeyMap()

    /// Actions whose keys config.toml changed, with their keys now.
    static func changed(_ keyMap: KeyMap) -> Section? {
        let changed = Action.allCases.filter { keyMap.keys(for: $0) != defaults.keys(for: $0) }
        guard !changed.isEmpty else { return nil }
        return ("Changed in config.toml", changed.map { action in
            let keys = keyMap.keys(for: action).map(\.name)
            return (keys.isEmpty ? "(none)" : keys.joined(separator: " "), action.rawValue, [])
        })
    }

    /// The overlay's lines at a terminal width.
    static func content(width: Int, keyMap: KeyMap = KeyMap()) -> [StyledText] {
        var out: [StyledText]
        if twoColumns(width: width) {
            let l = lines(of: left, keyMap), r = lines(of: right, keyMap)
            out = (0..<max(l.count, r.count)).map { k in
                let a = k < l.count ? l[k] : StyledText()
                let pad = StyledText(String(repeating: " ", count: max(0, columnWidth + gap - a.width)))
                return a + pad + (k < r.count ? r[k] : StyledText())
            }
        } else {
            out = lines(of: left + right, keyMap)
        }
        if let section = changed(keyMap) {
            out.append(StyledText())
            out += lines(of: [section])
        }
        out.append(StyledText())
        out += StyledText(queryHelp, style: .dim).wrapped(to: box(width: width, height: 1000).innerWidth)
        return out
    }

    static func lineCount(width: Int, keyMap: KeyMap) -> Int { content(width: width, keyMap: keyMap).count }

    static func box(width: Int, height: Int) -> Box {
        let inner = twoColumns(width: width) ? 2 * columnWidth + gap : columnWidth
        return Box(width: inner + 4, height: height, screenWidth: width, screenHeight: height)
    }

    static func draw(top: Int, keyMap: KeyMap, into canvas: inout Canvas) {
        let lines = content(width: canvas.width, keyMap: keyMap)
        let full = box(width: canvas.width, height: canvas.height)
        let box = Box(width: full.rect.width, height: lines.count + 2, screenWidth: canvas.width, screenHeight: canvas.height)
        let more = lines.count > box.innerHeight
        box.draw(title: more ? "Keys · j/k scroll · Esc closes" : "Keys · Esc closes", into: &canvas)
        let inner = box.inner
        for (k, line) in lines.dropFirst(top).prefix(inner.height).enumerated() {
            canvas.put(line.truncated(to: inner.width), x: inner.x, y: inner.y + k, limit: inner.width)
        }
    }
}
