import XCTest
import DailyPapersCore
@testable import DailyPapersReader

/// A reload (`r`, or a fetch that wrote days) lets the papers go and reads them again: the
/// paper the user was reading stays theirs throughout, whatever keys come meanwhile, unless
/// one of them chooses another.
final class ReloadTests: XCTestCase {
    /// The seed with its fourth paper selected, then `r`, the catalog let go, and the
    /// newest digests (another catalog) shown while the rest loads.
    private func reloading() -> (ReaderState, chosen: String) {
        var s = ReaderState(catalog: Fixtures.seed())
        s.press(.char("j"), .char("j"), .char("j"))
        let chosen = s.selectedID!
        XCTAssertEqual(s.press(.char("r")), [.reload])
        s.releaseCatalogForReload()
        _ = s.handle(.loadedFirst(Fixtures.multiDay()))
        XCTAssertNotEqual(s.selectedID, chosen, "the newest digests hold other papers")
        return (s, chosen)
    }

    /// The papers are let go before they are read again, so that a reload peaks no higher
    /// than a start; the selected paper comes back once read, unless a key moved meanwhile.
    func testAReloadLetsThePapersGoAndSelectsTheSamePaperAfter() {
        var s = ReaderState(catalog: Fixtures.seed())
        s.press(.char("j"), .char("j"))
        let chosen = s.selectedID
        XCTAssertNotNil(chosen)
        s.releaseCatalogForReload()
        XCTAssertEqual(s.catalog.papers.count, 10, "nothing is let go without a reload under way")
        XCTAssertEqual(s.press(.char("r")), [.reload])
        s.releaseCatalogForReload()
        XCTAssertTrue(s.catalog.papers.isEmpty)
        XCTAssertTrue(s.hits.isEmpty)
        XCTAssertEqual(s.session.selected, chosen, "a session saved meanwhile keeps the paper")
        _ = s.handle(.loadedFirst(Fixtures.multiDay()))
        _ = s.handle(.reloaded(Fixtures.seed()))
        XCTAssertEqual(s.selectedID, chosen)
        XCTAssertEqual(s.status, StatusMessage("Reloaded 10 papers from 1 digest"))

        XCTAssertEqual(s.press(.char("r")), [.reload])
        s.releaseCatalogForReload()
        _ = s.handle(.loadedFirst(Fixtures.multiDay()))
        s.press(.char("j"))
        let moved = s.selectedID
        _ = s.handle(.reloaded(Fixtures.multiDay()))
        XCTAssertEqual(s.selectedID, moved, "a key during the reload chose this one")
        XCTAssertNotEqual(moved, chosen)
    }

    /// A fetch that ends while a query is being typed reloads under the prompt: `Esc`
    /// still goes back to the paper selected before it opened, during the reload or after.
    func testAReloadUnderTheSearchPromptKeepsWhatEscGoesBackTo() {
        for escDuringReload in [false, true] {
            var s = ReaderState(catalog: Fixtures.seed())
            s.press(.char("j"), .char("j"), .char("j"))
            let chosen = s.selectedID
            s.press(.char("/"), .char("e"))
            XCTAssertEqual(s.handle(.fetchFinished("Fetch done: 1 paper on 1 day", error: false, wroteDays: true)), [.reload])
            s.releaseCatalogForReload()
            XCTAssertEqual(s.session.selected, chosen, "a session saved meanwhile keeps the paper")
            _ = s.handle(.loadedFirst(Fixtures.multiDay()))
            if escDuringReload { s.press(.escape) }
            _ = s.handle(.reloaded(Fixtures.seed()))
            if !escDuringReload { s.press(.escape) }
            XCTAssertEqual(s.selectedID, chosen, escDuringReload ? "Esc during the reload" : "Esc after it")
            XCTAssertEqual(s.filter.queryText, "")
        }
    }

    func testTheLoadAtStartIsNotLetGo() {
        var s = ReaderState(catalog: .empty, width: 100, height: 30)
        s.beginLoading()
        _ = s.handle(.loadedFirst(Fixtures.seed()))
        s.releaseCatalogForReload()
        XCTAssertEqual(s.catalog.papers.count, 10)
    }

    func testKeysThatChooseNothingKeepThePaper() {
        var (s, chosen) = reloading()
        XCTAssertEqual(s.press(.char("F")), [.fetch])
        s.press(.char("?"), .escape)
        XCTAssertEqual(s.press(.char("r")), [])
        XCTAssertEqual(s.status, StatusMessage("Still reading the digests"))
        s.press(.char("/"), .escape)
        XCTAssertEqual(s.session.selected, chosen)
        _ = s.handle(.reloaded(Fixtures.seed()))
        XCTAssertEqual(s.selectedID, chosen)
    }

    func testQuittingDuringAReloadSavesThePaper() {
        var s = ReaderState(catalog: Fixtures.seed())
        s.press(.char("j"), .char("j"))
        let chosen = s.selectedID
        s.press(.char("r"))
        s.releaseCatalogForReload()
        XCTAssertEqual(s.session.selected, chosen, "before the newest digests come")
        _ = s.handle(.loadedFirst(Fixtures.multiDay()))
        XCTAssertEqual(s.press(.char("q")), [.quit])
        XCTAssertEqual(s.session.selected, chosen)
    }

