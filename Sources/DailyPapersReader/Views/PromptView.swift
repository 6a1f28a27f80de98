import DailyPapersCore

/// The line above the status bar while `/` or `m` is asking.
enum PromptView {
    static func draw(_ state: ReaderState, in rect: Rect, into canvas: inout Canvas) {
        switch state.overlay {
        case let .search(prompt):
            let right: StyledText
            if let error = prompt.error {
                right = StyledText("✗ " + error.description, style: .error)
            } else if state.searchPending {
                right = StyledText("searching…", style: .dim)
            } else {
                let n = state.hits.count
                right = StyledText("\(n) match\(n == 1 ? "" : "es")", style: .dim)
            }
            drawLine("/", prompt.line, errorColumns: prompt.error?.columns, right: right, in: rect, into: &canvas)
        case let .minimumVotes(line, error):
            let right = error.map { StyledText("✗ " + $0, style: .error) }
                ?? StyledText("Enter sets, Esc cancels", style: .dim)
            drawLine("Minimum votes:", line, errorColumns: nil, right: right, in: rect, into: &canvas)
        case let .note(line, _):
            drawLine("Note:", line, errorColumns: nil, right: StyledText("Enter saves, empty removes, Esc cancels", style: .dim),
                     in: rect, into: &canvas)
        case .none, .help, .dayPicker: break
        }
    }

    /// `label text▏   right`, the text scrolled so the cursor shows; `right` gets what is
    /// left after the text, down to half the line.
    static func drawLine(_ label: String, _ line: LineEdit, errorColumns: Range<Int>?, right: StyledText,
                         in rect: Rect, into canvas: inout Canvas) {
        var x = rect.x + canvas.put(label + " ", x: rect.x, y: rect.y, limit: rect.width, style: .key)
        var text = StyledText()
        for (k, c) in line.characters.enumerated() {
            let style: Style = errorColumns?.contains(k) == true ? .error : line.selected ? .selected : []
            text += StyledText(digest: String(c), style: style)
        }
        let room = max(1, rect.maxX - x - 1)
        let rightRoom = min(right.width, max(0, rect.width / 2))
        let textRoom = max(1, room - (rightRoom > 0 ? rightRoom + 2 : 0))
        // Keep the cursor in view: drop characters from the left while it would not fit.
        var first = 0
        func widthBefore(_ n: Int) -> Int { DisplayWidth.of(String(line.characters[first..<n])) }
        while first < line.cursor, widthBefore(line.cursor) >= textRoom { first += 1 }
        var shown = StyledText()
        for (k, pair) in text.characters.enumerated() where k >= first { shown += StyledText(String(pair.0), style: pair.1) }
        let cursorX = x + widthBefore(line.cursor)
        x += canvas.put(shown, x: x, y: rect.y, limit: textRoom)
        canvas.cursor = Point(x: min(cursorX, rect.maxX - 1), y: rect.y)
        let fitted = right.truncated(to: max(0, rect.maxX - x - 3))
        canvas.put(fitted, x: rect.maxX - 1 - fitted.width, y: rect.y)
    }
}
