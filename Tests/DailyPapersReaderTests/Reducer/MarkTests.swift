import XCTest
import DailyPapersCore
@testable import DailyPapersReader

/// u * N; read after the detail was shown; is:/has: in the reader; the session.
final class MarkTests: XCTestCase {
    func testUAndStarToggleAndAskTheStoreToWrite() {
        var s = ReaderState(catalog: Fixtures.seed())
        XCTAssertEqual(s.press(.char("*")), [.persist(.starred(id: "2404.16710", true))])
        XCTAssertTrue(s.marks["2404.16710"].contains(.starred))
        XCTAssertEqual(s.press(.char("u")), [.persist(.read(id: "2404.16710", true))])
        XCTAssertEqual(s.status, StatusMessage("Marked read"))
        XCTAssertEqual(s.press(.char("u")), [.persist(.read(id: "2404.16710", false))])
        XCTAssertEqual(s.press(.char("*")), [.persist(.starred(id: "2404.16710", false))])
        XCTAssertEqual(s.marks["2404.16710"], [])
    }

    func testListRowShowsUnreadStarAndNote() {
        var marks = UserMarks()
        marks.set(.read, true, for: "2404.16821")
        marks.set(.starred, true, for: "2404.16821")
        marks.setNote("later", for: "2404.16811")
        let s = ReaderState(catalog: Fixtures.seed(), marks: marks)
        let rows = (1...3).map { y in Screen.render(s).row(y).map(\.text).joined() }
        XCTAssertTrue(rows[0].hasPrefix("N   27 "), rows[0])
        XCTAssertTrue(rows[1].hasPrefix(" *  20 "), rows[1])
        XCTAssertTrue(rows[2].hasPrefix("N + 16 "), rows[2])
    }

    /// `n` skips read papers, starts again from the top after the last, and says when none
    /// is left.
    func testNGoesToTheNextUnreadPaper() {
        var marks = UserMarks()
        for id in ["2404.16821", "2404.16811"] { marks.set(.read, true, for: id) }
        var s = ReaderState(catalog: Fixtures.seed(), marks: marks)
        XCTAssertEqual(s.listedIDs.prefix(4), ["2404.16710", "2404.16821", "2404.16811", "2404.16645"])
        s.press(.char("n"))
        XCTAssertEqual(s.selectedID, "2404.16645", "two read papers skipped")
        XCTAssertNil(s.status)
        s.press(.char("G"))
        s.press(.char("n"))
        XCTAssertEqual(s.selectedID, "2404.16710", "after the last, from the top")
        XCTAssertEqual(s.status?.text, "Next unread: back at the top")
        s.press(.enter, .char("n"))
        XCTAssertEqual(s.focus, .detail)
        XCTAssertEqual(s.selectedID, "2404.16645", "in the detail too")

        var allRead = UserMarks()
        for p in Fixtures.seed().papers { allRead.set(.read, true, for: p.id) }
        var none = ReaderState(catalog: Fixtures.seed(), marks: allRead)
        none.press(.char("n"))
        XCTAssertEqual(none.selected, 0)
        XCTAssertEqual(none.status?.text, "No other unread paper in this list")
    }

    /// `u` on the paper on screen: the timer, which would mark it read a second later,
    /// leaves it unread until the selection has left it and come back.
    func testMarkedUnreadStaysUnreadWhileSelected() {
        var marks = UserMarks()
        marks.set(.read, true, for: "2404.16710")
        var s = ReaderState(catalog: Fixtures.seed(), marks: marks)
        s.press(.char("u"))
        XCTAssertFalse(s.marks["2404.16710"].contains(.read))
        XCTAssertNil(s.readCandidate)
        XCTAssertEqual(s.handle(.readTimer(id: "2404.16710")), [], "kept unread")
        s.press(.char("j"))
        s.press(.char("k"))
        XCTAssertEqual(s.readCandidate, "2404.16710", "left and come back: read again after a second")
        XCTAssertEqual(s.handle(.readTimer(id: "2404.16710")), [.persist(.read(id: "2404.16710", true))])
    }

