import ArgumentParser
import DailyPapersCore
import Foundation

/// The `dailypapers` command: a reader for Hugging Face Daily Papers digests.
@main
struct DailyPapers: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "dailypapers",
        abstract: "Read Hugging Face Daily Papers digests in the terminal.",
        discussion: """
        PATH is a digest file or a folder of digests (searched recursively). With no PATH, \
        the folder in DAILYPAPERS_DIR is read, else the digests folders of config.toml, else \
        the digests shipped in seeds/ with the days that 'dailypapers fetch' kept.

        Queries: words must all match (title, authors or summary, any case); "quoted \
        phrase"; -word excludes; title: author: summary: id: votes:>=N votes:N..M \
        day:YYYY-MM-DD day:YYYY-MM day:YYYY day:A..B; a word of Hangul initial consonants matches the initials of syllables.
        """,
        version: version,
        subcommands: [ReadCommand.self, ListCommand.self, ShowCommand.self, DaysCommand.self, CheckCommand.self,
                      StarCommand.self, UnstarCommand.self, MarkReadCommand.self, MarkUnreadCommand.self,
                      NoteCommand.self, ExportCommand.self, ConfigCommand.self, StateBurstCommand.self, FetchCommand.self],
        defaultSubcommand: ReadCommand.self
    )

    /// As ParsableCommand's, and then the index cache a command left to write
    /// (`LaterCacheWrite`), once its answer is out. A command that failed leaves it to the
    /// next: its message is not held back for the write. A command that answered without
    /// a PATH that does not exist still fails (`MissingPaths`).
    static func main() {
        do {
            try checkHelpTopic(Array(CommandLine.arguments.dropFirst()))
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exitInert(error)
        }
        LaterCacheWrite.finish()
        if MissingPaths.found { exit(withError: ExitCode(1)) }
    }

    /// `dailypapers help NAME`: the parser's own `help` shows the main help for a name that
    /// is no command, and exits 0 as if it had answered; here that is a usage error.
    static func checkHelpTopic(_ arguments: [String]) throws {
        guard arguments.count >= 2, arguments[0] == "help", !arguments[1].hasPrefix("-") else { return }
        let names = configuration.subcommands.filter { $0.configuration.shouldDisplay }.compactMap { $0.configuration.commandName }
        guard !names.contains(arguments[1]) else { return }
        throw ValidationError("help: no command '\(arguments[1])'; the commands are \(names.joined(separator: ", "))")
    }

    /// As `exit(withError:)`, with the message's control characters made inert: the
    /// parser's own errors quote the argument as given (`Unknown option '--x␛[2J'`).
    static func exitInert(_ error: Error) -> Never {
        let code = exitCode(for: error)
        let message = fullMessage(for: error)
        if !message.isEmpty {
            let inert = message.split(separator: "\n", omittingEmptySubsequences: false)
                .map { Sanitised.inert(String($0)) }.joined(separator: "\n")
            if code == .success { print(inert) } else { FileHandle.standardError.write(Data((inert + "\n").utf8)) }
        }
        Foundation.exit(code.rawValue)
    }
}
