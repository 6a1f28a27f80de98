import XCTest
import DailyPapersCore
@testable import DailyPapersReader

/// What the list says when it shows no paper: how to undo a filter only when a filter is
/// what hides the papers.
final class EmptyListTests: XCTestCase {
    private let session = ReaderSession(query: "layer", minVotes: 5)

    func testNoDigestsSuggestNoFilterToUndo() {
        var s = ReaderState(catalog: .empty, width: 100, height: 30)
        s.beginLoading()
        s.restore(session)
        _ = s.handle(.reloaded(Catalog(Loader.load(["/nonexistent/digests"]))))
        XCTAssertTrue(s.screenText.contains("No papers loaded."), s.screenText)
        XCTAssertFalse(s.screenText.contains("Esc clears the query"), s.screenText)
        XCTAssertFalse(s.screenText.contains("lowers the minimum"), s.screenText)
    }

    func testFiltersThatHideEveryPaperSayHowToUndoThem() {
        var s = ReaderState(catalog: Fixtures.seed(), width: 100, height: 30)
        s.restore(ReaderSession(query: "nosuchwordanywhere", minVotes: 5))
        XCTAssertTrue(s.screenText.contains("No paper matches."), s.screenText)
        XCTAssertTrue(s.screenText.contains("Esc clears the query, / edits it"), s.screenText)
        XCTAssertTrue(s.screenText.contains("- lowers the minimum of votes"), s.screenText)
    }
}
