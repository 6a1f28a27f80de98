import DailyPapersCore

/// The `?` overlay: every key, in two columns when the terminal is wide enough.
public enum HelpView {
    typealias Section = (title: String, keys: [(key: String, what: String)])

    static let left: [Section] = [
        ("Move", [
            ("j k ↓ ↑", "next/previous (detail: scroll)"),
            ("Ctrl-d Ctrl-u", "half a page down/up"),
            ("PgDn PgUp", "a page down/up"),
            ("g G Home End", "first/last"),
            ("click, wheel", "select row, scroll the pane"),
            ("Enter Tab", "focus list ↔ detail"),
            ("Esc", "back; then clears the query"),
        ]),
        ("Search", [
            ("/", "search as you type"),
            ("Enter  Esc", "keep the query / restore"),
            ("Ctrl-u", "clear the line"),
            ("↑ ↓", "earlier queries"),
        ]),
        ("Links", [
            ("o p h", "open abstract / PDF / HF page"),
            ("y Y", "copy link / [title](link)"),
        ]),
    ]

    static let right: [Section] = [
        ("Sort and filter", [
            ("v", "sort by votes (again: reverse)"),
            ("s", "votes → day → title → relevance"),
            ("[ ]", "previous/next day"),
            ("t  a", "newest day / all days"),
            ("d", "day picker (type a date)"),
            ("+ -", "min votes 0 5 10 20 50 100"),
            ("m", "type a minimum of votes"),
        ]),
        ("Your marks", [
            ("u", "read ↔ unread (N in the list)"),
            ("*", "toggle the star"),
            ("N", "edit the note (in $EDITOR)"),
        ]),
        ("Other", [
            ("r", "reload the digests"),
            ("F", "fetch new days (background)"),
            ("Ctrl-l", "redraw the screen"),
            ("Ctrl-z", "suspend (fg comes back)"),
            ("?", "this help"),
            ("q Ctrl-c", "quit"),
        ]),
    ]

    static let queryHelp = "Query: words \"a phrase\" -word title: author: summary: id: votes:>=10 day:2024-04 day:A..B is:unread is:starred has:note"

    static let keyWidth = 14
    static let whatWidth = 31
    static var columnWidth: Int { keyWidth + whatWidth }
    static let gap = 3

    static func twoColumns(width: Int) -> Bool { width - 6 >= 2 * columnWidth + gap }

    static func lines(of sections: [Section]) -> [StyledText] {
        var out: [StyledText] = []
        for (k, section) in sections.enumerated() {
            if k > 0 { out.append(StyledText()) }
            out.append(StyledText(section.title, style: .heading))
            for entry in section.keys {
                let key = entry.key + String(repeating: " ", count: max(1, keyWidth - DisplayWidth.of(entry.key)))
                out.append(StyledText(key, style: .key) + StyledText(entry.what))
            }
        }
        return out
    }

    /// Actions whose keys config.toml changed, with their keys now.
    static func changed(_ keyMap: KeyMap) -> Section? {
        let defaults = KeyMap()
        let changed = Action.allCases.filter { keyMap.keys(for: $0) != defaults.keys(for: $0) }
        guard !changed.isEmpty else { return nil }
        return ("Changed in config.toml", changed.map { action in
            let keys = keyMap.keys(for: action).map(\.name)
            return (keys.isEmpty ? "(none)" : keys.joined(separator: " "), action.rawValue)
        })
    }

    /// The overlay's lines at a terminal width.
    static func content(width: Int, keyMap: KeyMap = KeyMap()) -> [StyledText] {
        var out: [StyledText]
        if twoColumns(width: width) {
            let l = lines(of: left), r = lines(of: right)
            out = (0..<max(l.count, r.count)).map { k in
                let a = k < l.count ? l[k] : StyledText()
                let pad = StyledText(String(repeating: " ", count: columnWidth + gap - a.width))
                return a + pad + (k < r.count ? r[k] : StyledText())
            }
        } else {
            out = lines(of: left + right)
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
