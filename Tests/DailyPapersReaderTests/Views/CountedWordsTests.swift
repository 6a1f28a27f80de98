import XCTest
import DailyPapersCore
@testable import DailyPapersReader

/// One paper, one vote, one digest: the words agree with their numbers on screen.
final class CountedWordsTests: XCTestCase {
    private static let onePaper = """
    ## Daily Papers (2024-05-02)

    ### [Only Paper](https://arxiv.org/abs/2405.00001)

    Vote: 1

    Authors: Ada One

    - 하나뿐입니다.

    """

    private func catalog() -> Catalog {
        Catalog(Loader.load(contents: [(path: "one.md", bytes: Array(Self.onePaper.utf8))]))
    }

    func testOnePaperOneVoteOneDigest() {
        var s = ReaderState(catalog: catalog(), width: 100, height: 30)
        XCTAssertTrue(s.screenText.contains("all days · 1 paper · by votes"), s.screenText)
        XCTAssertTrue(s.screenText.contains("2405.00001 · 2024-05-02 · 1 vote"), s.screenText)
        XCTAssertFalse(s.screenText.contains("1 votes"), s.screenText)
        s.press(.char("+"))
        s.press(.char("-"))
        s.press(.char("m"))
        s.type("1")
        s.press(.enter)
        XCTAssertEqual(s.status?.text, "At least 1 vote: 1 paper")
        XCTAssertTrue(s.screenText.contains("≥ 1 vote "), s.screenText)
        s.press(.char("r"))
        _ = s.handle(.reloaded(catalog()))
        XCTAssertEqual(s.status?.text, "Reloaded 1 paper from 1 digest")
        XCTAssertEqual(counted(0, "problem"), "0 problems")
    }
}
