import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The real reader on a pseudo-terminal: from spawning `dailypapers PATH` to the first
/// frame that lists papers (its status line shows the position `1/N`), then `q`.
struct ReaderStartup {
    let binary: String
    let corpus: String

    enum Failure: Error { case pty(String), timeout, exited }

    /// Seconds to the first screen of papers.
    func measure() throws -> Double {
        let run = try Spawned(binary: binary, corpus: corpus, cache: nil)
        defer { run.stop() }
        return try run.waitFor(within: 60) { Self.listsPapers($0) }
    }

    /// The reader's peak resident size on a first start, as a user meets it: every paper
    /// loaded and shown, the common words learnt and the index cache written (its file in
    /// place) in `cache`, a folder the caller owns; then its peak once `r` has read every
    /// paper again (from that cache), the papers it held let go first.
    func peaksOfFirstStartAndReload(total: Int, cache: String) throws -> (firstStart: Int, reload: Int) {
        let run = try Spawned(binary: binary, corpus: corpus, cache: cache)
        defer { run.stop() }
        _ = try run.waitFor(within: 300) { Self.listsAll($0, total) }
        let start = Clock.now()
        while Clock.now() - start < 300 {
            let written = (try? FileManager.default.contentsOfDirectory(atPath: cache))?.contains { $0.hasSuffix(".index") } ?? false
            if written {
                let first = ProcessMemory.peakBytes(of: run.process.processIdentifier)
                run.send("r")
                _ = try run.waitFor(within: 300) { Self.contains($0, Array("Reloaded \(total) papers".utf8)) }
                return (first, ProcessMemory.peakBytes(of: run.process.processIdentifier))
            }
            guard run.process.isRunning else { throw Failure.exited }
            usleep(20_000)
        }
        throw Failure.timeout
    }

    /// Seconds from spawning the reader to every paper listed, with the index cache in
    /// `cache` current.
    func allFromCache(total: Int, cache: String) throws -> Double {
        let run = try Spawned(binary: binary, corpus: corpus, cache: cache)
        defer { run.stop() }
        return try run.waitFor(within: 60) { Self.listsAll($0, total) }
    }

    /// The status line's position (`1/97741`) or the header's count, whichever the
    /// terminal's update writes whole.
    static func listsAll(_ bytes: [UInt8], _ total: Int) -> Bool {
        contains(bytes, Array("/\(total)".utf8)) || contains(bytes, Array("\(total) papers".utf8))
    }

    /// The reader on a pseudo-terminal of 120×40, in a home of its own.
    private final class Spawned {
        let process = Process()
        let master: Int32
        let start: Double
        let home = NSTemporaryDirectory() + "dailypapers-bench-reader-\(getpid())"
        private var seen: [UInt8] = []

        init(binary: String, corpus: String, cache: String?) throws {
            // posix_openpt and friends are hidden from Swift's Glibc module; these are the
            // Linux ioctls they wrap (TIOCSPTLCK unlocks, TIOCGPTN names the other end).
            master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
            guard master >= 0 else { throw Failure.pty(String(cString: strerror(errno))) }
            var unlock: Int32 = 0, number: UInt32 = 0
            guard ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else {
                close(master)
                throw Failure.pty(String(cString: strerror(errno)))
            }
            var size = winsize(ws_row: 40, ws_col: 120, ws_xpixel: 0, ws_ypixel: 0)
            _ = ioctl(master, UInt(TIOCSWINSZ), &size)
            let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
            guard slave >= 0 else { close(master); throw Failure.pty(String(cString: strerror(errno))) }
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = [corpus]
            process.environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": home,
                                   "XDG_DATA_HOME": home + "/data", "DAILYPAPERS_CONFIG": home + "/none.toml",
                                   // The first screen comes from the newest digests, cache or not.
                                   "DAILYPAPERS_CACHE": cache ?? "off"]
            let tty = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
            process.standardInput = tty; process.standardOutput = tty; process.standardError = tty
            start = Clock.now()
            do { try process.run() } catch { close(master); throw error }
            try? tty.close()
        }

        /// Reads the screen's bytes until `done` holds for the newest of them (each read's
        /// with the 32 bytes before it, so that a text cut by a read is still found);
        /// seconds since spawn.
        func waitFor(within limit: Double, _ done: ([UInt8]) -> Bool) throws -> Double {
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while Clock.now() - start < limit {
                var fd = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                guard poll(&fd, 1, 100) > 0 else { if !process.isRunning { throw Failure.exited }; continue }
                let n = read(master, &buffer, buffer.count)
                guard n > 0 else { throw Failure.exited }
                seen = Array(seen.suffix(32)) + buffer[0..<n]
                if done(seen) { return Clock.now() - start }
            }
            throw Failure.timeout
        }

        func send(_ keys: String) {
            _ = keys.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count - 1) }
        }

        func stop() {
            if process.isRunning { _ = write(master, "q", 1) }
            let deadline = Clock.now() + 5
            while process.isRunning && Clock.now() < deadline { usleep(10_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            close(master)
            try? FileManager.default.removeItem(atPath: home)
        }
    }

    static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        for i in 0...(bytes.count - needle.count) where bytes[i] == first && bytes[i..<i + needle.count].elementsEqual(needle) {
            return true
        }
        return false
    }

    /// `1/` and a digit: the status line's position once the list has a row.
    static func listsPapers(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 3 else { return false }
        for i in 0..<(bytes.count - 2) where bytes[i] == 0x31 && bytes[i + 1] == 0x2F {
            if bytes[i + 2] >= 0x31 && bytes[i + 2] <= 0x39 { return true }
        }
        return false
    }
}
