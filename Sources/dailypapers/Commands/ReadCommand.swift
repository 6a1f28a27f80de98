import ArgumentParser
import DailyPapersCore
import DailyPapersReader
import DailyPapersStore
import DailyPapersTerminal
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `dailypapers [PATH...]`: the full-screen reader; `list`'s output when not on a terminal.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Read the papers full-screen (the default; prints 'list' when not on a terminal)."
    )

    @OptionGroup var digests: DigestPaths
    @OptionGroup var state: StateOptions

    func run() throws {
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
            // Piped: exactly what `list` prints, by `list` itself.
            let list = try ListCommand.parse((state.path.map { ["--state", $0] } ?? []) + ["--"] + digests.paths)
            try list.validate()
            try list.run()
            return
        }
        // Missing PATHs are named on stderr before the screen, and the reader ends with
        // status 1 as the other commands do; with none left there is nothing to read.
        let paths = try digests.existing()
        let environment = ProcessInfo.processInfo.environment
        let store = StateStore(path: StateLocation.path(explicit: state.path))
        let editor = (environment["VISUAL"] ?? environment["EDITOR"]).map { !$0.isEmpty } ?? false
        let config = Configuration.load(environment: environment)
        // Written before the screen comes up, so that they are on the terminal in full after
        // it closes: the status line has room for the start of one.
        for p in config.problems { Output.stderr("dailypapers: \(Sanitised.inert(p.description))\n") }
        if let notice = store.notice { Output.stderr("dailypapers: \(Sanitised.inert(notice))\n") }
        // The screen comes up at once; the papers arrive from `BackgroundLoad`.
        var initial = ReaderState(catalog: .empty, marks: ReaderStateBridge.marks(store.loadMarks()),
                                  history: store.loadHistory(), editorAvailable: editor,
                                  keyMap: Configuration.keyMap(config.settings))
        initial.beginLoading()
        if let session = store.loadSession() { initial.restore(ReaderStateBridge.session(session)) }
        if let notice = store.notice { _ = initial.handle(.message(Sanitised.inert(notice), error: true)) }
        if let first = MissingPaths.missing.first {
            let more = MissingPaths.missing.count > 1 ? " (and \(MissingPaths.missing.count - 1) more)" : ""
            _ = initial.handle(.message(Sanitised.inert(first) + ": no such file or folder" + more, error: true))
        }
        if let first = config.problems.first {
            let more = config.problems.count > 1 ? " (and \(config.problems.count - 1) more: dailypapers config)" : ""
            _ = initial.handle(.message(Sanitised.inert(first.description) + more, error: true))
        }
        let readerPaths = ReaderPaths(paths)
        let hooks = TerminalReader.Hooks(
            persist: { ReaderStateBridge.persist($0, to: store) },
            rememberSearch: { store.appendHistory($0) },
            fetch: { post in BackgroundFetch.start(paths: readerPaths, environment: environment, post: post) },
            load: { post in BackgroundLoad.start(paths: readerPaths, cache: CatalogCache.standard(environment: environment), post: post) })
        var reader = TerminalReader(state: initial, environment: environment, hooks: hooks,
                                    settings: Configuration.terminal(config.settings))
        let status = reader.run()
        if let failure = reader.failure { throw CLIError(failure) }
        store.saveSession(ReaderStateBridge.snapshot(reader.state.session))
        store.flush()
        if let n = reader.state.problemsFound { Output.mentionProblems(count: n) }
        if status != 0 { throw ExitCode(status) }
    }
}
