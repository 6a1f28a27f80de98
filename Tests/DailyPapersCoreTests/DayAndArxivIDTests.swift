import XCTest
@testable import DailyPapersCore

/// The two value parsers every other part relies on.
final class DayAndArxivIDTests: XCTestCase {
    func testDayParsesOnlyRealDays() {
        XCTAssertEqual(Day("2024-02-29")?.description, "2024-02-29")
        XCTAssertNil(Day("2023-02-29"))
        XCTAssertNil(Day("2024-02-30"))
        XCTAssertNil(Day("2024-13-01"))
        XCTAssertNil(Day("2024-00-10"))
        XCTAssertNil(Day("2024-4-26"))
        XCTAssertNil(Day("2024/04/26"))
        XCTAssertEqual(Day("2000-02-29")?.packed, 20000229)
        XCTAssertNil(Day("1900-02-29"))
        XCTAssertTrue(Day("2024-04-26")! < Day("2024-04-27")!)
    }

    func testNormalise() {
        XCTAssertEqual(ArxivID.normalise("2404.16710"), "2404.16710")
        XCTAssertEqual(ArxivID.normalise("2404.16710v12"), "2404.16710")
        XCTAssertEqual(ArxivID.normalise("0704.0001"), "0704.0001")
        XCTAssertEqual(ArxivID.normalise("hep-th/9901001v2"), "hep-th/9901001")
        XCTAssertEqual(ArxivID.normalise("math.AG/0309136"), "math.AG/0309136")
        XCTAssertNil(ArxivID.normalise("2404.167"))
        XCTAssertNil(ArxivID.normalise("2404.16710v"))
        XCTAssertNil(ArxivID.normalise("hep-th/990100"))
        XCTAssertNil(ArxivID.normalise(""))
    }

    func testFromURL() {
        XCTAssertEqual(ArxivID.fromURL("https://arxiv.org/abs/2404.16710?context=cs#x"), "2404.16710")
        XCTAssertEqual(ArxivID.fromURL("https://huggingface.co/papers/2404.16710v1"), "2404.16710")
        XCTAssertNil(ArxivID.fromURL("ftp://arxiv.org/abs/2404.16710"))
        XCTAssertNil(ArxivID.fromURL("https://arxiv.org/list/cs.CL"))
        XCTAssertNil(ArxivID.fromURL("https://example.org/abs/2404.16710"))
    }
}
