import XCTest
@testable import DailyPapersCore

/// Sorting by packed keys must give exactly the order of comparing hits one pair at a time.
final class HitSortKeysTests: XCTestCase {
    static func catalog(papers: Int, seed: UInt64) -> Catalog {
        var x = seed
        func next(_ n: Int) -> Int { x ^= x << 13; x ^= x >> 7; x ^= x << 17; return Int(x % UInt64(n)) }
        let titles = ["Alpha", "alpha", "Beta", "모델", "Zeta", "beta gamma", "Über"]
        let list: [Paper] = (0..<papers).map { i in
            let appearances = (0..<(1 + next(3))).map { _ in
                Appearance(day: Day(year: 2023 + next(3), month: 1 + next(12), day: 1 + next(28))!,
                           votes: next(4) == 0 ? nil : next(30), title: "t", source: SourceLocation(path: "t.md", line: 1))
            }.sorted { $0.day > $1.day }
            return Paper(id: String(format: "2404.%05d", i), title: titles[next(titles.count)], appearances: appearances)
        }
        return Catalog(Library(papers: list, problems: [], digestFiles: 1))
    }

    func testPackedKeysSortLikeTheComparator() {
        for (papers, seed) in [(40, UInt64(7)), (600, 99), (3_000, 12_345)] {
            let catalog = Self.catalog(papers: papers, seed: seed)
            var x = seed &+ 1
            func next(_ n: Int) -> Int { x ^= x << 13; x ^= x >> 7; x ^= x << 17; return Int(x % UInt64(n)) }
            let hits = catalog.papers.indices.filter { _ in next(5) != 0 }.map { p in
                Hit(paper: p, appearance: next(catalog.papers[p].appearances.count), score: Int32([0, 1, 10, 11, 100, 111][next(6)]))
            }.shuffled()
            for order in SortOrder.allCases {
                for reversed in [false, true] {
                    var expected = hits
                    catalog.compareSort(&expected, by: order, reversed: reversed)
                    let got = catalog.keySorted(hits, by: order, reversed: reversed)
                    XCTAssertNotNil(got, "\(order) \(reversed)")
                    XCTAssertEqual(got, expected, "\(papers) \(order) reversed \(reversed)")
                    var viaSort = hits
                    catalog.sort(&viaSort, by: order, reversed: reversed)
                    XCTAssertEqual(viaSort, expected)
                    XCTAssertEqual(catalog.keySorted(expected, by: order, reversed: reversed), expected, "already in order")
                }
            }
        }
    }

    func testHugeVotesFallBackToTheComparator() {
        let source = SourceLocation(path: "t.md", line: 1)
        let papers = [Int.max, Int.min + 1, 5, -7].enumerated().map { i, v in
            Paper(id: "2404.0000\(i)", title: "t\(i)", appearances: [Appearance(day: Day(year: 2024, month: 1, day: 1)!, votes: v, title: "t", source: source)])
        }
        let catalog = Catalog(Library(papers: papers, problems: [], digestFiles: 1))
        var hits = catalog.match(Query())
        catalog.sort(&hits, by: .votes)
        XCTAssertEqual(hits.map(\.paper).first, 0)
    }

    func testRadixSortSortsWideKeys() {
        var x: UInt64 = 42
        var keys = (0..<5_000).map { _ in x ^= x << 13; x ^= x >> 7; x ^= x << 17; return x >> UInt64(x % 20) }
        let expected = keys.sorted()
        RadixSort.sort(&keys, bits: 64)
        XCTAssertEqual(keys, expected)
    }
}
