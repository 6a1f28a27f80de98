import XCTest
import DailyPapersCore
@testable import DailyPapersReader

/// Whole screens at 100×30 (side by side) and 60×20 (list and detail take turns), with
/// Korean on screen. See `assertSnapshot` for the file format.
final class SnapshotTests: XCTestCase {
    func testSeedAt100x30() {
        let s = ReaderState(catalog: Fixtures.seed())
        assertSnapshot(Screen.render(s), named: "seed-100x30")
    }

    func testHelpAt100x30() {
        var s = ReaderState(catalog: Fixtures.seed())
        s.press(.char("?"))
        assertSnapshot(Screen.render(s), named: "help-100x30")
    }

    func testLiveSearchWithHighlightsAt100x30() {
        var s = ReaderState(catalog: Fixtures.seed())
        s.press(.char("/"))
        s.type("layer 레이어")
        assertSnapshot(Screen.render(s), named: "search-typing-100x30")
        s.press(.enter)
        assertSnapshot(Screen.render(s), named: "search-kept-100x30")
    }

    func testMalformedQueryAt100x30() {
        var s = ReaderState(catalog: Fixtures.seed())
        s.press(.char("/"))
        s.type("nerf day:2024-13")
        assertSnapshot(Screen.render(s), named: "search-error-100x30")
    }

    func testListAt60x20() {
        let s = ReaderState(catalog: Fixtures.multiDay(), width: 60, height: 20)
        assertSnapshot(Screen.render(s), named: "list-60x20")
    }

    func testDetailWithKoreanTitleLabelsAndNestingAt60x20() {
        var s = ReaderState(catalog: Fixtures.multiDay(), width: 60, height: 20)
        s.press(.char("j"), .enter)
        assertSnapshot(Screen.render(s), named: "detail-60x20")
    }

    func testKoreanSearchInTheDetailAt60x20() {
        var s = ReaderState(catalog: Fixtures.seed(), width: 60, height: 20)
        s.press(.char("/"))
        s.type("모델")
        s.press(.enter, .enter)
        assertSnapshot(Screen.render(s), named: "search-korean-detail-60x20")
    }

    func testHelpAt60x20() {
        var s = ReaderState(catalog: Fixtures.seed(), width: 60, height: 20)
        s.press(.char("?"))
        assertSnapshot(Screen.render(s), named: "help-60x20")
    }

    func testDayPickerAt60x20() {
        var s = ReaderState(catalog: Fixtures.multiDay(), width: 60, height: 20)
        s.press(.char("d"))
        s.type("2024-05-0")
        assertSnapshot(Screen.render(s), named: "day-picker-60x20")
    }

    func testTooSmall() {
        let s = ReaderState(catalog: Fixtures.seed(), width: 30, height: 8)
        assertSnapshot(Screen.render(s), named: "too-small-30x8")
    }
}
