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

    /// Opens the store to read marks; nil when there is none yet (no marks, and none made
    /// for a look). A state file that is there but cannot be used is an error, and so is a
    /// `--state` that names none when the answer depends on the marks (`needed`): an answer
    /// without them would read as "nothing starred". A notice (moved aside) goes to stderr.
    func openForMarks(needed: Bool = true) throws -> StateStore? {
        guard let requested = StateLocation.path(explicit: path) else { return nil }
        guard FileManager.default.fileExists(atPath: requested) else {
            if path != nil && needed { throw CLIError("cannot read marks: no state file at \(Sanitised.inert(requested))") }
            return nil
        }
        let store = StateStore(path: requested)
        if !store.isPersistent {
            throw CLIError("cannot read marks: \(Sanitised.inert(store.notice ?? "no state file"))")
        }
        if let notice = store.notice { Output.stderr("dailypapers: \(Sanitised.inert(notice))\n") }
        return store
    }

    /// One paper's marks, shown beside it; nil when it has none.
    func mark(of id: String) throws -> PaperMark? {
        try openForMarks(needed: false)?.loadMarks()[id]
    }

    /// Whether `query` asks about marks (`is:`, `has:`).
    static func asksAboutMarks(_ query: Query) -> Bool {
        query.terms.contains { if case .mark = $0.kind { return true }; return false }
    }

    /// The marks of every paper, read only when the query asks about them.
    func marks(for catalog: Catalog, query: Query) throws -> ((Int) -> PaperFlags)? {
        guard Self.asksAboutMarks(query) else { return nil }
        guard let store = try openForMarks() else { return { _ in [] } }
        let marks = PaperMarks(papers: catalog.papers, marks: store.loadMarks())
        return { marks[$0] }
    }
}
