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

    /// A key or a click: from now on a new catalog keeps what the user selected.
    mutating func stopFollowingLoad() {
        followsLoad = false
        pendingSelection = nil
    }

    /// Every paper is here (the load at start, `R`, or after a fetch).
    mutating func loaded(_ new: Catalog) {
        let atStart = loading.map { !$0.isReload } ?? false
        replaceCatalog(new)
        loading = nil
        followsLoad = false
        pendingSelection = nil
        let lib = new.library
        let problems = lib.problems.isEmpty ? "" : "\(lib.problems.count) problem\(lib.problems.count == 1 ? "" : "s") in the digests (dailypapers check)"
        if atStart {
            // A saved day that no file holds any more: all days, as at a start without it.
            if let day = filter.day, !lib.days.contains(where: { $0.day == day }) {
                filter.day = nil
                refresh()
            }
            if status == nil, !problems.isEmpty { status = StatusMessage(problems) }
            return
        }
        var text = "Reloaded \(counted(lib.papers.count, "paper")) from \(counted(lib.digestFiles, "digest"))"
        if !problems.isEmpty { text += "; " + problems }
        status = StatusMessage(text)
    }
}
