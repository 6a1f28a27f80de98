import XCTest
import DailyPapersCore
@testable import DailyPapersReader

/// v, s; [ ] t a d; + - m.
final class SortAndFilterTests: XCTestCase {
    // The multi-day fixture: 2024-04-30 Alpha 12, Beta unknown; 2024-05-01 감마 55,
    // Delta 7; 2024-05-03 Epsilon 101.

    func testVSortsByVotesAndPressedAgainReverses() {
        var s = ReaderState(catalog: Fixtures.multiDay())
        XCTAssertEqual(s.listedIDs, ["2405.00005", "2405.00003", "2404.20001", "2405.00004", "2404.20002"])
        s.press(.char("v"))
        XCTAssertTrue(s.filter.reversed)
        XCTAssertEqual(s.listedIDs, ["2405.00004", "2404.20001", "2405.00003", "2405.00005", "2404.20002"],
                       "low first; unknown votes stay last")
        s.press(.char("v"))
        XCTAssertFalse(s.filter.reversed)
        s.press(.char("s"), .char("v"))
        XCTAssertEqual(s.filter.sort, .votes)
        XCTAssertFalse(s.filter.reversed, "from another order, v sorts high first")
    }

    func testSCyclesVotesDayTitle() {
        var s = ReaderState(catalog: Fixtures.multiDay())
        s.press(.char("s"))
        XCTAssertEqual(s.filter.sort, .day)
        XCTAssertEqual(s.listedIDs, ["2405.00005", "2405.00003", "2405.00004", "2404.20001", "2404.20002"])
        s.press(.char("s"))
        XCTAssertEqual(s.filter.sort, .title)
        XCTAssertEqual(s.listedIDs, ["2404.20001", "2404.20002", "2405.00005", "2405.00004", "2405.00003"])
        s.press(.char("s"))
        XCTAssertEqual(s.filter.sort, .votes)
        XCTAssertEqual(s.status, StatusMessage("Sorted by votes"))
    }

    func testTheSelectedPaperStaysSelectedWhenTheOrderChanges() {
        var s = ReaderState(catalog: Fixtures.multiDay())
        s.press(.char("j"))
        XCTAssertEqual(s.selectedID, "2405.00003")
        s.press(.char("s"), .char("s"))
        XCTAssertEqual(s.selectedID, "2405.00003")
        XCTAssertEqual(s.selected, 4)
    }

    func testBracketsStepThroughDaysTNewestAAll() {
        var s = ReaderState(catalog: Fixtures.multiDay())
        s.press(.char("["))
        XCTAssertEqual(s.filter.day, Day("2024-05-03"), "from all days, the newest")
        s.press(.char("["))
        XCTAssertEqual(s.filter.day, Day("2024-05-01"))
        XCTAssertEqual(s.listedIDs, ["2405.00003", "2405.00004"])
        XCTAssertEqual(s.status, StatusMessage("2024-05-01: 2 papers"))
        s.press(.char("["), .char("["))
        XCTAssertEqual(s.filter.day, Day("2024-04-30"))
        XCTAssertEqual(s.status, StatusMessage("No earlier day"))
        s.press(.char("]"))
        XCTAssertEqual(s.filter.day, Day("2024-05-01"))
        s.press(.char("t"))
        XCTAssertEqual(s.filter.day, Day("2024-05-03"))
        s.press(.char("]"))
        XCTAssertEqual(s.status, StatusMessage("No later day"))
        s.press(.char("a"))
        XCTAssertNil(s.filter.day)
        XCTAssertEqual(s.listedIDs.count, 5)
    }

    func testTheDayPickerListsDaysNewestFirstAndJumpsToATypedDate() {
        var s = ReaderState(catalog: Fixtures.multiDay())
        s.press(.char("d"))
        guard case let .dayPicker(p) = s.overlay else { return XCTFail("no picker") }
        XCTAssertEqual(p.days.map(\.day.description), ["2024-05-03", "2024-05-01", "2024-04-30"])
        XCTAssertEqual(p.days.map(\.papers), [1, 2, 2])
        XCTAssertEqual(p.selected, 0, "all days")
        s.type("2024-04")
        guard case let .dayPicker(typed) = s.overlay else { return XCTFail("no picker") }
        XCTAssertEqual(typed.selected, 3)
        s.press(.enter)
        XCTAssertEqual(s.overlay, .none)
        XCTAssertEqual(s.filter.day, Day("2024-04-30"))
        s.press(.char("d"))
        guard case let .dayPicker(again) = s.overlay else { return XCTFail("no picker") }
        XCTAssertEqual(again.selected, 3, "opens on the day shown")
        s.press(.char("k"), .char("k"), .enter)
        XCTAssertEqual(s.filter.day, Day("2024-05-03"))
        s.press(.char("d"), .char("g"), .enter)
        XCTAssertNil(s.filter.day)
        s.press(.char("d"), .char("j"), .escape)
        XCTAssertEqual(s.overlay, .none)
        XCTAssertNil(s.filter.day, "Esc leaves the day as it was")
        // A date that matches no day chooses nothing; moving chooses by the highlight again.
        s.press(.char("d"))
        s.type("2019")
        s.press(.enter)
        XCTAssertEqual(s.status, StatusMessage("No day starts with 2019", isError: true))
        guard case .dayPicker = s.overlay else { return XCTFail("the picker stays open") }
        XCTAssertNil(s.filter.day)
        s.press(.char("j"), .enter)
        XCTAssertEqual(s.filter.day, Day("2024-05-01"), "`2` had moved to 2024-05-03; j moves one on")
    }

