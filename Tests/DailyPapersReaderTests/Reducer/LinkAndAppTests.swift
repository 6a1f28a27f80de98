import XCTest
import DailyPapersCore
@testable import DailyPapersReader

/// o p h y Y; r; Ctrl-l; q / Ctrl-c; ?; messages from the outside.
final class LinkAndAppTests: XCTestCase {
    func testOPAndHOpenLinksBuiltFromTheArxivID() {
        var s = ReaderState(catalog: Fixtures.seed())
        // Opening a paper marks it read, once.
        XCTAssertEqual(s.press(.char("o")), [.open(url: "https://arxiv.org/abs/2404.16710"), .persist(.read(id: "2404.16710", true))])
        XCTAssertEqual(s.status, StatusMessage("Opening the abstract: https://arxiv.org/abs/2404.16710"))
        XCTAssertEqual(s.press(.char("p")), [.open(url: "https://arxiv.org/pdf/2404.16710")])
        XCTAssertEqual(s.press(.char("j"), .char("h")), [.open(url: "https://huggingface.co/papers/2404.16821"), .persist(.read(id: "2404.16821", true))])
    }

    func testYCopiesTheLinkAndCapitalYAMarkdownLinkWithBracketsEscaped() {
        var s = ReaderState(catalog: Fixtures.seed())
        XCTAssertEqual(s.press(.char("y")), [.copy(text: "https://arxiv.org/abs/2404.16710", what: "link")])
        var m = ReaderState(catalog: Fixtures.multiDay())
        m.press(.char("s"), .char("s"), .char("g"), .char("j"))   // by title: Alpha, Beta…
        XCTAssertEqual(m.press(.char("Y")),
                       [.copy(text: "[Beta �\\[31mRed�\\[0m Title](https://arxiv.org/abs/2404.20002)", what: "Markdown link")],
                       "escape sequences are made inert")
        m.press(.char("G"), .char("k"))
        XCTAssertEqual(m.press(.char("Y")),
                       [.copy(text: "[I Don't Know: Delta with an \\[IDK\\] Token](https://arxiv.org/abs/2405.00004)", what: "Markdown link")])
    }

    func testLinksWithNothingSelectedSaySo() {
        var s = ReaderState(catalog: Fixtures.seed())
        s.press(.char("/"))
        s.type("nothing-matches-this")
        s.press(.enter)
        XCTAssertEqual(s.press(.char("o")), [])
        XCTAssertEqual(s.status, StatusMessage("No paper selected", isError: true))
        XCTAssertEqual(s.press(.char("y"), .char("Y"), .char("p"), .char("h")), [])
    }

    func testRReloadsKeepingTheSelection() {
        var s = ReaderState(catalog: Fixtures.seed())
        s.press(.char("j"), .char("j"), .char("j"))
        XCTAssertEqual(s.press(.char("r")), [.reload])
        XCTAssertEqual(s.handle(.reloaded(Fixtures.seed())), [])
        XCTAssertEqual(s.selectedID, "2404.16645")
        XCTAssertEqual(s.status, StatusMessage("Reloaded 10 papers from 1 digest"))
    }

    func testCtrlLRedrawsQAndCtrlCQuit() {
        var s = ReaderState(catalog: Fixtures.seed())
        XCTAssertEqual(s.press(.ctrl("l")), [.redraw])
        XCTAssertEqual(s.press(.char("q")), [.quit])
        XCTAssertEqual(s.press(.ctrl("c")), [.quit])
    }

    func testQuestionMarkOpensTheHelpWhichScrollsWhenTallerThanTheScreen() {
        var s = ReaderState(catalog: Fixtures.seed(), width: 60, height: 20)
        s.press(.char("?"))
        XCTAssertEqual(s.overlay, .help(top: 0))
        s.press(.char("j"), .char("j"))
        XCTAssertEqual(s.overlay, .help(top: 2))
        s.press(.char("q"))
        XCTAssertEqual(s.overlay, .none, "q closes the help without quitting")
        var wide = ReaderState(catalog: Fixtures.seed())
        wide.press(.char("?"), .char("j"))
        XCTAssertEqual(wide.overlay, .help(top: 0), "nothing to scroll at 100×30")
        wide.press(.escape)
        XCTAssertEqual(wide.overlay, .none)
    }

    func testMessagesFromEffectRunnersShowUntilTheNextKey() {
        var s = ReaderState(catalog: Fixtures.seed())
        _ = s.handle(.message("xdg-open exited with status 3", error: true))
        XCTAssertEqual(s.status, StatusMessage("xdg-open exited with status 3", isError: true))
        s.press(.char("j"))
        XCTAssertNil(s.status)
    }
}

/// F: a fetch in the background, its progress and its papers.
final class FetchKeyTests: XCTestCase {
    func testFAsksForAFetchAndTheDaysItWroteAreReadKeepingTheSelection() {
        var s = ReaderState(catalog: Fixtures.seed())
        s.press(.char("j"))
        XCTAssertEqual(s.press(.char("F")), [.fetch])
        XCTAssertEqual(s.status, StatusMessage("Fetching new days…"))
        _ = s.handle(.message("Fetching 2024-04-27 (1/2)…", error: false))
        XCTAssertEqual(s.status, StatusMessage("Fetching 2024-04-27 (1/2)…"))
        XCTAssertEqual(s.handle(.fetchFinished("Fetch done: 3 papers on 2 days", error: false, wroteDays: true)), [.reload])
        XCTAssertEqual(s.loading?.isReload, true)
        s.releaseCatalogForReload()
        XCTAssertTrue(s.catalog.papers.isEmpty)
        XCTAssertEqual(s.handle(.reloaded(Fixtures.seed())), [])
        XCTAssertNil(s.loading)
        XCTAssertEqual(s.selectedPaper?.id, "2404.16821", "new papers never move the selection")
        XCTAssertEqual(s.status, StatusMessage("Fetch done: 3 papers on 2 days"), "the fetch's result, not a reload's count")
    }

    func testAFetchThatWroteNothingReadsNothing() {
        var s = ReaderState(catalog: Fixtures.seed())
        XCTAssertEqual(s.handle(.fetchFinished("Fetch done: nothing new", error: false)), [])
        XCTAssertNil(s.loading)
        XCTAssertEqual(s.handle(.fetchFinished("Fetch: 1 day failed: HTTP 500", error: true, wroteDays: false)), [])
        XCTAssertEqual(s.status?.isError, true)
        XCTAssertEqual(s.catalog.papers.count, 10)
    }

    /// A load already running may have listed the files before the fetch wrote its days:
    /// they are read by another once it ends.
    func testAFetchEndingDuringALoadReadsAgainAfterIt() {
        var s = ReaderState(catalog: Fixtures.seed())
        XCTAssertEqual(s.press(.char("r")), [.reload])
        XCTAssertEqual(s.handle(.fetchFinished("Fetch done: 3 papers on 1 day; 1 day failed: HTTP 500", error: true, wroteDays: true)), [])
        XCTAssertEqual(s.handle(.reloaded(Fixtures.seed())), [.reload])
        XCTAssertEqual(s.loading?.isReload, true)
        XCTAssertEqual(s.handle(.reloaded(Fixtures.seed())), [])
        XCTAssertNil(s.loading)
    }
}
