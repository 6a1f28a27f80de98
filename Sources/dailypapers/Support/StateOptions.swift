import ArgumentParser
import DailyPapersCore
import DailyPapersStore
import Foundation

/// `--state PATH`, for every command that reads or writes the user's marks.
struct StateOptions: ParsableArguments {
    @Option(name: .customLong("state"),
            help: "The state file (default: $DAILYPAPERS_STATE, else $XDG_STATE_HOME/dailypapers/state.sqlite).",
            completion: .file())
    var path: String?

    /// Opens the store to change it; what went wrong is the caller's to say.
    func openQuietly() -> StateStore { StateStore(path: StateLocation.path(explicit: path)) }

    /// Opens the store to read marks. A state file that is there but cannot be used is an
    /// error: an answer without its marks would read as "nothing starred". With no home
    /// folder there is no state, and no marks. A notice (moved aside) goes to stderr.
    func openForMarks() throws -> StateStore {
        let requested = StateLocation.path(explicit: path)
        let store = StateStore(path: requested)
        if !store.isPersistent, requested != nil {
            throw CLIError("cannot read marks: \(Sanitised.inert(store.notice ?? "no state file"))")
        }
        if let notice = store.notice { Output.stderr("dailypapers: \(Sanitised.inert(notice))\n") }
        return store
    }

    /// One paper's marks when a state file is there; nil when none is (a look at a paper
    /// creates no state file) or the paper has none.
    func mark(of id: String) throws -> PaperMark? {
        guard let requested = StateLocation.path(explicit: path), FileManager.default.fileExists(atPath: requested) else { return nil }
        return try openForMarks().loadMarks()[id]
    }

    /// The marks of every paper, read only when the query asks about them.
    func marks(for catalog: Catalog, query: Query) throws -> ((Int) -> PaperFlags)? {
        let needed = query.terms.contains { if case .mark = $0.kind { return true }; return false }
        guard needed else { return nil }
        let store = try openForMarks()
        let marks = PaperMarks(papers: catalog.papers, marks: store.loadMarks())
        return { marks[$0] }
    }
}
