import Foundation
import Synchronization
import XCTest
@testable import DailyPapersCore

/// The index cache: read back, a catalog answers exactly as the one built from the digests;
/// any change to the files, a damaged or foreign cache file, and the digests are read again.
final class CatalogCacheTests: XCTestCase {
    private let queries = ["diffusion", "모델", "author:chen", "votes:>=50", "\"state space\"", "ㅁㄷ",
                           "-diffusion video", "transformer 모델 성능", "day:2024-04", "llm"]

    /// A copy of the real digests (the seed and ../shared's sample) in a folder of its own,
    /// with a cache that takes any size and any file age.
    private func corpus() throws -> (dir: URL, cache: CatalogCache) {
        let root = try TestSupport.temporaryFolder(self)
        let dir = root.appendingPathComponent("digests")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: TestSupport.seedPath, toPath: dir.appendingPathComponent("seed.md").path)
        if let shared = TestSupport.sharedDir {
            try FileManager.default.copyItem(at: shared.appendingPathComponent("corpus-sample/paper_logs"),
                                             to: dir.appendingPathComponent("paper_logs"))
        }
        try TestSupport.write("not a digest\n", to: dir.appendingPathComponent("notes.md"))
        return (dir, CatalogCache(directory: root.appendingPathComponent("cache").path, leastBytes: 0, settle: 0))
    }

    private func assertSame(_ a: Catalog, _ b: Catalog, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(a.papers, b.papers, file: file, line: line)
        XCTAssertEqual(a.papers.map(\.appearances), b.papers.map(\.appearances), file: file, line: line)
        XCTAssertEqual(a.library.problems, b.library.problems, file: file, line: line)
        XCTAssertEqual(a.library.days, b.library.days, file: file, line: line)
        XCTAssertEqual(a.library.digestFiles, b.library.digestFiles, file: file, line: line)
        XCTAssertEqual(a.library.appearanceCount, b.library.appearanceCount, file: file, line: line)
        for (k, p) in b.papers.enumerated() where b.library.position(of: p.id) != k {
            XCTFail("\(p.id) is not found at \(k)", file: file, line: line)
        }
        for q in queries {
            let query = try QueryParser.parse(q)
            for order in SortOrder.allCases {
                XCTAssertEqual(a.search(query, order: order), b.search(query, order: order), "\(q) by \(order)", file: file, line: line)
            }
        }
    }

    func testReadBackAnswersAsTheDigestsDo() throws {
        let (dir, cache) = try corpus()
        let first = Loader.catalog([dir.path], cache: cache)
        XCTAssertFalse(first.fromCache)
        XCTAssertGreaterThan(first.catalog.papers.count, 100)
        XCTAssertNil(first.keep())
        let second = Loader.catalog([dir.path], cache: cache)
        XCTAssertTrue(second.fromCache)
        XCTAssertNil(second.cacheProblem)
        // The large arrays are the file's pages, not copies.
        XCTAssertTrue(second.catalog.index.folded.isMapped)
        XCTAssertTrue(second.catalog.index.candidates.words.isMapped)
        XCTAssertFalse(first.catalog.index.folded.isMapped)
        try assertSame(first.catalog, second.catalog)
        // Titles come back held once, in the text, as the first catalog held them.
        XCTAssertEqual(second.catalog.papers.map(\.ownTitle), first.catalog.papers.map(\.ownTitle))
        XCTAssertEqual(second.catalog.papers.map { $0.storedAppearances.map(\.inheritsTitle) },
                       first.catalog.papers.map { $0.storedAppearances.map(\.inheritsTitle) })
        XCTAssertGreaterThan(second.catalog.papers.filter { $0.body.holdsTitle && $0.ownTitle.isEmpty }.count, 100)
        // Authors and summaries come back with their capitals, from the shared text.
        let p = try XCTUnwrap(second.catalog.papers.first { $0.summary.contains { $0.text.contains { $0.isUppercase } } })
        XCTAssertEqual(p.summary, first.catalog.papers.first { $0.id == p.id }?.summary)
    }

    /// A reader that reloads gives up the cache write of the catalog it let go: at once, or
    /// midway through the file; either way no file is left, and nothing is said.
    func testAStoppedWriteLeavesNoFile() throws {
        let (dir, cache) = try corpus()
        let first = Loader.catalog([dir.path], cache: cache)
        let asked = Mutex(0)
        for after in [0, 1] {
            asked.withLock { $0 = 0 }
            XCTAssertNil(first.keep(stop: { asked.withLock { $0 += 1; return $0 > after } }))
            XCTAssertGreaterThan(asked.withLock { $0 }, after, "the write asked as it went")
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cache.directory), [])
            XCTAssertFalse(Loader.catalog([dir.path], cache: cache).fromCache)
        }
        XCTAssertNil(first.keep(stop: { false }))
        XCTAssertTrue(Loader.catalog([dir.path], cache: cache).fromCache)
    }

    func testCommonWordsAreKeptOnceLearnt() throws {
        let (dir, cache) = try corpus()
        let first = Loader.catalog([dir.path], cache: cache)
        first.keep()
        let second = Loader.catalog([dir.path], cache: cache)
        XCTAssertFalse(second.catalog.index.commonWords.isFilled)
        second.catalog.indexCommonWords()
        // Read from a cache without them, learnt since: written again, with them.
        XCTAssertNil(second.keep())
        let third = Loader.catalog([dir.path], cache: cache)
        XCTAssertTrue(third.fromCache)
        XCTAssertTrue(third.catalog.index.commonWords.isFilled)
        XCTAssertEqual(third.catalog.index.common.words, second.catalog.index.common.words)
        XCTAssertEqual(third.catalog.index.common.bits, second.catalog.index.common.bits)
        try assertSame(second.catalog, third.catalog)
    }

    func testAChangedAddedOrRemovedFileIsReadAgain() throws {
        let (dir, cache) = try corpus()
        Loader.catalog([dir.path], cache: cache).keep()
        let added = dir.appendingPathComponent("zz/2030-01-01.md")
        try TestSupport.write(digest("2030-01-01", "### [Brand New](https://arxiv.org/abs/3001.00001)\nVote: 5\n- 새 논문\n"), to: added)
        let withNew = Loader.catalog([dir.path], cache: cache)
        XCTAssertFalse(withNew.fromCache)
        XCTAssertNotNil(withNew.catalog.library.paper("3001.00001"))
        withNew.keep()
        XCTAssertTrue(Loader.catalog([dir.path], cache: cache).fromCache)

        // The same size, other bytes: the file's times tell.
        try TestSupport.write(digest("2030-01-01", "### [Brand Old](https://arxiv.org/abs/3001.00001)\nVote: 5\n- 새 논문\n"), to: added)
        let changed = Loader.catalog([dir.path], cache: cache)
        XCTAssertFalse(changed.fromCache)
        XCTAssertEqual(changed.catalog.library.paper("3001.00001")?.title, "Brand Old")
        changed.keep()

        try FileManager.default.removeItem(at: added)
        let removed = Loader.catalog([dir.path], cache: cache)
        XCTAssertFalse(removed.fromCache)
        XCTAssertNil(removed.catalog.library.paper("3001.00001"))
    }

    func testOtherPathsHaveTheirOwnCache() throws {
        let (dir, cache) = try corpus()
        Loader.catalog([dir.path], cache: cache).keep()
        let seedOnly = Loader.catalog([dir.appendingPathComponent("seed.md").path], cache: cache)
        XCTAssertFalse(seedOnly.fromCache)
        seedOnly.keep()
        XCTAssertTrue(Loader.catalog([dir.path], cache: cache).fromCache)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cache.directory).count, 2)
    }

    /// Every kind of damage: cut anywhere, a byte changed anywhere, another file in its
    /// place. Each is refused with a reason, and the digests give the same catalog.
    func testADamagedCacheIsReadAround() throws {
        let (dir, cache) = try corpus()
        let built = Loader.catalog([dir.path], cache: cache)
        built.keep()
        let file = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: cache.directory).first)
        let path = cache.directory + "/" + file
        let good = try Data(contentsOf: URL(fileURLWithPath: path))
        var rng = SeededGenerator(seed: 7)
        var damages: [(String, Data)] = [("empty", Data()), ("cut", good.prefix(good.count / 2)),
                                         ("cut at the end", good.dropLast(3)), ("longer", good + Data([0]))]
        for k in 0..<12 {
            var d = good
            let at = Int.random(in: 0..<d.count, using: &rng)
            d[at] ^= UInt8.random(in: 1...255, using: &rng)
            damages.append(("byte \(at) (\(k))", d))
        }
        for (what, bytes) in damages {
            try bytes.write(to: URL(fileURLWithPath: path))
            let load = Loader.catalog([dir.path], cache: cache)
            XCTAssertFalse(load.fromCache, what)
            // A changed key is a cache for other files, which is no problem to report.
            if load.cacheProblem == nil {
                XCTAssertFalse(what.hasPrefix("cut") || what == "longer" || what == "empty", what)
            }
            // Not XCTAssertEqual: its message would print every paper.
            XCTAssertTrue(load.catalog.papers == built.catalog.papers, what)
            XCTAssertTrue(load.catalog.library.problems == built.catalog.library.problems, what)
        }
        // Written again over the damage, and used.
        try Data("garbage".utf8).write(to: URL(fileURLWithPath: path))
        let rebuilt = Loader.catalog([dir.path], cache: cache)
        XCTAssertTrue(rebuilt.cacheProblem?.contains(path) ?? false, rebuilt.cacheProblem ?? "no problem")
        rebuilt.keep()
        XCTAssertTrue(Loader.catalog([dir.path], cache: cache).fromCache)
    }

    func testSmallOrFreshDigestsAreNotCached() throws {
        let (dir, base) = try corpus()
        let small = CatalogCache(directory: base.directory, leastBytes: 1 << 30, settle: 0)
        Loader.catalog([dir.path], cache: small).keep()
        XCTAssertFalse(FileManager.default.fileExists(atPath: base.directory))
        // Files written just now: a change within their times' grain could go unseen.
        let settling = CatalogCache(directory: base.directory, leastBytes: 0, settle: 60_000_000_000)
        Loader.catalog([dir.path], cache: settling).keep()
        XCTAssertFalse(FileManager.default.fileExists(atPath: base.directory))
    }

    /// Digests written just now (by a fetch) are cached by a reader's load once no file has
    /// changed for the settling time, if every file is as the load found it.
    func testFreshDigestsAreCachedOnceTheyHaveSettled() throws {
        let (dir, base) = try corpus()
        let settling = CatalogCache(directory: base.directory, leastBytes: 0, settle: 700_000_000)
        let load = Loader.catalog([dir.path], cache: settling)
        try XCTSkipUnless(load.key?.finelyStamped ?? false, "this file system keeps whole seconds")
        XCTAssertTrue(load.key?.racy(settle: settling.settle) ?? false)
        XCTAssertNil(load.keep())
        XCTAssertFalse(Loader.catalog([dir.path], cache: settling).fromCache, "not without settling")
        XCTAssertNil(load.keep(settling: true))
        XCTAssertTrue(Loader.catalog([dir.path], cache: settling).fromCache)
    }

    /// The files are found again as the load found them, from a path named relative to the
    /// working folder too.
    func testARelativePathSettlesToo() throws {
        let (dir, base) = try corpus()
        let settling = CatalogCache(directory: base.directory, leastBytes: 0, settle: 700_000_000)
        let cwd = FileManager.default.currentDirectoryPath
        XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(dir.deletingLastPathComponent().path))
        defer { _ = FileManager.default.changeCurrentDirectoryPath(cwd) }
        let load = Loader.catalog([dir.lastPathComponent], cache: settling)
        try XCTSkipUnless(load.key?.finelyStamped ?? false, "this file system keeps whole seconds")
        XCTAssertNil(load.keep(settling: true))
        XCTAssertTrue(Loader.catalog([dir.lastPathComponent], cache: settling).fromCache)
    }

    func testADigestChangedWhileSettlingIsNotCached() throws {
        let (dir, base) = try corpus()
        let settling = CatalogCache(directory: base.directory, leastBytes: 0, settle: 700_000_000)
        let load = Loader.catalog([dir.path], cache: settling)
        try XCTSkipUnless(load.key?.finelyStamped ?? false, "this file system keeps whole seconds")
        let seed = dir.appendingPathComponent("seed.md")
        let changed = Mutex(false)
        XCTAssertNil(load.keep(settling: true, stop: {
            changed.withLock { done in
                guard !done else { return }
                done = true
                try? (String(contentsOf: seed, encoding: .utf8) + "\n").write(to: seed, atomically: false, encoding: .utf8)
            }
            return false
        }))
        XCTAssertTrue(changed.withLock { $0 })
        XCTAssertFalse(FileManager.default.fileExists(atPath: base.directory), "nothing written")
    }

    /// Where the file system keeps whole seconds, a change in the same second as the last
    /// would not show: such digests are never taken as settled (`CacheKey.settled`).
    func testWholeSecondTimesAreTold() {
        var file = DigestFinder.Candidate(path: "/digests/a.md", explicit: false, size: 10)
        file.stamp.modified = 1_700_000_000_000_000_000
        file.stamp.changed = 1_700_000_002_000_000_000
        var other = DigestFinder.Candidate(path: "/digests/b.md", explicit: false, size: 10)
        other.stamp = file.stamp
        let coarse = CacheKey(paths: ["/digests"], found: [file, other], problems: [], startedAt: CacheKey.now())
        XCTAssertFalse(coarse.finelyStamped)
        other.stamp.changed += 123
        XCTAssertTrue(CacheKey(paths: ["/digests"], found: [file, other], problems: [], startedAt: CacheKey.now()).finelyStamped)
    }

    /// A digest dated ahead of the clock (unpacked from an archive) is cached all the same:
    /// its status-change time, which the kernel keeps, tells when it was last written.
    func testAFileDatedInTheFutureIsCached() throws {
        let (dir, cache) = try corpus()
        let seed = dir.appendingPathComponent("seed.md").path
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 86_400 * 365)], ofItemAtPath: seed)
        XCTAssertNil(Loader.catalog([dir.path], cache: cache).keep())
        XCTAssertTrue(Loader.catalog([dir.path], cache: cache).fromCache)
    }

    func testAnUnwritableFolderIsReported() throws {
        let (dir, base) = try corpus()
        try TestSupport.write("a file where the folder would be", to: URL(fileURLWithPath: base.directory))
        let load = Loader.catalog([dir.path], cache: base)
        let problem = try XCTUnwrap(load.keep())
        XCTAssertTrue(problem.contains(base.directory), problem)
    }
}
