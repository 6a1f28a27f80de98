import ArgumentParser
import DailyPapersCore
import Foundation

/// `dailypapers config`: where the settings come from and whether they are right.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Check config.toml, or print an example with every setting at its default.",
        discussion: "Prints the file in use and every wrong setting as path:line: key: message; exit status 1 when any."
    )

    @Flag(help: "Print an example config.toml with every setting at its default.")
    var example = false

    func run() throws {
        if example { Output.stdout(Configuration.example); return }
        let (path, settings, problems) = Configuration.load()
        guard let path else { Output.stdout("no config file: HOME is not set\n"); return }
        for p in problems { Output.stdout(Sanitised.inert(p.description) + "\n") }
        // Right as a setting, but the reader would find nothing there.
        let absent = settings.digests.filter { !FileManager.default.fileExists(atPath: $0) }
        for folder in absent { Output.stdout("\(path): digests: '\(Sanitised.inert(folder))' is not there\n") }
        let exists = FileManager.default.fileExists(atPath: path)
        var summary = problems.isEmpty ? "all settings in force" : "\(problems.count) wrong setting\(problems.count == 1 ? "" : "s") (defaults used)"
        if !absent.isEmpty { summary += ", \(absent.count) digests folder\(absent.count == 1 ? "" : "s") not there" }
        Output.stdout("\(path): \(exists ? "" : "not there, so ")\(summary)\n")
        if !problems.isEmpty || !absent.isEmpty { throw ExitCode(1) }
    }
}
