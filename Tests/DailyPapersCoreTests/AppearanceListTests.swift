import XCTest
@testable import DailyPapersCore

/// `AppearanceList` behaves as the array it replaces: empty, one, several; appended,
/// sorted and changed in place.
final class AppearanceListTests: XCTestCase {
    private func appearance(_ day: String, _ votes: Int?) -> Appearance {
        Appearance(day: Day(day)!, votes: votes, title: "T \(day)", source: SourceLocation(path: "a.md", line: 1))
    }

    func testAsTheArray() {
        let all = [appearance("2024-04-01", 3), appearance("2024-04-03", nil), appearance("2024-04-02", 7)]
        for n in 0...all.count {
            var list = AppearanceList(all.prefix(n))
            XCTAssertEqual(Array(list), Array(all.prefix(n)))
            XCTAssertEqual(list.count, n)
            XCTAssertEqual(list.hasMore, n > 1)
            for i in 0..<n {
                XCTAssertEqual(list.day(i), all[i].day)
                XCTAssertEqual(list.votes(i), all[i].votes)
            }
            list.append(appearance("2024-05-01", 1))
            XCTAssertEqual(Array(list), Array(all.prefix(n)) + [appearance("2024-05-01", 1)])
            list.sort { $0.day > $1.day }
            XCTAssertEqual(list.map(\.day), (Array(all.prefix(n)) + [appearance("2024-05-01", 1)]).map(\.day).sorted(by: >))
            list[list.count - 1].votes = 99
            XCTAssertEqual(list.votes(list.count - 1), 99)
        }
    }

    func testAPaperOfOneAppearanceHoldsNoArray() {
        let paper = Paper(id: "2404.00001", title: "T", appearances: [appearance("2024-04-01", 3)])
        XCTAssertFalse(paper.storedAppearances.hasMore)
        XCTAssertEqual(paper.appearances, [appearance("2024-04-01", 3)])
    }
}
