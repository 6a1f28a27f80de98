import XCTest
@testable import DailyPapersReader

/// The prompts' line: what is typed key by key is the text the user meant.
final class LineEditTests: XCTestCase {
    private func typed(_ scalars: [Unicode.Scalar], into start: LineEdit = LineEdit()) -> LineEdit {
        var line = start
        for s in scalars { _ = line.edit(.char(Character(s))) }
        return line
    }

    func testACombiningMarkJoinsTheCharacterBeforeIt() {
        let line = typed(["E", "\u{301}", "d"])
        XCTAssertEqual(line.characters.count, 2)
        XCTAssertEqual(line.characters.first, "E\u{301}")
        XCTAssertEqual(line.cursor, 2)
    }

    func testJamoTypedOneByOneMakeSyllables() {
        let line = typed(["\u{1106}", "\u{1169}", "\u{1103}", "\u{1166}", "\u{11AF}"])
        XCTAssertEqual(line.characters.count, 2, "모 and 델, each one character a cell")
        XCTAssertEqual(line.text, "\u{1106}\u{1169}\u{1103}\u{1166}\u{11AF}")
        XCTAssertEqual(line.cursor, 2)
    }

    func testAMarkTypedInTheMiddleJoinsItsLeftNeighbour() {
        var line = LineEdit("ab")
        line.moveLeft()
        _ = line.edit(.char("\u{308}"))
        XCTAssertEqual(line.characters, ["a\u{308}", "b"])
        XCTAssertEqual(line.cursor, 1)
        _ = line.edit(.char("c"))
        XCTAssertEqual(line.text, "a\u{308}cb")
        XCTAssertEqual(line.cursor, 2)
    }
}
