import ArgumentParser
import DailyPapersCore
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

    func run() throws {
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
            // Piped: exactly what `list` prints, by `list` itself.
            let list = try ListCommand.parse(["--"] + digests.paths)
            try list.validate()
            try list.run()
            return
        }
        let paths = try digests.resolved()
        let catalog = Catalog(Loader.load(paths))
        var reader = TerminalReader(catalog: catalog, environment: ProcessInfo.processInfo.environment) {
            Catalog(Loader.load(paths))
        }
        let status = reader.run()
        Output.mentionProblems(catalog.library)
        if status != 0 { throw ExitCode(status) }
    }
}
