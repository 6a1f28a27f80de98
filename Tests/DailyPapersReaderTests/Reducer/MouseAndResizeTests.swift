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
        XCTAssertEqual(s.press(.char("j")), [], "keys still work")
        _ = s.handle(.resize(width: 40, height: 10))
        XCTAssertFalse(s.layout.tooSmall)
        XCTAssertEqual(s.selected, 1)
        _ = s.handle(.resize(width: 0, height: 0))
        XCTAssertEqual(Screen.render(s).cells.count, 0, "a zero-sized terminal draws nothing and does not crash")
    }
}
