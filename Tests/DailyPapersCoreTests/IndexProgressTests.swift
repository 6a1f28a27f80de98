@testable import DailyPapersCore
import Synchronization
import XCTest

/// The index build's progress: each whole percent heard once, rising, ending at 100 when
/// every pass has counted every paper.
final class IndexProgressTests: XCTestCase {
    private final class Heard: Sendable {
        let lock = Mutex<[Int]>([])
        func add(_ p: Int) { lock.withLock { $0.append(p) } }
        var all: [Int] { lock.withLock { $0 } }
    }

    func testACatalogBuildIsHeardToTheEnd() {
        let heard = Heard()
        let library = TestSupport.library(("a.md", ParallelScanTests.corpus(papers: 3_000)))
        let catalog = Catalog(library, progress: IndexProgress(papers: library.papers.count) { heard.add($0) })
        XCTAssertEqual(catalog.papers.count, library.papers.count)
        let all = heard.all
        XCTAssertEqual(all.max(), 100, "the build ends at 100 %: \(all)")
        XCTAssertEqual(Set(all).count, all.count, "each percent heard once: \(all)")
        XCTAssertTrue(all.allSatisfy { (1...100).contains($0) }, "\(all)")
        XCTAssertGreaterThan(all.count, 5, "heard on the way, not only at the end: \(all)")
    }

    /// What the reader calls: the digests read from disk, then indexed with progress.
    func testALoadFromDiskReportsItsIndexing() throws {
        let folder = try TestSupport.temporaryFolder(self)
        try ParallelScanTests.corpus(papers: 1_500).write(to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let heard = Heard()
        let load = Loader.catalog([folder.path], cache: nil, indexing: { heard.add($0) })
        XCTAssertGreaterThan(load.catalog.papers.count, 1_000)
        XCTAssertEqual(heard.all.max(), 100, "\(heard.all)")
    }

    func testWorkersOnEveryCoreAddUp() {
        let heard = Heard()
        let progress = IndexProgress(papers: 1_000) { heard.add($0) }
        DispatchQueue.concurrentPerform(iterations: 3_000) { _ in progress.advance(1) }
        XCTAssertEqual(Set(heard.all), Set(1...100))
        XCTAssertEqual(heard.all.count, 100)
    }

    func testNothingIsHeardBeforeAWholePercent() {
        let heard = Heard()
        let progress = IndexProgress(papers: 1_000) { heard.add($0) }
        progress.advance(29)
        XCTAssertEqual(heard.all, [], "29 of 3,000 is under 1 %")
        progress.advance(1)
        XCTAssertEqual(heard.all, [1])
    }

    /// A build without papers reports nothing, and a catalog built without progress is the
    /// same as one built with it.
    func testProgressChangesNothingBuilt() throws {
        let text = ParallelScanTests.corpus(papers: 800)
        let plain = TestSupport.catalog(text)
        let library = TestSupport.library(("a.md", text))
        let counted = Catalog(library, progress: IndexProgress(papers: library.papers.count) { _ in })
        XCTAssertTrue(plain.index.folded.withUnsafeBufferPointer { a in counted.index.folded.withUnsafeBufferPointer { a.elementsEqual($0) } })
        XCTAssertEqual(plain.index.letterPairs.words.count, counted.index.letterPairs.words.count)
        for q in ["diffusion", "모델", "ㅁㄷ", "author:chen"] {
            let query = try QueryParser.parse(q)
            XCTAssertEqual(plain.search(query).map(\.paper), counted.search(query).map(\.paper), q)
        }
        let none = Heard()
        _ = Catalog(Library(papers: [], problems: [], digestFiles: 0), progress: IndexProgress(papers: 0) { none.add($0) })
        XCTAssertEqual(none.all, [])
    }
}
