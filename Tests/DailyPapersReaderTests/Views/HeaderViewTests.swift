import XCTest
import DailyPapersCore
@testable import DailyPapersReader

final class HeaderViewTests: XCTestCase {
    private func header(_ s: ReaderState) -> String { s.screenText.split(separator: "\n").first.map(String.init) ?? "" }

    func testWideShowsTheNameAndTheOrderBeforeTheFilters() {
        var s = ReaderState(catalog: Fixtures.seed(), width: 120, height: 30)
        s.press(.char("+"), .char("+"))
        XCTAssertEqual(header(s).trimmingCharacters(in: .whitespaces),
                       "dailypapers │ all days · 6 of 10 papers · by votes ↓ · ≥ 10 votes")
    }

    /// At 61 columns the filter was cut off while the order's label stayed.
    func testNarrowKeepsTheFiltersAndTheQueryBeforeTheOrder() {
        var s = ReaderState(catalog: Fixtures.seed(), width: 61, height: 15)
        s.press(.char("s"), .char("+"), .char("+"))
        s.press(.char("/"))
        s.type("layer")
        s.press(.enter)
        XCTAssertEqual(header(s).trimmingCharacters(in: .whitespaces),
                       "all days · 1 of 10 papers · ≥ 10 votes · /layer · by day n…")
    }

    /// While loading, the progress label pushed the query off a narrow header.
    func testNarrowWhileLoadingKeepsTheQueryBeforeTheProgress() {
        var s = ReaderState(catalog: Fixtures.seed(), width: 61, height: 20)
        s.beginLoading()
        _ = s.handle(.loadProgress(done: 9, total: 10))
        s.press(.char("+"), .char("+"))
        s.press(.char("/"))
        s.type("layer")
        s.press(.enter)
        XCTAssertTrue(header(s).trimmingCharacters(in: .whitespaces).hasPrefix("all days · 1 of 10 papers · ≥ 10 votes · /layer · loading"),
                      header(s))
    }
}
