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

    public init(catalog: Catalog, width: Int = 100, height: Int = 30, marks: UserMarks = UserMarks(),
                history: [String] = [], editorAvailable: Bool = false, keyMap: KeyMap = KeyMap()) {
        self.keyMap = keyMap
        self.catalog = catalog
        self.width = width
        self.height = height
        self.marks = marks
        self.history = history
        self.editorAvailable = editorAvailable
        hits = []
        hits = runSearch()
    }

    /// The catalog's answer to the filter, with the user's marks for `is:` and `has:`.
    func runSearch() -> [Hit] {
        let marks = self.marks, papers = catalog.papers
        return catalog.search(filter.effectiveQuery, order: filter.sort, reversed: filter.reversed,
                              marks: { marks[papers[$0].id] })
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
        hits = runSearch()
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
        let id = selectedPaper?.id
        catalog = new
        hits = runSearch()
        reselect(paper: id.flatMap { catalog.library.position(of: $0) })
    }

    mutating func restore(_ saved: SavedList) {
        filter = saved.filter
        hits = saved.hits
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
