import XCTest
import DailyPapersCore
@testable import DailyPapersReader

/// The reader comes up before the digests are read: keys work on what is there, and each
/// catalog the load brings keeps what the user chose.
final class LoadingTests: XCTestCase {
    private func loadingState() -> ReaderState {
        var s = ReaderState(catalog: .empty, width: 100, height: 30)
        s.beginLoading()
        return s
    }

    func testTheScreenSaysItIsLoadingAndShowsProgress() {
        var s = loadingState()
        XCTAssertTrue(s.screenText.contains("loading…"))
        XCTAssertTrue(s.screenText.contains("Reading the digests…"))
        _ = s.handle(.loadProgress(done: 2, total: 5))
        XCTAssertTrue(s.screenText.contains("all days · 0 papers · by votes ↓ · loading 40%"), s.screenText)
        _ = s.handle(.loadProgress(done: 5, total: 5))
        XCTAssertTrue(s.screenText.contains("by votes ↓ · indexing…"), s.screenText)
        _ = s.handle(.indexProgress(percent: 40))
        XCTAssertTrue(s.screenText.contains("by votes ↓ · indexing 40%"), s.screenText)
        // The index's workers may report out of order: the label never goes back.
        _ = s.handle(.indexProgress(percent: 38))
        XCTAssertTrue(s.screenText.contains("by votes ↓ · indexing 40%"), s.screenText)
        _ = s.handle(.reloaded(Fixtures.seed()))
        XCTAssertNil(s.loading)
        XCTAssertFalse(s.screenText.contains("loading"))
        XCTAssertNil(s.status, "a load at start without problems says nothing")
    }

    /// Left during the load, the reader said "1 problem in the digests": the first
    /// screen's count, of a part of them.
    func testProblemsAreCountedOnlyOnceTheLoadEnded() {
        var s = loadingState()
        let partial = Catalog(Loader.load(contents: [(path: "a.md", bytes: Array("no digest".utf8))]))
        XCTAssertEqual(partial.library.problems.count, 1)
        _ = s.handle(.loadedFirst(partial))
        XCTAssertNil(s.problemsFound)
        _ = s.handle(.reloaded(Fixtures.seed()))
        XCTAssertEqual(s.problemsFound, Fixtures.seed().library.problems.count)
    }

    func testUntouchedTheTopRowFollowsEachCatalog() {
        var s = loadingState()
        _ = s.handle(.loadedFirst(Fixtures.multiDay()))
        XCTAssertEqual(s.selected, 0)
        let top = Fixtures.seed().search(Query()).first.map { Fixtures.seed().papers[$0.paper].id }
        _ = s.handle(.reloaded(Fixtures.seed()))
        XCTAssertEqual(s.selected, 0)
        XCTAssertEqual(s.selectedID, top)
    }

    func testKeysWorkDuringTheLoadAndTheChosenPaperStaysSelected() {
        var s = loadingState()
        let seed = Fixtures.seed()
        _ = s.handle(.loadedFirst(seed))
        s.press(.char("j"), .char("j"))
        let chosen = s.selectedID
        XCTAssertNotNil(chosen)
        // The full catalog lists more papers above it: it stays selected, not its row.
        _ = s.handle(.reloaded(Catalog(Loader.load(contents: [
            (path: Fixtures.seedPath, bytes: Array(try! String(contentsOfFile: Fixtures.seedPath, encoding: .utf8).utf8)),
            (path: "extra.md", bytes: Array(Fixtures.multiDayText.utf8)),
        ]))))
        XCTAssertEqual(s.selectedID, chosen)
        XCTAssertNotEqual(s.selected, 2)
    }

    /// `/` opened on the first catalog, the full one arriving while typing: `Esc` goes
    /// back to the list as it was, found in the catalog now loaded.
    func testEscapeAfterTheLoadReplacedTheCatalogListsTheNewCatalog() throws {
        var s = loadingState()
        _ = s.handle(.loadedFirst(Fixtures.multiDay()))
        s.press(.char("j"))
        let chosen = s.selectedID
        s.press(.char("/"))
        s.type("zzz")
        let full = Catalog(Loader.load(contents: [
            (path: Fixtures.seedPath, bytes: Array(try String(contentsOfFile: Fixtures.seedPath, encoding: .utf8).utf8)),
            (path: "extra.md", bytes: Array(Fixtures.multiDayText.utf8)),
        ]))
        _ = s.handle(.reloaded(full))
        XCTAssertTrue(s.listedIDs.isEmpty, "still the typed query")
        s.press(.escape)
        XCTAssertEqual(s.filter.queryText, "")
        XCTAssertEqual(s.listedIDs, full.search(Query()).map { full.papers[$0.paper].id })
        XCTAssertEqual(s.selectedID, chosen)
    }

    func testTheSessionsPaperAndDayComeBackWhenTheLoadBringsThem() {
        var s = loadingState()
        let seed = Fixtures.seed()
        let third = seed.papers[seed.search(Query())[3].paper].id
        s.restore(ReaderSession(day: Day("2024-04-26"), selected: third))
        XCTAssertEqual(s.filter.day, Day("2024-04-26"), "kept while the day may still come")
        _ = s.handle(.loadedFirst(Fixtures.multiDay()))
        _ = s.handle(.reloaded(seed))
        XCTAssertEqual(s.selectedID, third)
        XCTAssertEqual(s.filter.day, Day("2024-04-26"))
        XCTAssertEqual(s.session.selected, third)
    }

