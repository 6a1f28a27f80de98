import CNcursesw
import DailyPapersReader
import Foundation
import Glibc

/// Events from other threads (a fetch in the background) for the run loop: kept under a
/// lock, with a byte on a pipe so that the loop's poll wakes up.
final class EventInbox: @unchecked Sendable {
    let readFD: Int32
    private let writeFD: Int32
    private let lock = NSLock()
    private var events: [Event] = []

    init?() {
        var fds: [Int32] = [0, 0]
        guard dp_pipe(&fds, 1) == 0 else { return nil }
        readFD = fds[0]
        writeFD = fds[1]
    }

    deinit { close(readFD); close(writeFD) }

    /// From any thread.
    func post(_ event: Event) {
        lock.withLock { events.append(event) }
        var byte: UInt8 = 1
        _ = write(writeFD, &byte, 1)
    }

    /// On the loop's thread: what arrived, oldest first.
    func drain() -> [Event] {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(readFD, &buffer, buffer.count) > 0 {}
        return lock.withLock { defer { events.removeAll() }; return events }
    }
}
