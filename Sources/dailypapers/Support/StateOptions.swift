import ArgumentParser
import DailyPapersCore
import DailyPapersStore

/// `--state PATH`, for every command that reads or writes the user's marks.
struct StateOptions: ParsableArguments {
    @Option(name: .customLong("state"),
            help: "The state file (default: $DAILYPAPERS_STATE, else $XDG_STATE_HOME/dailypapers/state.sqlite).",
            completion: .file())
    var path: String?

    /// Opens the store; a notice (moved aside, not kept) goes to stderr.
    func open() -> StateStore {
        let store = StateStore(path: StateLocation.path(explicit: path))
        if let notice = store.notice { Output.stderr("dailypapers: \(Sanitised.inert(notice))\n") }
        return store
    }

    /// The marks of every paper, read only when the query asks about them.
    func marks(for catalog: Catalog, query: Query) -> ((Int) -> PaperFlags)? {
        let needed = query.terms.contains { if case .mark = $0.kind { return true }; return false }
        guard needed else { return nil }
        let store = open()
        let marks = PaperMarks(papers: catalog.papers, marks: store.loadMarks())
        return { marks[$0] }
    }
}
