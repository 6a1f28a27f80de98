import ArgumentParser
import DailyPapersStore
import Foundation

/// A hidden command for the fault tests: stars `count` papers as fast as it can and prints
/// `ok ID` as each write is acknowledged, so a test can kill it mid-burst and check that
/// every acknowledged change survived.
struct StateBurstCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "_state-burst", shouldDisplay: false)

    @Option var state: String
    @Option var prefix: String = "9999"
    @Option var count: Int = 1000
    /// Print the starred ids in the file instead (for checking afterwards).
    @Flag var list = false

    func run() throws {
        let store = StateStore(path: state)
        guard store.isPersistent else { throw CLIError(store.notice ?? "no store") }
        if list {
            for (id, mark) in store.loadMarks() where mark.starred { Output.stdout(id + "\n") }
            return
        }
        for i in 0..<count {
            let id = String(format: "%@.%05d", prefix, i)
            store.setStarred(id, true) { result in
                if case .success = result { Output.stdout("ok \(id)\n") }
            }
        }
        store.flush()
        Output.stdout("done\n")
    }
}
