extension ReaderState {
    /// A click selects the row under it (or focuses the detail); the wheel scrolls the
    /// pane under it.
    mutating func mouse(_ m: Mouse) -> [Effect] {
        let step = 3
        switch overlay {
        case let .help(top):
            if m.action == .click { overlay = .none } else { helpKey(m.action == .wheelUp ? .up : .down, top: top) }
            return []
        case let .dayPicker(p):
            switch m.action {
            case .wheelUp: dayPickerKey(.up, p)
            case .wheelDown: dayPickerKey(.down, p)
            case .click: break
            }
            return []
        case .search, .minimumVotes, .note, .none: break
        }
        let l = layout
        if l.showsList, l.list.contains(x: m.at.x, y: m.at.y) {
            switch m.action {
            case .click:
                let row = listTop + m.at.y - l.list.y
                if row < hits.count { focus = .list; select(row) }
            case .wheelUp, .wheelDown:
                let rows = max(1, l.list.height)
                let delta = m.action == .wheelUp ? -step : step
                listTop = min(max(0, listTop + delta), max(0, hits.count - rows))
                // Keep the selection on screen so the next key does not jump back.
                if !hits.isEmpty { select(min(max(selected, listTop), listTop + rows - 1)) }
            }
        } else if l.showsDetail, l.detail.contains(x: m.at.x, y: m.at.y) {
            switch m.action {
            case .click: focus = .detail
            case .wheelUp: scrollDetail(by: -step)
            case .wheelDown: scrollDetail(by: step)
            }
        }
        return []
    }
}
