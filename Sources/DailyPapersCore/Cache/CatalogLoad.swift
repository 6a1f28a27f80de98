/// A catalog loaded for a reader or a command: from the index cache when every digest is
/// as it was, else from the digests; `keep` then writes the cache for the next start.
public struct CatalogLoad: Sendable {
    public let catalog: Catalog
    /// Read from the index cache rather than parsed and indexed.
    public let fromCache: Bool
    /// Why a cache that was there could not be used (damaged, unreadable); nil otherwise.
    public let cacheProblem: String?
    let cache: CatalogCache?
    let key: CacheKey?
    let cachedCommonWords: Bool

    /// Writes the catalog to the cache when that is worth it: when it was read from the
    /// digests, or from a cache without the common words it has learnt since. Returns why
    /// it could not, or nil. Takes as long as writing the catalog's size (about a second at
    /// 100,000 papers): a reader calls it from its loading thread, a command after its answer.
    /// `stop`, asked as it writes, gives the write up (nothing written, nil returned): a
    /// reader reloading has let this catalog go. A digest changed just before the load
    /// (a fetch's) leaves the cache unwritten, unless `settling`: then, once no file has
    /// changed for `CatalogCache.settle`, it is written if every file is as the load found
    /// it (`CacheKey.settled`), so that the start after a fetch reads the cache too.
    @discardableResult
    public func keep(settling: Bool = false, stop: @escaping @Sendable () -> Bool = { false }) -> String? {
        guard let cache, var key, key.size >= cache.leastBytes else { return nil }
        if fromCache && (cachedCommonWords || !catalog.index.commonWords.isFilled) { return nil }
        if key.racy(settle: cache.settle) {
            guard settling, let now = key.settled(settle: cache.settle, stop: stop) else { return nil }
            key = now
        }
        do { try cache.write(catalog, key: key, stop: stop) } catch is CacheWriteStopped { return nil } catch { return "\(error)" }
        return nil
    }
}

extension Loader {
    /// Loads the catalog of `paths` from `cache` when it holds them unchanged, else as
    /// `load(_:firstBytes:report:)` does (reporting the first screen either way), and then
    /// indexes it, telling `indexing` each new whole percent of that (from any thread).
    public static func catalog(_ paths: [String], cache: CatalogCache?, firstBytes: Int = 0,
                               report: (Step) -> Void = { _ in },
                               indexing: (@Sendable (Int) -> Void)? = nil) -> CatalogLoad {
        let startedAt = CacheKey.now()
        let (found, problems) = DigestFinder.find(paths)
        let key = cache.map { _ in CacheKey(paths: paths, found: found, problems: problems, startedAt: startedAt) }
        var problem: String?
        if let cache, let key, key.size >= cache.leastBytes {
            firstScreen(found, firstBytes: firstBytes, report: report)
            do {
                if let catalog = try cache.read(key) {
                    return CatalogLoad(catalog: catalog, fromCache: true, cacheProblem: nil, cache: cache, key: key,
                                       cachedCommonWords: catalog.index.commonWords.isFilled)
                }
            } catch {
                problem = "\(cache.path(for: key)) \(error); read the digests instead"
            }
            let library = load(found: found, problems: problems, firstBytes: 0, report: report)
            return CatalogLoad(catalog: indexed(library, indexing), fromCache: false, cacheProblem: problem, cache: cache,
                               key: key, cachedCommonWords: false)
        }
        let library = load(found: found, problems: problems, firstBytes: firstBytes, report: report)
        return CatalogLoad(catalog: indexed(library, indexing), fromCache: false, cacheProblem: nil, cache: cache, key: key,
                           cachedCommonWords: false)
    }

    private static func indexed(_ library: consuming Library, _ indexing: (@Sendable (Int) -> Void)?) -> Catalog {
        let progress = indexing.map { IndexProgress(papers: library.papers.count, report: $0) }
        return Catalog(library, progress: progress)
    }

    /// The newest files' papers, reported as `.first` while the rest loads, as a staged
    /// load does: a cache of a large corpus takes a moment to read too.
    private static func firstScreen(_ found: [DigestFinder.Candidate], firstBytes: Int, report: (Step) -> Void) {
        guard firstBytes > 0 else { return }
        var start = found.count, bytes = 0
        while start > 0, bytes < firstBytes { start -= 1; bytes += found[start].size }
        guard start > 0 else { return }
        report(.first(load(found: Array(found[start...]), problems: [], firstBytes: 0) { _ in }))
    }
}
