import ArgumentParser
import DailyPapersCore
import DailyPapersStore
import Foundation

/// What the mark commands share: an arXiv id, the state file, and a check against the digests.
struct MarkTarget: ParsableArguments {
    @Argument(help: "The paper's arXiv id (2404.16710) or URL.")
    var id: String

    @OptionGroup var state: StateOptions

    /// The normalised id, or an error that says what an id looks like.
    func paperID() throws -> String {
        guard let key = ArxivID.fromURL(id[...]) ?? ArxivID.normalise(id[...]) else {
            throw CLIError("'\(Sanitised.short(id))' is not an arXiv id; ids look like 2404.16710 or hep-th/9901001")
        }
        return key
    }

    /// Runs one write and waits for it: a command returns only once the change is on disk.
    func apply(_ write: (StateStore, String, @escaping StateStore.Completion) -> Void, done: String) throws {
        let key = try paperID()
        let store = state.openQuietly()
        guard store.isPersistent else { throw CLIError("nothing was saved: \(Sanitised.inert(store.notice ?? "no state file"))") }
        if let notice = store.notice { Output.stderr("dailypapers: \(Sanitised.inert(notice))\n") }
        let result = Completion()
        write(store, key) { result.set($0) }
        store.flush()
        if case .failure(let error)? = result.value {
            throw CLIError("could not save to \(store.path ?? "the state file"): \(error)")
        }
        Output.stdout("\(key): \(done)\n")
    }

    /// Holds a write's result until `flush` returns.
    final class Completion: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: Result<Void, Error>?
        func set(_ r: Result<Void, Error>) { lock.lock(); stored = r; lock.unlock() }
        var value: Result<Void, Error>? { lock.lock(); defer { lock.unlock() }; return stored }
    }
}

struct StarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "star", abstract: "Star a paper.")
    @OptionGroup var target: MarkTarget
    func run() throws { try target.apply({ $0.setStarred($1, true, completion: $2) }, done: "starred") }
}

struct UnstarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unstar", abstract: "Remove a paper's star.")
    @OptionGroup var target: MarkTarget
    func run() throws { try target.apply({ $0.setStarred($1, false, completion: $2) }, done: "not starred") }
}

struct MarkReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "read", abstract: "Mark a paper read.")
    @OptionGroup var target: MarkTarget
    func run() throws { try target.apply({ $0.setRead($1, true, completion: $2) }, done: "read") }
}

struct MarkUnreadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unread", abstract: "Mark a paper unread.")
    @OptionGroup var target: MarkTarget
    func run() throws { try target.apply({ $0.setRead($1, false, completion: $2) }, done: "unread") }
}

struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note", abstract: "Set a paper's note; an empty TEXT removes it.")
    @OptionGroup var target: MarkTarget
    @Argument(help: "The note.") var text: [String] = []
    func run() throws {
        let note = text.joined(separator: " ")
        try target.apply({ $0.setNote($1, note, completion: $2) }, done: note.isEmpty ? "note removed" : "note saved")
    }
}
