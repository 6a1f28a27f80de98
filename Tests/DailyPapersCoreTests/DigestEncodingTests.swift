import XCTest
@testable import DailyPapersCore

/// Byte-level input: line endings, BOM, NFD, invalid UTF-8, NUL. Written as bytes
/// because a Swift string literal would normalise or reject exactly what is tested.
final class DigestEncodingTests: XCTestCase {
    private let lfText = "## Daily Papers (2024-04-26)\n\n### [Title [X]](https://arxiv.org/abs/2404.16710)\n\nVote: 27\n\nAuthors: A B, C D\n\n- one\n  - two\n"

    private func summary(_ d: ParsedDigest) -> [String] { d.records.flatMap { $0.summary.map(\.text) } }

    func testCRLFParsesLikeLF() {
        let crlf = Array(lfText.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        XCTAssertTrue(crlf.contains(0x0D))
        let d = TestSupport.parse(bytes: crlf)
        XCTAssertEqual(d.problems, [])
        XCTAssertEqual(d.records, TestSupport.parse(lfText).records)
        XCTAssertEqual(d.records.first?.title, "Title [X]")
        XCTAssertEqual(d.records.first?.authors, ["A B", "C D"])
        XCTAssertEqual(d.records.first?.summary.last, Bullet(level: 1, text: "two"))
    }

    func testCROnlyParsesLikeLF() {
        let cr = Array(lfText.replacingOccurrences(of: "\n", with: "\r").utf8)
        let d = TestSupport.parse(bytes: cr)
        XCTAssertEqual(d.problems, [])
        XCTAssertEqual(d.records, TestSupport.parse(lfText).records)
    }

    func testByteOrderMarkIsNotContent() {
        let d = TestSupport.parse(bytes: [0xEF, 0xBB, 0xBF] + Array(lfText.utf8))
        XCTAssertTrue(d.isDigest)
        XCTAssertEqual(d.problems, [])
        XCTAssertEqual(d.records.first?.day.description, "2024-04-26")
        XCTAssertEqual(d.records, TestSupport.parse(lfText).records)
    }

    func testNFDKoreanIsComposedToNFC() throws {
        // 모델의 as conjoining jamo: ᄆ ᅩ ᄃ ᅦ ᆯ ᄋ ᅴ.
        let nfd = "\u{1106}\u{1169}\u{1103}\u{1166}\u{11AF}\u{110B}\u{1174}"
        let text = "## Daily Papers (2024-04-26)\n### [\(nfd) title](https://arxiv.org/abs/2404.16710)\nAuthors: \(nfd)\n- \(nfd) 성능\n"
        let d = TestSupport.parse(bytes: Array(text.utf8))
        let r = try XCTUnwrap(d.records.first)
        // String == compares canonical equivalence, so compare scalars.
        XCTAssertEqual(Array(r.title.unicodeScalars), Array("모델의 title".unicodeScalars))
        XCTAssertEqual(Array(r.authors[0].unicodeScalars), Array("모델의".unicodeScalars))
        XCTAssertEqual(Array(r.summary[0].text.unicodeScalars), Array("모델의 성능".unicodeScalars))
        // And it is therefore found by a precomposed search.
        let catalog = Catalog(Loader.load(contents: [(path: "t.md", bytes: Array(text.utf8))]))
        XCTAssertEqual(catalog.search(try QueryParser.parse("모델")).count, 1)
    }

    func testNFDLatinIsComposed() throws {
        let text = "## Daily Papers (2024-04-26)\n### [Cafe\u{301}](https://arxiv.org/abs/2404.16710)\n"
        let r = try XCTUnwrap(TestSupport.parse(bytes: Array(text.utf8)).records.first)
        XCTAssertEqual(Array(r.title.unicodeScalars), Array("Caf\u{E9}".unicodeScalars))
    }

    func testInvalidUTF8IsReplacedAndReportedWithItsLine() throws {
        var bytes = Array("## Daily Papers (2024-04-26)\n### [T](https://arxiv.org/abs/2404.16710)\n- bad ".utf8)
        bytes += [0xFF]
        bytes += Array(" byte\n- two bad ".utf8)
        bytes += [0xC0, 0xAF]
        bytes += Array("\n- fine\n".utf8)
        let d = TestSupport.parse(bytes: bytes)
        XCTAssertEqual(d.problems.map(\.description), [
            "t.md:3: invalid UTF-8 (1 byte) replaced with U+FFFD",
            "t.md:4: invalid UTF-8 (2 bytes) replaced with U+FFFD",
        ])
        XCTAssertEqual(summary(d), ["bad \u{FFFD} byte", "two bad \u{FFFD}\u{FFFD}", "fine"])
    }

    func testInvalidByteAtTheStartOfALineIsReported() {
        // The first byte of a line right after an LF terminator.
        var bytes = Array("## Daily Papers (2024-04-26)\n### [T](https://arxiv.org/abs/2404.16710)\n".utf8)
        bytes += [0xFE]
        bytes += Array(" stray\n- ok\n".utf8)
        let d = TestSupport.parse(bytes: bytes)
        XCTAssertEqual(d.problems.map(\.description), ["t.md:3: invalid UTF-8 (1 byte) replaced with U+FFFD"])
        XCTAssertEqual(d.records.count, 1)
    }

    func testInvalidByteAtTheStartOfACRLFLineIsReported() {
        var bytes = Array("## Daily Papers (2024-04-26)\r\n### [T](https://arxiv.org/abs/2404.16710)\r\n- a\r\n".utf8)
        bytes += [0x80]
        bytes += Array("b\r\n".utf8)
        let d = TestSupport.parse(bytes: bytes)
        XCTAssertEqual(d.problems.map(\.description), ["t.md:4: invalid UTF-8 (1 byte) replaced with U+FFFD"])
        XCTAssertEqual(summary(d), ["a \u{FFFD}b"])
    }

    func testFileCutInsideAMultiByteCharacter() {
        var bytes = Array("## Daily Papers (2024-04-26)\n### [T](https://arxiv.org/abs/2404.16710)\n- 모".utf8)
        bytes.removeLast()   // two of the three bytes of 모 remain
        let d = TestSupport.parse(bytes: bytes)
        XCTAssertEqual(d.problems.map(\.description), ["t.md:3: invalid UTF-8 (2 bytes) replaced with U+FFFD"])
        XCTAssertEqual(summary(d), ["\u{FFFD}"])
    }

    func testNULAndControlsDoNotStopTheFile() {
        let bytes = Array("## Daily Papers (2024-04-26)\n### [T\u{0}\u{1B}[31m](https://arxiv.org/abs/2404.16710)\n- a\u{0}b\n### [U](https://arxiv.org/abs/2404.16711)\nVote: 2\n".utf8)
        let d = TestSupport.parse(bytes: bytes)
        // Reported where they stand (they are drawn as �), and kept in the text.
        XCTAssertEqual(d.problems.map(\.line), [2, 3])
        XCTAssertEqual(d.records.map(\.id), ["2404.16710", "2404.16711"])
        XCTAssertEqual(d.records.first?.title, "T\u{0}\u{1B}[31m")
        XCTAssertEqual(d.records.last?.votes, 2)
    }

    func testEmptyAndBOMOnlyFilesAreNotDigests() {
        XCTAssertFalse(TestSupport.parse(bytes: []).isDigest)
        XCTAssertFalse(TestSupport.parse(bytes: [0xEF, 0xBB, 0xBF]).isDigest)
    }
}
