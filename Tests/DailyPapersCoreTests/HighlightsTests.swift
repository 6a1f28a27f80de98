import XCTest
@testable import DailyPapersCore

/// Matched ranges, as UTF-8 offsets into the paper's own strings.
final class HighlightsTests: XCTestCase {
    private let catalog = SearchFixture.catalog

    private func highlights(_ q: String, paper: Int = 0) throws -> Highlights {
        try catalog.highlights(QueryParser.parse(q), paper: paper)
    }

    private func cut(_ s: String, _ ranges: [Range<Int>]?) -> [String] {
        let bytes = Array(s.utf8)
        return (ranges ?? []).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    func testTitleIgnoringCase() throws {
        let h = try highlights("LAYER exit")
        XCTAssertEqual(h.title, [0..<5, 24..<28])
        XCTAssertEqual(cut(catalog.papers[0].title, h.title), ["Layer", "Exit"])
        XCTAssertEqual(h.summary[1], [32..<37, 44..<49])
        XCTAssertEqual(h.authors, [:])
    }

    func testOnlyTheFieldsAsked() throws {
        let q = try QueryParser.parse("layer agarwal")
        let all = catalog.highlights(q, paper: 0)
        XCTAssertFalse(all.summary.isEmpty)
        var expected = all
        expected.summary = [:]
        XCTAssertEqual(catalog.highlights(q, paper: 0, fields: [.title, .authors]), expected)
        XCTAssertEqual(catalog.highlights(q, paper: 0, fields: [.summary]).summary, all.summary)
        XCTAssertEqual(catalog.highlights(q, paper: 0, fields: [.summary]).title, [])
    }

    func testAuthorsByIndex() throws {
        let h = try highlights("acun")
        XCTAssertEqual(h.authors, [1: [6..<10]])
        XCTAssertEqual(h.title, [])
    }

    func testKoreanSubstringInABullet() throws {
        let h = try highlights("모델")
        XCTAssertEqual(h.summary, [0: [19..<25]])
        XCTAssertEqual(cut(catalog.papers[0].summary[0].text, h.summary[0]), ["모델"])
    }

    func testInitialsHighlightTheMatchedSyllables() throws {
        let h = try highlights("ㄹㅇㅅㅋ")
        // 레 이 (어) 스 킵: touching ranges are joined.
        XCTAssertEqual(h.summary, [0: [0..<6, 9..<15]])
        XCTAssertEqual(cut(catalog.papers[0].summary[0].text, h.summary[0]), ["레이", "스킵"])
    }

    func testFieldRestrictedAndNegatedTerms() throws {
        XCTAssertEqual(try highlights("title:layer").summary, [:])
        XCTAssertEqual(try highlights("title:layer").title, [0..<5])
        XCTAssertTrue(try highlights("-layer").isEmpty)
        XCTAssertTrue(try highlights("votes:>1 day:2024").isEmpty)
    }

    func testOverlappingMatchesAreMerged() throws {
        XCTAssertEqual(try highlights(#"layer "layer skip""#).title, [0..<10])
    }

    func testNonASCIIAuthorKeepsByteOffsets() throws {
        let h = try highlights("édouard", paper: 3)
        XCTAssertEqual(h.authors, [0: [0..<8]])
        XCTAssertEqual(cut(catalog.papers[3].authors[0], h.authors[0]), ["Édouard"])
    }

    func testPhraseAcrossTwoAuthorsIsClippedToEach() throws {
        let h = try highlights(#""agarwal, bilge""#)
        XCTAssertEqual(h.authors, [0: [8..<15], 1: [0..<5]])
    }
}