    func testAKeyThatMovesChoosesThePaperShown() {
        var (s, chosen) = reloading()
        s.press(.char("j"))
        let moved = s.selectedID
        XCTAssertNotEqual(moved, chosen)
        _ = s.handle(.reloaded(Fixtures.multiDay()))
        XCTAssertEqual(s.selectedID, moved)
    }

    /// Shown only because the newest digests came first, their top paper is not read.
    func testNothingIsMarkedReadWhileTheReloadFollows() {
        var (s, chosen) = reloading()
        let shown = s.selectedID!
        XCTAssertNil(s.readCandidate)
        XCTAssertEqual(s.handle(.readTimer(id: shown)), [])
        _ = s.handle(.reloaded(Fixtures.seed()))
        XCTAssertEqual(s.readCandidate, chosen)
    }

    func testAPaperKeptUnreadStaysUnreadThroughAReload() {
        var s = ReaderState(catalog: Fixtures.seed())
        s.press(.char("j"))
        let chosen = s.selectedID!
        _ = s.handle(.readTimer(id: chosen))
        XCTAssertTrue(s.marks[chosen].contains(.read))
        s.press(.char("u"))
        XCTAssertNil(s.readCandidate)
        s.press(.char("r"))
        s.releaseCatalogForReload()
        _ = s.handle(.loadedFirst(Fixtures.multiDay()))
        _ = s.handle(.reloaded(Fixtures.seed()))
        XCTAssertEqual(s.selectedID, chosen)
        XCTAssertNil(s.readCandidate, "`u` kept it unread")
    }

    /// A fetch's result is what the status line says when the reload it needed ends, even
    /// when that reload had to wait for another; of two fetches, the later one's.
    func testTheLastFetchsResultIsSaidWhenItsReloadEnds() {
        var s = ReaderState(catalog: Fixtures.seed())
        s.press(.char("r"))
        s.releaseCatalogForReload()
        let failed = "Fetch done: 3 papers on 1 day; 1 day failed: HTTP 500"
        XCTAssertEqual(s.handle(.fetchFinished(failed, error: true, wroteDays: true)), [])
        XCTAssertEqual(s.handle(.reloaded(Fixtures.seed())), [.reload])
        s.releaseCatalogForReload()
        XCTAssertEqual(s.handle(.fetchFinished("Fetch done: 1 paper on 1 day", error: false, wroteDays: true)), [])
        XCTAssertEqual(s.handle(.reloaded(Fixtures.seed())), [.reload])
        s.releaseCatalogForReload()
        _ = s.handle(.reloaded(Fixtures.seed()))
        XCTAssertEqual(s.status, StatusMessage("Fetch done: 1 paper on 1 day"))
        XCTAssertNil(s.loading)
    }

    /// A terminal closed under the `/` prompt during a reload saves the paper the prompt
    /// would go back to, not the one the typed query selects.
    func testTheSessionUnderThePromptKeepsWhatEscGoesBackTo() {
        var s = ReaderState(catalog: Fixtures.seed())
        s.press(.char("j"), .char("j"), .char("j"))
        let chosen = s.selectedID
        s.press(.char("/"))
        s.type("nerf")
        XCTAssertNotEqual(s.selectedID, chosen)
        XCTAssertEqual(s.handle(.fetchFinished("Fetch done: 1 paper on 1 day", error: false, wroteDays: true)), [.reload])
        s.releaseCatalogForReload()
        _ = s.handle(.loadedFirst(Fixtures.seed()))
        XCTAssertEqual(s.session.selected, chosen)
    }

    /// The prompt opened while the reload runs goes back to the paper being read again.
    func testThePromptOpenedDuringAReloadGoesBackToThePaper() {
        for escBeforeTheEnd in [false, true] {
            var (s, chosen) = reloading()
            s.press(.char("/"))
            s.type("e")
            XCTAssertEqual(s.session.selected, chosen)
            if escBeforeTheEnd { s.press(.escape) }
            _ = s.handle(.reloaded(Fixtures.seed()))
            if !escBeforeTheEnd { s.press(.escape) }
            XCTAssertEqual(s.selectedID, chosen, escBeforeTheEnd ? "Esc during the reload" : "Esc after it")
        }
    }

    /// The day picker opened while the digests are read lists the days read so far, and
    /// every day once they are all read, on the day it was on.
    func testTheDayPickerShowsEveryDayOnceRead() throws {
        var (s, _) = reloading()
        s.press(.char("d"), .char("j"))
        guard case let .dayPicker(first) = s.overlay else { return XCTFail("no day picker") }
        XCTAssertEqual(first.rowCount, Fixtures.multiDay().library.days.count + 1)
        let day = first.days[first.selected - 1].day
        let seed = try String(contentsOfFile: Fixtures.seedPath, encoding: .utf8)
        let both = Catalog(Loader.load(contents: [(path: "seed.md", bytes: Array(seed.utf8)),
                                                  (path: "days.md", bytes: Array(Fixtures.multiDayText.utf8))]))
        _ = s.handle(.reloaded(both))
        guard case let .dayPicker(all) = s.overlay else { return XCTFail("the picker closed") }
        XCTAssertEqual(all.rowCount, both.library.days.count + 1)
        XCTAssertGreaterThan(all.rowCount, first.rowCount)
        XCTAssertEqual(all.days[all.selected - 1].day, day)
    }
}
