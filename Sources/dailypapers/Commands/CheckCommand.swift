import ArgumentParser
import DailyPapersCore

/// `dailypapers check`: every problem in the digests, then a summary; exit 1 if any.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report every problem in the digests as path:line: message.",
        discussion: "Exits with status 1 when there is any problem, 0 otherwise."
    )

    @OptionGroup var digests: DigestPaths

    func run() throws {
        let library = Loader.load(try digests.existing())
        var out = Output.Buffered()
        for p in library.problems { out.write(Sanitised.inert(p.description) + "\n") }
        let n = library.problems.count
        out.write("\(counted(library.digestFiles, "file")), \(counted(library.days.count, "day")), "
            + "\(counted(library.papers.count, "paper")), \(counted(n, "problem"))\n")
        out.flush()
        if n > 0 { throw ExitCode(1) }
    }
}
