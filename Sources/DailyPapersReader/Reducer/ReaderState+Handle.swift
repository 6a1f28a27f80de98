import DailyPapersCore

extension ReaderState {
    /// The reducer: applies one event and returns what must be done outside.
    /// Pure: no I/O, the same state and event always give the same result.
    public mutating func handle(_ event: Event) -> [Effect] {
        switch event {
        case let .key(key):
            status = nil
            if key == .ctrl("c") { return [.quit] }
            switch overlay {
            case .none: return browse(key)
            case let .search(prompt): return search(key, prompt)
            case let .help(top): helpKey(key, top: top); return []
            case let .dayPicker(picker): dayPickerKey(key, picker); return []
            case let .minimumVotes(line, _): minimumVotesKey(key, line); return []
            case let .note(line, id): return noteKey(key, line, id: id)
            }
        case let .mouse(mouse):
            status = nil
            return self.mouse(mouse)
        case let .resize(w, h):
            width = max(0, w)
            height = max(0, h)
            scrollToSelection()
            scrollDetail(by: 0)
            if case var .dayPicker(picker) = overlay {
                scrollPicker(&picker)
                overlay = .dayPicker(picker)
            }
            return []
        case let .reloaded(new):
            replaceCatalog(new)
            let lib = new.library
            var text = "Reloaded \(lib.papers.count) papers from \(lib.digestFiles) digest\(lib.digestFiles == 1 ? "" : "s")"
            if !lib.problems.isEmpty { text += "; \(lib.problems.count) problems (dailypapers check)" }
            status = StatusMessage(text)
            return []
        case let .message(text, error):
            status = StatusMessage(text, isError: error)
            return []
        case let .readTimer(id):
            return readTimerFired(id)
        case let .noteEdited(id, text):
            guard let text else { return [] }
            return saveNote(text, id: id)
        }
    }

    /// Keys with no overlay open.
    mutating func browse(_ key: Key) -> [Effect] {
        switch key {
        case .char("j"), .down: move(by: 1)
        case .char("k"), .up: move(by: -1)
        case .ctrl("d"): move(by: halfPage)
        case .ctrl("u"): move(by: -halfPage)
        case .pageDown: move(by: page)
        case .pageUp: move(by: -page)
        case .char("g"), .home: move(by: Int.min / 2)
        case .char("G"), .end: move(by: Int.max / 2)
        case .enter, .tab, .backTab: focus = focus == .list ? .detail : .list; scrollToSelection()
        case .escape: back()
        case .char("/"): openSearch()
        case .char("?"): overlay = .help(top: 0)
        case .char("v"): sortByVotes()
        case .char("s"): cycleSort()
        case .char("["): stepDay(by: -1)
        case .char("]"): stepDay(by: 1)
        case .char("t"): showNewestDay()
        case .char("a"): showAllDays()
        case .char("d"): overlay = .dayPicker(DayPicker(days: catalog.library.days, allPapers: catalog.papers.count, current: filter.day))
                         if case var .dayPicker(p) = overlay { scrollPicker(&p); overlay = .dayPicker(p) }
        case .char("+"), .char("="): stepMinimumVotes(up: true)
        case .char("-"): stepMinimumVotes(up: false)
        case .char("m"): overlay = .minimumVotes(LineEdit(filter.minVotes > 0 ? String(filter.minVotes) : ""), error: nil)
        case .char("o"): return open(\.absURL, what: "abstract")
        case .char("p"): return open(\.pdfURL, what: "PDF")
        case .char("h"): return open(\.hfURL, what: "Hugging Face page")
        case .char("u"): return toggleRead()
        case .char("*"): return toggleStar()
        case .char("N"): return editNote()
        case .char("y"): return copyLink()
        case .char("Y"): return copyMarkdown()
        case .char("r"): status = StatusMessage("Reloading…"); return [.reload]
        case .ctrl("l"): return [.redraw]
        case .char("q"): return [.quit]
        default: break
        }
        return []
    }

    /// `Esc`: from the detail back to the list, else drop the kept query.
    mutating func back() {
        if focus == .detail {
            focus = .list
            scrollToSelection()
        } else if !filter.queryText.isEmpty {
            filter.queryText = ""
            filter.query = Query()
            if filter.sort == .relevance { filter.sort = .votes; filter.reversed = false }
            refresh()
            status = StatusMessage("Query cleared")
        }
    }
}
