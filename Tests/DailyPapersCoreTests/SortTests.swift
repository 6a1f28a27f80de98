import XCTest
// Foundation also has a SortOrder: name ours in full.
@testable import DailyPapersCore

/// Every sort, with ties broken the same way whatever the input order.
final class SortTests: XCTestCase {
    /// Titles and votes chosen to tie: two papers titled alpha (one capitalised) with the
    /// same votes on the same day, unknown votes, and 0 votes (which is not unknown).
    private let catalog = TestSupport.catalog("""
    ## Daily Papers (2024-04-25)
    ### [delta](https://arxiv.org/abs/2404.00001)
    Vote: 0
    ## Daily Papers (2024-04-26)
    ### [beta](https://arxiv.org/abs/2404.00005)
    Vote: 10
    ## Daily Papers (2024-04-27)
    ### [Alpha](https://arxiv.org/abs/2404.00003)
    Vote: 10
    ### [alpha](https://arxiv.org/abs/2404.00002)
    Vote: 10
    ## Daily Papers (2024-04-28)
    ### [gamma](https://arxiv.org/abs/2404.00004)
    Vote: -
    ### [Zeta](https://arxiv.org/abs/2404.00006)
    Vote: 1
    """)

    private func order(_ by: DailyPapersCore.SortOrder, reversed: Bool = false, query: String = "") throws -> [String] {
        try catalog.search(QueryParser.parse(query), order: by, reversed: reversed).map { catalog.papers[$0.paper].id }
    }

    func testVotesHighFirstUnknownLastTiesByDayThenTitleThenID() throws {
        XCTAssertEqual(try order(.votes), ["2404.00002", "2404.00003", "2404.00005", "2404.00006", "2404.00001", "2404.00004"])
    }

    func testVotesReversedKeepsUnknownLast() throws {
        XCTAssertEqual(try order(.votes, reversed: true),
                       ["2404.00001", "2404.00006", "2404.00002", "2404.00003", "2404.00005", "2404.00004"])
    }

    func testDayNewestFirstThenVotes() throws {
        XCTAssertEqual(try order(.day), ["2404.00006", "2404.00004", "2404.00002", "2404.00003", "2404.00005", "2404.00001"])
        XCTAssertEqual(try order(.day, reversed: true),
                       ["2404.00001", "2404.00005", "2404.00002", "2404.00003", "2404.00006", "2404.00004"])
    }

    func testTitleIgnoresCaseThenID() throws {
        XCTAssertEqual(try order(.title), ["2404.00002", "2404.00003", "2404.00005", "2404.00001", "2404.00004", "2404.00006"])
        XCTAssertEqual(try order(.title, reversed: true),
                       ["2404.00006", "2404.00004", "2404.00001", "2404.00005", "2404.00003", "2404.00002"])
    }

    func testTiesAreBrokenTheSameWhateverTheInputOrder() throws {
        for by in DailyPapersCore.SortOrder.allCases {
            let hits = catalog.match(Query())
            var a = hits, b = Array(hits.reversed()), c = hits.shuffled()
            catalog.sort(&a, by: by); catalog.sort(&b, by: by); catalog.sort(&c, by: by)
            XCTAssertEqual(a, b, "\(by)")
            XCTAssertEqual(a, c, "\(by)")
        }
    }

    func testRelevanceTitleAboveAuthorAboveSummaryThenVotes() throws {
        let c = TestSupport.catalog("""
        ## Daily Papers (2024-04-26)
        ### [Graph one](https://arxiv.org/abs/2404.00001)
        Vote: 1
        ### [Two](https://arxiv.org/abs/2404.00002)
        Vote: 100
        Authors: Graph Smith
        ### [Three](https://arxiv.org/abs/2404.00003)
        Vote: 50
        - graph in the summary
        ### [Four](https://arxiv.org/abs/2404.00004)
        Vote: 60
        - graph in the summary
        ### [Graph five](https://arxiv.org/abs/2404.00005)
        Vote: 5
        ### [Six](https://arxiv.org/abs/2404.00006)
        Vote: 500
        """)
        let hits = c.search(try QueryParser.parse("graph"), order: .relevance)
        XCTAssertEqual(hits.map { c.papers[$0.paper].id }, ["2404.00005", "2404.00001", "2404.00002", "2404.00004", "2404.00003"])
        XCTAssertEqual(hits.map(\.score), [100, 100, 10, 1, 1])
        // Every word must match; equal scores fall back to votes.
        let two = c.search(try QueryParser.parse("graph summary"), order: .relevance)
        XCTAssertEqual(two.map { c.papers[$0.paper].id }, ["2404.00004", "2404.00003"])
    }
}
