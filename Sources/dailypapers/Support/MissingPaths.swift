import ArgumentParser
import DailyPapersCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// PATHs named on the command line that do not exist. As `cat` and `ls` do, each is said
/// on stderr and the command still answers for the others; the process then ends with
/// status 1 (`DailyPapers.main`), so that a script learns it got less than it asked for.
/// A missing PATH is the user's slip, not a problem in a digest: it is not left to
/// `check` to list, nor counted among the problems the other commands mention.
enum MissingPaths {
    /// The PATHs found missing, in the order given; read when the command has answered.
    nonisolated(unsafe) static var missing: [String] = []
    static var found: Bool { !missing.isEmpty }

    /// `paths` less those that do not exist, each of those said on stderr. With none
    /// left there is nothing to answer for: exit status 1, and nothing on stdout.
    static func dropped(from paths: [String]) throws -> [String] {
        var kept: [String] = []
        for path in paths {
            if exists(path) {
                kept.append(path)
            } else {
                missing.append(path)
                Output.stderr("dailypapers: \(Sanitised.inert(path)): no such file or folder\n")
            }
        }
        if kept.isEmpty && !paths.isEmpty { throw ExitCode(1) }
        return kept
    }

    /// False only when the path or a folder on it is not there: a path that is there but
    /// may not be read stays, for the load to report as a problem with its reason.
    private static func exists(_ path: String) -> Bool {
        var st = stat()
        if stat(path, &st) == 0 { return true }
        return errno != ENOENT && errno != ENOTDIR
    }
}
