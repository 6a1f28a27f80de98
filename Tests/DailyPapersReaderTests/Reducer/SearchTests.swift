import XCTest
import DailyPapersCore
@testable import DailyPapersReader

/// `/`: live narrowing, Enter keeps, Esc restores, Ctrl-u clears, Up/Down history, errors.
final class SearchTests: XCTestCase {
    func testTheListNarrowsAsYouType() {
        var s = ReaderState(catalog: Fixtures.seed())
        s.press(.char("/"))
        guard case .search = s.overlay else { return XCTFail("no prompt") }
        s.type("multimodal")
        XCTAssertEqual(s.listedIDs, ["2404.16821", "2404.16771", "2404.16375", "2404.16790"])
        s.type(" gecko")
        XCTAssertEqual(s.listedIDs, [], "no paper has both words in the title… or anywhere")
        s.press(.backspace, .backspace, .backspace, .backspace, .backspace, .backspace)
        XCTAssertEqual(s.listedIDs.count, 4)
    }

    func testEnterKeepsTheQueryAndRemembersIt() {
        var s = ReaderState(catalog: Fixtures.seed())
        s.press(.char("/"))
        s.type("layer")
        XCTAssertEqual(s.press(.enter), [.rememberSearch("layer")])
        XCTAssertEqual(s.overlay, .none)
        XCTAssertEqual(s.filter.queryText, "layer")
        XCTAssertEqual(s.listedIDs, ["2404.16710"])
        XCTAssertEqual(s.history, ["layer"])
    }

    func testEscRestoresTheListAndSelectionFromBefore() {
        var s = ReaderState(catalog: Fixtures.seed())
        s.press(.char("j"), .char("j"))
        s.press(.char("/"))
        s.type("layer")
        XCTAssertEqual(s.selectedID, "2404.16710")
        s.press(.escape)
        XCTAssertEqual(s.overlay, .none)
        XCTAssertEqual(s.filter.queryText, "")
        XCTAssertEqual(s.listedIDs, MoveTests.seedOrder)
        XCTAssertEqual(s.selected, 2)
        XCTAssertEqual(s.history, [])
    }

    func testSlashEditsTheKeptQueryAndCtrlUClearsTheLine() {
        var s = ReaderState(catalog: Fixtures.seed())
        s.press(.char("/"))
        s.type("layer")
        s.press(.enter, .char("/"))
        guard case let .search(prompt) = s.overlay else { return XCTFail("no prompt") }
        XCTAssertEqual(prompt.line.text, "layer")
        s.press(.ctrl("u"))
        guard case let .search(cleared) = s.overlay else { return XCTFail("no prompt") }
        XCTAssertEqual(cleared.line.text, "")
        XCTAssertEqual(s.listedIDs.count, 10, "an empty query lists everything")
    }

    func testUpAndDownRecallEarlierQueries() {
        var s = ReaderState(catalog: Fixtures.seed())
        for q in ["layer", "nerf"] {
            s.press(.char("/"), .ctrl("u"))
            s.type(q)
            s.press(.enter)
        }
        XCTAssertEqual(s.history, ["layer", "nerf"])
        s.press(.char("/"), .ctrl("u"))
        s.type("dra")
        s.press(.up)
        XCTAssertEqual(promptText(s), "nerf")
        XCTAssertEqual(s.listedIDs, ["2404.16221"])
        s.press(.up)
        XCTAssertEqual(promptText(s), "layer")
        s.press(.up)
        XCTAssertEqual(promptText(s), "layer", "stops at the oldest")
        s.press(.down, .down)
        XCTAssertEqual(promptText(s), "dra", "past the newest comes back to what was typed")
    }

    func testAMalformedQuerySaysWhatIsWrongAndLeavesTheList() {
        var s = ReaderState(catalog: Fixtures.seed())
        s.press(.char("/"))
        s.type("nerf")
        XCTAssertEqual(s.listedIDs, ["2404.16221"])
        s.type(" \"spa")
        guard case let .search(prompt) = s.overlay else { return XCTFail("no prompt") }
        XCTAssertEqual(prompt.error, QueryError("the quote opened here is never closed", columns: 5..<6))
        XCTAssertEqual(s.listedIDs, ["2404.16221"], "the list stays as it was")
        XCTAssertEqual(s.filter.queryText, "nerf")
        s.press(.enter)
        guard case .search = s.overlay else { return XCTFail("Enter must not keep a malformed query") }
        XCTAssertEqual(s.status?.isError, true)
        s.type("\"")
        XCTAssertEqual(s.listedIDs, [], "a closed quote is a query again")
        guard case let .search(fixed) = s.overlay else { return XCTFail("no prompt") }
        XCTAssertNil(fixed.error)
    }

    func testRelevanceIsOfferedOnlyWhileTheQuerySearchesText() {
        var s = ReaderState(catalog: Fixtures.seed())
        s.press(.char("s"), .char("s"), .char("s"))
        XCTAssertEqual(s.filter.sort, .votes, "votes → day → title → votes without a query")
        s.press(.char("/"))
        s.type("model")
        s.press(.enter, .char("s"), .char("s"), .char("s"))
        XCTAssertEqual(s.filter.sort, .relevance)
        s.press(.escape)
        XCTAssertEqual(s.filter.sort, .votes, "relevance goes with the query")
    }

    /// In a prompt q is text and Ctrl-c cancels the prompt, as in a shell; then it quits.
    func testCtrlCCancelsAPromptThenQuits() {
        var s = ReaderState(catalog: Fixtures.seed())
        s.press(.char("/"))
        XCTAssertEqual(s.type("q"), [])
        XCTAssertEqual(promptText(s), "q")
        XCTAssertEqual(s.press(.ctrl("c")), [])
        XCTAssertEqual(s.overlay, .none)
        XCTAssertEqual(s.filter.queryText, "", "the prompt's text is dropped, as Esc drops it")
        s.press(.char("m"))
        XCTAssertEqual(s.press(.ctrl("c")), [])
        XCTAssertEqual(s.overlay, .none)
        s.press(.char("d"))
        XCTAssertEqual(s.press(.ctrl("c")), [])
        XCTAssertEqual(s.overlay, .none)
        s.press(.char("?"))
        XCTAssertEqual(s.press(.ctrl("c")), [.quit], "the help is no prompt")
        XCTAssertEqual(s.press(.ctrl("c")), [.quit])
    }

    func testTheCursorMovesAndEditsInThePrompt() {
        var s = ReaderState(catalog: Fixtures.seed())
        s.press(.char("/"))
        s.type("nerf")
        s.press(.left, .left, .char("X"), .home, .char("-"), .end, .char("!"))
        XCTAssertEqual(promptText(s), "-neXrf!")
        s.press(.ctrl("w"))
        XCTAssertEqual(promptText(s), "")
    }

    private func promptText(_ s: ReaderState) -> String? {
        if case let .search(p) = s.overlay { return p.line.text }
        return nil
    }
}
