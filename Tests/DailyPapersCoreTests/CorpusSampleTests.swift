import XCTest
@testable import DailyPapersCore

/// The 13 real digests in ../shared/corpus-sample, read in place (never copied here).
final class CorpusSampleTests: XCTestCase {
    private func corpus() throws -> Library {
        guard let shared = TestSupport.sharedDir else { throw XCTSkip("../shared is absent") }
        let path = shared.appendingPathComponent("corpus-sample/paper_logs").path
        guard FileManager.default.fileExists(atPath: path) else { throw XCTSkip("../shared/corpus-sample is absent") }
        return Loader.load([path])
    }

    func testCountsAndNoProblems() throws {
        let lib = try corpus()
        XCTAssertEqual(lib.problems.map(\.description), [])
        XCTAssertEqual(lib.digestFiles, 13)
        XCTAssertEqual(lib.papers.count, 167)
        XCTAssertEqual(lib.papers.reduce(0) { $0 + $1.appearances.count }, 168)
        XCTAssertEqual(lib.appearanceCount, 168)
        XCTAssertEqual(lib.days.count, 13)
        XCTAssertEqual(lib.days.reduce(0) { $0 + $1.papers }, 168)
    }

    func testPaperOnTwoDays() throws {
        let p = try XCTUnwrap(try corpus().paper("2410.09342"))
        XCTAssertEqual(p.appearances.count, 2)
        XCTAssertEqual(p.appearances.map(\.day.description), ["2024-10-18", "2024-10-16"])
        XCTAssertEqual(p.title, p.appearances[0].title)
        XCTAssertNotEqual(p.appearances[0].title, p.appearances[1].title)
    }

    func testOnlyThatPaperHasTwoAppearances() throws {
        XCTAssertEqual(try corpus().papers.filter { $0.appearances.count > 1 }.map(\.id), ["2410.09342"])
    }

    func testEveryPaperIsComplete() throws {
        for p in try corpus().papers {
            XCTAssertFalse(p.title.isEmpty, p.id)
            XCTAssertFalse(p.summary.isEmpty, p.id)
            XCTAssertFalse(p.title.contains("]("), p.id)
            XCTAssertFalse(p.summary.contains { $0.text.contains("<video") || $0.text.hasPrefix("**") }, p.id)
            XCTAssertFalse(p.authors.contains("+"), p.id)
        }
    }
}
