import XCTest
@testable import DailyPapersCore

/// Terminal columns: Korean takes two, marks none, and nothing is ever cut mid-character.
final class DisplayWidthTests: XCTestCase {
    private func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    func testWidths() {
        XCTAssertEqual(DisplayWidth.of("abc"), 3)
        XCTAssertEqual(DisplayWidth.of("한국어"), 6)
        XCTAssertEqual(DisplayWidth.of("LLM×모델"), 8)
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1)
        XCTAssertEqual(DisplayWidth.of("\u{1106}\u{1169}"), 2)       // NFD 모
        XCTAssertEqual(DisplayWidth.of("👍"), 2)
        XCTAssertEqual(DisplayWidth.of("\u{2764}\u{FE0F}"), 2)       // emoji presentation
        XCTAssertEqual(DisplayWidth.of("\u{200B}"), 0)
        XCTAssertEqual(DisplayWidth.of("\u{1B}"), 0)
        XCTAssertEqual(DisplayWidth.of("漢字ｶﾅ"), 6)                  // halfwidth katakana is narrow
        XCTAssertEqual(DisplayWidth.of("…"), 1)
    }

    func testTruncateEndsWithEllipsisAndNeverSplitsAWideCharacter() {
        XCTAssertEqual(DisplayWidth.truncate("Hello, world", to: 5), "Hell…")
        XCTAssertEqual(DisplayWidth.truncate("Hello", to: 5), "Hello")
        XCTAssertEqual(DisplayWidth.truncate("한국어입니다", to: 5), "한국…")
        XCTAssertEqual(DisplayWidth.truncate("한국어입니다", to: 6), "한국…")
        XCTAssertEqual(DisplayWidth.truncate("한국어", to: 6), "한국어")
        XCTAssertEqual(DisplayWidth.truncate("한국어", to: 1), "…")
        XCTAssertEqual(DisplayWidth.truncate("abc", to: 0), "")
    }

    func testTruncateKeepsGraphemeClustersWhole() {
        let decomposed = "e\u{301}e\u{301}e\u{301}"
        XCTAssertEqual(scalars(DisplayWidth.truncate(decomposed, to: 2)), scalars("e\u{301}…"))
        let family = "👨‍👩‍👧x👨‍👩‍👧"
        XCTAssertEqual(scalars(DisplayWidth.truncate(family, to: 4)), scalars("👨‍👩‍👧x…"))
    }

    func testPad() {
        XCTAssertEqual(DisplayWidth.pad("한", to: 4), "한  ")
        XCTAssertEqual(DisplayWidth.pad("7", to: 3, right: true), "  7")
        // Cut to 3 columns (a wide character does not fit in the last one), then filled.
        XCTAssertEqual(DisplayWidth.pad("한국어", to: 4), "한… ")
    }

    func testWrapAtSpacesFillingEachLine() {
        XCTAssertEqual(DisplayWidth.wrap("ab cd ef", to: 5), ["ab cd", "ef"])
        XCTAssertEqual(DisplayWidth.wrap("the quick brown fox", to: 9), ["the quick", "brown fox"])
        XCTAssertEqual(DisplayWidth.wrap("short", to: 20), ["short"])
        XCTAssertEqual(DisplayWidth.wrap("", to: 20), [""])
    }

    func testWrapKorean() {
        XCTAssertEqual(DisplayWidth.wrap("모델의 추론 속도", to: 6), ["모델의", "추론", "속도"])
        XCTAssertEqual(DisplayWidth.wrap("모델의 추론 속도", to: 11), ["모델의 추론", "속도"])
        // A word longer than a line is cut between characters, never inside one.
        XCTAssertEqual(DisplayWidth.wrap("가나다 라마", to: 4), ["가나", "다", "라마"])
        XCTAssertEqual(DisplayWidth.wrap("가나다", to: 5), ["가나", "다"])
    }

    func testWrapNarrowerThanAWideCharacterGivesNoEmptyLines() {
        XCTAssertEqual(DisplayWidth.wrap("가나", to: 1), ["가", "나"])
    }

    func testWrapKeepsClustersAndWidthLimit() {
        let text = "Cafe\u{301} 한국어모델의추론속도를 👨‍👩‍👧 e\u{301}e\u{301}e\u{301}e\u{301}"
        for columns in 2...12 {
            let lines = DisplayWidth.wrap(text, to: columns)
            for line in lines { XCTAssertLessThanOrEqual(DisplayWidth.of(line), columns, "\(columns): \(line)") }
            XCTAssertEqual(lines.joined().filter { $0 != " " }, text.filter { $0 != " " }, "\(columns)")
            XCTAssertFalse(lines.contains(""), "\(columns)")
        }
    }
}

/// The fast paths of `DisplayWidth.of(Character)` (one ASCII byte, one Hangul syllable)
/// answer as the scalars do, for every scalar of the Basic Multilingual Plane and for
/// clusters that begin like them.
final class DisplayWidthFastPathTests: XCTestCase {
    func testFastPathsAgreeWithTheScalars() {
        var checked = 0
        for v in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let c = Character(scalar)
            XCTAssertEqual(DisplayWidth.of(c), DisplayWidth.ofScalars(c), String(v, radix: 16))
            checked += 1
        }
        for cluster in ["가\u{302}", "e\u{301}", "\r\n", "각\u{11A8}", "\u{1100}\u{1161}", "☀\u{FE0F}", "a\u{200D}"] {
            let c = Character(cluster)
            XCTAssertEqual(DisplayWidth.of(c), DisplayWidth.ofScalars(c), cluster.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
        }
        XCTAssertGreaterThan(checked, 60_000)
    }
}
