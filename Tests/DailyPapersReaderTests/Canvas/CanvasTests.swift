import XCTest
@testable import DailyPapersReader

/// Cells, wide glyphs, and what never reaches a cell.
final class CanvasTests: XCTestCase {
    func testAWideGlyphOwnsItsCellAndAContinuation() {
        var c = Canvas(width: 6, height: 1)
        XCTAssertEqual(c.put("a모델", x: 0, y: 0), 5)
        XCTAssertEqual(c.row(0).map(\.text), ["a", "모", "", "델", "", " "])
        XCTAssertEqual(c.row(0).map(\.width), [1, 2, 0, 2, 0, 1])
    }

    func testAWideGlyphThatDoesNotFitIsLeftOutWhole() {
        var c = Canvas(width: 4, height: 1)
        XCTAssertEqual(c.put("ab모델", x: 1, y: 0), 2)
        XCTAssertEqual(c.row(0).map(\.text), [" ", "a", "b", " "])
        var limited = Canvas(width: 10, height: 1)
        XCTAssertEqual(limited.put("모델", x: 0, y: 0, limit: 3), 2)
    }

    func testOverwritingHalfAWideGlyphBlanksTheOtherHalf() {
        var c = Canvas(width: 4, height: 1)
        c.put("모델", x: 0, y: 0)
        c.put("x", x: 1, y: 0)
        XCTAssertEqual(c.row(0).map(\.text), [" ", "x", "델", ""])
        c.put("y", x: 2, y: 0)
        XCTAssertEqual(c.row(0).map(\.text), [" ", "x", "y", " "])
    }

    func testControlsAndEscapesNeverReachACell() {
        var c = Canvas(width: 12, height: 1)
        c.put("a\u{1B}[31mb\u{7}\u{9B}", x: 0, y: 0)
        XCTAssertEqual(c.row(0).map(\.text).joined(), "a�[31mb��   ")
        XCTAssertFalse(c.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) } })
    }

    func testGraphemeClustersStayWhole() {
        var c = Canvas(width: 6, height: 1)
        let decomposed = "\u{1106}\u{1169}\u{1103}\u{1166}\u{11AF}"   // 모델 in NFD
        XCTAssertEqual(c.put(decomposed + "e\u{301}", x: 0, y: 0), 5)
        XCTAssertEqual(c[0, 0].text, "\u{1106}\u{1169}")
        XCTAssertEqual(c[2, 0].text, "\u{1103}\u{1166}\u{11AF}")
        XCTAssertEqual(c[4, 0].text, "e\u{301}")
    }

    func testStyledTextKeepsMatchesThroughWrappingAndTruncation() {
        let raw = "Layer Skip: Early Exit for 레이어"
        let text = StyledText(digest: raw, matches: [0..<5, 27..<36])
        let lines = text.wrapped(to: 12)
        XCTAssertEqual(lines.map(\.plain), ["Layer Skip:", "Early Exit", "for 레이어"])
        XCTAssertEqual(lines[0].characters.filter { $0.1.contains(.match) }.map(\.0), Array("Layer"))
        XCTAssertEqual(lines[2].characters.filter { $0.1.contains(.match) }.map(\.0), Array("레이어"))
        XCTAssertEqual(text.truncated(to: 4).plain, "Lay…")
        XCTAssertTrue(text.truncated(to: 4).characters.allSatisfy { $0.1.contains(.match) })
    }

    func testDigestTextIsMadeInertWithMatchesStillInPlace() {
        let text = StyledText(digest: "a\u{1B}]52;c;x\u{7}b", matches: [10..<11])
        XCTAssertEqual(text.plain, "a�]52;c;x�b")
        XCTAssertEqual(text.characters.filter { $0.1.contains(.match) }.map(\.0), ["b"])
    }
}

extension CanvasTests {
    func testFillingARectangleNeverLeavesHalfAWideGlyph() {
        var c = Canvas(width: 6, height: 1)
        c.put("모델모", x: 0, y: 0)
        c.fill(Rect(x: 1, y: 0, width: 2, height: 1), style: [])
        XCTAssertEqual(c.row(0).map(\.text), [" ", " ", " ", " ", "모", ""])
        XCTAssertEqual(c.row(0).map(\.width), [1, 1, 1, 1, 2, 0])
    }
}