    func testASavedDayNoFileHoldsIsDroppedWhenTheLoadEnds() {
        var s = loadingState()
        s.restore(ReaderSession(day: Day("2001-01-01")))
        XCTAssertEqual(s.filter.day, Day("2001-01-01"))
        _ = s.handle(.reloaded(Fixtures.seed()))
        XCTAssertNil(s.filter.day)
        XCTAssertEqual(s.hits.count, 10)
    }

    func testRReloadsInTheBackgroundOnceAtATime() {
        var s = ReaderState(catalog: Fixtures.seed())
        XCTAssertEqual(s.press(.char("r")), [.reload])
        XCTAssertEqual(s.loading, LoadingStatus(isReload: true))
        XCTAssertEqual(s.press(.char("r")), [])
        XCTAssertEqual(s.status, StatusMessage("Still reading the digests"))
        _ = s.handle(.reloaded(Fixtures.seed()))
        XCTAssertEqual(s.status, StatusMessage("Reloaded 10 papers from 1 digest"))
        XCTAssertEqual(s.press(.char("r")), [.reload])
    }
}

/// Searches from the prompt on another thread: typing never waits, stale answers are dropped.
final class BackgroundSearchTests: XCTestCase {
    func testTypingQueuesOnlyTheNewestSearchAndItsAnswerFillsTheList() {
        var s = ReaderState(catalog: Fixtures.seed())
        s.searchesInBackground = true
        s.press(.char("/"))
        s.type("multimodal")
        XCTAssertTrue(s.searchPending)
        XCTAssertEqual(s.hits.count, 10, "the list is the previous one until the answer comes")
        XCTAssertTrue(s.screenText.contains("· searching… · /multimodal"), "in the header")
        XCTAssertFalse(s.screenText.contains("10 matches"), "the prompt does not count the old list")
        let request = try! XCTUnwrap(s.takeSearch())
        XCTAssertNil(s.takeSearch(), "taken once")
        _ = s.handle(.searched(request.run(), generation: request.generation))
        XCTAssertFalse(s.searchPending)
        XCTAssertEqual(s.listedIDs, ["2404.16821", "2404.16771", "2404.16375", "2404.16790"])
    }

    func testAnAnswerToAnOlderQueryIsDropped() {
        var s = ReaderState(catalog: Fixtures.seed())
        s.searchesInBackground = true
        s.press(.char("/"))
        s.type("multi")
        let old = try! XCTUnwrap(s.takeSearch())
        s.type("modal gecko")
        let new = try! XCTUnwrap(s.takeSearch())
        _ = s.handle(.searched(old.run(), generation: old.generation))
        XCTAssertEqual(s.hits.count, 10, "the old answer is not shown")
        XCTAssertTrue(s.searchPending)
        _ = s.handle(.searched(new.run(), generation: new.generation))
        XCTAssertEqual(s.listedIDs, [])
    }

    func testEscDropsTheAnswerOnItsWay() {
        var s = ReaderState(catalog: Fixtures.seed())
        s.searchesInBackground = true
        s.press(.char("j"))
        let before = s.listedIDs
        s.press(.char("/"))
        s.type("layer")
        let request = try! XCTUnwrap(s.takeSearch())
        s.press(.escape)
        _ = s.handle(.searched(request.run(), generation: request.generation))
        XCTAssertEqual(s.listedIDs, before)
        XCTAssertEqual(s.selected, 1)
        XCTAssertFalse(s.searchPending)
    }
}

/// Each search from the prompt starts from the answer before it (`SearchMemo`); the list
/// after every key, and after Backspace, a new sort and a reload, is what a fresh search
/// gives.
final class SearchMemoInReaderTests: XCTestCase {
    private func fresh(_ s: ReaderState) -> [Hit] {
        s.catalog.search(s.filter.effectiveQuery, order: s.filter.sort, reversed: s.filter.reversed)
    }

    func testTypingInTheReducer() {
        var s = ReaderState(catalog: Fixtures.seed())
        s.press(.char("/"))
        for c in "multimodal model" {
            s.type(String(c))
            XCTAssertEqual(s.hits, fresh(s), "after `\(s.filter.queryText)`")
        }
        XCTAssertGreaterThan(s.hits.count, 0)
        s.press(.backspace, .backspace, .backspace)
        XCTAssertEqual(s.hits, fresh(s), "a shorter query is searched afresh")
        s.press(.enter, .char("s"))
        XCTAssertEqual(s.hits, fresh(s), "sorted otherwise")
        _ = s.handle(.reloaded(Fixtures.multiDay()))
        XCTAssertEqual(s.hits, fresh(s), "another catalog's memo is not used")
    }

    func testTypingWithSearchesInTheBackground() {
        var s = ReaderState(catalog: Fixtures.seed())
        s.searchesInBackground = true
        s.press(.char("/"))
        for c in "gecko embedding" {
            s.type(String(c))
            let request = try! XCTUnwrap(s.takeSearch())
            _ = s.handle(.searched(request.run(), generation: request.generation))
            XCTAssertEqual(s.hits, fresh(s), "after `\(s.filter.queryText)`")
        }
    }
}