    func testTheReadTimerMarksOnlyThePaperStillShown() {
        var s = ReaderState(catalog: Fixtures.seed())
        XCTAssertEqual(s.readCandidate, "2404.16710", "side by side, the detail is on screen")
        s.press(.char("j"))
        XCTAssertEqual(s.handle(.readTimer(id: "2404.16710")), [], "the selection moved on: not read")
        XCTAssertEqual(s.handle(.readTimer(id: "2404.16821")), [.persist(.read(id: "2404.16821", true))])
        XCTAssertNil(s.readCandidate, "already read")

        var narrow = ReaderState(catalog: Fixtures.seed(), width: 60, height: 20)
        XCTAssertNil(narrow.readCandidate, "narrow: the detail is not shown until Enter")
        narrow.press(.enter)
        XCTAssertEqual(narrow.readCandidate, "2404.16710")
    }

    func testNoteInThePromptLineWithoutAnEditor() {
        var s = ReaderState(catalog: Fixtures.seed())
        XCTAssertEqual(s.press(.char("N")), [])
        guard case .note(_, let id) = s.overlay else { return XCTFail("no note prompt") }
        XCTAssertEqual(id, "2404.16710")
        s.type("읽을 것 ")
        XCTAssertEqual(s.press(.enter), [.persist(.note(id: "2404.16710", "읽을 것"))])
        XCTAssertEqual(s.marks.notes["2404.16710"], "읽을 것")
        XCTAssertTrue(s.marks["2404.16710"].contains(.noted))
        let detail = Screen.render(s)
        XCTAssertTrue((0..<detail.height).contains { detail.row($0).map(\.text).joined().contains("Note: 읽을 것") })
        // An empty note removes it; Esc changes nothing.
        s.press(.char("N"), .ctrl("u"))
        XCTAssertEqual(s.press(.enter), [.persist(.note(id: "2404.16710", nil))])
        s.press(.char("N"))
        s.type("x")
        XCTAssertEqual(s.press(.escape), [])
        XCTAssertNil(s.marks.notes["2404.16710"])
    }

    func testNoteWithAnEditorIsAnEffect() {
        var marks = UserMarks()
        marks.setNote("old", for: "2404.16710")
        var s = ReaderState(catalog: Fixtures.seed(), marks: marks, editorAvailable: true)
        XCTAssertEqual(s.press(.char("N")), [.editNote(id: "2404.16710", text: "old")])
        XCTAssertEqual(s.handle(.noteEdited(id: "2404.16710", text: "new\n")), [.persist(.note(id: "2404.16710", "new"))])
        XCTAssertEqual(s.handle(.noteEdited(id: "2404.16710", text: nil)), [], "unchanged: nothing to write")
    }

    func testIsStarredAndHasNoteFilterInTheReader() {
        var marks = UserMarks()
        marks.set(.starred, true, for: "2404.16811")
        marks.setNote("x", for: "2404.16645")
        var s = ReaderState(catalog: Fixtures.seed(), marks: marks)
        s.press(.char("/"))
        s.type("is:starred")
        XCTAssertEqual(s.listedIDs, ["2404.16811"])
        s.press(.ctrl("u"))
        s.type("has:note")
        XCTAssertEqual(s.listedIDs, ["2404.16645"])
        s.press(.ctrl("u"))
        s.type("is:unread")
        XCTAssertEqual(s.listedIDs.count, 10)
    }

    func testSessionRoundTrip() {
        var s = ReaderState(catalog: Fixtures.seed())
        s.press(.char("/"))
        s.type("model")
        s.press(.enter, .char("s"), .char("+"), .char("j"))
        let saved = s.session
        XCTAssertEqual(saved.query, "model")
        XCTAssertEqual(saved.sort, .day)
        XCTAssertEqual(saved.minVotes, 5)
        var again = ReaderState(catalog: Fixtures.seed())
        again.restore(saved)
        XCTAssertEqual(again.session, saved)
        XCTAssertEqual(again.listedIDs, s.listedIDs)

        // Quitting (or a signal) with the prompt open keeps what was there before `/`.
        s.press(.char("/"))
        s.press(.ctrl("u"))
        s.type("zzz")
        XCTAssertTrue(s.listedIDs.isEmpty, "the list follows the typing")
        XCTAssertEqual(s.session, saved)

        var broken = ReaderState(catalog: Fixtures.seed())
        broken.restore(ReaderSession(query: "votes:abc", selected: "2404.16821"))
        XCTAssertEqual(broken.filter.queryText, "")
        XCTAssertEqual(broken.selectedPaper?.id, "2404.16821")
        XCTAssertEqual(broken.status?.isError, true)
    }
}