    func testPlusAndMinusStepTheMinimumOfVotes() {
        var s = ReaderState(catalog: Fixtures.multiDay())
        s.press(.char("+"))
        XCTAssertEqual(s.filter.minVotes, 5)
        XCTAssertEqual(s.listedIDs, ["2405.00005", "2405.00003", "2404.20001", "2405.00004"], "unknown votes drop out")
        s.press(.char("+"), .char("+"))
        XCTAssertEqual(s.filter.minVotes, 20)
        s.press(.char("+"), .char("+"))
        XCTAssertEqual(s.filter.minVotes, 100)
        XCTAssertEqual(s.listedIDs, ["2405.00005"])
        s.press(.char("+"))
        XCTAssertEqual(s.filter.minVotes, 100)
        s.press(.char("-"))
        XCTAssertEqual(s.filter.minVotes, 50)
        s.press(.char("-"), .char("-"), .char("-"), .char("-"), .char("-"))
        XCTAssertEqual(s.filter.minVotes, 0)
        XCTAssertEqual(s.listedIDs.count, 5)
    }

    func testMAsksForANumber() {
        var s = ReaderState(catalog: Fixtures.multiDay())
        s.press(.char("m"))
        s.type("12")
        s.press(.enter)
        XCTAssertEqual(s.overlay, .none)
        XCTAssertEqual(s.filter.minVotes, 12)
        XCTAssertEqual(s.listedIDs, ["2405.00005", "2405.00003", "2404.20001"])
        s.press(.char("m"))
        guard case let .minimumVotes(line, _) = s.overlay else { return XCTFail("no prompt") }
        XCTAssertEqual(line.text, "12")
        s.press(.ctrl("u"))
        s.type("lots")
        s.press(.enter)
        guard case let .minimumVotes(_, error) = s.overlay else { return XCTFail("prompt closed on a bad number") }
        XCTAssertEqual(error, "'lots' is not a whole number of 0 or more")
        s.press(.ctrl("u"))
        s.type("99999999999999999999")
        s.press(.enter)
        guard case let .minimumVotes(_, tooLarge) = s.overlay else { return XCTFail("prompt closed on a huge number") }
        XCTAssertEqual(tooLarge, "'99999999999999999999' is too large (at most 999999999)")
        s.press(.ctrl("u"))
        s.type("1000000000")
        s.press(.enter)
        guard case let .minimumVotes(_, justOver) = s.overlay else { return XCTFail("prompt closed on 10 digits") }
        XCTAssertEqual(justOver, "'1000000000' is too large (at most 999999999)")
        s.press(.escape)
        XCTAssertEqual(s.overlay, .none)
        XCTAssertEqual(s.filter.minVotes, 12)
    }

    /// The prompt offers the minimum in force, selected: a number typed replaces it (50 then
    /// 33 is 33, not 5033); a move first keeps it to edit.
    func testANumberTypedReplacesTheOneOffered() {
        var s = ReaderState(catalog: Fixtures.multiDay())
        s.press(.char("m"))
        s.type("50")
        s.press(.enter)
        XCTAssertEqual(s.filter.minVotes, 50)
        s.press(.char("m"))
        guard case let .minimumVotes(offered, _) = s.overlay else { return XCTFail("no prompt") }
        XCTAssertEqual(offered.text, "50")
        XCTAssertTrue(offered.selected)
        XCTAssertTrue(s.screenText.contains("Minimum votes: 50"), s.screenText)
        s.type("33")
        s.press(.enter)
        XCTAssertEqual(s.filter.minVotes, 33)
        s.press(.char("m"), .end)
        s.type("3")
        s.press(.enter)
        XCTAssertEqual(s.filter.minVotes, 333, "moved first: edited, not replaced")
        s.press(.char("m"), .backspace, .enter)
        guard case let .minimumVotes(cleared, error) = s.overlay else { return XCTFail("no prompt") }
        XCTAssertEqual(cleared.text, "", "Backspace clears a selected number")
        XCTAssertEqual(error, "type a whole number, 0 for no minimum")
    }
}
