import DailyPapersCore

extension ReaderState {
    /// The reducer: applies one event and returns what must be done outside.
    /// Pure: no I/O, the same state and event always give the same result.
    public mutating func handle(_ event: Event) -> [Effect] {
        // A paper kept unread stays so while selected, or while a reload is to select it.
        defer { if keptUnread != nil && keptUnread != selectedPaper?.id && keptUnread != pendingSelection { keptUnread = nil } }
        switch event {
        case let .key(key):
            status = nil
            return takingOver { $0.pressed(key) }
        case let .mouse(mouse):
            status = nil
            return takingOver { $0.layout.tooSmall ? [] : $0.mouse(mouse) }
        case let .resize(w, h):
            width = max(0, w)
            height = max(0, h)
            scrollToSelection()
            scrollDetail(by: 0)
            if case var .dayPicker(picker) = overlay {
                scrollPicker(&picker)
                overlay = .dayPicker(picker)
            }
            // Scrolled down on a small screen, the help showed an empty box on a larger one.
            if case let .help(top) = overlay { overlay = .help(top: min(top, helpMostTop)) }
            return []
        case let .reloaded(new):
            return loaded(new)
        case let .loadProgress(done, total):
            loading?.done = done
            loading?.total = total
            return []
        case let .indexProgress(percent):
            // Reported from the index's workers, two may arrive out of order.
            if let before = loading { loading?.indexed = max(before.indexed ?? 0, percent) }
            return []
        case let .loadedFirst(partial):
            if loading != nil { replaceCatalog(partial) }
            return []
        case let .searched(found, generation):
            searched(found, generation: generation)
            return []
        case let .message(text, error):
            status = StatusMessage(text, isError: error)
            return []
        case let .fetchFinished(text, error, wroteDays):
            return fetchFinished(StatusMessage(text, isError: error), wroteDays: wroteDays)
        case let .readTimer(id):
            return readTimerFired(id)
        case let .noteEdited(id, text):
            guard let text else { return [] }
            return saveNote(text, id: id)
        }
    }

    /// A key or a click. At a start the first one ends following the load (the user has
    /// taken over); during a reload only one that changes the selected paper does, so that
    /// the paper being read is selected again once read, whatever else was pressed
    /// meanwhile (`F`, `?`, `q`, a refused `r`). (`Esc` from the prompt may make the paper
    /// it goes back to the one to follow: then it has not taken over.)
    private mutating func takingOver(_ input: (inout ReaderState) -> [Effect]) -> [Effect] {
        guard followingReload else {
            stopFollowingLoad()
            return input(&self)
        }
        let before = selectedPaper?.id, target = pendingSelection
        let effects = input(&self)
        if followingReload, selectedPaper?.id != before, pendingSelection == target { stopFollowingLoad() }
        return effects
    }

    private mutating func pressed(_ key: Key) -> [Effect] {
        if key == .ctrl("c") {
            // In a prompt, Ctrl-c cancels it as a shell's line editor does; elsewhere it quits.
            switch overlay {
            case .search, .dayPicker, .minimumVotes, .note: if !layout.tooSmall { return pressed(.escape) }
            case .none, .help: break
            }
            return [.quit]
        }
        if layout.tooSmall { return tooSmallKey(key) }
        switch overlay {
        case .none: return browse(key)
        case let .search(prompt): return search(key, prompt)
        case let .help(top): helpKey(key, top: top); return []
        case let .dayPicker(picker): dayPickerKey(key, picker); return []
        case let .minimumVotes(line, _): minimumVotesKey(key, line); return []
        case let .note(line, id): return noteKey(key, line, id: id)
        }
    }

    /// Keys while the screen only says it is too small: anything else would act unseen
    /// (a star, a letter typed into an open prompt), so only quitting, suspending and
    /// redrawing work.
    mutating func tooSmallKey(_ key: Key) -> [Effect] {
        switch keyMap[key] {
        case .quit?: return [.quit]
        case .suspend?: return [.suspend]
        case .redraw?: return [.redraw]
        default: return []
        }
    }

    /// Keys with no overlay open, through the key map.
    mutating func browse(_ key: Key) -> [Effect] {
        guard let action = keyMap[key] else { return [] }
        return perform(action)
    }

    mutating func perform(_ action: Action) -> [Effect] {
        switch action {
        case .down: move(by: 1)
        case .up: move(by: -1)
        case .halfPageDown: move(by: halfPage)
        case .halfPageUp: move(by: -halfPage)
        case .pageDown: move(by: page)
        case .pageUp: move(by: -page)
        case .first: move(by: Int.min / 2)
        case .last: move(by: Int.max / 2)
        case .focus: focus = focus == .list ? .detail : .list; scrollToSelection()
        case .back: back()
        case .search: openSearch()
        case .help: overlay = .help(top: 0)
        case .sortByVotes: sortByVotes()
        case .cycleSort: cycleSort()
        case .previousDay: stepDay(by: -1)
        case .nextDay: stepDay(by: 1)
        case .newestDay: showNewestDay()
        case .allDays: showAllDays()
        case .dayPicker:
            var p = DayPicker(days: catalog.library.days, allPapers: catalog.papers.count, current: filter.day)
            scrollPicker(&p)
            overlay = .dayPicker(p)
        case .moreVotes: stepMinimumVotes(up: true)
        case .fewerVotes: stepMinimumVotes(up: false)
        case .minimumVotes: overlay = .minimumVotes(LineEdit(filter.minVotes > 0 ? String(filter.minVotes) : "", selected: true), error: nil)
        case .openAbstract: return open(\.absURL, what: "abstract")
        case .openPDF: return open(\.pdfURL, what: "PDF")
        case .openHF: return open(\.hfURL, what: "Hugging Face page")
        case .copyLink: return copyLink()
        case .copyMarkdown: return copyMarkdown()
        case .toggleRead: return toggleRead()
        case .toggleStar: return toggleStar()
        case .editNote: return editNote()
        case .nextUnread: nextUnread()
        case .reload:
            guard loading == nil else { status = StatusMessage("Still reading the digests"); return [] }
            loading = LoadingStatus(isReload: true)
            return [.reload]
        case .fetch: status = StatusMessage("Fetching new days…"); return [.fetch]
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        case .quit:
            // The detail filling a narrow screen is left as a pager is (mutt, less): q goes back.
            if focusOnFullScreenDetail { back(); return [] }
            return [.quit]
        }
        return []
    }

    /// The detail alone on screen, as on a terminal too narrow for both panes (not one too
    /// small for anything, whose screen says q quits).
    var focusOnFullScreenDetail: Bool { focus == .detail && !layout.sideBySide && !layout.tooSmall }

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
