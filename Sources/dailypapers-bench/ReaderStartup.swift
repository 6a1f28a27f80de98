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
        // posix_openpt and friends are hidden from Swift's Glibc module; these are the
        // Linux ioctls they wrap (TIOCSPTLCK unlocks, TIOCGPTN names the other end).
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        guard master >= 0 else { throw Failure.pty(String(cString: strerror(errno))) }
        defer { close(master) }
        var unlock: Int32 = 0, number: UInt32 = 0
        guard ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else {
            throw Failure.pty(String(cString: strerror(errno)))
        }
        let name = "/dev/pts/\(number)"
        var size = winsize(ws_row: 40, ws_col: 120, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let slave = open(name, O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw Failure.pty(String(cString: strerror(errno))) }
        let home = NSTemporaryDirectory() + "dailypapers-bench-reader-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: home) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = [corpus]
        p.environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": home,
                         "XDG_DATA_HOME": home + "/data", "DAILYPAPERS_CONFIG": home + "/none.toml",
                         // The first screen comes from the newest digests, cache or not.
                         "DAILYPAPERS_CACHE": "off"]
        let tty = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        p.standardInput = tty; p.standardOutput = tty; p.standardError = tty
        let start = Clock.now()
        try p.run()
        try? tty.close()
        defer {
            if p.isRunning { kill(p.processIdentifier, SIGKILL) }
            p.waitUntilExit()
        }
        var seen: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while Clock.now() - start < 60 {
            var fd = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&fd, 1, 100) > 0 else { if !p.isRunning { throw Failure.exited }; continue }
            let n = read(master, &buffer, buffer.count)
            guard n > 0 else { throw Failure.exited }
            seen.append(contentsOf: buffer[0..<n])
            if Self.listsPapers(seen) {
                let elapsed = Clock.now() - start
                _ = write(master, "q", 1)
                return elapsed
            }
        }
        throw Failure.timeout
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
