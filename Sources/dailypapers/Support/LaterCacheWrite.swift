import DailyPapersCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The index cache a command-line command has to write: written once its answer is out,
/// so that a command never waits on the disk to answer (writing takes about a second at
/// 100,000 papers), and before the process ends.
enum LaterCacheWrite {
    nonisolated(unsafe) static var pending: CatalogLoad?

    static func finish() {
        guard let load = pending else { return }
        pending = nil
        // Standard output is closed first (in its place, /dev/null): a pipe or `$(…)`
        // reading the answer has it whole at once, not after the write.
        let null = open("/dev/null", O_WRONLY)
        if null >= 0 {
            dup2(null, STDOUT_FILENO)
            close(null)
        }
        if let problem = load.keep() { Output.stderr("dailypapers: index cache not written: \(Sanitised.inert(problem))\n") }
    }
}
