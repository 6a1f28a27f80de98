import XCTest
@testable import DailyPapersCore

/// Sorting by the papers' places must give exactly the order of comparing hits.
final class PaperPlacesTests: XCTestCase {
    func testPlacesSortLikeTheComparator() throws {
        for (papers, seed) in [(50, UInt64(3)), (700, 41), (4_000, 2_024)] {
            let catalog = HitSortKeysTests.catalog(papers: papers, seed: seed)
            XCTAssertEqual(catalog.index.places.votes.count, papers)
            var x = seed &+ 9
            func next(_ n: Int) -> Int { x ^= x << 13; x ^= x >> 7; x ^= x << 17; return Int(x % UInt64(n)) }
            // Many hits (placed in slots, or marked in a bitmap when their scores are all
            // one) and few (their places sorted).
            for (keep, sameScore) in [(5, false), (5, true), (200, false)] {
                let hits = catalog.papers.indices.filter { _ in next(keep) != 0 || keep == 5 && next(2) == 0 }.map { p in
                    Hit(paper: p, appearance: 0, score: sameScore ? 7 : Int32([0, 1, 10, 100, 111][next(5)]))
                }.shuffled()
                for order in SortOrder.allCases {
                    for reversed in [false, true] {
                        var expected = hits
                        catalog.compareSort(&expected, by: order, reversed: reversed)
                        let placed = catalog.placeSorted(hits, by: order, reversed: reversed)
                        if order == .relevance || order == .title || !reversed {
                            XCTAssertEqual(try XCTUnwrap(placed), expected, "\(papers) \(hits.count) \(order) \(reversed)")
                        } else {
                            XCTAssertNil(placed, "reversed votes and day keep unknown votes last: not the places backwards")
                        }
                        var viaSort = hits
                        catalog.sort(&viaSort, by: order, reversed: reversed)
                        XCTAssertEqual(viaSort, expected)
                    }
                }
            }
        }
    }

    func testOlderAppearancesAndRepeatedPapersAreLeftToTheKeys() {
        let catalog = HitSortKeysTests.catalog(papers: 300, seed: 77)
        let older = catalog.papers.indices.first { catalog.papers[$0].appearances.count > 1 }!
        XCTAssertNil(catalog.placeSorted([Hit(paper: 0, appearance: 0, score: 0), Hit(paper: older, appearance: 1, score: 0)],
                                         by: .votes, reversed: false))
        let twice = [Hit(paper: 4, appearance: 0, score: 0), Hit(paper: 4, appearance: 0, score: 1)]
        XCTAssertNil(catalog.placeSorted(twice, by: .votes, reversed: false))
        XCTAssertNil(catalog.placeSorted(twice + catalog.papers.indices.map { Hit(paper: $0, appearance: 0, score: 0) },
                                         by: .day, reversed: false))
        let all = catalog.papers.indices.map { Hit(paper: $0, appearance: 0, score: 0) }
        XCTAssertNotNil(catalog.placeSorted(all, by: .title, reversed: true))
        XCTAssertNil(catalog.placeSorted(all + [all[9]], by: .title, reversed: true), "a paper twice, scores all one")
    }
}
