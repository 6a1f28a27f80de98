import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What an index cache was built from: the paths named, every file found under them with
/// its size, inode and times, and the program that parsed them. A cache is used only when
/// all of it is the same now, byte for byte; a changed program may parse differently.
struct CacheKey: Sendable {
    /// The paths named, made absolute: which cache file belongs to them.
    let paths: [String]
    /// The paths as named, which the files found under them are named from.
    let named: [String]
    let bytes: [UInt8]
    /// What the digests hold in all.
    let size: Int
    /// When the load began, and the newest status change of any file (ns since 1970): the
    /// kernel sets it at every write, where a modification time may be set to anything
    /// (an archive's dates, some of them ahead of the clock).
    let startedAt: Int64
    let newest: Int64
    /// Some file's times have a fraction of a second: the file system keeps them finely,
    /// and a change shows in them however soon it follows the last one.
    let finelyStamped: Bool

    init(paths: [String], found: [DigestFinder.Candidate], problems: [Problem], startedAt: Int64) {
        let cwd = FileManager.default.currentDirectoryPath
        named = paths
        self.paths = paths.map { $0.hasPrefix("/") ? $0 : cwd + "/" + $0 }
        var bytes: [UInt8] = []
        func add(_ s: String) { bytes.append(contentsOf: s.utf8); bytes.append(0) }
        func add(_ n: Int64) { withUnsafeBytes(of: n.littleEndian) { bytes.append(contentsOf: $0) } }
        var exe = stat()
        if stat("/proc/self/exe", &exe) == 0 {
            let stamp = DigestFinder.Stamp(exe)
            add(Int64(exe.st_size)); add(stamp.modified); add(Int64(bitPattern: stamp.inode))
        }
        for path in self.paths { add(path) }
        add(Int64(found.count))
        var size = 0, newest = Int64.min, fine = false
        for file in found {
            add(file.path)
            add(file.explicit ? 1 : 0); add(Int64(file.size))
            add(Int64(bitPattern: file.stamp.device)); add(Int64(bitPattern: file.stamp.inode))
            add(file.stamp.modified); add(file.stamp.changed)
            size += file.size
            newest = max(newest, file.stamp.changed)
            fine = fine || file.stamp.changed % 1_000_000_000 != 0 || file.stamp.modified % 1_000_000_000 != 0
        }
        for p in problems { add(p.description) }
        self.bytes = bytes
        self.size = size
        self.newest = newest
        self.finelyStamped = fine
        self.startedAt = startedAt
    }

    /// Some file changed within `settle` ns before the load began, so that a change after
    /// it might not show in its times (some file systems keep them coarsely): a cache of
    /// it could be taken for the files' as they are later, and is not written.
    func racy(settle: Int64) -> Bool { newest >= startedAt - settle }

    /// The key of the same paths now, once no file has changed for `settle` ns (waiting
    /// for that, asking `stop` every 50 ms), if it is this one byte for byte and the file
    /// system keeps fine times: every file is then as this key's load found it, a change
    /// since having shown in its times. Nil otherwise, or when stopped.
    func settled(settle: Int64, stop: () -> Bool) -> CacheKey? {
        guard finelyStamped else { return nil }
        while Self.now() < newest + settle {
            if stop() { return nil }
            usleep(50_000)
        }
        let (found, problems) = DigestFinder.find(named)
        let now = CacheKey(paths: named, found: found, problems: problems, startedAt: Self.now())
        return now.bytes == bytes && !now.racy(settle: settle) ? now : nil
    }

    /// The cache file's name: the paths named, hashed (FNV-1a).
    var fileName: String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for path in paths {
            for b in path.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            h = (h ^ 0) &* 0x100_0000_01b3
        }
        return "catalog-" + String(h, radix: 16) + ".index"
    }

    /// Now, in the nanoseconds of file times.
    static func now() -> Int64 {
        var t = timespec()
        clock_gettime(CLOCK_REALTIME, &t)
        return Int64(t.tv_sec) * 1_000_000_000 + Int64(t.tv_nsec)
    }
}
