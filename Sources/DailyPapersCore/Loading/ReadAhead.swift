import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Asks the kernel to start reading files, in the order they will be wanted, before their
/// reader gets there.
///
/// The parsers, one per core, each read a file and then parse it: with the files on disk
/// (a first start after a boot) every read left a core idle until the disk answered, and
/// a load took 3.1–3.4× as long as reading the files alone at 100,000 papers (2.5–2.7×
/// with this). From one thread that only queues the reads, the disk works while the cores
/// parse. The index cache is read the same way, a window at a time: from disk, its start
/// at a million papers took 4.8–5.1 s, 1.7–2.2 s with this. Files found in memory are
/// left alone.
final class ReadAhead: Sendable {
    private let stopped = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)

    /// Queues each of `paths` whole, in their order; nil, doing nothing, when a sample of
    /// them is in memory already (queueing 25,000 files there cost their load 0.2
    /// CPU-seconds, 5 % of it) or there is only one, which its reader reads at once.
    static func ifCold(_ paths: [String]) -> ReadAhead? {
        guard paths.count > 1 else { return nil }
        let warm = sample(paths.count).allSatisfy { i in
            let fd = open(paths[i], O_RDONLY | O_CLOEXEC | O_NONBLOCK)
            guard fd >= 0 else { return true }
            defer { close(fd) }
            return resident(fd, at: 0)
        }
        return warm ? nil : ReadAhead(count: paths.count) { i in
            // O_NONBLOCK: a FIFO among the files must not hold this thread.
            let fd = open(paths[i], O_RDONLY | O_CLOEXEC | O_NONBLOCK)
            guard fd >= 0 else { return }
            _ = posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_WILLNEED))
            close(fd)
        }
    }

    /// Queues the open file `fd`, `size` bytes, from its start, unless a sample of it is
    /// in memory already; `stop` must be called before `fd` is closed.
    static func ifCold(fd: Int32, size: Int) -> ReadAhead? {
        // The kernel reads at most its read-ahead window (128 KB to a few MB) per request.
        let window = 1 << 20
        let windows = (size + window - 1) / window
        guard !sample(windows).allSatisfy({ resident(fd, at: $0 * window) }) else { return nil }
        return ReadAhead(count: windows) { i in
            _ = posix_fadvise(fd, off_t(i * window), off_t(window), Int32(POSIX_FADV_WILLNEED))
        }
    }

    /// Up to eight positions spread over `0..<count`, the last among them.
    private static func sample(_ count: Int) -> [Int] {
        let n = min(count, 8)
        return (0..<n).map { k in (count - 1) * (k + 1) / n }
    }

    /// Whether the page of `fd` at `offset` is in the page cache (a file that cannot be
    /// mapped counts as one: there is nothing to queue for it).
    private static func resident(_ fd: Int32, at offset: Int) -> Bool {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        guard let p = mmap(nil, page, PROT_READ, MAP_SHARED, fd, off_t(offset / page * page)), p != MAP_FAILED else {
            return true
        }
        defer { munmap(p, page) }
        var present: UInt8 = 0
        return mincore(p, page, &present) != 0 || present & 1 == 1
    }

    private init(count: Int, _ each: @escaping @Sendable (Int) -> Void) {
        let thread = Thread { [self] in
            for i in 0..<count {
                if stopped.load(ordering: .relaxed) { break }
                each(i)
            }
            finished.signal()
        }
        thread.qualityOfService = .utility
        thread.start()
    }

    /// Stops queueing and waits for the thread to end, so that nothing is queued for a
    /// reader that is done.
    func stop() {
        stopped.store(true, ordering: .relaxed)
        finished.wait()
    }
}
