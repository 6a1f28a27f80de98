import DailyPapersCore

/// Everything the reader shows, as a value: the reducer (`handle`) changes it, the views
/// (`Screen.render`) draw it.
public struct ReaderState: Sendable {
    public private(set) var catalog: Catalog
    /// The terminal's size in cells.
    public internal(set) var width: Int
    public internal(set) var height: Int
    public internal(set) var filter = Filter()
    /// The papers the filter lets through, in order. Searched again only when the filter
    /// changes, never while drawing.
    public internal(set) var hits: [Hit] = []
    /// Index into `hits`.
    public internal(set) var selected = 0
    /// The first visible row of the list and of the detail pane.
    public internal(set) var listTop = 0
    public internal(set) var detailTop = 0
    public internal(set) var focus: Focus = .list
    public internal(set) var overlay: Overlay = .none
    /// Queries kept with `Enter`, oldest first.
    public internal(set) var history: [String] = []
    public internal(set) var status: StatusMessage?
    /// Read, starred and noted papers.
    public internal(set) var marks: UserMarks
    /// `N` opens `$EDITOR` when there is one, else a prompt line.
    public let editorAvailable: Bool
    /// What each key does in the panes.
    public let keyMap: KeyMap
    /// The digests being read in the background; nil once every paper is here.
    public internal(set) var loading: LoadingStatus?
    /// Until the user presses a key, each catalog a load brings selects the session's
    /// paper (`pendingSelection`) or the top row, not whatever an earlier one had selected.
    var followsLoad = false
    var pendingSelection: String?
    /// The paper `Esc` would select again, when a reload let the catalog go with the `/`
    /// prompt open: kept until a catalog holds it.
    var pendingSavedSelection: String?
    /// The paper `u` made unread: the read timer leaves it so while it stays selected.
    var keptUnread: String?
    /// Searches typed at the prompt are left for `takeSearch()`'s caller to run on another
    /// thread instead of in the reducer (the terminal does this; tests mostly do not).
    public var searchesInBackground = false
    /// A background search is on its way: the list is the previous query's until it answers.
    public internal(set) var searchPending = false
    var searchGeneration = 0
    var queuedSearch: SearchRequest?
    /// What the search that gave `hits` learnt, for the next (`SearchMemo`); nil when
    /// `hits` did not come from a search of this catalog.
    var memo: SearchMemo?

    public init(catalog: Catalog, width: Int = 100, height: Int = 30, marks: UserMarks = UserMarks(),
                history: [String] = [], editorAvailable: Bool = false, keyMap: KeyMap = KeyMap()) {
        self.keyMap = keyMap
        self.catalog = catalog
        self.width = width
        self.height = height
        self.marks = marks
        self.history = history
        self.editorAvailable = editorAvailable
        hits = searchNow()
    }

    var searchRequest: SearchRequest {
        SearchRequest(generation: searchGeneration, catalog: catalog, query: filter.effectiveQuery,
                      order: filter.sort, reversed: filter.reversed, marks: marks, after: memo)
    }

    /// Searches here and now; an answer still on its way from another thread is dropped.
    mutating func searchNow() -> [Hit] {
        searchGeneration += 1
        queuedSearch = nil
        searchPending = false
        let answer = searchRequest.run()
        memo = answer.memo
        return answer.hits
    }

    /// The search the prompt asked for, to run on another thread and answer with
    /// `Event.searched`; nil when there is none (or `searchesInBackground` is off).
    public mutating func takeSearch() -> SearchRequest? {
        defer { queuedSearch = nil }
        return queuedSearch
    }

    /// The selected hit, if the list is not empty.
    public var selectedHit: Hit? { hits.indices.contains(selected) ? hits[selected] : nil }
    public var selectedPaper: Paper? { selectedHit.map { catalog.papers[$0.paper] } }

    /// Where everything goes at the current size.
    public var layout: Layout {
        Layout(width: width, height: height, focus: focus, promptLine: overlay.usesPromptLine)
    }

    // MARK: - Keeping the list consistent

