import XCTest
@testable import DailyPapersCore

/// Hangul initials: consecutive syllables anywhere, or syllables in order from a word's start.
final class InitialsTests: XCTestCase {
    private func matches(_ query: String, _ text: String) -> Bool {
        let catalog = TestSupport.catalog(digest("### [T](https://arxiv.org/abs/2404.00001)\n- \(text)\n"))
        return !catalog.search(try! QueryParser.parse(query)).isEmpty
    }

    func testConsecutiveSyllablesMatchAnywhere() {
        XCTAssertTrue(matches("ㅁㄷ", "언어모델의 성능"))
        XCTAssertTrue(matches("ㅇㅇㅁㄷ", "언어모델"))
    }

    func testSkippingSyllablesOnlyFromAWordsStart() {
        XCTAssertTrue(matches("ㄹㅇㅅㅋ", "레이어스킵을 쓴다"))
        XCTAssertTrue(matches("ㄹㅅ", "레이어스킵"))
        XCTAssertFalse(matches("ㅇㅋ", "레이어스킵"), "이 is not where the word starts")
        XCTAssertFalse(matches("ㄹㅅㅋ", "모델레이어스킵"), "레 is inside the word 모델레이어스킵")
        XCTAssertFalse(matches("ㄹㅅ", "레이어 스킵"), "never across words")
    }

    func testHighlightsAreTheMatchedSyllables() throws {
        let catalog = TestSupport.catalog(digest("### [T](https://arxiv.org/abs/2404.00001)\n- 언어모델 레이어스킵\n"))
        let h = catalog.highlights(try QueryParser.parse("ㅁㄷ ㄹㅇㅅㅋ"), paper: 0)
        let text = catalog.papers[0].summary[0].text
        let marked = (h.summary[0] ?? []).map { String(decoding: Array(text.utf8)[$0], as: UTF8.self) }
        XCTAssertEqual(marked, ["모델", "레이", "스킵"])
    }
}
