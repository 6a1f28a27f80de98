import XCTest
@testable import DailyPapersCore

/// Which papers a query finds (order is SortTests' business: library order here).
final class SearchTests: XCTestCase {
    private func ids(_ q: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        do { return try SearchFixture.ids(q) } catch { XCTFail("\(q): \(error)", file: file, line: line); return [] }
    }

    func testFixtureShape() {
        let c = SearchFixture.catalog
        XCTAssertEqual(c.library.problems, [])
        XCTAssertEqual(c.papers.map(\.id), ["2404.16710", "2404.16821", "2404.16811", "hep-th/9901001"])
        XCTAssertEqual(c.papers[0].title, "Layer Skip Again: Early Exit Inference")
    }

    func testEmptyQueryFindsEverything() {
        XCTAssertEqual(ids(""), ["2404.16710", "2404.16821", "2404.16811", "hep-th/9901001"])
    }

    func testWordsMatchTitleAuthorsOrSummaryCaseInsensitively() {
        XCTAssertEqual(ids("diffusion"), ["2404.16821", "2404.16811"])   // author, title
        XCTAssertEqual(ids("DECODING"), ["2404.16710"])                   // summary
        XCTAssertEqual(ids("ÉDOUARD"), ["hep-th/9901001"])
        XCTAssertEqual(ids("édouard"), ["hep-th/9901001"])
        XCTAssertEqual(ids("nothing-like-this"), [])
    }

    func testAllWordsMustMatch() {
        XCTAssertEqual(ids("state space"), ["2404.16821", "2404.16811"])
        XCTAssertEqual(ids("space diffusion video"), ["2404.16821"])
        XCTAssertEqual(ids("space physics"), [])
    }

