import DailyPapersCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The first start and the start from the cache with nothing in the page cache, as after a
/// boot: the other rows read warm, where the floor is memory's speed, not the disk's.
/// Each timing follows its own drop of the kernel's caches, which needs root.
enum ColdStart {
    static let dropCaches = "/proc/sys/vm/drop_caches"

    /// Writes an index cache of `corpus` first (in a folder removed after), then times
    /// `runs` of each start.
    static func run(corpus: String, runs: Int, targets: Targets, section: String, log: (String) -> Void) -> [Row] {
        guard drop() else {
            return [Row(section: section, what: "cold starts (page cache dropped before each)",
                        figure: "not measured: \(dropCaches) is not writable here (needs root)")]
        }
        let dir = NSTemporaryDirectory() + "dailypapers-bench-cold-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let cache = CatalogCache(directory: dir)
        do {
            let written = Loader.catalog([corpus], cache: cache)
            written.catalog.indexCommonWords()
            if let problem = written.keep() {
                return [Row(section: section, what: "writing the index cache", figure: "failed: \(problem)", verdict: "MISS")]
            }
        }
        var floor = Samples(), first = Samples(), cached = Samples()
        var allFromCache = true
        for run in 0..<runs {
            _ = drop()
            floor.add(Clock.time { ReadFloor.run(corpus, parallel: true) }.seconds)
            _ = drop()
            // The first start as LoadSection times it: every digest parsed, then indexed.
            FreedMemory.forBuilding()
            var (read, library) = Clock.time { Optional(Loader.load([corpus])) }
            // Handed over, so that the catalog frees the library's copy of the text.
            let (indexed, _) = Clock.time { Catalog(library.take()!) }
            let built = read + indexed
            first.add(built)
            _ = drop()
            let (fromCache, load) = Clock.time { Loader.catalog([corpus], cache: cache) }
            FreedMemory.forSearching()
            allFromCache = allFromCache && load.fromCache
            cached.add(fromCache)
            log(String(format: "  cold run %d: floor %.3f s, load %.3f s + index %.3f s, start from the cache %.3f s", run + 1,
                       floor.values.last!, read, indexed, fromCache))
        }
        let ratio = first.median / floor.median, cachedRatio = cached.median / floor.median
        let ratioTarget = String(format: "≤ %.0f×", targets.loadRatio)
        return [
            Row(section: section, what: "cold: read-only floor (all cores, page cache dropped)",
                figure: Unit.s.format(floor.median), spread: floor.spread(.s)),
            Row(section: section, what: "cold: load + index, every digest parsed (a first start after a boot)",
                figure: Unit.s.format(first.median), spread: first.spread(.s), baseline: "floor " + Unit.s.format(floor.median)),
            Row(section: section, what: "cold: load + index ÷ cold floor", figure: String(format: "%.1f×", ratio),
                target: ratioTarget, verdict: Target(limit: targets.loadRatio, text: "").verdict(ratio)),
            Row(section: section, what: "cold: start from the cache" + (allFromCache ? "" : " — SOME RUNS MISSED THE CACHE"),
                figure: Unit.s.format(cached.median), spread: cached.spread(.s), baseline: "floor " + Unit.s.format(floor.median)),
            Row(section: section, what: "cold: start from the cache ÷ cold floor", figure: String(format: "%.1f×", cachedRatio),
                target: ratioTarget,
                verdict: allFromCache ? Target(limit: targets.loadRatio, text: "").verdict(cachedRatio) : "MISS"),
        ]
    }

    /// Writes back dirty pages, then asks the kernel to drop clean pages, dentries and
    /// inodes. False where that is not allowed.
    static func drop() -> Bool {
        sync()
        let fd = open(dropCaches, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return write(fd, "3", 1) == 1
    }
}
