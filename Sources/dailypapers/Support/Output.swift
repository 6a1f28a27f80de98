import DailyPapersCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Standard output and error, buffered, and what the terminal can tell about itself.
enum Output {
    /// The terminal's width when standard output is one, else nil.
    static var terminalWidth: Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let cols = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), cols > 0 { return cols }
        return 80
    }

    static func stdout(_ text: String) { FileHandle.standardOutput.write(Data(text.utf8)) }
    static func stderr(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }

    /// Collects output and writes it in large chunks: a list of a million papers is not a
    /// million system calls.
    struct Buffered {
        private var pending = ""
        mutating func write(_ s: String) {
            pending += s
            if pending.utf8.count >= 1 << 16 { flush() }
        }
        mutating func flush() {
            Output.stdout(pending)
            pending = ""
        }
    }

    /// One line on stderr when the digests had problems, so that a pipe still gets clean output.
    static func mentionProblems(_ library: Library) { mentionProblems(count: library.problems.count) }

    static func mentionProblems(count n: Int) {
        guard n > 0 else { return }
        stderr("dailypapers: \(n) problem\(n == 1 ? "" : "s") in the digests; run 'dailypapers check' to see \(n == 1 ? "it" : "them")\n")
    }
}
