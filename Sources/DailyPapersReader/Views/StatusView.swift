/// The bottom line: the last message, else the keys that matter now; the position on the right.
enum StatusView {
    static func draw(_ state: ReaderState, in rect: Rect, into canvas: inout Canvas) {
        canvas.fill(rect, style: .chrome)
        let position = StyledText(self.position(state), style: .chrome)
        let room = max(0, rect.width - 2 - (position.isEmpty ? 0 : position.width + 2))
        let left: StyledText
        if let status = state.status {
            left = StyledText(digestLine: status.text, style: status.isError ? [.chrome, .error] : .chrome)
        } else {
            left = StyledText(hints(state), style: .chrome)
        }
        canvas.put(left.truncated(to: room), x: rect.x + 1, y: rect.y, limit: room)
        if !position.isEmpty, rect.width > position.width + 2 {
            canvas.put(position, x: rect.maxX - 1 - position.width, y: rect.y)
        }
    }

    static func hints(_ state: ReaderState) -> String {
        switch state.overlay {
        case .search: return "Enter keep · Esc restore · Ctrl-u clear · ↑↓ history"
        case .minimumVotes: return "Enter set · Esc cancel"
        case .note: return "Enter save · Esc cancel"
        case .help: return "j/k Space scroll · other keys close"
        case .dayPicker: return "j/k move · type a date · Enter choose · Esc cancel"
        case .none:
            // The keys config.toml gave, not the defaults; an action left without a key is not hinted.
            let map = state.keyMap
            func key(_ a: Action) -> String? { map.labels(for: a).first }
            func hint(_ keys: String?, _ what: String) -> String? { keys.map { $0 + " " + what } }
            let move = key(.down).flatMap { d in key(.up).map { d + "/" + $0 } }
            let first = state.focus == .detail
                ? [hint(move, "scroll"), hint(key(.back), "list")]
                : [hint(move, "move"), hint(key(.focus), "detail"), hint(key(.search), "search")]
            let quit = state.focusOnFullScreenDetail ? nil : hint(key(.quit), "quit")
            let rest = [hint(key(.openAbstract), "open"), hint(key(.copyLink), "copy"), hint(key(.help), "help"), quit]
            return (first + rest).compactMap { $0 }.joined(separator: " · ")
        }
    }

    /// `3/10` in the list; the visible lines in the detail.
    static func position(_ state: ReaderState) -> String {
        guard !state.hits.isEmpty else { return "" }
        if state.focus == .detail {
            let total = state.detailLineCount
            let rows = state.layout.detail.height
            let last = min(total, state.detailTop + rows)
            return "lines \(min(state.detailTop + 1, total))–\(last)/\(total)"
        }
        return "\(state.selected + 1)/\(state.hits.count)"
    }
}
