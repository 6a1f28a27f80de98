import XCTest
import DailyPapersCore
@testable import DailyPapersReader

/// Click, wheel, resize, too small.
final class MouseAndResizeTests: XCTestCase {
    func testAClickSelectsTheRowUnderIt() {
        var s = ReaderState(catalog: Fixtures.seed())
        XCTAssertEqual(s.handle(.mouse(Mouse(.click, x: 5, y: 4))), [])
        XCTAssertEqual(s.selected, 3, "row 1 is the first paper")
        _ = s.handle(.mouse(Mouse(.click, x: 5, y: 25)))
        XCTAssertEqual(s.selected, 3, "below the last paper nothing happens")
        _ = s.handle(.mouse(Mouse(.click, x: 70, y: 5)))
        XCTAssertEqual(s.focus, .detail, "a click in the detail focuses it")
        _ = s.handle(.mouse(Mouse(.click, x: 5, y: 1)))
        XCTAssertEqual(s.focus, .list)
        XCTAssertEqual(s.selected, 0)
    }

    func testTheWheelScrollsThePaneUnderTheMouse() {
        var s = ReaderState(catalog: Fixtures.seed(), width: 100, height: 10)
        _ = s.handle(.mouse(Mouse(.wheelDown, x: 5, y: 3)))
        XCTAssertEqual(s.listTop, 2, "8 rows of 10 papers: at most 2 down")
        XCTAssertEqual(s.selected, 2, "the selection is pulled into view")
        _ = s.handle(.mouse(Mouse(.wheelUp, x: 5, y: 3)))
        XCTAssertEqual(s.listTop, 0)
        _ = s.handle(.mouse(Mouse(.wheelDown, x: 70, y: 3)))
        XCTAssertEqual(s.detailTop, 3)
        XCTAssertEqual(s.listTop, 0)
    }

    func testAResizeKeepsTheSelectionVisible() {
        var s = ReaderState(catalog: Fixtures.seed())
        s.press(.char("G"))
        XCTAssertEqual(s.listTop, 0)
        _ = s.handle(.resize(width: 80, height: 10))
        XCTAssertEqual(s.listTop, 2)
        XCTAssertFalse(s.layout.sideBySide)
        _ = s.handle(.resize(width: 250, height: 70))
        XCTAssertEqual(s.listTop, 0)
        XCTAssertTrue(s.layout.sideBySide)
        XCTAssertEqual(s.layout.detail.width, 100)
    }

    func testTooSmallAndBack() {
        var s = ReaderState(catalog: Fixtures.seed())
        _ = s.handle(.resize(width: 39, height: 20))
        XCTAssertTrue(s.layout.tooSmall)
        // The screen shows only that it is too small: a key would act unseen.
        XCTAssertEqual(s.press(.char("j"), .char("*"), .char("/")), [])
        XCTAssertEqual(s.handle(.mouse(Mouse(.click, x: 5, y: 5))), [])
        _ = s.handle(.resize(width: 40, height: 10))
        XCTAssertFalse(s.layout.tooSmall)
        XCTAssertEqual(s.selected, 0)
        XCTAssertEqual(s.overlay, .none)
        XCTAssertFalse(s.marks[s.selectedID!].contains(.starred))
        _ = s.handle(.resize(width: 0, height: 0))
        XCTAssertEqual(Screen.render(s).cells.count, 0, "a zero-sized terminal draws nothing and does not crash")
    }

    /// As the screen says: q quits, even with a prompt open, whose text is kept otherwise.
    func testTooSmallQQuitsAndAPromptKeepsItsText() {
        var s = ReaderState(catalog: Fixtures.seed())
        s.press(.char("/"))
        s.type("layer")
        _ = s.handle(.resize(width: 20, height: 5))
        XCTAssertEqual(s.press(.char("x")), [])
        XCTAssertEqual(s.screenText.contains("(q quits)"), true, s.screenText)
        _ = s.handle(.resize(width: 100, height: 30))
        guard case let .search(prompt) = s.overlay else { return XCTFail("the prompt stays open") }
        XCTAssertEqual(prompt.line.text, "layer")
        _ = s.handle(.resize(width: 20, height: 5))
        XCTAssertEqual(s.press(.char("q")), [.quit])
    }

    /// Scrolled to its end on a small screen, the help was an empty box on a larger one.
    func testAResizeKeepsTheHelpsScrollWithinItsLines() {
        var s = ReaderState(catalog: Fixtures.seed(), width: 60, height: 15)
        s.press(.char("?"))
        for _ in 0..<60 { s.press(.char("j")) }
        guard case let .help(deep) = s.overlay else { return XCTFail("help open") }
        XCTAssertGreaterThan(deep, 20)
        _ = s.handle(.resize(width: 100, height: 30))
        guard case let .help(top) = s.overlay else { return XCTFail("help open") }
        XCTAssertEqual(top, s.helpMostTop)
        XCTAssertTrue(s.screenText.contains("Query:"), s.screenText)
    }
}
