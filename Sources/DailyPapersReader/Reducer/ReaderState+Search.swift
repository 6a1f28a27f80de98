import DailyPapersCore

extension ReaderState {
    mutating func openSearch() {
        // The list is what narrows: show it.
        focus = .list
        overlay = .search(SearchPrompt(text: filter.queryText, saved: savedList))
        // Opened during a reload, `Esc` goes back to the paper the reload is to select.
        if followingReload { pendingSavedSelection = pendingSelection }
    }

    /// Keys while the `/` prompt is open: the list follows every change of the line.
    mutating func search(_ key: Key, _ start: SearchPrompt) -> [Effect] {
        var prompt = start
        let before = prompt.line
        switch key {
        case .ctrl("d"): prompt.line.deleteForward()
        case .up: recall(&prompt, by: -1)
        case .down: recall(&prompt, by: 1)
        case .enter:
            if let error = prompt.error {
                overlay = .search(prompt)
                status = StatusMessage("Fix the query first: \(error.message)", isError: true)
                return []
            }
            let text = prompt.line.text.trimmingSpaces
            overlay = .none
            pendingSavedSelection = nil
            guard !text.isEmpty else { return [] }
            history.removeAll { $0 == text }
            history.append(text)
            return [.rememberSearch(text)]
        case .escape:
            restore(prompt.saved)
            overlay = .none
            // A reload let the list's papers go: its paper is selected once read again.
            if let id = pendingSavedSelection {
                pendingSavedSelection = nil
                reselect(paper: catalog.library.position(of: id))
                if loading != nil, selectedPaper?.id != id { pendingSelection = id; followsLoad = true }
            }
            return []
        default: _ = prompt.line.edit(key)
        }
        if prompt.line.text != before.text {
            if case .up = key {} else if case .down = key {} else { prompt.historyIndex = nil }
            apply(&prompt)
        }
        overlay = .search(prompt)
        return []
    }

    /// Up/Down through the kept queries; past the newest comes back to what was typed.
    private func recall(_ prompt: inout SearchPrompt, by step: Int) {
        guard !history.isEmpty else { return }
        let current = prompt.historyIndex ?? history.count
        let next = min(max(0, current + step), history.count)
        guard next != current else { return }
        if prompt.historyIndex == nil { prompt.draft = prompt.line.text }
        prompt.historyIndex = next == history.count ? nil : next
        prompt.line = LineEdit(next == history.count ? prompt.draft : history[next])
    }

    /// Runs the line as the query; a malformed one leaves the list as it was.
    private mutating func apply(_ prompt: inout SearchPrompt) {
        let text = prompt.line.text
        do {
            let query = try QueryParser.parse(text)
            prompt.error = nil
            filter.queryText = text.trimmingSpaces
            filter.query = query
            if filter.sort == .relevance, !query.hasTextTerms { filter.sort = .votes; filter.reversed = false }
            refreshSoon()
        } catch {
            prompt.error = error
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
