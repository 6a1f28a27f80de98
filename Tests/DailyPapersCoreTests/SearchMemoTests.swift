import XCTest
@testable import DailyPapersCore

/// A search started from the one before it (`SearchMemo`): which queries narrow which,
/// that the memo really limits the search, and that typing with it answers exactly as
/// searching afresh.
final class SearchMemoTests: XCTestCase {
    private func q(_ text: String) throws -> Query { try QueryParser.parse(text) }

    func testWhatNarrowsWhat() throws {
        XCTAssertTrue(try q("diffusion mo").narrows(q("diffusion m")))
        XCTAssertTrue(try q("diffusion m").narrows(q("diffusion")))
        XCTAssertTrue(try q("Diffusion").narrows(q("fus")), "folded text, anywhere inside")
        XCTAssertTrue(try q("title:diffusion").narrows(q("diff")), "fewer fields")
        XCTAssertTrue(try q("votes:>=50 -video 모델").narrows(q("votes:>=50 -video 모")), "the same other terms")
        XCTAssertTrue(try q("ㅁㄷ").narrows(q("ㅁ")))
        XCTAssertTrue(try q("anything").narrows(Query()))

        XCTAssertFalse(try q("diffusion m").narrows(q("diffusion mo")))
        XCTAssertFalse(try q("diff").narrows(q("title:diff")), "more fields")
        XCTAssertFalse(try q("ㄱㄷㅁ").narrows(q("ㄷㅁ")),
                       "initials may skip syllables from a word's start (`ㄱㄷㅁ` in `가다나마`), where `ㄷㅁ` is not consecutive")
        XCTAssertFalse(try q("title:\u{0}sa").narrows(q("title:sa")), "after a NUL, a match runs into the next field")
        XCTAssertFalse(try q("\u{0}state").narrows(q("state")), "or into the next paper")
        XCTAssertFalse(try q("-video").narrows(q("-vide")), "a paper without `video` may hold `vide`")
        XCTAssertFalse(try q("votes:>=60").narrows(q("votes:>=50")), "other kinds only when equal")
        XCTAssertFalse(try q("is:starred diffusion").narrows(q("is:starred")), "marks change between searches")
        XCTAssertFalse(try q("ㅁ").narrows(q("ㅁ모")) , "initials and text are searched differently")
    }

    func testAMemoLimitsTheSearchToItsHitsAndLendsItsFieldBits() throws {
        let c = SearchFixture.catalog
        let everyPaper = c.answer(try q("a"))
        XCTAssertGreaterThan(everyPaper.hits.count, 2, "the fixture: `a` is in most papers")
        let kept = everyPaper.hits[1].paper
        // Forged: only `kept` matched, and its field bits say so for a word it lacks.
        var bits = [UInt8](repeating: 0, count: c.papers.count)
        bits[kept] = 1
        let key = TermKey(TextPattern("zzz"), fields: 7)
        let memo = SearchMemo(query: try q("zzz"), scored: false, catalog: c.identity, paperCount: c.papers.count,
                              hits: [Hit(paper: kept, appearance: 0, score: 0)], fieldBits: [key: bits])
        XCTAssertEqual(c.answer(try q("zzz a"), after: memo).hits.map(\.paper), [kept],
                       "`zzz` taken from the memo, `a` searched among its hits only")
        XCTAssertEqual(c.search(try q("zzz a")), [], "searched afresh, nothing holds `zzz`")
        XCTAssertEqual(c.answer(try q("zzz a"), order: .relevance, after: memo).hits, [],
                       "a memo without relevance does not serve a search by relevance")
        XCTAssertEqual(c.answer(try q("zz a"), after: memo).hits, [], "a query that does not narrow it")
        let other = Catalog(Loader.load(contents: [(path: "search.md", bytes: Array(SearchFixture.text.utf8))]))
        XCTAssertEqual(other.answer(try q("zzz a"), after: memo).hits, [], "nor the same papers in another catalog")
    }

    /// Every prefix of each query, typed one key at a time with the memo passed along (a
    /// prefix that does not parse leaves the previous answer, as in the reader), in every
    /// order, against a search afresh.
    func testTypingWithTheMemoAnswersAsAFreshSearch() throws {
        var catalogs = [("seed", Catalog(Loader.load([TestSupport.seedPath])))]
        if let shared = TestSupport.sharedDir {
            catalogs.append(("corpus-sample", Catalog(Loader.load([shared.appendingPathComponent("corpus-sample/paper_logs").path]))))
        }
        let typed = ["diffusion model", "transformer 모델 성능", "author:chen diff", "ㅁㄷㄱ 모델", "-video language model",
                     "title:llm votes:>=10 agent", "\"state space\" mode", "모델 day:2024-04 -ㅁㄷ", "a b c d", "Vision-Lang"]
        for (name, catalog) in catalogs {
            XCTAssertGreaterThan(catalog.papers.count, 5)
            for learnt in [false, true] {
                if learnt { catalog.indexCommonWords() }
                for text in typed {
                    for order in SortOrder.allCases {
                        var memo: SearchMemo?
                        var prefix = ""
                        for c in text {
                            prefix.append(c)
                            guard let query = try? q(prefix) else { continue }
                            let answer = catalog.answer(query, order: order, after: memo)
                            XCTAssertEqual(answer.hits, catalog.search(query, order: order),
                                           "\(name), common words \(learnt), `\(prefix)` by \(order)")
                            memo = answer.memo
                        }
                    }
                }
            }
        }
    }
}
