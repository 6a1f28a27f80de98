import DailyPapersCore

extension ReaderState {
    // MARK: - Help

    /// The help's last top line at this size: its content and box change with the width.
    var helpMostTop: Int {
        max(0, HelpView.lineCount(width: width, keyMap: keyMap) - HelpView.box(width: width, height: height).innerHeight)
    }

    /// In the help overlay the movement keys scroll it; anything else closes it.
    mutating func helpKey(_ key: Key, top: Int) {
        let most = helpMostTop
        let step: Int
        switch key {
        case .char("j"), .down: step = 1
        case .char("k"), .up: step = -1
        case .pageDown, .ctrl("d"), .char(" "): step = 10
        case .pageUp, .ctrl("u"): step = -10
        default: overlay = .none; return
        }
        overlay = .help(top: min(max(0, top + step), most))
    }

    // MARK: - Day picker

    /// Movement, a date typed to jump, `Enter` to choose, `Esc` (or `d`) to leave.
    mutating func dayPickerKey(_ key: Key, _ start: DayPicker) {
        var p = start
        let page = max(1, DayPickerView.box(width: width, height: height, picker: p).innerHeight - 1)
        // Moving chooses by the highlight again: a date typed before no longer counts.
        switch key {
        case .char("j"), .down: p.selected += 1; p.typed = ""
        case .char("k"), .up: p.selected -= 1; p.typed = ""
        case .pageDown, .ctrl("d"): p.selected += page; p.typed = ""
        case .pageUp, .ctrl("u"): p.selected -= page; p.typed = ""
        case .char("g"), .home: p.selected = 0; p.typed = ""
        case .char("G"), .end: p.selected = p.rowCount - 1; p.typed = ""
        case .escape, .char("d"), .char("q"): overlay = .none; return
        case .enter:
            // A typed date that matches no day chooses nothing (the highlight is where an
            // earlier prefix left it, not what was asked for).
            if !p.typed.isEmpty, !p.days.contains(where: { $0.day.description.hasPrefix(p.typed) }) {
                status = StatusMessage("No day starts with \(p.typed)", isError: true)
                return
            }
            overlay = .none
            if p.selected == 0 { showAllDays() } else { showDay(p.days[p.selected - 1].day) }
            return
        case .backspace:
            p.typed = String(p.typed.dropLast())
            jump(&p)
        case let .char(c) where c.isASCII && (c.isNumber || c == "-"):
            p.typed.append(c)
            jump(&p)
        default: break
        }
        p.selected = min(max(0, p.selected), p.rowCount - 1)
        scrollPicker(&p)
        overlay = .dayPicker(p)
    }

    /// The newest day that starts with what was typed.
    private mutating func jump(_ p: inout DayPicker) {
        guard !p.typed.isEmpty else { return }
        if let k = p.days.firstIndex(where: { $0.day.description.hasPrefix(p.typed) }) {
            p.selected = k + 1
        } else {
            status = StatusMessage("No day starts with \(p.typed)", isError: true)
        }
    }

    func scrollPicker(_ p: inout DayPicker) {
        let rows = max(1, DayPickerView.box(width: width, height: height, picker: p).innerHeight - 1)
        if p.selected < p.top { p.top = p.selected }
        if p.selected >= p.top + rows { p.top = p.selected - rows + 1 }
        p.top = min(max(0, p.top), max(0, p.rowCount - rows))
    }

    // MARK: - Minimum votes

    /// The `m` prompt: digits, `Enter` to set, `Esc` to leave.
    mutating func minimumVotesKey(_ key: Key, _ start: LineEdit) {
        var line = start
        switch key {
        case .escape: overlay = .none; return
        case .enter:
            let text = line.text.trimmingSpaces
            guard let n = Int(text), (0...999_999_999).contains(n) else {
                let shown = Sanitised.short(text, limit: 20)
                // Digits past what Int holds are still a number, only one too large.
                let large = text.allSatisfy { $0.isASCII && $0.isNumber } || (Int(text) ?? 0) > 999_999_999
                overlay = .minimumVotes(line, error: text.isEmpty
                    ? "type a whole number, 0 for no minimum"
                    : large ? "'\(shown)' is too large (at most 999999999)"
                    : "'\(shown)' is not a whole number of 0 or more")
                return
            }
            overlay = .none
            setMinimumVotes(n)
            return
        default: _ = line.edit(key)
        }
        overlay = .minimumVotes(line, error: nil)
    }
}
