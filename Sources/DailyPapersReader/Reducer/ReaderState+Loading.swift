import DailyPapersCore

extension ReaderState {
    /// The reader starts before the digests are read: `Event.loadProgress`, `.loadedFirst`
    /// and last `.reloaded` bring them while the keys already work.
    public mutating func beginLoading() {
        loading = LoadingStatus()
        followsLoad = true
    }

    /// The problems to mention on leaving; nil while the digests are still being read (the
    /// catalog is then a part of them, and so is its count).
    public var problemsFound: Int? {
        loading == nil ? catalog.library.problems.count : nil
    }

    /// A reload is under way and the user has not chosen another paper since it began:
    /// the paper selected then is to be selected again once read.
    var followingReload: Bool { followsLoad && loading?.isReload == true }

    /// A key or a click: from now on a new catalog keeps what the user selected.
    mutating func stopFollowingLoad() {
        followsLoad = false
        pendingSelection = nil
    }

    /// Lets go of the papers before they are read again (`Effect.reload`, called by whoever
    /// performs it): held until the new ones came, they doubled the reader's memory for the
    /// length of a reload (2.9–3.1× the digests at 100,000 papers, where a first start
    /// peaks at 1.97×). The newest digests come back first, as at a start, and the selected
    /// paper is selected again once it is read, unless a key chose another meanwhile.
    public mutating func releaseCatalogForReload() {
        guard loading?.isReload == true else { return }
        if !followsLoad {
            pendingSelection = selectedPaper?.id
            followsLoad = true
        }
        if case let .search(prompt) = overlay { pendingSavedSelection = prompt.saved.selectedID(in: catalog) }
        replaceCatalog(.empty)
    }

    /// A fetch ended; when it wrote days, they are read with the others.
    mutating func fetchFinished(_ message: StatusMessage, wroteDays: Bool) -> [Effect] {
        status = message
        guard wroteDays else { return [] }
        guard loading == nil else {
            // This load may have listed the files before the fetch wrote them.
            loading?.again = true
            loading?.then = message
            return []
        }
        loading = LoadingStatus(isReload: true, then: message)
        return [.reload]
    }

    /// Every paper is here (the load at start, `r`, or after a fetch).
    mutating func loaded(_ new: Catalog) -> [Effect] {
        let atStart = loading.map { !$0.isReload } ?? false
        let then = loading?.then, again = loading?.again ?? false
        replaceCatalog(new)
        loading = nil
        followsLoad = false
        pendingSelection = nil
        pendingSavedSelection = nil
        let lib = new.library
        let problems = lib.problems.isEmpty ? "" : "\(lib.problems.count) problem\(lib.problems.count == 1 ? "" : "s") in the digests (dailypapers check)"
        if atStart {
            // A saved day that no file holds any more: all days, as at a start without it.
            if let day = filter.day, !lib.days.contains(where: { $0.day == day }) {
                filter.day = nil
                refresh()
            }
            if status == nil, !problems.isEmpty { status = StatusMessage(problems) }
        } else {
            var said = then ?? StatusMessage("Reloaded \(counted(lib.papers.count, "paper")) from \(counted(lib.digestFiles, "digest"))")
            if !problems.isEmpty { said.text += "; " + problems }
            status = said
        }
        guard again else { return [] }
        loading = LoadingStatus(isReload: true, then: then)
        return [.reload]
    }
}
