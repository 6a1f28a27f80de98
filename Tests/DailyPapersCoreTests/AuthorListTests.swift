import XCTest
@testable import DailyPapersCore

/// Both author forms directly, including the edges the parser tests do not reach.
final class AuthorListTests: XCTestCase {
    func testCommaSeparated() {
        let p = AuthorList.commaSeparated("  Ahmed A Aly ,Bilge Acun,, +,  Zhe Chen ")
        XCTAssertEqual(p.names, ["Ahmed A Aly", "Bilge Acun", "Zhe Chen"])
        XCTAssertTrue(p.truncated)
        XCTAssertFalse(AuthorList.commaSeparated("A, B").truncated)
    }

    func testPythonListBothQuotesAndEscapes() throws {
        let p = try XCTUnwrap(AuthorList.pythonList(#"['A B', "Sean O'Brien", 'C \'D\' E', '+']"#))
        XCTAssertEqual(p.names, ["A B", "Sean O'Brien", "C 'D' E"])
        XCTAssertTrue(p.truncated)
    }

    func testPythonListWithCommasInsideNames() throws {
        let p = try XCTUnwrap(AuthorList.pythonList("['Smith, Jr.', 'X']"))
        XCTAssertEqual(p.names, ["Smith, Jr.", "X"])
    }

    func testEmptyPythonList() throws {
        XCTAssertEqual(try XCTUnwrap(AuthorList.pythonList("[]")).names, [])
    }

    func testMalformedPythonLists() {
        XCTAssertNil(AuthorList.pythonList("['A', 'B'"))
        XCTAssertNil(AuthorList.pythonList("['A' 'B']"))
        XCTAssertNil(AuthorList.pythonList("[A, B]"))
        XCTAssertNil(AuthorList.pythonList("['A]"))
    }
}
