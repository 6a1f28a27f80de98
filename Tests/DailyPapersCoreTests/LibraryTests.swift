import XCTest
@testable import DailyPapersCore

/// Merging records into papers: one paper per arXiv id, appearances newest first.
final class LibraryTests: XCTestCase {
    private let older = digest("2024-10-16", """
    ### [LLM$\\times$MapReduce](https://arxiv.org/abs/2410.09342)
    Vote: 10
    Authors: A, +, B
    - old summary
    """)
    private let newer = digest("2024-10-18", """
    ### [Other](https://arxiv.org/abs/2410.00001)
    Vote: 1
    ### [LLMtimesMapReduce](https://arxiv.org/abs/2410.09342v2)
    Vote: 20
    Authors: A, B, C
    - new summary
    """)

    private func check(_ lib: Library, file: StaticString = #filePath, line: UInt = #line) throws {
        let p = try XCTUnwrap(lib.paper("2410.09342"), file: file, line: line)
        XCTAssertEqual(lib.papers.filter { $0.id == "2410.09342" }.count, 1, file: file, line: line)
        XCTAssertEqual(p.appearances.map(\.day.description), ["2024-10-18", "2024-10-16"], file: file, line: line)
        XCTAssertEqual(p.appearances.map(\.votes), [20, 10], file: file, line: line)
        XCTAssertEqual(p.appearances.map(\.title), ["LLMtimesMapReduce", "LLM$\\times$MapReduce"], file: file, line: line)
        XCTAssertEqual(p.title, "LLMtimesMapReduce", file: file, line: line)
        XCTAssertEqual(p.latest.day.description, "2024-10-18", file: file, line: line)
        XCTAssertEqual(p.authors, ["A", "B", "C"], file: file, line: line)
        XCTAssertFalse(p.authorsTruncated, file: file, line: line)
        XCTAssertEqual(p.summary.map(\.text), ["new summary"], file: file, line: line)
        XCTAssertEqual(lib.appearanceCount, 3, file: file, line: line)
    }

    func testSameIDOnTwoDaysIsOnePaperWithTwoAppearancesOldFileFirst() throws {
        try check(TestSupport.library(("16.md", older), ("18.md", newer)))
    }

    func testNewestWinsWhateverTheFileOrder() throws {
        let lib = TestSupport.library(("18.md", newer), ("16.md", older))
        try check(lib)
        XCTAssertEqual(lib.paper("2410.09342")?.appearances.map(\.source.description), ["18.md:5", "16.md:3"])
    }

    func testSamePaperTwiceOnOneDayIsOneAppearance() throws {
        let lib = TestSupport.library(("a.md", """
        ## Daily Papers (2024-10-18)
        ### [A](https://arxiv.org/abs/2410.00001)
        Vote: -
        ## Daily Papers (2024-10-18)
        ### [A again](https://arxiv.org/abs/2410.00001)
        Vote: 7
        """))
        let p = try XCTUnwrap(lib.paper("2410.00001"))
        XCTAssertEqual(p.appearances.count, 1)
        XCTAssertEqual(p.appearances.first?.votes, 7)
        XCTAssertEqual(lib.days, [DaySummary(day: Day("2024-10-18")!, papers: 1, topVotes: 7)])
    }

    func testLookupIgnoresVersionSuffix() {
        let lib = TestSupport.library(("a.md", older))
        XCTAssertEqual(lib.position(of: "2410.09342v3"), 0)
        XCTAssertNil(lib.position(of: "2410.09343"))
    }

    func testLinksAreRebuiltFromTheID() throws {
        let lib = TestSupport.library(("a.md", digest("### [T](http://arxiv.org/pdf/2404.16710v2.pdf)\n")))
        let p = try XCTUnwrap(lib.papers.first)
        XCTAssertEqual(p.absURL, "https://arxiv.org/abs/2404.16710")
        XCTAssertEqual(p.pdfURL, "https://arxiv.org/pdf/2404.16710")
        XCTAssertEqual(p.hfURL, "https://huggingface.co/papers/2404.16710")
    }
}