    func testQuotedPhraseMatchesAsOne() {
        XCTAssertEqual(ids(#""state space""#), ["2404.16821"])
        XCTAssertEqual(ids(#""space of states""#), ["2404.16811"])
        XCTAssertEqual(ids(#""layer skip again""#), ["2404.16710"])
    }

    func testKoreanIsMatchedAsSubstrings() {
        XCTAssertEqual(ids("모델"), ["2404.16710", "2404.16821", "hep-th/9901001"])
        XCTAssertEqual(ids("모델의"), ["2404.16710"])
        XCTAssertEqual(ids("스킵"), ["2404.16710"])
    }

    /// A query typed in NFD (macOS input, a pasted file name) finds what its NFC form does,
    /// as the digests' NFD text is composed when read.
    func testAQueryInNFDIsComposed() {
        let nfdModel = "\u{1106}\u{1169}\u{1103}\u{1166}\u{11AF}"   // 모델, jamo by jamo
        XCTAssertNotEqual(Array(nfdModel.utf8), Array("모델".utf8))
        XCTAssertEqual(ids(nfdModel), ids("모델"))
        XCTAssertFalse(ids("모델").isEmpty)
        XCTAssertEqual(ids("summary:" + nfdModel), ids("summary:모델"))
        XCTAssertEqual(ids("E\u{301}douard"), ["hep-th/9901001"], "a combining accent, composed to É")
    }

    func testHangulInitials() {
        XCTAssertEqual(ids("ㅁㄷ"), ["2404.16710", "2404.16821", "hep-th/9901001"])
        XCTAssertEqual(ids("ㄹㅇㅅㅋ"), ["2404.16710"])
        XCTAssertEqual(ids("ㅅㅌ ㄱㄱ"), ["2404.16821"])
        // 상태 공간: initials must not run across the space between two words.
        XCTAssertEqual(ids("ㅅㄱ"), [])
        XCTAssertEqual(ids("ㅋㄹ"), [])
    }

    func testExclusion() {
        XCTAssertEqual(ids("-video"), ["2404.16710", "2404.16811", "hep-th/9901001"])
        XCTAssertEqual(ids("-author:chen"), ["2404.16710", "2404.16811"])
        XCTAssertEqual(ids("space -title:diffusion"), ["2404.16821"])
        XCTAssertEqual(ids(#"-"early exit" -모델"#), ["2404.16811"])
    }

    func testFields() {
        XCTAssertEqual(ids("title:diffusion"), ["2404.16811"])
        XCTAssertEqual(ids("author:diffusion"), ["2404.16821"])
        XCTAssertEqual(ids("summary:decoding"), ["2404.16710"])
        XCTAssertEqual(ids("title:decoding"), [])
        XCTAssertEqual(ids("summary:layer"), ["2404.16710"])
        XCTAssertEqual(ids("author:layer"), [])
    }

    func testIDPrefix() {
        XCTAssertEqual(ids("id:2404.168"), ["2404.16821", "2404.16811"])
        XCTAssertEqual(ids("id:HEP-th/"), ["hep-th/9901001"])
        XCTAssertEqual(ids("-id:2404"), ["hep-th/9901001"])
        XCTAssertEqual(ids("id:16710"), [])
        // A whole id with a version, as arXiv shows it, finds its paper.
        XCTAssertEqual(ids("id:2404.16821v2"), ["2404.16821"])
        XCTAssertEqual(ids("id:hep-th/9901001v1"), ["hep-th/9901001"])
        XCTAssertEqual(ids("id:2404.1v2"), [], "not an id: the text as a prefix")
        XCTAssertEqual(ids("id:2404.1682v2"), [], "a whole (old-length) id with a version is that id, not a prefix")
        XCTAssertEqual(ids("-id:2404.16821v2").contains("2404.16821"), false)
    }

    func testVotesMatchAnAppearanceWithKnownVotes() {
        XCTAssertEqual(ids("votes:9"), ["2404.16821"])
        XCTAssertEqual(ids("votes:>9"), ["2404.16710", "hep-th/9901001"])
        XCTAssertEqual(ids("votes:>=9"), ["2404.16710", "2404.16821", "hep-th/9901001"])
        XCTAssertEqual(ids("votes:<9"), ["2404.16710"])
        XCTAssertEqual(ids("votes:<=9"), ["2404.16710", "2404.16821"])
        XCTAssertEqual(ids("votes:3..9"), ["2404.16710", "2404.16821"])
        XCTAssertEqual(ids("votes:0"), [])
    }

    func testDays() {
        XCTAssertEqual(ids("day:2024-04-26"), ["2404.16710", "2404.16821", "2404.16811"])
        XCTAssertEqual(ids("day:2024-05"), ["2404.16710", "hep-th/9901001"])
        XCTAssertEqual(ids("day:2024"), ["2404.16710", "2404.16821", "2404.16811", "hep-th/9901001"])
        XCTAssertEqual(ids("day:2023"), [])
        XCTAssertEqual(ids("day:2024-04-27.."), ["2404.16710", "hep-th/9901001"])
        XCTAssertEqual(ids("day:..2024-04-30"), ["2404.16710", "2404.16821", "2404.16811"])
        XCTAssertEqual(ids("day:2024-04-26..2024-04-26"), ["2404.16710", "2404.16821", "2404.16811"])
        XCTAssertEqual(ids("-day:2024-05"), ["2404.16710", "2404.16821", "2404.16811"])
    }

    func testDayAndVotesMustHoldOnTheSameAppearance() throws {
        // 2404.16710 had 3 votes on 2024-05-02 and 27 on 2024-04-26: neither is both.
        XCTAssertEqual(ids("day:2024-05 votes:>10"), ["hep-th/9901001"])
        XCTAssertEqual(ids("author:chen votes:>=50"), ["hep-th/9901001"])
        let c = SearchFixture.catalog
        let hits = c.match(try QueryParser.parse("votes:>10 layer"))
        XCTAssertEqual(hits.map(\.paper), [0])
        XCTAssertEqual(hits.first?.appearance, 1)   // the 2024-04-26 appearance
        XCTAssertEqual(c.match(try QueryParser.parse("layer")).first?.appearance, 0)
    }

    func testQueriesCombineWithAnd() throws {
        let q = try QueryParser.parse("space").and(try QueryParser.parse("-video"))
        XCTAssertEqual(SearchFixture.catalog.match(q).map(\.paper), [2])
    }

    /// A NUL kept from a digest is text like any other, but the 0 that ends each field is
    /// not: a needle holding one matches inside a field, never across its end.
    func testANeedleWithANulStaysInsideOneField() throws {
        let c = TestSupport.catalog(digest("""
        ### [Layer Skip](https://arxiv.org/abs/2404.16710)
        Authors: Saurabh Agarwal
        - layer after layer

        ### [State\u{0}Space](https://arxiv.org/abs/2404.16821)
        - states
        """))
        func ids(_ text: String) throws -> [String] { try c.search(QueryParser.parse(text)).map { c.papers[$0.paper].id } }
        XCTAssertEqual(try ids("e\u{0}s"), ["2404.16821"], "inside the title")
        XCTAssertEqual(try ids("title:\u{0}sa"), [], "the title's end and the authors after it")
        XCTAssertEqual(try ids("\u{0}state"), [], "one paper's end and the next one's title")
    }
}