    /// Runs the search again after the filter changed, keeping the selected paper when it
    /// is still listed.
    mutating func refresh() {
        let keep = selectedHit?.paper
        hits = searchNow()
        reselect(paper: keep)
    }

    /// `refresh()` for the prompt: in the background when the terminal runs searches there.
    mutating func refreshSoon() {
        guard searchesInBackground else { refresh(); return }
        searchGeneration += 1
        searchPending = true
        queuedSearch = searchRequest
    }

    /// The answer of a background search, if it is still the one wanted.
    mutating func searched(_ found: SearchAnswer, generation: Int) {
        guard generation == searchGeneration, searchPending else { return }
        searchPending = false
        let keep = selectedHit?.paper
        hits = found.hits
        memo = found.memo
        reselect(paper: keep)
    }

    /// Selects `paper` (an index into `catalog.papers`) if listed, else the first row.
    mutating func reselect(paper: Int?) {
        let row = paper.flatMap { p in hits.firstIndex { $0.paper == p } } ?? 0
        if row != selected || paper == nil { detailTop = 0 }
        selected = row
        listTop = 0
        scrollToSelection()
    }

    mutating func replaceCatalog(_ new: Catalog) {
        let id = followsLoad ? pendingSelection : selectedPaper?.id
        var prompt: SearchPrompt?
        if case let .search(p) = overlay { prompt = p }
        let savedID = pendingSavedSelection ?? prompt?.saved.selectedID(in: catalog)
        catalog = new
        memo = nil
        if var prompt {
            // What `Esc` goes back to held papers of the old catalog: found again in this one.
            let typed = filter
            filter = prompt.saved.filter
            hits = searchNow()
            let found = savedID.flatMap { catalog.library.position(of: $0) }
            if found != nil { pendingSavedSelection = nil }
            reselect(paper: found)
            prompt.saved = savedList
            overlay = .search(prompt)
            filter = typed
        }
        hits = searchNow()
        reselect(paper: id.flatMap { catalog.library.position(of: $0) })
        if case let .dayPicker(old) = overlay {
            // Opened during a load, it lists the days read so far: all of them now, on the
            // same day.
            var picker = DayPicker(days: catalog.library.days, allPapers: catalog.papers.count,
                                   current: old.selected > 0 ? old.days[old.selected - 1].day : nil)
            picker.typed = old.typed
            scrollPicker(&picker)
            overlay = .dayPicker(picker)
        }
    }

    mutating func restore(_ saved: SavedList) {
        searchGeneration += 1
        queuedSearch = nil
        searchPending = false
        filter = saved.filter
        hits = saved.hits
        memo = nil
        selected = saved.selected
        listTop = saved.listTop
        scrollToSelection()
    }

    var savedList: SavedList {
        SavedList(filter: filter, hits: hits, selected: selected, listTop: listTop)
    }

    /// Moves the selection, clamped to the list.
    mutating func select(_ row: Int) {
        let new = hits.isEmpty ? 0 : min(max(0, row), hits.count - 1)
        if new != selected { detailTop = 0 }
        selected = new
        scrollToSelection()
    }

    /// Scrolls the list just enough that the selection is visible.
    mutating func scrollToSelection() {
        let rows = max(1, layout.list.height)
        if selected < listTop { listTop = selected }
        if selected >= listTop + rows { listTop = selected - rows + 1 }
        listTop = min(max(0, listTop), max(0, hits.count - rows))
    }

    /// Lines in the detail pane for the selected paper at the current width.
    var detailLineCount: Int {
        guard let hit = selectedHit else { return 0 }
        let paper = catalog.papers[hit.paper]
        return DetailView.lines(paper, highlights: nil, width: layout.detailTextWidth,
                                flags: marks[paper.id], note: marks.notes[paper.id]).count
    }

    mutating func scrollDetail(by n: Int) {
        let rows = max(1, layout.detail.height)
        detailTop = min(max(0, detailTop + n), max(0, detailLineCount - rows))
    }
}
