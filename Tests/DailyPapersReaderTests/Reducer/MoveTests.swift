import XCTest
import DailyPapersCore
@testable import DailyPapersReader

/// j/k, arrows, Ctrl-d/Ctrl-u, PgDn/PgUp, g/G, Home/End, Enter/Tab, Esc.
final class MoveTests: XCTestCase {
    /// The seed by votes, high first.
    static let seedOrder = ["2404.16710", "2404.16821", "2404.16811", "2404.16645", "2404.16510",
                            "2404.16221", "2404.16771", "2404.16375", "2404.16820", "2404.16790"]

    func testOpensOnTheSeedByVotesWithTheTopPaperSelected() {
        let s = ReaderState(catalog: Fixtures.seed())
        XCTAssertEqual(s.listedIDs, Self.seedOrder)
        XCTAssertEqual(s.selected, 0)
        XCTAssertEqual(s.focus, .list)
        XCTAssertEqual(s.overlay, .none)
    }

    func testJAndDownMoveDownKAndUpMoveUpWithinTheList() {
        var s = ReaderState(catalog: Fixtures.seed())
        XCTAssertEqual(s.press(.char("j"), .down, .char("j")), [])
        XCTAssertEqual(s.selected, 3)
        s.press(.char("k"), .up)
        XCTAssertEqual(s.selected, 1)
        s.press(.up, .up, .char("k"))
        XCTAssertEqual(s.selected, 0, "stops at the top")
        s.press(.char("G"), .char("j"), .down)
        XCTAssertEqual(s.selected, 9, "stops at the bottom")
    }

    func testHalfPagesAndPagesFollowTheListHeight() {
        // 20 rows: header, status and 18 list rows (toggle layout at 60 columns).
        var s = ReaderState(catalog: Fixtures.seed(), width: 60, height: 20)
        XCTAssertEqual(s.layout.list.height, 18)
        s.press(.ctrl("d"))
        XCTAssertEqual(s.selected, 8, "half of 17")
        s.press(.ctrl("u"))
        XCTAssertEqual(s.selected, 0)
        s.press(.pageDown)
        XCTAssertEqual(s.selected, 9, "a page is 17 rows, clamped to the last")
        s.press(.pageUp)
        XCTAssertEqual(s.selected, 0)
        s.press(.char(" "))
        XCTAssertEqual(s.selected, 9, "Space pages down, as in a pager")
        s.press(.pageUp, .enter, .char(" "))
        XCTAssertEqual(s.selected, 0, "in the detail, Space scrolls the detail")
        XCTAssertEqual(s.detailTop, min(17, s.detailLineCount - s.layout.detail.height))
        XCTAssertGreaterThan(s.detailTop, 0)
    }

    func testGAndHomeGoToTheFirstCapitalGAndEndToTheLast() {
        var s = ReaderState(catalog: Fixtures.seed())
        s.press(.char("G"))
        XCTAssertEqual(s.selectedID, "2404.16790")
        s.press(.char("g"))
        XCTAssertEqual(s.selectedID, "2404.16710")
        s.press(.end)
        XCTAssertEqual(s.selected, 9)
        s.press(.home)
        XCTAssertEqual(s.selected, 0)
    }

    func testTheListScrollsToKeepTheSelectionVisible() {
        // 14 rows: 12 list rows.
        var s = ReaderState(catalog: Fixtures.seed(), width: 60, height: 8 + 6)
        XCTAssertEqual(s.layout.list.height, 12)
        s = ReaderState(catalog: Fixtures.seed(), width: 60, height: 10)
        XCTAssertEqual(s.layout.list.height, 8)
        s.press(.char("j"), .char("j"), .char("j"), .char("j"), .char("j"), .char("j"), .char("j"), .char("j"))
        XCTAssertEqual(s.selected, 8)
        XCTAssertEqual(s.listTop, 1)
        s.press(.char("G"))
        XCTAssertEqual(s.listTop, 2)
        s.press(.char("g"))
        XCTAssertEqual(s.listTop, 0)
    }

    func testEnterAndTabMoveTheFocusAndEscGoesBack() {
        var s = ReaderState(catalog: Fixtures.seed())
        s.press(.enter)
        XCTAssertEqual(s.focus, .detail)
        s.press(.tab)
        XCTAssertEqual(s.focus, .list)
        s.press(.tab)
        XCTAssertEqual(s.focus, .detail)
        s.press(.escape)
        XCTAssertEqual(s.focus, .list)
        s.press(.backTab)
        XCTAssertEqual(s.focus, .detail)
    }

    func testInTheDetailJAndKScrollTheDetailNotTheList() {
        var s = ReaderState(catalog: Fixtures.seed(), width: 60, height: 20)
        s.press(.enter, .char("j"), .char("j"), .down)
        XCTAssertEqual(s.selected, 0)
        XCTAssertEqual(s.detailTop, 3)
        s.press(.char("k"))
        XCTAssertEqual(s.detailTop, 2)
        s.press(.char("G"))
        XCTAssertEqual(s.detailTop, s.detailLineCount - s.layout.detail.height)
        XCTAssertGreaterThan(s.detailTop, 0)
        s.press(.char("g"))
        XCTAssertEqual(s.detailTop, 0)
        s.press(.ctrl("d"))
        XCTAssertEqual(s.detailTop, 8)
        s.press(.escape, .char("j"))
        XCTAssertEqual(s.selected, 1, "back in the list, j moves the selection")
        XCTAssertEqual(s.detailTop, 0, "a new paper's detail starts at its top")
    }

    func testEscInTheListClearsAKeptQuery() {
        var s = ReaderState(catalog: Fixtures.seed())
        s.press(.char("/"))
        s.type("layer")
        s.press(.enter)
        XCTAssertEqual(s.listedIDs, ["2404.16710"])
        s.press(.escape)
        XCTAssertEqual(s.filter.queryText, "")
        XCTAssertEqual(s.listedIDs.count, 10)
        XCTAssertEqual(s.status, StatusMessage("Query cleared"))
    }

    func testMovingAnEmptyListDoesNothing() {
        var s = ReaderState(catalog: Catalog(Loader.load([])))
        XCTAssertEqual(s.press(.char("j"), .char("G"), .pageDown, .char("k")), [])
        XCTAssertEqual(s.selected, 0)
        XCTAssertNil(s.selectedPaper)
    }
}
