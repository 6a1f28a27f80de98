@testable import DailyPapersCore
import XCTest

final class PositionTableTests: XCTestCase {
    /// Thousands of ids that differ in their last digits, as arXiv's do, fill the table
    /// with collisions: each must still be found where it is, and near misses not at all.
    func testFindsEveryIDAndNoOther() {
        let ids = (0..<5_000).map { String(format: "2404.%05d", $0 * 3) }
        let table = PositionTable(count: ids.count) { ids[$0] }
        for (p, id) in ids.enumerated() {
            XCTAssertEqual(table.position(of: id) { ids[$0] }, p, id)
        }
        for k in 0..<5_000 where k % 3 != 0 {
            XCTAssertNil(table.position(of: String(format: "2404.%05d", k)) { ids[$0] })
        }
        XCTAssertNil(table.position(of: "") { ids[$0] })
    }

    func testEmptyTableFindsNothing() {
        let table = PositionTable(count: 0) { _ in "" }
        XCTAssertNil(table.position(of: "2404.00001") { _ in "" })
    }

    /// A damaged cache could name an id twice: the first position answers, and the
    /// lookup still ends.
    func testRepeatedIDFindsTheFirst() {
        let ids = ["2404.00001", "2404.00002", "2404.00001"]
        let table = PositionTable(count: ids.count) { ids[$0] }
        XCTAssertEqual(table.position(of: "2404.00001") { ids[$0] }, 0)
        XCTAssertNil(table.position(of: "2404.00003") { ids[$0] })
    }
}
