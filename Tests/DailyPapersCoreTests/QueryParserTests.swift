import XCTest
@testable import DailyPapersCore

/// The query language: every operator, and every error with its message and columns.
final class QueryParserTests: XCTestCase {
    private func kinds(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> [Term.Kind] {
        do { return try QueryParser.parse(text).terms.map(\.kind) } catch {
            XCTFail("\(text): \(error)", file: file, line: line); return []
        }
    }

    private func day(_ s: String) -> Day { Day(s)! }

    private func error(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> QueryError? {
        do { _ = try QueryParser.parse(text); XCTFail("\(text) parsed", file: file, line: line); return nil }
        catch { return error }
    }

    // MARK: - grammar

    func testWordsPhrasesAndFields() throws {
        let q = try QueryParser.parse(#"Diffusion "state space" -video title:LLaMA author:chen summary:"긴 문맥" -id:2404."#)
        XCTAssertEqual(q.terms.map(\.negated), [false, false, true, false, false, false, true])
        XCTAssertEqual(q.terms.map(\.kind), [
            .text(TextPattern("Diffusion"), field: nil),
            .text(TextPattern("state space"), field: nil),
            .text(TextPattern("video"), field: nil),
            .text(TextPattern("LLaMA"), field: .title),
            .text(TextPattern("chen"), field: .authors),
            .text(TextPattern("긴 문맥"), field: .summary),
            .idPrefix("2404."),
        ])
        XCTAssertEqual(q.terms.map(\.columns), [0..<9, 10..<23, 24..<30, 31..<42, 43..<54, 55..<69, 70..<79])
        XCTAssertTrue(q.hasTextTerms)
    }

    func testPatternsAreFoldedAndInitialsRecognised() {
        XCTAssertEqual(TextPattern("LLaMA").folded, Array("llama".utf8))
        XCTAssertEqual(TextPattern("ÉCOLE").folded, Array("école".utf8))
        XCTAssertTrue(TextPattern("ㄹㅇㅅㅋ").isInitials)
        XCTAssertFalse(TextPattern("ㄹ이").isInitials)
        XCTAssertFalse(TextPattern("모델").isInitials)
    }

    func testFieldNamesIgnoreCase() {
        XCTAssertEqual(kinds("TITLE:x Votes:3"), [.text(TextPattern("x"), field: .title), .votes(3...3)])
    }

    func testEmptyQuery() throws {
        XCTAssertTrue(try QueryParser.parse("   ").isEmpty)
        XCTAssertFalse(try QueryParser.parse("votes:3").hasTextTerms)
        XCTAssertFalse(try QueryParser.parse("-word").hasTextTerms)
    }

    func testVotes() {
        XCTAssertEqual(kinds("votes:12"), [.votes(12...12)])
        XCTAssertEqual(kinds("votes:>12"), [.votes(13...Int.max)])
        XCTAssertEqual(kinds("votes:>=12"), [.votes(12...Int.max)])
        XCTAssertEqual(kinds("votes:<12"), [.votes(0...11)])
        XCTAssertEqual(kinds("votes:<=12"), [.votes(0...12)])
        XCTAssertEqual(kinds("votes:5..12"), [.votes(5...12)])
        XCTAssertEqual(kinds("votes:5..5"), [.votes(5...5)])
        XCTAssertEqual(kinds("votes:0"), [.votes(0...0)])
    }

    func testDays() {
        XCTAssertEqual(kinds("day:2024-04-26"), [.day(day("2024-04-26")...day("2024-04-26"))])
        XCTAssertEqual(kinds("day:2024-02"), [.day(day("2024-02-01")...day("2024-02-29"))])
        XCTAssertEqual(kinds("day:2023-02"), [.day(day("2023-02-01")...day("2023-02-28"))])
        XCTAssertEqual(kinds("day:2024"), [.day(day("2024-01-01")...day("2024-12-31"))])
        XCTAssertEqual(kinds("day:2024-01..2024-02"), [.day(day("2024-01-01")...day("2024-02-29"))])
        XCTAssertEqual(kinds("day:2024-04-26..2024-05-02"), [.day(day("2024-04-26")...day("2024-05-02"))])
        XCTAssertEqual(kinds("day:2024-04.."), [.day(day("2024-04-01")...day("9999-12-31"))])
        XCTAssertEqual(kinds("day:..2023"), [.day(day("0001-01-01")...day("2023-12-31"))])
    }

    // MARK: - errors

    private func assertError(_ text: String, _ message: String, _ columns: Range<Int>,
                             file: StaticString = #filePath, line: UInt = #line) {
        guard let e = error(text, file: file, line: line) else { return }
        XCTAssertEqual(e.message, message, file: file, line: line)
        XCTAssertEqual(e.columns, columns, file: file, line: line)
    }

    func testVotesNotANumber() {
        assertError("llm votes:abc", "votes:abc: 'abc' is not a whole number; votes takes N, >N, >=N, <N, <=N or N..M with whole numbers", 10..<13)
        assertError("votes:>x", "votes:>x: 'x' is not a whole number; votes takes N, >N, >=N, <N, <=N or N..M with whole numbers", 6..<8)
        assertError("votes:1.5", "votes:1.5: '1.5' is not a whole number; votes takes N, >N, >=N, <N, <=N or N..M with whole numbers", 6..<9)
        assertError("votes:-3", "votes:-3: '-3' is not a whole number; votes takes N, >N, >=N, <N, <=N or N..M with whole numbers", 6..<8)
        assertError("votes:<0", "votes:<0: no vote count is below 0", 6..<8)
        assertError("votes:..", "votes:..: votes takes N, >N, >=N, <N, <=N or N..M with whole numbers", 6..<8)
    }

    func testVotesTooLargeSaySo() {
        assertError("votes:>=99999999999999999999",
                    "votes:>=99999999999999999999: '99999999999999999999' is too large (at most 999999999)", 6..<28)
        assertError("votes:1..1000000000", "votes:1..1000000000: '1000000000' is too large (at most 999999999)", 6..<19)
        XCTAssertEqual(kinds("votes:<=999999999"), [.votes(0...999_999_999)])
        XCTAssertEqual(kinds("votes:0000000000012"), [.votes(12...12)], "leading zeros are no size")
    }

    func testErrorDescriptionIsOneBased() {
        XCTAssertEqual(error("llm votes:abc")?.description,
                       "column 11: votes:abc: 'abc' is not a whole number; votes takes N, >N, >=N, <N, <=N or N..M with whole numbers")
    }

    func testImpossibleDays() {
        assertError("day:2024-13-01", "day:2024-13-01: month 13 does not exist; write YYYY-MM-DD, YYYY-MM or YYYY", 4..<14)
        assertError("day:2024-02-30", "day:2024-02-30: 2024-02-30 does not exist (2024-02 has 29 days)", 4..<14)
        assertError("x day:2023-02-29", "day:2023-02-29: 2023-02-29 does not exist (2023-02 has 28 days)", 6..<16)
        assertError("day:24-04-26", "day:24-04-26: '24-04-26' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY", 4..<12)
        assertError("day:yesterday", "day:yesterday: 'yesterday' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY", 4..<13)
        assertError("day:0000", "day:0000: year 0000 does not exist", 4..<8)
        assertError("day:..", "day:..: a range needs a start, an end or both (A..B, A.., ..B)", 4..<6)
    }

    func testADayValueAloneSpeaksOfTheValueNotOfATerm() throws {
        XCTAssertEqual(try QueryParser.dayRange("2024-02"), day("2024-02-01")...day("2024-02-29"))
        XCTAssertEqual(try QueryParser.dayRange("2024.."), day("2024-01-01")...day("9999-12-31"))
        XCTAssertThrowsError(try QueryParser.dayRange("2024-13")) { error in
            XCTAssertEqual((error as? QueryError)?.message, "month 13 does not exist; write YYYY-MM-DD, YYYY-MM or YYYY")
        }
    }

    func testReversedRanges() {
        assertError("votes:10..5", "votes:10..5: the range is empty (10 > 5)", 6..<11)
        assertError("day:2024-05..2024-04", "day:2024-05..2024-04: the range is empty (2024-05-01 is after 2024-04-30)", 4..<20)
    }

    func testUnclosedQuote() {
        assertError(#"llm title:"state space"#, "the quote opened here is never closed", 10..<11)
        assertError(#"""#, "the quote opened here is never closed", 0..<1)
    }

    func testEmptyQuotesAndStrayQuote() {
        assertError(#"a "  " b"#, "empty quotes: put the words to search for between them", 2..<6)
        assertError(#"ab"c"#, #"a quote must start a word or a field's value, as in "state space" or title:"state space""#, 2..<3)
    }

    func testUnknownField() {
        assertError("llm foo:bar",
                    "unknown field 'foo:'; fields are title: author: summary: id: votes: day: is: has:; put the word in quotes to search for it as text",
                    4..<11)
    }

    func testLoneMinus() {
        assertError("a - b", "'-' must stand right before what it excludes, as in -video", 2..<3)
        assertError("a -", "'-' must stand right before what it excludes, as in -video", 2..<3)
    }

    func testEmptyValue() {
        assertError("x title:", "'title:' needs a value", 2..<8)
        assertError("-votes: x", "'votes:' needs a value", 0..<7)
    }

    func testColumnsCountCharactersNotBytes() {
        assertError("모델 votes:x", "votes:x: 'x' is not a whole number; votes takes N, >N, >=N, <N, <=N or N..M with whole numbers", 9..<10)
    }

    func testQuotedTextKeepsColonsAsText() {
        XCTAssertEqual(kinds(#""foo:bar""#), [.text(TextPattern("foo:bar"), field: nil)])
    }
}
