import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A folder of index caches: a catalog written as it is held in memory, one file per set of
/// paths named, so that the next start reads it back instead of parsing and indexing every
/// digest again (at 100,000 papers, a fraction of a second instead of more than one).
///
/// A cache is used only when every digest file is as it was (`CacheKey`); any change and
/// the digests are read again and the cache rewritten. A damaged file is refused (lengths,
/// sums, layout checked) and read around the same way: a cache never changes what is
/// shown, only how soon.
public struct CatalogCache: Sendable {
    public let directory: String
    /// Digests that hold less than this are read faster than a cache would pay for.
    public let leastBytes: Int
    /// How long (ns) a file must have been left alone before a load for its cache to be
    /// written (`CacheKey.racy`).
    public let settle: Int64

    public init(directory: String, leastBytes: Int = 8 << 20, settle: Int64 = 2_000_000_000) {
        self.directory = directory; self.leastBytes = leastBytes; self.settle = settle
    }

    /// `$DAILYPAPERS_CACHE` (a folder, or `off` for none), else `$XDG_CACHE_HOME/dailypapers`,
    /// else `~/.cache/dailypapers`; nil when off or there is no home.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> CatalogCache? {
        if let dir = environment["DAILYPAPERS_CACHE"], !dir.isEmpty {
            return dir == "off" ? nil : CatalogCache(directory: dir)
        }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return CatalogCache(directory: xdg + "/dailypapers") }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return CatalogCache(directory: home + "/.cache/dailypapers")
    }

    /// Changes when what is written changes: older files are then ignored, and replaced.
    static let format: Int64 = 7
    private static let magic = Array("dailypapers index cache\n".utf8)

    func path(for key: CacheKey) -> String { directory + "/" + key.fileName }

    /// The catalog cached for `key`; nil when there is none or it is for other files.
    func read(_ key: CacheKey) throws -> Catalog? {
        let fd = open(path(for: key), O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw CacheFailure("cannot be opened: \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw CacheFailure("cannot be read") }
        // Stopped before `fd` is closed (defers run last first).
        let readAhead = ReadAhead.ifCold(fd: fd, size: Int(st.st_size))
        defer { readAhead?.stop() }
        var r = CacheReader(fd: fd, size: Int(st.st_size))
        guard try r.array(UInt8.self) == Self.magic else { throw CacheFailure("is not an index cache") }
        guard try r.array(Int64.self) == [Self.format] else { return nil }
        guard try r.array(UInt8.self) == key.bytes else { return nil }
        let index = try SearchIndex.decode(from: &r)
        let library = try Library.decode(from: &r, folded: index.folded)
        guard library.papers.count == index.count else { throw CacheFailure("holds damaged paper counts") }
        try r.finish()
        return Catalog(library: library, index: index)
    }

    /// Writes `catalog` for `key` beside the old file, then puts it in its place: a reader
    /// never sees half a file. The file beside is locked while written: a second writer of
    /// the same cache leaves it to the first, and one that was killed midway leaves a file
    /// that the next writer takes over. `stop` gives the write up (`CacheWriteStopped`),
    /// the file beside removed.
    func write(_ catalog: Catalog, key: CacheKey, stop: @escaping @Sendable () -> Bool = { false }) throws {
        guard Self.makeFolder(directory) else {
            throw CacheFailure("\(directory): cannot be created: \(String(cString: strerror(errno)))")
        }
        let final = path(for: key)
        let temporary = final + ".partial"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw CacheFailure("\(temporary): cannot be created: \(String(cString: strerror(errno)))") }
        // Locked, and still the file at that path (not one that another writer has just
        // put in place): else another writer is at it, and this one leaves it be.
        var held = stat(), there = stat()
        guard flock(fd, LOCK_EX | LOCK_NB) == 0, fstat(fd, &held) == 0, stat(temporary, &there) == 0,
              held.st_ino == there.st_ino, held.st_dev == there.st_dev else {
            close(fd)
            return
        }
        var failure: String?, stopped = false
        do {
            guard ftruncate(fd, 0) == 0 else { throw CacheFailure("cannot be written: \(String(cString: strerror(errno)))") }
            var w = CacheWriter(fd: fd, stop: stop)
            try w.write(Self.magic)
            try w.write([Self.format])
            try w.write(key.bytes)
            try catalog.index.encode(to: &w)
            try catalog.library.encode(to: &w)
            try w.finish()
            if fsync(fd) != 0 { throw CacheFailure("cannot be written: \(String(cString: strerror(errno)))") }
        } catch is CacheWriteStopped {
            stopped = true
            failure = "stopped"
        } catch {
            failure = "\(error)"
        }
        if failure == nil, rename(temporary, final) != 0 {
            failure = "cannot be put in place: \(String(cString: strerror(errno)))"
        }
        if failure != nil { unlink(temporary) }
        close(fd)
        if stopped { throw CacheWriteStopped() }
        if let failure {
            throw CacheFailure("\(final) \(failure)")
        }
    }

    private static func makeFolder(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) { return isDir.boolValue }
        return (try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                          attributes: [.posixPermissions: 0o700])) != nil
    }
}
